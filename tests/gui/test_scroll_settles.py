"""A long document opened after a short one: the place it is opened at stays on screen.

The short document needs no scroll bar; the long one does, and Qt shows it from the event loop,
narrowing the view and wrapping every line anew: a place scrolled to before that was lost (the
span an undo or N showed went off screen, the window reopened paragraphs away from where it was
left)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import add_document

Ctrl = Qt.KeyboardModifier.ControlModifier
# paragraphs that wrap over several lines, so that a narrower view moves the text down
LONG = "".join(f"第{i}段：" + "海沧区推进项目建设，完成投资三千万元，" * 12 + "\n" for i in range(120))


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_an_undo_from_a_short_document_shows_its_span_in_a_long_one(window, store, qtbot):
    view = window.text_view
    long_id = add_document(store, "long.txt", LONG)
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(long_id)
    start = LONG.index("第60段：") + 5
    window.text_view.centre(start)
    view.select_range(start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert [a.text for a in store.annotations(long_id)] == ["海沧区"]
    window.open_document(store.document_id_by_name("c.txt"))  # one line: no scroll bar
    settle()
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert window.doc_id == long_id and store.annotations(long_id) == []
    settle()
    assert view.is_on_screen(start, start + 3), (view.visible_range(), start)


def test_the_window_reopens_a_long_document_where_it_was_left(window, store, settings, project, qtbot):
    from annotator.gui.main_window import MainWindow

    long_id = add_document(store, "long.txt", LONG)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(long_id)
    window.text_view.scroll_to(LONG.index("第80段："))
    top = window.text_view.top_position()
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.open_project(project) and again.doc_id == long_id
    settle()
    assert again.text_view.top_position() == top
    again.store.close()

"""Going from document to document in the list: the document chosen opens at its start, or where
it was read earlier in the session, never at the scroll of the document left (a report chosen
after reading far into a long one opened at its end, its caret at its start, off screen); a
long report left for a glance at another and chosen again opens where it was read."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import add_document
from tests.gui.test_document_list import click_row

Ctrl = Qt.KeyboardModifier.ControlModifier
# paragraphs that wrap over several lines; and one line of the same length
LONG = "".join(f"第{i}段：" + "海沧区推进项目建设，完成投资三千万元，" * 12 + "\n" for i in range(200))
ONE_LINE = LONG.replace("\n", "")
SECOND, THIRD = LONG.replace("段", "节"), LONG.replace("段", "章")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shown(window) -> tuple[str, int]:
    settle()
    return window.doc_model.name_of(window.doc_id), window.text_view.top_position()


def test_a_document_chosen_after_a_long_one_read_far_opens_at_its_start(window, store, qtbot):
    view = window.text_view
    for name, text in (("long.txt", LONG), ("one line.txt", ONE_LINE), ("second.txt", SECOND), ("third.txt", THIRD)):
        add_document(store, name, text)
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    for name, after in (("long.txt", "second.txt"), ("one line.txt", "third.txt")):  # each chosen for the first time
        click_row(qtbot, window.panel, name)
        assert shown(window) == (name, 0)
        qtbot.keyClick(view, Qt.Key.Key_End, Ctrl)  # read to its end
        assert view.top_position() > len(LONG) // 2
        click_row(qtbot, window.panel, after)
        assert shown(window) == (after, 0)


def test_a_long_document_chosen_again_opens_where_it_was_read(window, store, qtbot):
    view = window.text_view
    add_document(store, "long.txt", LONG)
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    click_row(qtbot, window.panel, "long.txt")
    view.scroll_to(LONG.index("第150段："))
    settle()
    place = view.top_position()
    assert place > 0
    click_row(qtbot, window.panel, "a.txt")
    assert shown(window) == ("a.txt", 0)
    click_row(qtbot, window.panel, "long.txt")
    assert shown(window) == ("long.txt", place)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    settle()
    further = view.top_position()
    click_row(qtbot, window.panel, "long.txt")  # the open one chosen again: it stays where it is
    assert shown(window) == ("long.txt", further)

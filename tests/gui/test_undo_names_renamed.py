"""An undo step made before its document was renamed (``annotator rename`` seen by the window's look, or
Project › Rename document…) kept the old name in the Edit menu ("Undo Mark document “a.txt” done" once a.txt was
思明.txt); the Undo / Redo texts now name the document as it is named now, also after a switch of language."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.store import Store
from tests.gui.test_rename_document_window import _click_row, _editor, _enter, _type

Ctrl = Qt.KeyboardModifier.ControlModifier


def _renamed_elsewhere(window, qtbot, doc: int, name: str) -> None:
    """``annotator rename P OLD NAME`` with the window open, then the window's look at another program's writes."""
    with Store.open(window.store.folder) as elsewhere:
        elsewhere.rename_document(doc, name)
    window.reloading.check()
    qtbot.waitUntil(lambda: not window.doc_model.reading())


def test_undo_and_redo_of_a_done_mark_name_the_document_renamed_by_another_program(window, store, qtbot):
    a, b = store.document_id_by_name("a.txt"), store.document_id_by_name("b.txt")
    window.open_document(a)
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Ctrl)
    window.open_document(b)
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Ctrl)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # b's mark undone: on the redo side
    assert window.window_actions.undo.text() == "&Undo Mark document “a.txt” done"
    assert window.window_actions.redo.text() == "&Redo Mark document “b.txt” done"
    _renamed_elsewhere(window, qtbot, a, "思明.txt")
    _renamed_elsewhere(window, qtbot, b, "湖里.txt")
    assert window.window_actions.undo.text() == "&Undo Mark document “思明.txt” done"
    assert window.window_actions.redo.text() == "&Redo Mark document “湖里.txt” done"
    window.commands.set_language("zh_CN")  # named again in Chinese: by the names they have now
    try:
        assert "“思明.txt”" in window.window_actions.undo.text() and "“湖里.txt”" in window.window_actions.redo.text()
    finally:
        window.commands.set_language("en")
    assert window.window_actions.undo.text() == "&Undo Mark document “思明.txt” done"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert not store.document(a).done
    assert window.statusBar().currentMessage() == "Undone: Mark document “思明.txt” done"


def test_the_steps_before_a_rename_in_the_window_name_the_document_as_renamed(window, store, qtbot):
    a = store.document_id_by_name("a.txt")
    window.open_document(a)
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Ctrl)
    _click_row(window, qtbot, "a.txt")
    window.window_actions["rename_document"].trigger()
    _type(qtbot, _editor(qtbot), "湖里", ".txt")
    _enter(qtbot, window)
    stack = window.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [  # as an undo history's list shows them
        "Mark document “湖里.txt” done", "Rename document “a.txt” to “湖里.txt”"]
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # the rename undone
    assert window.window_actions.undo.text() == "&Undo Mark document “a.txt” done"

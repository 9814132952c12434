"""Edit › Mark document done shows whether the open document is done (its check mark), as
Ctrl+D, the list's box, undo and opening another document change it."""
from __future__ import annotations

from PySide6.QtCore import Qt

Ctrl = Qt.KeyboardModifier.ControlModifier


def test_the_done_entry_is_checked_while_the_open_document_is_done(window, store, qtbot):
    done = window.window_actions["done"]
    first = window.doc_id
    assert done.isCheckable() and not done.isChecked()
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Ctrl)
    assert store.document(first).done and done.isChecked()
    other = next(d for d in window.doc_model.doc_ids() if d != first)
    window.open_document(other)
    assert not done.isChecked()
    window.open_document(first)
    assert done.isChecked()
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Ctrl)  # not done again
    assert not store.document(first).done and not done.isChecked()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # undone: done again
    assert store.document(first).done and done.isChecked()


def test_a_mark_that_fails_leaves_the_entry_as_the_document_is(window, store, qtbot, monkeypatch):
    from annotator.core.errors import SaveError

    def busy(*_args, **_kwargs):
        raise SaveError("the project is busy")

    monkeypatch.setattr(window.store, "set_document_done", busy)
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Ctrl)
    assert window.errors and not store.document(window.doc_id).done
    assert not window.window_actions["done"].isChecked()

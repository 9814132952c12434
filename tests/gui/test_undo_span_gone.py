"""Ctrl+Z of a step whose span another program removed meanwhile (`annotator remove P --doc X` with the
window open) wrote nothing, yet the status bar said "Undone: Add …". It now says that nothing was undone
because the span is no longer there; the step leaves the history, the steps before it stay undoable."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.cli import main as annotator

Ctrl = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_ctrl_z_of_a_span_annotator_remove_took_away_says_it_is_no_longer_there(window, store, qtbot, capsys):
    doc = window.doc_id
    press(qtbot, Qt.Key.Key_N)  # an accept in another document first: still undoable after
    accepted = window.selected_id
    press(qtbot, Qt.Key.Key_A)
    other = next(d for d in window.doc_model.doc_ids() if d != doc)
    window.open_document(other)
    text = window.text_view.text
    start = text.index("同安区推进")
    window.text_view.select_range(start + 3, start + 5)  # 推进
    press(qtbot, Qt.Key.Key_3)
    added = window.selected_id
    assert store.annotation(added).text == "推进"
    name = window.doc_model.name_of(other)
    assert annotator(["remove", str(store.folder), "--doc", name]) == 0  # as another program, window open
    capsys.readouterr()
    press(qtbot, Qt.Key.Key_Z, Ctrl)
    message = window.statusBar().currentMessage()
    assert not message.startswith("Undone")
    assert message == ("Nothing undone: the document of “Add AMOUNT 推进” is no longer in the project (another program "
                       "removed it; Ctrl+R shows what the project holds now)")  # the whole document went
    assert window.errors == []
    press(qtbot, Qt.Key.Key_Z, Ctrl)  # the step before it: undone as ever
    assert store.annotation(accepted).status == "suggested"
    assert window.statusBar().currentMessage().startswith("Undone: Accept")
    assert not window.undo_stack.canUndo()


def test_ctrl_y_of_a_delete_whose_span_another_program_removed_says_nothing_was_redone(window, store, qtbot):
    press(qtbot, Qt.Key.Key_N)
    span = window.selected_id
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(span).status == "suggested"
    store.delete_annotations([span])  # as suggestions made again with --replace do
    press(qtbot, Qt.Key.Key_Y, Ctrl)
    assert window.statusBar().currentMessage().startswith("Nothing redone: the span of “Delete")
    assert window.errors == [] and not window.undo_stack.canRedo()

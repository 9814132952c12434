"""Ctrl+Z of an accept whose whole document another program removed (`annotator remove P --doc X`
with the window open) showed an error box ("Could not undo …: another program removed what it changes");
there is nothing left to undo: the status bar says so (never "Undone"), the step leaves the history
quietly, and the steps before it, in another document, are undone as ever. In Chinese too."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.cli import main as annotator
from annotator.gui.i18n import install_translator

Ctrl = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_ctrl_z_of_an_accept_in_a_document_the_command_line_removed_says_so_in_the_status_bar(
        window, store, qtbot, capsys):
    first = window.doc_id
    other = next(d for d in window.doc_model.doc_ids() if d != first)
    window.open_document(other)
    press(qtbot, Qt.Key.Key_N)  # an accept in the other document first: still undoable after
    kept = window.selected_id
    press(qtbot, Qt.Key.Key_A)
    window.open_document(first)
    press(qtbot, Qt.Key.Key_N)
    accepted = window.selected_id
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_D, Ctrl)  # and its done mark
    name = store.annotation(accepted).text
    assert annotator(["remove", str(store.folder), "--doc", "a.txt"]) == 0  # as another program, window open
    capsys.readouterr()
    press(qtbot, Qt.Key.Key_Z, Ctrl)  # the done mark
    assert window.errors == []
    assert window.statusBar().currentMessage() == (
        "Nothing undone: the document “a.txt” is no longer in the project (another "
        "program removed it; Ctrl+R shows what the project holds now)")
    install_translator(QApplication.instance(), "zh_CN")
    try:
        press(qtbot, Qt.Key.Key_Z, Ctrl)  # the accept
        message = window.statusBar().currentMessage()
    finally:
        install_translator(QApplication.instance(), "en")
    assert window.errors == []
    assert message.startswith("未撤销任何内容：“") and name in message and "所在的文档已不在工程中" in message
    assert window.undo_stack.count() == 1
    press(qtbot, Qt.Key.Key_Z, Ctrl)  # the step before them: undone as ever
    assert store.annotation(kept).status == "suggested"
    assert window.statusBar().currentMessage().startswith("Undone: Accept")
    assert not window.undo_stack.canUndo() and window.errors == []

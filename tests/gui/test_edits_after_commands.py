"""The window's keys right after a command in a terminal changed the document they act on (the window
not looked yet: it looks every 1.5 s while active, and when it becomes active again): nothing the user
typed is dropped unsaid, nothing is doubled, another program's decision is not overwritten unseen,
and the status bar says what happened."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.cli_run import run


def type_note(window, qtbot, text: str):
    note = window.form.note_edit
    note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note)
    qtbot.keyClicks(note, text)
    return note


def test_a_note_being_typed_when_the_command_line_removes_its_document_is_said_not_lost_unsaid(
        window, qtbot, capsys, project, store, agree):
    """`annotator remove P --doc a.txt` while a note was typed about one of its spans: an error box said
    "This span is no longer in the project … Press Ctrl+R … nothing was changed" over a window that had
    already opened another document, and what was typed was gone without a word."""
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    type_note(window, qtbot, "check the code")
    assert run(capsys, "remove", project, "--doc", "a.txt")[0] == 0
    window.reloading.timer.timeout.emit()  # the window's next look
    assert window.errors == []
    said = window.statusBar().currentMessage()
    assert "a.txt" in said and "not saved" in said and "“check the code”" in said, said
    assert window.doc_id == store.document_id_by_name("b.txt") and "a.txt" not in window.doc_model.names()
    agree(window)


def test_the_open_document_removed_by_the_command_line_is_named(window, qtbot, capsys, project, agree):
    assert run(capsys, "remove", project, "--doc", "a.txt")[0] == 0
    window.reloading.timer.timeout.emit()
    assert window.statusBar().currentMessage() == "Reloaded: another program removed a.txt, the document that was open"
    assert window.windowTitle().startswith("b.txt — ") and window.errors == []
    agree(window)

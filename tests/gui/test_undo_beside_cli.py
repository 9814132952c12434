"""Ctrl+Z in the window after the command line (or a second window) changed the same field of the
same project: the other program's work stays, the window says why the step was not undone (in
Chinese too) and drops it, and the earlier steps can still be undone."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.cli_run import run

Ctrl = Qt.KeyboardModifier.ControlModifier


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_ctrl_z_of_a_jurisdiction_the_command_line_set_again_keeps_the_command_lines(
        window, store, project, qtbot, capsys):
    view, doc = window.text_view, window.doc_id
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # an earlier step: accept a suggestion
    accepted = window.selected_id
    type_into(qtbot, window.form.jurisdiction_edit, "350206")
    assert store.document(doc).metadata["jurisdiction"] == "350206"
    assert run(capsys, "meta", project, "jurisdiction=350211", "--doc", "a.txt")[0] == 0
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert store.document(doc).metadata["jurisdiction"] == "350211"  # the command line's, not cleared
    (error,) = window.errors
    assert error.startswith("Could not undo “Set the jurisdiction”: the document 'a.txt': its jurisdiction was "
                            "changed meanwhile in another window or program to '350211'")
    assert "the earlier steps can still be undone" in error
    assert window.window_actions.undo.text() == "&Undo Accept DISTRICT 厦门市"  # the refused step is gone
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(accepted).status == "suggested"
    assert store.document(doc).metadata["jurisdiction"] == "350211"


def test_ctrl_z_of_a_note_a_second_window_changed_says_so_in_chinese(window, store, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from annotator.gui.i18n import install_translator

    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    ann = window.selected_id
    type_into(qtbot, window.form.note_edit, "check the year")
    assert store.annotation(ann).note == "check the year"
    store.update_annotation(ann, note="checked: 2023")  # the second window's, meanwhile
    install_translator(QApplication.instance(), "zh_CN")
    try:
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    finally:
        install_translator(QApplication.instance(), "en")
    assert store.annotation(ann).note == "checked: 2023"
    (error,) = window.errors
    assert error.startswith("无法撤销“") and "地区 '厦门市'：其备注已在另一个窗口或程序中改为 'checked: 2023'" in error
    assert not window.undo_stack.canUndo() and not window.undo_stack.canRedo()


def test_leaving_the_jurisdiction_field_after_return_does_not_write_it_again_over_the_command_lines(
        window, store, project, qtbot, capsys):
    view, doc = window.text_view, window.doc_id
    type_into(qtbot, window.form.jurisdiction_edit, "350206")
    assert run(capsys, "meta", project, "jurisdiction=350211", "--doc", "a.txt")[0] == 0
    view.setFocus()  # the field loses the focus: Qt says editing finished once more
    assert store.document(doc).metadata["jurisdiction"] == "350211"
    assert window.undo_stack.count() == 1 and window.errors == []
    window.reloading.check()  # the window's next look (or the timer's, on a slow machine) shows the command line's
    assert window.form.jurisdiction_edit.text() == "350211"
    assert window.undo_stack.count() == 1 and window.errors == []


def test_a_jurisdiction_typed_over_one_the_command_line_changed_meanwhile_is_refused_and_the_stored_shows(
        window, store, project, qtbot, capsys):
    doc = window.doc_id
    assert run(capsys, "meta", project, "jurisdiction=350211", "--doc", "a.txt")[0] == 0
    type_into(qtbot, window.form.jurisdiction_edit, "350206")  # before the window looked again
    assert store.document(doc).metadata["jurisdiction"] == "350211"
    (error,) = window.errors
    assert "its jurisdiction was changed meanwhile in another window or program to '350211', so yours, " \
           "'350206', was not saved" in error
    assert window.form.jurisdiction_edit.text() == "350211" and window.undo_stack.count() == 0


def test_ctrl_z_of_a_note_on_a_suggestion_the_command_line_rejected_since_shows_it_rejected(
        window, store, project, qtbot, capsys, agree):
    """The undo writes back the note alone, so the command line's reject stays: the window showed the span as
    an open suggestion again (the step's view of it), in the list, the text and the form, N going to it."""
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    span = window.selected_id
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(window.form.note_edit, "check the year")
    qtbot.keyClick(window.form.note_edit, Qt.Key.Key_Return)
    assert run(capsys, "review", project, "--reject", "--doc", "a.txt")[0] == 0
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert (store.annotation(span).status, store.annotation(span).note) == ("rejected", "")
    assert window.form.annotation().status == "rejected" and window.statusBar().currentMessage().startswith("Undone")
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert (store.annotation(span).status, store.annotation(span).note) == ("rejected", "check the year")
    agree(window)
    qtbot.waitUntil(lambda: window.doc_model.counts(window.doc_id) == {"accepted": 0, "suggested": 0, "rejected": 3})

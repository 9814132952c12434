"""Ctrl+Z in a line with nothing of its own to undo (the note after Enter, a filter box) undoes
the window's last step; with typing of its own, it undoes the typing, as before."""
from __future__ import annotations

from PySide6.QtCore import Qt

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_ctrl_z_in_an_idle_field_undoes_the_last_step(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    city = window.selected_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    assert store.annotation(city).status == "accepted"
    box = window.table_filter.text_edit
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Z, Ctrl)  # nothing typed there: the accept is undone
    assert store.annotation(city).status == "suggested"
    qtbot.keyClick(box, Qt.Key.Key_Z, Ctrl | Shift)
    assert store.annotation(city).status == "accepted"
    qtbot.keyClick(box, Qt.Key.Key_Y, Ctrl)  # nothing left to redo
    assert store.annotation(city).status == "accepted" and box.text() == ""


def test_ctrl_z_in_a_field_with_typing_undoes_the_typing(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    city = window.selected_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    note = window.form.note_edit
    note.setFocus()
    qtbot.keyClicks(note, "ok")
    qtbot.keyClick(note, Qt.Key.Key_Z, Ctrl)  # the typing, not the accept
    assert note.text() == "" and store.annotation(city).status == "accepted"

"""The review keys from the user's seat (a QA pass on hechi_2015 and binzhou_2024, by keyboard):
what was wrong, driven with the keys, checked in the database through a second connection.

- Ctrl+A in the annotation list after the selected span had left it (rejected with X, so hidden;
  or filtered out) and then A accepted that hidden span alone, none of the rows selected.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def statuses(store, doc_id) -> dict[int, str]:
    return {a.id: a.status for a in store.annotations(doc_id)}


def test_ctrl_a_in_the_list_after_x_then_a_accepts_the_rows_selected_not_the_hidden_span(window, store, qtbot):
    doc, table = window.doc_id, window.table
    table.setFocus()  # going down the list by keyboard: its first row
    qtbot.waitUntil(table.hasFocus)
    rejected = window.selected_id
    press(qtbot, Qt.Key.Key_X)  # rejected: its row leaves the list, the span stays selected
    assert store.annotation(rejected).status == "rejected" and table.hasFocus()
    press(qtbot, Qt.Key.Key_A, Ctrl)  # every row the list shows
    shown = table.selected_ids()
    assert shown and rejected not in shown
    press(qtbot, Qt.Key.Key_A)
    now = statuses(store, doc)
    assert [now[i] for i in shown] == ["accepted"] * len(shown)
    assert now[rejected] == "rejected"  # not accepted unseen
    press(qtbot, Qt.Key.Key_Z, Ctrl)  # one step
    assert [store.annotation(i).status for i in shown] == ["suggested"] * len(shown)


def test_rows_selected_after_a_delete_are_what_x_rejects(window, store, qtbot):
    doc, table = window.doc_id, window.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    gone = window.selected_id
    press(qtbot, Qt.Key.Key_Delete)  # no span selected now
    assert window.selected_id is None and gone not in statuses(store, doc) and table.hasFocus()
    press(qtbot, Qt.Key.Key_A, Ctrl)
    shown = table.selected_ids()
    assert shown
    press(qtbot, Qt.Key.Key_X)  # did nothing: no span was selected
    assert [store.annotation(i).status for i in shown] == ["rejected"] * len(shown)

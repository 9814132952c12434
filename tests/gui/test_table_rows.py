"""Several rows of the annotation list at once: Shift+Down or Ctrl+click selects more rows, and
Delete, X or Enter acts on every selected span in one undo step (one span at a time was the only
way: forty wrong suggestions, forty selections)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.models.annotation_table import ANN_ID_ROLE

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def click_row(qtbot, table, row, modifier=Qt.KeyboardModifier.NoModifier):
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, pos=rect.center())


def test_shift_down_selects_rows_and_delete_deletes_them_in_one_step(window, store, qtbot, agree):
    table, doc = window.table, window.doc_id
    ids = [table.model().index(r, 0).data(ANN_ID_ROLE) for r in range(table.model().rowCount())]
    assert len(ids) == 3
    click_row(qtbot, table, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down, Shift)
    assert sorted(table.selected_ids()) == sorted(ids[:2])
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [a.id for a in store.annotations(doc)] == [ids[2]]
    agree(window)
    qtbot.keyClick(table, Qt.Key.Key_Z, Ctrl)  # one step brings both back
    assert sorted(a.id for a in store.annotations(doc)) == sorted(ids)
    agree(window)


def test_ctrl_click_picks_rows_and_x_rejects_them_all(window, store, qtbot, agree):
    table, doc = window.table, window.doc_id
    ids = [table.model().index(r, 0).data(ANN_ID_ROLE) for r in range(table.model().rowCount())]
    click_row(qtbot, table, 0)
    click_row(qtbot, table, 2, Ctrl)
    assert sorted(table.selected_ids()) == sorted([ids[0], ids[2]])
    qtbot.keyClick(table, Qt.Key.Key_X)
    assert {a.id: a.status for a in store.annotations(doc)} == {ids[0]: "rejected", ids[1]: "suggested",
                                                                 ids[2]: "rejected"}
    agree(window)
    click_row(qtbot, table, 0)  # one row: the keys act on it alone, as before
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert store.annotation(ids[1]).status == "accepted"

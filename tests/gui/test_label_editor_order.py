"""Project › Labels… moves a label up and down (buttons, Ctrl+Up / Ctrl+Down on the selected row):
each move stored at once and one undo step; the label buttons above the form, the label filter box
and the Statistics panel follow at once; each label keeps its key. And the open dialog shows the
labels another program changed meanwhile (``annotator labels P --add SECTOR`` in a terminal),
never under a cell being edited."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from annotator.core.store import Store
from annotator.gui.dialogs.label_editor import NAME, LabelEditorDialog
from tests.gui.conftest import show_active, type_chinese

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
Left = Qt.MouseButton.LeftButton
SCHEMA = ["DISTRICT", "PROJECT", "AMOUNT", "TARGET"]


def stored(project) -> tuple[list[str], dict[str, str]]:
    """The labels' order and keys as a second connection reads them."""
    with Store.open(project) as other:
        return other.label_names(), {label.name: label.shortcut for label in other.labels()}


def rows(dialog) -> list[str]:
    return [dialog.table.item(r, NAME).data(Qt.ItemDataRole.UserRole) for r in range(dialog.table.rowCount())]


def buttons(window) -> list[str]:
    """The label buttons above the form, in the order they stand (by row, then left to right)."""
    grid = window.form.label_buttons._grid
    shown = [(grid.getItemPosition(grid.indexOf(b))[:2], name) for name, b in window.form._buttons.items()]
    return [name for _place, name in sorted(shown)]


def test_moves_are_stored_at_once_followed_by_the_window_and_undone_one_by_one(window, project, qtbot):
    _order, keys = stored(project)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # the Statistics panel
    qtbot.waitUntil(lambda: window.statistics.isVisible())
    dialog = show_active(qtbot, LabelEditorDialog(window.store, window, ops=window.ops))
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(SCHEMA.index("TARGET"), NAME)
    assert not dialog.down_button.isEnabled() and dialog.up_button.isEnabled()  # the last row
    qtbot.keyClick(table, Qt.Key.Key_Up, Ctrl)
    assert stored(project) == (["DISTRICT", "PROJECT", "TARGET", "AMOUNT"], keys)  # keys stay with their labels
    qtbot.mouseClick(dialog.up_button, Left)
    qtbot.mouseClick(dialog.up_button, Left)
    assert stored(project)[0] == ["TARGET", "DISTRICT", "PROJECT", "AMOUNT"]
    assert rows(dialog) == stored(project)[0] and table.currentRow() == 0  # the moved label stays selected
    assert not dialog.up_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Up, Ctrl)  # the first row: nothing to do
    assert stored(project)[0][0] == "TARGET"
    table.setCurrentCell(1, NAME)
    qtbot.keyClick(table, Qt.Key.Key_Down, Ctrl)
    assert stored(project) == (["TARGET", "PROJECT", "DISTRICT", "AMOUNT"], keys)
    order = stored(project)[0]
    assert buttons(window) == order  # the window follows at once
    assert [window.table_filter.label_box.itemData(i) for i in range(1, window.table_filter.label_box.count())] \
        == order
    qtbot.waitUntil(lambda: list(window.statistics.project_table.numbers())[:4] == order)
    assert window.ops.undo_stack.undoText() == "Move label DISTRICT"
    qtbot.keyClick(table, Qt.Key.Key_Z, Ctrl)  # one move a step
    assert stored(project)[0] == ["TARGET", "DISTRICT", "PROJECT", "AMOUNT"]
    assert rows(dialog) == stored(project)[0] and buttons(window) == stored(project)[0]
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Z, Ctrl)
    assert stored(project) == (SCHEMA, keys)


def test_the_open_dialog_shows_a_label_another_program_added_not_under_an_edit(window, project, qtbot):
    store = window.store
    store.add_label("POLICY")
    window.labels_changed()
    dialog = show_active(qtbot, LabelEditorDialog(store, window, ops=window.ops))
    with Store.open(project) as other:  # annotator labels P --add SECTOR, in a terminal
        other.add_label("SECTOR")
    qtbot.waitUntil(lambda: "SECTOR" in rows(dialog))  # without reopening it
    assert dialog.outside_note.isVisible()
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(rows(dialog).index("POLICY"), NAME)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_chinese(editor, "政策")
    with Store.open(project) as other:
        other.add_label("REGION")
    assert not dialog.outside.check()  # not under the cell being typed in
    assert table.state() == QAbstractItemView.State.EditingState and editor.text() == "政策"
    assert "REGION" not in rows(dialog) and "finish" in dialog.outside_note.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # once the edit is done (its own save may show REGION a turn before the watch clears the note)
    qtbot.waitUntil(lambda: "REGION" in rows(dialog) and "finish" not in dialog.outside_note.text())
    assert stored(project)[0] == [*SCHEMA, "政策", "SECTOR", "REGION"]  # the edit saved, by its name
    assert rows(dialog) == stored(project)[0]

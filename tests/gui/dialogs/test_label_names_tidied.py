"""Names the label editor refuses or tidies as the user types them in a name cell: one another label
has in another case (policy beside POLICY, district beside DISTRICT) is refused naming that label, and
a tab or a run of spaces inside a name is stored as one space. Read back through a second connection."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from annotator.core.store import Store
from annotator.gui.dialogs.label_editor import NAME, LabelEditorDialog
from tests.gui.conftest import show_active


def row_of(dialog, name):
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, NAME).text() == name)


def type_name(qtbot, dialog, row, text):
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(row, NAME)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def stored_names(folder):
    with Store.open(folder) as other:
        return other.label_names()


def test_a_name_in_another_case_is_refused_and_spaces_inside_are_tidied(qtbot, store, shown):
    store.add_label("POLICY", "#123456", "5")
    store.add_label("SECTOR", "#654321")
    dialog = show_active(qtbot, LabelEditorDialog(store))
    before = stored_names(store.folder)
    for typed, holder in (("policy", "POLICY"), ("District", "DISTRICT")):
        type_name(qtbot, dialog, row_of(dialog, "SECTOR"), typed)
        assert shown[-1][:2] == ("Label not changed", f"label {holder} exists already")
        assert stored_names(store.folder) == before
        assert dialog.table.item(row_of(dialog, "SECTOR"), NAME) is not None  # the cell reread
    type_name(qtbot, dialog, row_of(dialog, "POLICY"), "Policy")  # its own name in another case: a rename
    type_name(qtbot, dialog, row_of(dialog, "SECTOR"), "my    sector")
    assert stored_names(store.folder) == ["DISTRICT", "PROJECT", "AMOUNT", "TARGET", "Policy", "my sector"]
    assert dialog.table.item(row_of(dialog, "my sector"), NAME).text() == "my sector"
    assert len(shown) == 2

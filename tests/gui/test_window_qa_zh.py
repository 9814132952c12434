"""A keyboard user's pass over the window in Chinese (1024×600 and 1920×1080): what it found.

- A project just opened, no span chosen yet: the form's rows scrolled in a 1920×1080 window,
  the last row's caption (理由) cut in half, until a span was selected (the rows the project's
  labels added never reached the column's share of the height).
- Tab in the backups' table (Restore from a backup…) and in the labels' table (Labels…) walked
  their cells for ever: the buttons could not be reached by Tab.
- Enter in the export dialog's file field opened the file chooser (选择…, the first button in
  the focus chain, made default when shown) instead of exporting; Enter in the labels' table
  added a label (添加标签, default the same way) instead of closing the dialog.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from annotator.core.store import Store
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.dialogs.label_editor import LabelEditorDialog
from annotator.gui.dialogs.restore_dialog import RestoreDialog
from tests.gui.conftest import show_active


def _settle(qtbot, window, size) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() >= size[1])
    for _ in range(3):  # the deferred fits of the docks and the column
        QApplication.processEvents()


def test_a_project_just_opened_shows_the_whole_form_in_a_tall_window(window, qtbot):
    _settle(qtbot, window, (1920, 1080))
    assert window.selected_id is None and window.form.annotation() is None  # nothing chosen yet
    area = window.form.fields_area
    assert area.verticalScrollBar().maximum() == 0, (area.height(), area.widget().height())
    assert area.height() >= area.widget().minimumSizeHint().height()


def _tab_from(qtbot, table) -> object:
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_the_backups_table_for_the_buttons(window, qtbot):
    window.session_backup.wait()  # the session's backup: one row
    dialog = show_active(qtbot, RestoreDialog(window.store.folder, window))
    assert dialog.table.rowCount() >= 1
    dialog.table.setCurrentCell(0, 0)
    reached = _tab_from(qtbot, dialog.table)
    assert isinstance(reached, QPushButton) and reached.window() is dialog, reached


def test_tab_leaves_the_labels_table_and_enter_there_adds_no_label(window, qtbot):
    dialog = show_active(qtbot, LabelEditorDialog(window.store, window, ops=window.ops))
    before = [label.name for label in window.store.labels()]
    dialog.table.setCurrentCell(0, 3)
    reached = _tab_from(qtbot, dialog.table)
    assert isinstance(reached, QPushButton) and reached.window() is dialog, reached
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    with Store.open(window.store.folder) as store:
        assert [label.name for label in store.labels()] == before
    assert dialog.table.rowCount() == len(before)


def test_enter_in_the_export_dialogs_file_field_exports(window, qtbot, tmp_path):
    dialog = show_active(qtbot, ExportDialog(window.store, window))
    chosen: list[str] = []
    dialog.pick_path = lambda suggested: chosen.append(suggested) or ""
    out = tmp_path / "out.jsonl"
    dialog.path.setText(str(out))
    dialog.path.setFocus()
    qtbot.waitUntil(dialog.path.hasFocus)
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    qtbot.waitUntil(out.exists)
    assert chosen == [] and dialog.result.text()

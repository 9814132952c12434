"""On a read-only project the label editor, the Guide's editor and the model settings are shown to be
read, their controls that would change the project greyed (as Import, Suggest and Train are), with a
note saying why; nothing is asked that the store would then refuse, and nothing is written.

Root ignores file permissions (CI runs as root), so the store's writability probe is made to say no
(``core/store/read_only.can_write``), as in ``test_read_only_window.py``."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QDialogButtonBox, QDoubleSpinBox, QSpinBox

from annotator.core.store import Store, read_only
from annotator.gui.dialogs.label_editor import COLOR, DESCRIPTION, SHORTCUT, LabelEditorDialog
from annotator.gui.read_only import greyed_note
from tests.gui.conftest import build_project, show_active
from tests.gui.test_read_only_window import folder_state

Left = Qt.MouseButton.LeftButton
NOTE = ("The project is read-only: this is shown but cannot be changed. To change it, copy the project folder "
        "to a writable place and open the copy.")


@pytest.fixture
def read_only_project(window, tmp_path, monkeypatch) -> Path:
    """A project the window opened read-only; the window's first project stays writable."""
    folder = build_project(tmp_path / "snapshot")
    probe = read_only.can_write
    monkeypatch.setattr(read_only, "can_write", lambda path: probe(path) and not (
        Path(path) == folder or folder in Path(path).parents))
    before = folder_state(folder)
    writable = window.store.folder
    assert window.open_project(folder) and window.store.read_only
    yield writable
    assert folder_state(folder) == before and window.errors == []  # nothing written, nothing refused


def label_editor(window, qtbot) -> LabelEditorDialog:
    """The label editor as Project › Labels… makes it (its exec() would block the test)."""
    return show_active(qtbot, LabelEditorDialog(window.store, window, ops=window.ops))


def test_the_label_editor_shows_the_labels_with_every_change_greyed(window, qtbot, read_only_project):
    labels = window.store.labels()
    dialog = label_editor(window, qtbot)
    assert dialog.read_only_note.isVisible() and dialog.read_only_note.text() == NOTE == greyed_note()
    assert not any(b.isEnabled() for b in (dialog.add_button, dialog.color_button, dialog.delete_button))
    assert dialog.table.rowCount() == len(labels)
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(0, DESCRIPTION)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the rows can be walked and read
    assert table.currentRow() == 1
    qtbot.keyClick(table, Qt.Key.Key_F2)  # but no cell opens for editing
    assert table.state() != QAbstractItemView.State.EditingState
    dialog.pick_color = lambda initial: pytest.fail("a colour was asked for")
    qtbot.mouseDClick(table.viewport(), Left, pos=table.visualItemRect(table.item(1, COLOR)).center())
    assert table.state() != QAbstractItemView.State.EditingState
    keys = table.cellWidget(1, SHORTCUT)
    assert not keys.isEnabled()
    qtbot.keyClick(keys, Qt.Key.Key_9)
    for button in (dialog.add_button, dialog.delete_button, dialog.color_button):
        qtbot.mouseClick(button, Left)
    assert window.store.labels() == labels and window.undo_stack.count() == 0
    dialog.close()

    assert window.open_project(read_only_project)  # a writable project: every control back
    dialog = label_editor(window, qtbot)
    assert not dialog.read_only_note.isVisible()
    assert all(b.isEnabled() for b in (dialog.add_button, dialog.color_button, dialog.delete_button))
    assert dialog.table.cellWidget(0, SHORTCUT).isEnabled()
    dialog.close()


def test_the_guide_is_shown_and_its_edit_greyed(window, qtbot, read_only_project):
    panel = window.guide
    window.text_view.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or window.text_view, Qt.Key.Key_F1)
    assert panel.isVisible() and panel.view.toPlainText()  # the guide can be read
    assert not panel.edit_button.isEnabled() and panel.edit_button.toolTip() == NOTE
    qtbot.mouseClick(panel.edit_button, Left)
    assert not panel.editing()

    assert window.open_project(read_only_project)
    qtbot.waitUntil(panel.edit_button.isEnabled)
    assert "Write this project's guide" in panel.edit_button.toolTip()
    qtbot.mouseClick(panel.edit_button, Left)
    assert panel.editing()
    panel.stop_editing()


def test_the_model_settings_are_shown_with_their_fields_greyed_and_only_close(window, qtbot, read_only_project):
    shown = window.store.model_settings()
    window.window_actions["model_settings"].trigger()  # viewing stays possible
    dialog = window.commands.model.dialog
    qtbot.waitUntil(dialog.isVisible)
    fields = (dialog.findChild(QComboBox), dialog.findChild(QDoubleSpinBox), dialog.findChild(QSpinBox))
    assert not any(field.isEnabled() for field in fields)
    assert dialog.values() == shown and dialog.note.text().endswith(NOTE)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    qtbot.keyClick(fields[0], Qt.Key.Key_Down)
    assert dialog.values() == shown
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close), Left)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with Store.open(window.store.folder, read_only_ok=True) as reader:
        assert not reader.has_model_settings()

    assert window.open_project(read_only_project)
    window.window_actions["model_settings"].trigger()
    dialog = window.commands.model.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.findChild(QComboBox).isEnabled() and dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.reject()

"""After the export dialog, the label editor, the annotator's name, an import dialog (the model settings,
a backup to restore, a project to open or make) closed, no widget had the keys
(QApplication.focusWidget() None): the next N or Ctrl+Z did nothing. Each now gives them back where
they were (gui/keys_back.py), as Link to… and the message boxes do; so do the dialogs of a file
dropped on the window (an encoding to choose)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

Ctrl = Qt.KeyboardModifier.ControlModifier


def close_when_shown(closed: list[str]) -> None:
    """Close the modal dialog (as Esc does) once it is shown and has the keys, as a user would."""
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(5, close)
            return
        closed.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close)


def open_with_keys(window, qtbot, what: str) -> None:
    view = window.text_view
    if what == "export":
        qtbot.keyClick(view, Qt.Key.Key_E, Ctrl)
    elif what == "import files":
        qtbot.keyClick(view, Qt.Key.Key_I, Ctrl)
    else:  # the menu's entries without a key of their own
        window.window_actions[what].trigger()


@pytest.mark.parametrize(("what", "dialog"), [
    ("export", "ExportDialog"), ("labels", "LabelEditorDialog"), ("name", "QInputDialog"),
    ("import files", "QFileDialog"), ("import_folder", "QFileDialog"), ("import_annotations", "QFileDialog"),
    ("import_metadata", "QFileDialog"), ("model_settings", "ModelSettingsDialog"), ("restore", "RestoreDialog"),
    ("open_project", "QFileDialog"), ("new_project", "NewProjectDialog")])
def test_after_the_dialog_the_article_has_the_keys_and_n_and_ctrl_z_work(window, store, qtbot, what, dialog):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    span = window.selected_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    assert store.annotation(span).status == "accepted"
    closed: list[str] = []
    close_when_shown(closed)
    open_with_keys(window, qtbot, what)
    qtbot.waitUntil(lambda: closed == [dialog])  # the model's settings: window-modal, no loop of its own
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)  # not None: no widget
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Ctrl)
    assert store.annotation(span).status == "suggested"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert window.selected_id not in (None, span)
    assert store.annotation(window.selected_id).status == "suggested"


def test_after_a_file_dropped_on_the_window_asked_for_its_encoding_the_article_has_the_keys(
        window, store, qtbot, tmp_path, monkeypatch):
    from annotator.gui import tasks
    from tests.gui.test_import_encoding_choice import LATIN, answering

    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    path = tmp_path / "western.txt"
    path.write_bytes(LATIN.encode("latin-1"))  # its encoding cannot be told: a dialog offers its readings
    seen = answering(qtbot, lambda: window.commands.drop([str(path)]), lambda dialog: dialog.reject())
    assert any(s.startswith("dialog: ") for s in seen)
    assert [d.name for d in store.documents()] == ["a.txt", "b.txt", "c.txt"]  # skipped: nothing imported
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert store.annotation(window.selected_id).status == "suggested"

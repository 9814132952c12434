"""The new project dialog, driven from the window (Ctrl+N): a typed path that does not exist
yet is created with its parents; a folder holding other files is used only after a question
naming it; a project already there is opened; a file is refused, naming it."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store
from annotator.gui.dialogs.new_project import NewProjectDialog

Left = Qt.MouseButton.LeftButton


def run_dialog(window, qtbot, drive):
    """Press Ctrl+N in the window and let ``drive(dialog)`` work the modal dialog it opens."""
    failures = []

    def step():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewProjectDialog):
            QTimer.singleShot(10, step)
            return
        try:
            drive(dialog)
        except BaseException as e:  # noqa: BLE001 — raised again below, after the dialog closed
            failures.append(e)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, step)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    if failures:
        raise failures[0]


def type_path(qtbot, dialog, path):
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(path))


def test_a_typed_path_that_does_not_exist_is_created_and_opened(window, qtbot, tmp_path):
    target = tmp_path / "work" / "reports 2024" / "project"

    def drive(dialog):
        type_path(qtbot, dialog, target)
        assert dialog.hint.text() == f"{target} does not exist yet: it will be created."
        qtbot.mouseClick(dialog.create_button, Left)
        assert not dialog.isVisible()

    run_dialog(window, qtbot, drive)
    assert (target / "project.sqlite").is_file()
    assert window.store is not None and window.store.folder == target
    assert window.doc_model.rowCount() == 0


def test_a_folder_that_is_not_empty_is_used_only_after_a_question(window, qtbot, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("hechi_2015.txt", "binzhou_2024.txt"):
        (folder / name).write_text("河池市", encoding="utf-8")
    asked, answers = [], [False, True]
    window.confirm = lambda question: asked.append(question) or answers.pop(0)

    def drive(dialog):
        type_path(qtbot, dialog, folder)
        assert dialog.hint.text() == f"{folder} is not empty (2 items) and holds no project."
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # asked; "No": nothing happens
        assert dialog.isVisible() and not (folder / "project.sqlite").exists()
        qtbot.mouseClick(dialog.create_button, Left)  # asked again; "Yes"
        assert not dialog.isVisible()

    run_dialog(window, qtbot, drive)
    assert len(asked) == 2 and str(folder) in asked[0] and "not empty" in asked[0]
    assert "binzhou_2024.txt, hechi_2015.txt" in asked[0]
    assert (folder / "project.sqlite").is_file() and (folder / "hechi_2015.txt").read_text(encoding="utf-8") == "河池市"
    assert window.store.folder == folder


def test_a_project_already_there_is_opened_and_a_file_is_refused(window, qtbot, tmp_path):
    existing = tmp_path / "existing"
    Store.create(existing).close()
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    asked = []
    window.confirm = lambda question: asked.append(question) or True

    def drive(dialog):
        type_path(qtbot, dialog, tmp_path / "notes.txt")
        assert dialog.hint.text() == f"{tmp_path / 'notes.txt'} is a file, not a folder."
        assert not dialog.create_button.isEnabled()
        type_path(qtbot, dialog, tmp_path / "notes.txt" / "project")
        assert f"{tmp_path / 'notes.txt'} cannot be written to" in dialog.hint.text()
        type_path(qtbot, dialog, existing)
        assert dialog.hint.text() == f"{existing} holds a project already: it will be opened."
        qtbot.mouseClick(dialog.create_button, Left)

    run_dialog(window, qtbot, drive)
    assert asked == [f"{existing} holds a project already. Open it?"]
    assert window.store.folder == existing


def test_cancel_creates_nothing(window, qtbot, tmp_path):
    before = window.store.folder

    def drive(dialog):
        type_path(qtbot, dialog, tmp_path / "never")
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Escape)

    run_dialog(window, qtbot, drive)
    assert not (tmp_path / "never").exists() and window.store.folder == before

"""The project folder copied or moved while the window has it open: once the user has gone to another
program (the file manager that copies it), project.sqlite alone holds the window's edits, not only its
-wal beside it; once the folder is moved away, an edit is refused, not written where no one reads it."""
from __future__ import annotations

import os
import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from annotator.core.store import Store
from annotator.paths import DB_FILENAME
from tests.gui.conftest import show_active


def test_project_sqlite_copied_alone_after_going_to_another_program_holds_the_accept(window, qtbot, tmp_path):
    span = next(r for r in window.ann_model.rows() if r.status == "suggested")
    window.select_annotation(span.id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    assert window.store.annotation(span.id).status == "accepted"
    other = show_active(qtbot, QWidget())  # the file manager, in front
    qtbot.waitUntil(lambda: not window.reloading.timer.isActive())
    copy = tmp_path / "on the stick"
    copy.mkdir()
    shutil.copyfile(window.store.path, copy / DB_FILENAME)  # the database alone, its -wal left behind
    with Store.open(copy) as copied:
        assert copied.annotation(span.id).status == "accepted"
    other.close()


def test_an_edit_after_the_folder_was_moved_away_says_so_and_writes_nothing(window, qtbot, tmp_path):
    folder = window.store.folder
    span = next(r for r in window.ann_model.rows() if r.status == "suggested")
    window.select_annotation(span.id)
    moved = tmp_path / "moved"
    os.rename(folder, moved)  # renamed in the file manager; a move to another disk copies it and deletes this one
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    assert window.errors == [f"{folder}: the project is no longer there (its folder was moved, renamed or deleted "
                             "while it was open); nothing was saved — open the project where it is now"]
    with Store.open(moved) as there:
        assert there.annotation(span.id).status == "suggested"


def test_the_projects_database_opened_opens_its_folder(window, project, settings):
    """`annotator gui P/project.sqlite`, as a database dropped on the window: the project P, kept as P."""
    window._close_project()  # (open already, it would stay as it is)
    settings.last_project, settings.recent_projects = "", []
    assert window.open_project(project / DB_FILENAME)
    assert window.store.folder == project
    assert settings.last_project == str(project.resolve()) and settings.recent_projects[0] == str(project.resolve())

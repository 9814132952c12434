"""A project copied while the window has it open: once the user has gone to another program (the file
manager that copies it), project.sqlite alone holds the window's edits, not only its -wal beside it."""
from __future__ import annotations

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

"""After a database error the window says the saved work is intact only when a check of the
file on disk says so; otherwise it names the problem, the newest backup and how to restore it."""
from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtCore import Qt

from annotator.core.store.backup import backup, list_backups
from annotator.gui import app, tasks
from annotator.gui.dialogs import errors

MALFORMED = "database disk image is malformed"


def fail_writes(monkeypatch, store):
    """Every accept and reject of the window's store meets a database error."""
    def broken(*_args, **_kwargs):
        raise sqlite3.DatabaseError(MALFORMED)

    monkeypatch.setattr(store, "set_status", broken)


def damage(folder, store):
    """Fold the log into the file, then overwrite everything after its first page."""
    backup(store.conn, store.folder, reason="test")  # a backup to point to
    store.checkpoint()
    path = folder / "project.sqlite"
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(4096)
        f.write(b"\xa5" * (size - 4096))


@pytest.fixture
def shown(monkeypatch):
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda *a: seen.append(a)])
    return seen


def test_a_database_error_on_a_sound_file_says_the_saved_work_is_intact(window, store, qtbot, monkeypatch):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    city = window.selected_id
    fail_writes(monkeypatch, window.store)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return)
    assert MALFORMED in window.errors[-1]
    assert "passed its integrity check" in window.errors[-1]
    assert store.annotation(city).status == "suggested"


def test_a_damaged_file_is_named_with_the_newest_backup_and_how_to_restore_it(window, store, qtbot, monkeypatch):
    folder = window.store.folder
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    damage(folder, store)
    fail_writes(monkeypatch, window.store)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return)
    message = window.errors[-1]
    assert "intact" not in message and "safe" not in message
    assert "failed its check" in message
    assert str(list_backups(folder)[-1]) in message
    assert "Project › Restore from a backup… brings it back" in message and "annotator restore" not in message


def test_unexpected_errors_claim_nothing_unchecked(window, shown, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook(lambda: window)
    sys.excepthook(sqlite3.DatabaseError, sqlite3.DatabaseError(MALFORMED), None)
    message = shown[-1][1]
    assert MALFORMED in message and "passed its integrity check" in message
    damage(window.store.folder, window.store)
    sys.excepthook(sqlite3.DatabaseError, sqlite3.DatabaseError(MALFORMED), None)
    assert "failed its check" in shown[-1][1] and "Project › Restore from a backup…" in shown[-1][1]
    window.commands.forget_search()
    window._close_project()
    sys.excepthook(ValueError, ValueError("a bug"), None)
    assert "a bug" in shown[-1][1] and "intact" not in shown[-1][1] and "safe" not in shown[-1][1]


def test_a_database_error_in_a_background_task_is_checked_too(window, shown):
    def job(store, progress, cancelled):
        raise sqlite3.DatabaseError(MALFORMED)

    assert tasks.run_task(window, "Importing", window.store.folder, job) is None
    assert MALFORMED in shown[-1][1] and "passed its integrity check" in shown[-1][1]


def test_a_text_damaged_on_disk_is_named_with_its_document_never_shown_or_suggested_on(window, shown):
    """A page zeroed under a document's text still decodes and passes SQLite's check: its sha256 does not."""
    folder = window.store.folder
    window._close_project()
    path = folder / "project.sqlite"
    data, piece = path.read_bytes(), "规上工业企业".encode()  # in a.txt's second line, in no span
    assert data.count(piece) == 1
    path.write_bytes(data.replace(piece, bytes(len(piece))))
    assert window.open_project(folder)  # sound to SQLite; a.txt, the document last open, is not
    message = window.errors[-1]
    assert str(folder) in message and "a.txt" in message and "damaged" in message and "b.txt" not in message
    assert "\0" not in window.text_view.text and window.doc_id is None
    window.window_actions["suggest"].trigger()  # F5: the rules would read every text
    assert "a.txt" in shown[-1][1] and "damaged" in shown[-1][1]


def test_an_error_box_has_the_error_icon_not_the_warning_one(qtbot):
    """A partly done import is a warning; a failed one an error: the two looked alike."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[QMessageBox.Icon] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(box.icon())
        box.accept()

    QTimer.singleShot(0, look)
    errors.show_error(None, "Importing annotations", "a.jsonl: the file is empty")
    assert seen == [QMessageBox.Icon.Critical]

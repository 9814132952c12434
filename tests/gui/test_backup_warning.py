"""A failed automatic backup is shown in the status bar after the write that tried it, from the
window's own edits and from its background tasks; the edit itself is saved all the same."""
from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import backup
from annotator.gui import tasks
from tests.gui.conftest import build_project


def block_backups(folder):
    """A file where the backups folder belongs: every backup attempt fails."""
    shutil.rmtree(folder / "backups", ignore_errors=True)
    (folder / "backups").write_text("not a folder")


def test_the_sessions_backup_is_made_off_the_gui_thread_and_a_failure_is_shown(window, store, qtbot, monkeypatch,
                                                                                tmp_path):
    window.session_backup.wait()  # the fixture's session (begun after the list's first paint)
    threads = []
    real = backup.backup_if_changed
    monkeypatch.setattr(backup, "backup_if_changed",
                        lambda *a, **k: threads.append(threading.current_thread().name) or real(*a, **k))
    folder = window.store.folder
    block_backups(folder)
    assert not window.backup_warning.isVisible()
    assert window.open_project(build_project(tmp_path / "other"))  # (the open project chosen again stays open)
    window.session_backup.wait()
    threads.clear()
    assert window.open_project(folder)  # a new session: its backup is tried at once, in a worker
    qtbot.waitUntil(window.backup_warning.isVisible)
    assert "backup" in window.backup_warning.text() and window.statusBar().isAncestorOf(window.backup_warning)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    city = window.selected_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return)  # the first write: no backup on this thread
    assert store.annotation(city).status == "accepted"  # saved all the same
    assert threads == ["session-backup"]
    assert window.backup_warning.isVisible()  # stays: no backup has worked since


def test_a_failed_hourly_backup_is_shown_after_the_edit(window, store, qtbot, monkeypatch):
    window.session_backup.wait()
    block_backups(window.store.folder)
    monkeypatch.setattr(backup, "INTERVAL_SECONDS", 0)  # as if an hour had passed
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return)  # this write tries the hourly backup
    assert window.backup_warning.isVisible() and window.store.backup_error in window.backup_warning.text()


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "thread"])
def test_a_failed_backup_of_a_background_task_is_shown(window, store, qtbot, monkeypatch, sync):
    monkeypatch.setattr(tasks, "SYNC", sync)
    window.session_backup.wait()  # not writing into the backups folder while it is blocked
    block_backups(window.store.folder)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)  # suggestions: a task with a Store of its own
    assert len(store.annotations(window.doc_id)) > 3
    assert window.backup_warning.isVisible() and "backup" in window.backup_warning.text()


def test_a_backup_that_ends_after_the_window_is_gone_ends_quietly(project, qapp, monkeypatch):
    """Closing the window (its objects deleted) while the session's backup was still being made
    raised "Signal source has been deleted" in the backup's thread: a traceback at exit."""
    import threading

    import shiboken6
    from PySide6.QtCore import QObject

    from annotator.core.store import Store
    from annotator.gui import session_backup

    release, raised = threading.Event(), []
    real_open = Store.open

    def slow_open(folder, *args, **kwargs):
        release.wait(10)
        return real_open(folder, *args, **kwargs)

    monkeypatch.setattr(session_backup.Store, "open", staticmethod(slow_open))
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    owner = QObject()
    backup = session_backup.SessionBackup(owner)
    with real_open(project) as store:
        backup.start(store)  # no widget to paint first: at once
    [thread] = backup._threads
    shiboken6.delete(owner)  # the window closed and deleted meanwhile
    release.set()
    thread.join(10)
    assert not thread.is_alive() and raised == []


def test_a_window_deleted_while_its_sessions_backup_runs_leaves_a_whole_backup(project, settings, qtbot,
                                                                               monkeypatch):
    """The backup's worker emitted its end on the window's SessionBackup: deleted meanwhile (the window
    closed, a project switched), the emit met a dead object (a crash when the two crossed). Now the
    worker emits on an object of its own; the window closes at once and the backup is still finished."""
    import sqlite3

    import shiboken6

    from annotator.gui.main_window import MainWindow

    for old in backup.list_backups(project):  # the session's backup is due
        backup.remove(old)
    started, release = threading.Event(), threading.Event()
    real_copy = backup.copy_checked

    def slow_copy(conn, target):
        started.set()
        release.wait(10)
        return real_copy(conn, target)

    monkeypatch.setattr(backup, "copy_checked", slow_copy)
    raised, errors = [], []

    def trace(frame, event, arg):  # the worker's frames: an exception raised there, even one caught
        def local(frame, event, arg):
            if event == "exception" and issubclass(arg[0], RuntimeError):
                raised.append(arg[1])
            return local
        return local if threading.current_thread().name == "session-backup" else None

    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    tracing = threading.gettrace()
    threading.settrace(trace)
    try:
        window = MainWindow(settings)
        assert window.open_project(project)
        window.session_backup.wait(0)  # (never shown: begun now, not after a paint)
        qtbot.waitUntil(started.is_set)
        [thread] = window.session_backup._threads
        window.close()  # at once: not waiting for the backup
        assert thread.is_alive() and not backup.list_backups(project)
        window.deleteLater()
        qtbot.waitUntil(lambda: not shiboken6.isValid(window))
        release.set()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)
        qtbot.wait(0)  # a queued end, if one were sent, delivered now
    finally:
        release.set()
        threading.settrace(tracing)
    assert raised == [] and errors == []  # the worker touched nothing deleted
    assert not thread.daemon  # a program ending meanwhile lets it finish its file, not cut it off
    [made] = backup.list_backups(project)
    conn = sqlite3.connect(made)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] > 0
    finally:
        conn.close()
    assert not list(made.parent.glob("*.part"))


def test_waiting_for_the_backups_waits_for_an_earlier_projects_too(tmp_path, qapp, monkeypatch):
    """Projects switched quickly (A, then B, then A again): a restore of A waits for the backups
    before replacing its file, and an earlier project's worker may still be reading. ``wait`` joined
    only the latest worker; it now joins every one under way."""
    from annotator.core.store import Store
    from annotator.gui import session_backup

    release = threading.Event()
    real_open = Store.open

    def slow_open(folder, *args, **kwargs):
        release.wait(10)
        return real_open(folder, *args, **kwargs)

    monkeypatch.setattr(session_backup.Store, "open", staticmethod(slow_open))
    sessions = session_backup.SessionBackup()
    folders = [tmp_path / "a", tmp_path / "b"]
    for folder in folders:
        Store.create(folder).close()
    for folder in folders:
        with real_open(folder) as store:
            sessions.start(store)  # no widget to paint first: at once
    workers = [t for t in threading.enumerate() if t.name == "session-backup"]
    assert len(workers) == 2 and all(t.is_alive() for t in workers)
    joined, real_join = [], threading.Thread.join
    monkeypatch.setattr(threading.Thread, "join",
                        lambda self, timeout=None: joined.append(self) or real_join(self, timeout))
    release.set()
    sessions.wait(10)
    assert set(workers) <= set(joined)
    assert not any(t.is_alive() for t in workers)

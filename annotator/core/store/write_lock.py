"""Taking SQLite's write lock: ``BEGIN IMMEDIATE``, waiting up to the busy timeout while another
program (``annotator`` on the command line, a second window) writes to the same project.

A store with a ``waiting`` context (the window's) first tries for :data:`FIRST_TRY_MS` only, so a
wait is told apart from none: when the lock is still held then, the rest of the wait runs inside
``waiting()`` (the window says so in its status bar and shows the wait cursor), where it had waited
up to ten seconds with nothing shown.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from annotator.core.errors import DiskWriteError, SaveError
from annotator.core.store.disk import not_saved

FIRST_TRY_MS = 150  # shorter than any wait a person notices, longer than the write of one edit
Waiting = Callable[[], AbstractContextManager[object]]


def begin_immediate(conn: sqlite3.Connection, path: Path, timeout_ms: int, waiting: Waiting | None = None) -> None:
    """Start a write on ``conn``, or raise SaveError (still busy after ``timeout_ms``) or DiskWriteError."""
    try:
        _run(conn, "BEGIN IMMEDIATE", timeout_ms, waiting)
    except sqlite3.OperationalError as e:
        if is_disk_error(e):
            raise DiskWriteError(not_saved(path, e)) from e
        raise _busy(path, e, timeout_ms) from e


def commit(conn: sqlite3.Connection, path: Path, timeout_ms: int, waiting: Waiting | None = None) -> None:
    """Commit the write on ``conn``, or raise SaveError (still busy after ``timeout_ms``; the caller rolls
    it back). In WAL mode a commit never waits. With a rollback journal (a project on a network share,
    ``store/journal.py``) it waits for the programs reading the project to finish (an export's snapshot):
    that wait is said as ``begin_immediate``'s is, and a commit still kept waiting after the busy timeout
    is the same "busy, nothing was saved", not SQLite's bare "database is locked"."""
    try:
        _run(conn, "COMMIT", timeout_ms, waiting)
    except sqlite3.OperationalError as e:
        if is_disk_error(e) or getattr(e, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_BUSY:
            raise
        raise _busy(path, e, timeout_ms) from e


def _run(conn: sqlite3.Connection, sql: str, timeout_ms: int, waiting: Waiting | None) -> None:
    """``sql`` on ``conn`` within the busy timeout; with ``waiting``, said as a wait (the window's) when the
    lock does not come within FIRST_TRY_MS."""
    if waiting is None:
        conn.execute(sql)
    elif not _took_at_once(conn, timeout_ms, sql):
        with waiting():
            conn.execute(sql)


def _busy(path: Path, e: sqlite3.Error, timeout_ms: int) -> SaveError:
    return SaveError(f"{path}: the project is busy in another program ({e}) and stayed busy "
                     f"for {timeout_ms / 1000:g} s; nothing was saved — try again")


def _took_at_once(conn: sqlite3.Connection, timeout_ms: int, sql: str = "BEGIN IMMEDIATE") -> bool:
    """Whether the lock came within FIRST_TRY_MS; False when another program holds it still."""
    conn.execute(f"PRAGMA busy_timeout = {min(FIRST_TRY_MS, timeout_ms)}")
    try:
        conn.execute(sql)
        return True
    except sqlite3.OperationalError as e:
        if getattr(e, "sqlite_errorcode", sqlite3.SQLITE_BUSY) & 0xFF != sqlite3.SQLITE_BUSY or is_disk_error(e):
            raise
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")


def is_disk_error(e: sqlite3.Error) -> bool:
    msg = str(e).lower()
    return any(k in msg for k in ("disk", "full", "i/o", "readonly", "read-only"))

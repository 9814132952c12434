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
        if waiting is None or not _took_at_once(conn, timeout_ms):
            if waiting is None:
                conn.execute("BEGIN IMMEDIATE")
            else:
                with waiting():
                    conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as e:
        if is_disk_error(e):
            raise DiskWriteError(not_saved(path, e)) from e
        raise SaveError(f"{path}: the project is busy in another program ({e}) and stayed busy "
                        f"for {timeout_ms / 1000:g} s; nothing was saved — try again") from e


def _took_at_once(conn: sqlite3.Connection, timeout_ms: int) -> bool:
    """Whether the lock came within FIRST_TRY_MS; False when another program holds it still."""
    conn.execute(f"PRAGMA busy_timeout = {min(FIRST_TRY_MS, timeout_ms)}")
    try:
        conn.execute("BEGIN IMMEDIATE")
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

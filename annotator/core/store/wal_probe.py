"""A project's write-ahead log read before its database is opened to be written.

SQLite applies any log beside a database (``project.sqlite-wal``): the log does not record which
database it was written for, and the last connection to close writes it into the database. A log
left from another database (a project's file copied over another's without its own log, a file put
back by hand) made a sound project read as damaged, and closing the refused connection wrote that
log in: the database lost its pages while the refusal said nothing was written to it. So a log
holding changes is read first through a read-only connection, which never writes the database nor
the log; the database alone is read with ``immutable=1``, which leaves the log out. Each probe makes
no file that was not there (the shared-memory index it needs goes again).
"""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from annotator.core.store.db_file import rollback_pending, wal_path


def checked(path: Path, with_log: bool = True) -> list[str]:
    """``PRAGMA quick_check`` of the database ``path`` read-only, through its log or without it
    (["ok"] when sound; an error SQLite raised instead is its one problem)."""
    shm = path.with_name(path.name + "-shm")
    made_shm = with_log and not shm.exists()
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if with_log else "&immutable=1")
    try:
        probe = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as e:
        return [str(e)]
    try:
        return [r[0] for r in probe.execute("PRAGMA quick_check(5)")]
    except sqlite3.Error as e:
        return [str(e)]
    except UnicodeDecodeError as e:  # SQLite's message quoted a damaged schema's bytes, which are not UTF-8
        return [e.object.decode("utf-8", "replace") if isinstance(e.object, bytes) else str(e)]
    finally:
        probe.close()
        if made_shm:
            with contextlib.suppress(OSError):
                shm.unlink()


def schema_version(path: Path, tables: set[str]) -> int:
    """The schema version of the database ``path`` read through its log, read-only (0 when it cannot be
    read, or lacks any of ``tables``): a project of a newer annotator is refused before a connection that
    could write is opened, whose close would fold its log into the database file."""
    shm = path.with_name(path.name + "-shm")
    made_shm = not shm.exists()
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        have = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return int(probe.execute("PRAGMA user_version").fetchone()[0]) if tables <= have else 0
    except (sqlite3.Error, UnicodeDecodeError):
        return 0
    finally:
        probe.close()
        if made_shm:
            with contextlib.suppress(OSError):
                shm.unlink()


def holds_changes(path: Path) -> bool:
    """Whether a write-ahead log beside ``path`` holds anything (a session that did not close cleanly)."""
    wal = wal_path(path)
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def completes(path: Path) -> bool:
    """Whether a database whose file is shorter than its header says is made whole by its
    write-ahead log (a checkpoint cut short): checked read-only, so nothing is changed; or by its
    rollback journal (a commit on a share cut short after page 1), which SQLite plays back at opening."""
    return rollback_pending(path) or wal_path(path).exists() and checked(path) == ["ok"]

"""A project that cannot be written (a read-only mount or share, a replication package on a disc, a
folder without write permission), opened to be read: nothing is ever written into its folder.

The commands that only read (export, evaluate, agreement, stats, documents) and the window open it
through SQLite's read-only ``file:`` URI. A project in WAL mode needs its shared-memory file
(``-shm``) even to be read (https://www.sqlite.org/wal.html, "Read-Only Databases"), and SQLite
cannot create one in a folder it may not write: so a project with neither a write-ahead log nor a
shared-memory file beside it (closed cleanly: nothing is waiting in a log) is opened as
``immutable=1``, which needs neither and creates nothing; one whose log and shared-memory file are
there (copied while open, or another program has it open) is opened ``mode=ro``, which reads the log
through them. A log that holds changes without its shared-memory file cannot be read in place and
would be left out by ``immutable``: that project is refused, as is one (written with a rollback journal
on a network share, ``store/journal.py``) whose ``-journal`` holds a write cut short, which ``immutable``
would read as if it were saved, as is one of an older schema (it would
have to be upgraded, which writes): copy the project to a writable folder first. A temporary
upgraded copy was not chosen: it costs the upgrade's time and a copy's disk space at every command,
and the copy of a damaged or half-written project would hide what the user must see.

:func:`can_write` is the one probe of writability (tests replace it to open a project as read-only
where the file system would let them write, as root does everywhere).
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from annotator.core.errors import ProjectError, ReadOnlyProject
from annotator.core.store.db_file import journal_path, rollback_pending, wal_path
from annotator.core.store.disk import FULL_DISK as FULL_DISK  # (cli_model.py tells a full disk by it)
from annotator.core.store.disk import free_space


def can_write(path: Path) -> bool:
    """Whether this process may write ``path`` (a folder: create files in it)."""
    return os.access(path, os.W_OK)


def why_read_only(folder: Path, path: Path, full_disk: bool = False) -> str:
    """The one sentence saying why a project cannot be written ("" when it can): its folder or
    its database file is read-only, or (``full_disk``: a command that only reads it, refused by a
    full disk) the disk holding it is full."""
    if full_disk:
        return disk_full(folder)
    if not can_write(folder):
        return f"{folder}: the project folder is read-only; annotator needs to write its database and journal there"
    if path.exists() and not can_write(path):
        return f"{path}: the database file is read-only; nothing was changed"
    return ""


def disk_full(folder: Path) -> str:
    """A project on a full disk read by a command that only reads it (its export to another disk):
    SQLite could not make the shared-memory file a project in WAL mode needs even to be read."""
    return (f"{folder}: {FULL_DISK} ({free_space(folder)}), so it was only read, nothing written "
            "into it; free some space on that disk before changing it")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def _uri(path: Path, immutable: bool) -> str:
    """A read-only ``file:`` URI: the path percent-encoded, so '#', '?' and '%' stay part of it."""
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection to the project database ``path`` that creates no file beside it."""
    wal, shm, journal = wal_path(path), shm_path(path), journal_path(path)
    cut_short = rollback_pending(path)  # a rollback journal (a project on a share)
    if not wal.exists() and not shm.exists() and not cut_short:
        return sqlite3.connect(_uri(path, True), uri=True, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
    try:
        conn = sqlite3.connect(_uri(path, False), uri=True, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
        try:
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # SQLite opens the file here
        except sqlite3.Error:
            conn.close()
            raise
        return conn
    except sqlite3.OperationalError:
        if cut_short:  # immutable would read the pages a write cut short left: a damaged project, or a wrong one
            raise ProjectError(
                f"{path.parent}: the project is read-only and was not closed cleanly: its rollback journal "
                f"{journal.name} holds a change cut short, which must be undone in the database before it can be "
                "read, and that writes; copy the project folder to a writable place and open the copy — nothing "
                "was changed") from None
        if wal.exists() and wal.stat().st_size:
            raise ProjectError(
                f"{path.parent}: the project is read-only and was not closed cleanly: its write-ahead log "
                f"{wal.name} holds changes that cannot be read without its {shm.name} file; copy the project "
                "folder to a writable place and open the copy — nothing was changed") from None
    return sqlite3.connect(_uri(path, True), uri=True, timeout=timeout, isolation_level=None,
                           check_same_thread=False)


def older_schema(folder: Path, version: int, current: int) -> ProjectError:
    """A read-only project of an older schema: upgrading it would write."""
    return ProjectError(
        f"{folder}: the project is read-only and of an older version (schema {version}, this annotator "
        f"reads {current}); it must be upgraded before it can be read, which writes: copy the project "
        "folder to a writable place and open the copy — nothing was changed")


def refused(folder: Path) -> ReadOnlyProject:
    """The refusal of a write to a project opened read-only."""
    return ReadOnlyProject(
        f"{folder}: the project is read-only (its folder or database file cannot be written), so changes "
        f"cannot be saved; copy the project folder to a writable place to edit it — nothing was changed")


"""Bringing back a backup of a project database (``annotator restore``)."""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from annotator.core.errors import DiskError, ProjectError
from annotator.core.store import Store
from annotator.core.store.backup import (
    BEFORE_RESTORE,
    KEEP,
    backup_dir,
    check_backup,
    copy_checked,
    list_backups,
    list_restore_points,
    open_read_only,
    put_back,
    remove,
    set_aside,
    stamp,
)
from annotator.core.store.base import BUSY_TIMEOUT_MS
from annotator.paths import DB_FILENAME, project_folder


def existing_folder(folder: Path) -> Path:
    """``folder``, unless no such folder exists (a mistyped project path is not 'without backups')."""
    folder = project_folder(folder)  # its database named: the project
    if not folder.is_dir():
        raise ProjectError(f"{folder}: no such project folder")
    return folder


def restore(folder: Path, source: Path | None = None) -> Path:
    """Replace the project's database by a backup (the newest automatic one unless ``source``);
    returns the backup used (:func:`restore_saving` also says where the state before it went)."""
    return restore_saving(folder, source)[0]


def _give_up_when_busy(db_path: Path, busy_timeout_ms: int) -> Callable[[int, int, int], None]:
    """A backup's progress callback: SQLite's backup waits for the write lock without end (another
    program holding a write transaction hung ``annotator restore``); after the busy timeout it stops,
    before any page was copied (one step copies every page)."""
    deadline = time.monotonic() + busy_timeout_ms / 1000

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() >= deadline:
            raise ProjectError(f"{db_path}: the project is busy in another program (database is locked) and stayed "
                               f"busy for {busy_timeout_ms / 1000:g} s; nothing was restored — close it and try again")
    return progress


def restore_saving(folder: Path, source: Path | None = None, *,
                   busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> tuple[Path, Path | None]:
    """Replace the project's database by a backup (the newest automatic one unless ``source``).

    The current database is copied to backups/before-restore-<time>.sqlite first, so a
    restore can be undone; one that cannot be opened any more is moved to
    backups/damaged-<time>-project.sqlite as it is. The backup itself is only read.
    Returns the backup used and the copy of the state before it (None: there was no database).
    """
    folder = existing_folder(folder)
    if source is None:
        backups = list_backups(folder)
        if not backups:
            raise ProjectError(f"{folder}: has no backups in {backup_dir(folder)}")
        source = backups[-1]
    source = Path(source)
    if not source.is_file() and source.name == str(source) and (backup_dir(folder) / source).is_file():
        source = backup_dir(folder) / source  # a name as `restore --list` shows it, from the backups folder
    if not source.is_file():
        raise ProjectError(f"{source}: no such backup file")
    check_backup(source)  # before touching anything
    db_path = folder / DB_FILENAME
    # refused here, the database would be set aside below as if it were damaged
    if folder.is_dir() and not os.access(folder, os.W_OK):
        raise ProjectError(f"{folder}: the project folder is read-only; nothing was restored")
    if db_path.exists() and not os.access(db_path, os.W_OK):
        raise ProjectError(f"{db_path}: the database file is read-only; nothing was restored")
    saved: Path | None = None
    aside = False  # whether the database was set aside as damaged (put back if the restore fails)
    existed = db_path.exists()
    if existed:
        try:
            with Store.open(folder) as current:
                current._auto_backup = False
                d = backup_dir(folder)
                d.mkdir(exist_ok=True)
                saved = d / f"{BEFORE_RESTORE}{stamp()}.sqlite"
                _copy_before(current, saved)
            for old in list_restore_points(folder)[:-KEEP]:
                remove(old)
        except DiskError:  # a full or failing disk: the database is not known to be damaged
            raise
        except ProjectError:
            saved, aside = set_aside(folder), True  # damaged: keep its bytes as they are, out of the way
    src = open_read_only(source)
    try:
        dest = sqlite3.connect(str(db_path))
        try:
            src.backup(dest, progress=_give_up_when_busy(db_path, busy_timeout_ms))
        finally:
            dest.close()
    except (sqlite3.Error, ProjectError) as e:
        if aside and saved is not None:  # never leave an empty or half-copied database in its place
            put_back(folder, saved)
        elif not existed:
            remove(db_path)
        if isinstance(e, ProjectError):
            raise
        raise ProjectError(f"{db_path}: could not be written ({e}); nothing was restored"
                           + (" — the damaged database is back where it was" if aside else "")) from e
    finally:
        src.close()
    return source, saved


def _copy_before(current: Store, saved: Path) -> None:
    """The current state to ``saved`` before it is replaced; a failure stops the restore."""
    try:
        copy_checked(current.conn, saved)
    except sqlite3.Error as e:
        raise DiskError(f"{saved}: could not be written ({e}); nothing was restored") from e

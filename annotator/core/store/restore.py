"""Bringing back a backup of a project database (``annotator restore``)."""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from annotator.core.errors import DiskError, ProjectError
from annotator.core.store import Store, journal
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
from annotator.core.store.base import BUSY_TIMEOUT_MS, RESTORED
from annotator.core.store.documents import REMOVED_ID
from annotator.paths import DB_FILENAME, project_folder

DOCUMENTS = "documents"  # given_out's key of the documents' ids


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
    backups/damaged-<time>-project.sqlite as it is. The backup itself is only read: a copy of it
    goes in, with a new restore mark and the replaced database's id counters (:func:`_marked_copy`).
    Returns the backup used and the copy of the state before it (None: there was no database).
    """
    folder = existing_folder(folder)
    source = _chosen(folder, source)
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
        _copy_in(src, db_path, busy_timeout_ms)
    except (sqlite3.Error, ProjectError) as e:
        if aside and saved is not None:  # never leave an empty or half-copied database in its place
            put_back(folder, saved)
        elif not existed:
            remove(db_path)
        back = " — the damaged database is back where it was" if aside else ""
        if isinstance(e, ProjectError):  # the marked copy not written, the project busy
            if back:
                raise type(e)(f"{e}{back}") from e
            raise
        raise ProjectError(f"{db_path}: could not be written ({e}); nothing was restored{back}") from e
    finally:
        src.close()
    return source, saved


def _chosen(folder: Path, source: Path | None) -> Path:
    """The backup file to restore: ``source`` (a path, or a name in the backups folder), else the newest."""
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
    return source


def _copy_in(src: sqlite3.Connection, db_path: Path, busy_timeout_ms: int) -> None:
    """The backup on ``src``, marked (:func:`_marked_copy`), over the database at ``db_path`` in one write."""
    ready = backup_dir(db_path.parent) / f"restoring.{os.getpid()}.part"  # the backup as it goes in (a killed
    try:  # restore's is removed with the other .part files of writers that are gone)
        dest = sqlite3.connect(str(db_path))
        try:
            try:
                shared = journal.shared_mark(dest)  # opened over a network share: kept (store/journal.py)
            except sqlite3.Error:  # a database that cannot be read (set aside as damaged, none yet): none
                shared = ""
            marked = _marked_copy(src, ready, given_out(dest), shared)
            try:
                marked.backup(dest, progress=_give_up_when_busy(db_path, busy_timeout_ms))
            finally:
                marked.close()
        finally:
            dest.close()
    finally:
        remove(ready)


def given_out(conn: sqlite3.Connection) -> dict[str, int]:
    """The largest id each AUTOINCREMENT table of the database on ``conn`` ever gave out (sqlite_sequence),
    and under ``documents`` the largest document id it holds or removed (:data:`REMOVED_ID`: documents take
    ids without AUTOINCREMENT); nothing for a database that cannot be read (set aside as damaged, none yet)."""
    try:
        found = dict(conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
    except sqlite3.Error:
        return {}
    try:
        removed = conn.execute("SELECT value FROM meta WHERE key = ?", (REMOVED_ID,)).fetchone()
        found[DOCUMENTS] = max(int(conn.execute("SELECT COALESCE(MAX(id), 0) FROM documents").fetchone()[0]),
                               int(removed[0]) if removed else 0)
    except (sqlite3.Error, ValueError):
        pass
    return found


def _marked_copy(src: sqlite3.Connection, ready: Path, replaced: dict[str, int],
                 shared: str = "") -> sqlite3.Connection:
    """The backup on ``src`` copied to ``ready`` (a connection to it returned) with a new :data:`RESTORED`
    mark, which tells a window open on the project that its undo history names a state that is gone,
    and its id counters raised to those of the database it replaces, ``replaced``: a span added after
    the backup and gone with the restore never lends its id to another (Ctrl+Z in the window named
    one span for another). Both go in with the rest, in the restore's single write, as does the mark of an
    opening over a network share the replaced database holds, ``shared`` (store/journal.py): a backup made
    before it came does not give the project back the write-ahead log while a computer has it open over one."""
    ready.parent.mkdir(exist_ok=True)
    remove(ready)
    conn = sqlite3.connect(str(ready), isolation_level=None)
    try:
        src.backup(conn)
        conn.execute("PRAGMA journal_mode = DELETE")  # one file, whatever the backup's mode was
        conn.execute("BEGIN")
        tables = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
        if "meta" in tables:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (RESTORED, os.urandom(16).hex()))
            if shared:
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (journal.SHARED, shared))
        kept = given_out(conn)
        if replaced.get(DOCUMENTS, 0) > kept.get(DOCUMENTS, 0) and "meta" in tables:  # a document added after the
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",  # backup and gone with the
                         (REMOVED_ID, str(replaced[DOCUMENTS])))  # restore lends its id to none: as one removed
        for name, seq in replaced.items():
            if "AUTOINCREMENT" not in (tables.get(name) or "").upper() or seq <= kept.get(name, 0):
                continue
            if name in kept:
                conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (seq, name))
            else:
                conn.execute("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)", (name, seq))
        conn.execute("COMMIT")
    except BaseException as e:
        conn.close()
        if isinstance(e, sqlite3.Error):  # a full disk: the project is not touched yet
            raise DiskError(f"{ready}: could not be written ({e}); nothing was restored") from e
        raise
    return conn


def restore_mark(store: Store) -> str:
    """The mark the last restore left in the project ("": never restored), a new one with each restore."""
    return store.get_meta(RESTORED)


def _copy_before(current: Store, saved: Path) -> None:
    """The current state to ``saved`` before it is replaced; a failure stops the restore."""
    try:
        copy_checked(current.conn, saved)
    except sqlite3.Error as e:
        raise DiskError(f"{saved}: could not be written ({e}); nothing was restored") from e

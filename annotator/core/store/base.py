"""An open project database: opening and checking it, transactions, meta, automatic backups.

Every write is one ``BEGIN IMMEDIATE … COMMIT`` transaction, so a crash or a kill loses
nothing that was reported saved, and a second writer waits (busy timeout) instead of
failing.
"""
from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Self

from annotator.core import location as place
from annotator.core.errors import DiskWriteError, ProjectError, SaveError
from annotator.core.models import Label
from annotator.core.store import backup, journal, migrations, read_only, upgrade, wal_probe
from annotator.core.store.db_file import (
    OPEN_FILES,
    check_in_place,
    check_needed,
    one_line,
    read_header,
    record_stamp,
    truncated_message,
    wal_path,
)
from annotator.core.store.disk import check_path_length, disk_error, not_saved
from annotator.core.store.write_lock import Waiting, begin_immediate, commit, is_disk_error
from annotator.paths import DB_FILENAME, as_argument, project_folder

log = logging.getLogger("annotator.core.store")
CACHE_KIB = 64 * 1024  # per connection, filled only as pages are read
# the write-ahead log is cut back to this when a write starts it over after a checkpoint: without a
# limit it kept the size of the largest write (an accept of 100,000 spans: 130 MB) while any
# connection stayed open (a window open all day)
WAL_LIMIT_BYTES = 16 * 1024 * 1024
_PROJECT_TABLES = {"meta", "labels", "documents", "annotations"}
BUSY_TIMEOUT_MS = 10_000
RESTORED = "restored"  # meta key: a new value with each restore (restore.py; a window open on it clears its undo)


class StoreBase:
    """An open project database. Use :meth:`open` or :meth:`create`; close with :meth:`close`."""

    def __init__(self, folder: Path, conn: sqlite3.Connection, busy_timeout_ms: int = BUSY_TIMEOUT_MS):
        self.folder = folder
        self.path = folder / DB_FILENAME
        self.conn = conn
        self._savepoints, self.checked = 0, False
        self._checked_clean = False  # opened (and checked, or known unchanged) without a problem
        self.busy_timeout_ms = busy_timeout_ms
        self.waiting: Waiting | None = None  # entered while another program's write keeps this one waiting
        self._labels: list[Label] | None = None
        self._labels_version = -1
        self._texts: dict[int, str] = {}  # documents' texts last read (store.texts)
        self._texts_version = -1
        # rolling backups: checked before the first write of a session, then at most hourly
        self._auto_backup = False
        self._last_backup_check: float | None = None
        self.backup_error = ""  # why the last automatic backup failed ("" when it did not)
        self._file_key: tuple[int, int] | None = None
        self._closed = self._wrote = False  # _wrote: whether this session committed a write
        self._on_step: upgrade.OnStep | None = None
        self.upgraded: upgrade.Upgraded | None = None  # what this opening's schema upgrade did (store/upgrade.py)
        self.read_only = False  # opened read-only (store/read_only.py): every write is refused
        self.read_only_why = ""  # why: a read-only folder, mount or file, or a full disk (read_only.why_read_only)
        self._session_uuid = ""  # a read-only project's id when it holds none (never written)
        self._uuid_kept = False  # the project holds its id (project_uuid), made at its first edit
        # a network share's journal: "delete"; shared: the mark an opening over one left (store/journal.py)
        self.location, self.journal, self.shared = place.Location(), journal.WAL, ""

    # ---------------------------------------------------------------- opening
    @classmethod
    def create(cls, folder: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Self:
        folder = Path(folder)
        check_path_length(folder)
        if (folder / DB_FILENAME).exists():
            raise ProjectError(f"{folder}: a project already exists here")
        if folder.exists() and not folder.is_dir():
            raise ProjectError(f"{folder}: is a file, not a folder")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ProjectError(f"{folder}: cannot create the project folder ({e.strerror})") from e
        store = cls.open(folder, create=True, busy_timeout_ms=busy_timeout_ms)
        store._last_backup_check = time.monotonic()  # a new project has nothing to back up yet
        return store

    @classmethod
    def open(cls, folder: str | Path, *, create: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
             on_step: upgrade.OnStep | None = None, read_only_ok: bool = False, full_disk: bool = False) -> Self:
        """Open a project; a second writer waits up to ``busy_timeout_ms`` for the lock, then SaveError.
        An older project is upgraded first, ``on_step`` hearing of each step (``store/upgrade.py``).
        A project that cannot be written is refused, or with ``read_only_ok`` (commands that only
        read, the window) opened read-only: :attr:`read_only`, nothing written (``store/read_only.py``).

        The first connection of this process to a database reads its header and runs a quick
        check; a damaged database is refused before anything is written to it.
        """
        folder = project_folder(folder)  # its database named: the project
        check_path_length(folder)
        path = folder / DB_FILENAME
        if not folder.exists():
            raise ProjectError(f"{folder}: no such project folder")
        if not folder.is_dir():
            raise ProjectError(f"{folder}: is a file, not a project folder")  # (it said "is not a folder")
        if not path.exists() and not create:
            raise ProjectError(f"{folder}: not an annotator project (no {DB_FILENAME}); "
                               f"create one with 'annotator new {as_argument(folder)}'")
        with OPEN_FILES.lock:
            first = not OPEN_FILES.is_open(path)
            check = first and check_needed(path)
            if path.exists() and first:  # never while a connection of ours is open (db_file docstring)
                header = read_header(path)
                if header.truncated and not wal_probe.completes(path):
                    raise ProjectError(truncated_message(path, header))
            unwritable = read_only.why_read_only(folder, path, full_disk)  # (full_disk: read on a full disk)
            if unwritable and (create or not read_only_ok):
                raise ProjectError(unwritable)
            probed = first and not unwritable and wal_probe.holds_changes(path)  # read first, read-only: a log
            if probed and (problems := wal_probe.checked(path)) != ["ok"]:  # from another database was written
                raise _misfit_log(path, problems)  # in by the close of the refused read-write connection
            if probed and (version := wal_probe.schema_version(path, _PROJECT_TABLES)) > migrations.SCHEMA_VERSION:
                raise _newer(path, version)  # its log left as it is
            # journal files that opening creates, to be removed again if the file is refused
            journal_files = [p for p in (wal_path(path), read_only.shm_path(path))
                             if first and not p.exists() and not unwritable]
            try:
                conn = read_only.connect(path, busy_timeout_ms / 1000) if unwritable else sqlite3.connect(
                    str(path), timeout=busy_timeout_ms / 1000, isolation_level=None, check_same_thread=False)
            except sqlite3.Error as e:
                raise disk_error(path, e) or ProjectError(f"{path}: cannot open the database ({e})") from e
            store = cls(folder, conn, busy_timeout_ms)
            store.read_only, store.read_only_why = bool(unwritable), unwritable
            store.location = place.where(folder)
            store._file_key = OPEN_FILES.add(path)
        try:
            store._on_step = on_step  # who hears of an upgrade's steps
            store._prepare(check=check and not probed)  # (the probe was the quick check)
            store.checked = check
        except sqlite3.DatabaseError as e:
            store._close_refused(journal_files)
            disk = disk_error(path, e)
            if disk is not None:  # a full or failing disk, a path too long: not damage
                raise disk from e
            raise ProjectError(f"{path}: the database is damaged or not a project database ({e}); "
                               f"nothing was written to it — {backup_hint(folder)}") from e
        except UnicodeDecodeError as e:  # SQLite's message quoted a damaged schema's bytes, which are not UTF-8
            store._close_refused(journal_files)
            said = e.object.decode("utf-8", "replace") if isinstance(e.object, bytes) else str(e)
            raise ProjectError(f"{path}: the database is damaged or not a project database ({said}); "
                               f"nothing was written to it — {backup_hint(folder)}") from e
        except (ProjectError, SaveError) as e:
            store._close_refused(journal_files)
            if isinstance(e, SaveError):
                raise ProjectError(str(e)) from e
            raise
        store._auto_backup = store._checked_clean = not store.read_only  # read-only: no backup, no stamp
        return store

    def _prepare(self, check: bool = True) -> None:
        """Check the database and bring it to the current schema. Nothing is written (not even
        the switch to WAL) until the file is known to be a sound project of a known shape."""
        c = self.conn
        c.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        # pages kept between statements: 2 MB (SQLite's default) re-reads the indexes of a large project
        # at every chunk of a bulk change (1.6 M spans accepted: 134 s; with 64 MB: about 35 s)
        c.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self.checked = check  # whether this open ran the quick check (db_file.check_needed)
        if check:
            problems = [r[0] for r in c.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                raise ProjectError(f"{self.path}: the database is damaged ({one_line(problems)}); "
                                   f"nothing was written to it — {backup_hint(self.folder)}")
        version = c.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        not_ours = (f"{self.path}: is an SQLite database but not an annotator project; "
                    "it was left untouched")
        if version > migrations.SCHEMA_VERSION:
            if not _PROJECT_TABLES <= tables:
                raise ProjectError(not_ours)
            raise _newer(self.path, version)
        if version == 0 and tables or version > 0 and not _PROJECT_TABLES <= tables:
            raise ProjectError(not_ours)
        if version > 0:
            wrong = migrations.shape_problem(c, version)
            if wrong:
                raise ProjectError(f"{self.path}: its tables are not those of an annotator project of "
                                   f"schema {version} ({wrong}); it was left untouched")
        if self.read_only:  # nothing may be written: no switch to WAL, no upgrade
            if version == 0:
                raise ProjectError(not_ours)
            if version < migrations.SCHEMA_VERSION:
                raise read_only.older_schema(self.folder, version, migrations.SCHEMA_VERSION)
            c.execute("PRAGMA foreign_keys = ON")
            return
        self.journal = journal.set_mode(self)  # (store.shared: opened over a network share before)
        c.execute("PRAGMA foreign_keys = ON")
        c.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
        # FULL: a commit reported saved survives a power cut too (NORMAL may roll it back)
        c.execute("PRAGMA synchronous = FULL")
        upgrade.upgrade(self, version, self._on_step)
        journal.remember(self)  # opened over a share: a later opening from a local disk keeps the rollback journal

    def _close_refused(self, journal_files: list[Path]) -> None:
        """Close a database that was refused, and remove the empty journal files our opening made (no other
        program had it open then, or they would have existed): the folder is left exactly as it was."""
        self._auto_backup = False
        self.close()
        wal = wal_path(self.path)
        if wal in journal_files and wal.exists() and wal.stat().st_size:
            return  # something was written after all: keep it
        for extra in journal_files:
            with contextlib.suppress(OSError):
                extra.unlink()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._backup_at_close()
        finally:
            with OPEN_FILES.lock:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.close()
                OPEN_FILES.remove(self._file_key)
                if self._checked_clean and not OPEN_FILES.is_open(self.path):
                    record_stamp(self.path)  # the last connection anywhere folded its log in: as it is now

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def data_version(self) -> int:
        """A number that changes each time another connection commits to the project (another
        program, a background task's own store, a second window); this connection's own commits
        leave it as it was (SQLite's ``PRAGMA data_version``: microseconds, no table read)."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees the project as it was at the first one (a read transaction; in WAL mode writers go
        on meanwhile, with a share's rollback journal their commits wait for it): an export's sheets agree while the
        window labels. Nothing may be written inside (it could not commit after another program's write)."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # only read: nothing to keep

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed write; rolled back whole on any error. Disk errors become SaveError."""
        if self.conn.in_transaction:  # nested: a savepoint inside the outer write
            self._savepoints += 1
            name = f"nested_{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._savepoints -= 1
            return
        if self.read_only:
            raise read_only.refused(self.folder)
        check_in_place(self.folder, self.path)  # before a backup, whose failure would say less
        self._backup_if_due()
        begin_immediate(self.conn, self.path, self.busy_timeout_ms, self.waiting)
        changes = self.conn.total_changes
        try:
            yield self.conn
            if self.conn.total_changes != changes:  # a write that changed something: the backups see it
                self._set_meta(backup.EDITED, os.urandom(8).hex())  # not uuid: 4 ms more at the start
                if not self._uuid_kept:  # its id, by which the window finds its place after a move
                    if not self.get_meta("project_uuid"):
                        self._set_meta("project_uuid", os.urandom(16).hex())
                    self._uuid_kept = True
            commit(self.conn, self.path, self.busy_timeout_ms, self.waiting)  # (waits only with a rollback journal)
            self._wrote = True
        except BaseException as e:
            if self.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.OperationalError) and is_disk_error(e):
                raise DiskWriteError(not_saved(self.path, e)) from e
            raise

    def _backup_if_due(self) -> None:
        """Before the first write of a session (a window opening, a command-line run), then at
        most once an hour while editing; skipped when nothing changed since the newest backup."""
        if not self._auto_backup:
            return
        clock = time.monotonic()
        if self._last_backup_check is not None and clock - self._last_backup_check < backup.INTERVAL_SECONDS:
            return
        self._last_backup_check = clock
        reason = "session" if not self._wrote else "hourly"
        self._run_backup(lambda: backup.backup_if_changed(self.conn, self.folder, reason))

    def defer_session_backup(self) -> None:
        """This connection's first write makes no backup: another connection (the window's worker
        thread) makes the session's, off the thread that edits. Hourly backups go on as before."""
        self._last_backup_check = time.monotonic()

    def session_backup(self) -> str:
        """Make the session's backup now, if the project changed since the newest one (for a worker
        thread with its own connection). Returns what went wrong ("" when it worked or was not due)."""
        self._run_backup(lambda: backup.backup_if_changed(self.conn, self.folder, "session"))
        return self.backup_error

    def _backup_at_close(self) -> None:
        """A session that wrote into a project with no backup yet (its first import) leaves one."""
        if self._auto_backup and self._wrote and not backup.list_backups(self.folder):
            self._run_backup(lambda: backup.backup_if_changed(self.conn, self.folder, "first"))

    def _run_backup(self, make: Callable[[], object]) -> None:
        try:
            make()
            self.backup_error = ""
        except (OSError, sqlite3.Error, ProjectError) as e:  # a failed backup never stops the edit
            self.backup_error = f"automatic backup of {self.path} failed: {e}"
            log.warning("%s", self.backup_error)

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def project_uuid(self) -> str:
        """The project's own id (made on first need): an exported workbook carries it, so its span ids
        are trusted only in the project they came from."""
        found = self.get_meta("project_uuid") or self._session_uuid
        if not found:
            import uuid  # with platform, 4 ms at the window's start for an id made once per project

            found = uuid.uuid4().hex
            if self.read_only:  # not kept: an export's span ids are then trusted in no project, safely
                self._session_uuid = found
            else:
                self.set_meta("project_uuid", found)
        return found

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._set_meta(key, value)


def sqlite_utils_database(conn: sqlite3.Connection) -> Any:
    """sqlite-utils' Database on ``conn``, for schema steps (imported only when one runs)."""
    from annotator.core.sqlite import Database

    return Database(conn)


def _newer(path: Path, version: int) -> ProjectError:
    return ProjectError(f"{path}: made by a newer annotator (schema {version}, this one knows "
                        f"{migrations.SCHEMA_VERSION}); update annotator to open it — nothing was changed")


def _misfit_log(path: Path, problems: list[str]) -> ProjectError:
    """A database its write-ahead log makes damaged, refused before it is opened to be written."""
    hint = backup_hint(path.parent)
    if wal_probe.checked(path, with_log=False) == ["ok"]:  # sound without it: a log from another database
        wal = wal_path(path).name
        return ProjectError(f"{path}: its write-ahead log {wal} does not fit it (left from another database?): "
                            f"read with it, the database is damaged ({one_line(problems)}); nothing was written "
                            f"to it — move {wal} out of the folder to open the project as last saved without it "
                            f"({hint})")
    return ProjectError(f"{path}: the database is damaged ({one_line(problems)}); nothing was written to it — {hint}")


def backup_hint(folder: Path) -> str:
    """Where the newest backup is and how to bring it back."""
    backups = backup.list_backups(folder)
    if not backups:
        return "there is no backup of it"
    return f"the newest backup is {backups[-1]}; 'annotator restore {as_argument(folder)}' brings it back"

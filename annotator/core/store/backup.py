"""Backups of a project database with SQLite's online backup API, and restoring one.

- Automatic backups (``backups/project-<UTC time>-<reason>.sqlite``): before the first write
  of each session and at most hourly while editing, when something changed since the newest
  one; a project without documents has nothing to lose and is not backed up. A large project
  (64 MB or more) backed up less than ten minutes ago is not copied again at a session's start
  (each command of a script is a session: a full copy each took seconds). The last
  :data:`KEEP` are kept, the newest of each of the last :data:`DAYS` days that have one (each
  command is a session: ten commands of a script in a minute rotated away yesterday's work), and
  the newest made before a schema upgrade (the only copy an older annotator opens).
- Before a restore, the current database goes to ``backups/before-restore-<time>.sqlite``, a
  series of its own, so restoring never rotates away the backup being restored (and ten
  restores in a row cannot rotate out the automatic ones).
- Every copy passes ``PRAGMA integrity_check`` before it joins the backups: a damaged
  database is never kept as a good backup.
- A copy is written to a ``.part`` file named with the writing process's id first; the
  ``.part`` files of processes that are gone (killed mid-copy) are removed, with the journal
  SQLite kept beside one as it wrote it (``.part-journal``; ``-wal``, ``-shm``), which stayed.
- A copy is a single file in rollback-journal mode (the project itself is in WAL mode): reading
  it, as each session does with the newest, leaves no ``-shm`` or ``-wal`` beside it; those an
  earlier version left go with their backup when it is rotated away.
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from annotator.core.errors import ProjectError
from annotator.core.store import migrations
from annotator.core.store.db_file import one_line
from annotator.core.writing import process_alive
from annotator.paths import DB_FILENAME

BACKUP_DIR = "backups"
KEEP = 10
DAYS = 7  # days (UTC, each with a backup) whose newest backup is kept beyond the newest KEEP
INTERVAL_SECONDS = 3600
LARGE_BYTES = 64 * 1024 * 1024  # a project this large is copied at a session's start only if …
RECENT_SECONDS = 600  # … its newest automatic backup is older than this
AUTOMATIC = "project-"
BEFORE_RESTORE = "before-restore-"
MIGRATION = "before-migration-v"  # the reason of a backup made before a schema upgrade
EDITED = "edited"  # meta key: a new value with each write that changes something (Store.transaction)
# what changes whenever a project's content does: compared with the newest backup's. The mark of
# the last write sees every change this program makes (links, metadata, guides, done marks too);
# the counts and times of spans and labels see those of other programs as well
_FINGERPRINT_SQL = (
    "SELECT (SELECT COUNT(*) FROM documents), (SELECT MAX(id) FROM documents),"
    " (SELECT COALESCE(SUM(done), 0) FROM documents),"
    " (SELECT COUNT(*) FROM annotations), (SELECT MAX(id) FROM annotations),"
    " (SELECT MAX(updated_at) FROM annotations),"
    " (SELECT group_concat(name || color || shortcut || description || position, '|') FROM labels),"
    f" (SELECT value FROM meta WHERE key = '{EDITED}')")
_PART = re.compile(r"\.(\d+)\.part(-journal|-wal|-shm)?$")  # a copy, or SQLite's file beside it as it was written


def backup_dir(folder: Path) -> Path:
    return Path(folder) / BACKUP_DIR


def list_backups(folder: Path) -> list[Path]:
    """Automatic backups of a project, oldest first."""
    d = backup_dir(folder)
    return sorted(d.glob(f"{AUTOMATIC}*.sqlite")) if d.is_dir() else []


def list_restore_points(folder: Path) -> list[Path]:
    """Copies made before each restore, oldest first."""
    d = backup_dir(folder)
    return sorted(d.glob(f"{BEFORE_RESTORE}*.sqlite")) if d.is_dir() else []


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def ro_uri(path: Path) -> str:
    """A read-only ``file:`` URI: the path percent-encoded, so '#', '?' and '%' stay part of it."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to a finished database file (a backup, a file to restore from).

    A file in WAL mode (a backup of an earlier version, a copied project) SQLite opens read-only
    only where it can create the shared-memory file beside it: on a read-only disk or folder (a
    snapshot, a colleague's share) the file is opened as immutable instead, unless a write-ahead
    log beside it may hold part of its content (then SQLite's error stands)."""
    conn = sqlite3.connect(ro_uri(path), uri=True)
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if Path(f"{path}-wal").exists() or os.access(Path(path).resolve().parent, os.W_OK):
            raise
    return sqlite3.connect(ro_uri(path) + "&immutable=1", uri=True)


def remove_stale_parts(folder: Path) -> list[Path]:
    """Delete the ``.part`` copies of backup writers that are gone, and the journals beside them; returns what
    was removed."""
    d = backup_dir(folder)
    removed = []
    for part in d.glob("*.part*") if d.is_dir() else ():
        m = _PART.search(part.name)
        if m is None and not part.name.endswith(".part"):  # (a name of the user's own)
            continue
        if m and process_alive(int(m.group(1))):
            continue
        part.unlink(missing_ok=True)
        removed.append(part)
    return removed


def copy_checked(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy an open database to ``target`` through a checked ``.part`` file."""
    tmp = target.with_name(f"{target.stem}.{os.getpid()}.part")
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            conn.backup(dest)
            try:
                dest.execute("PRAGMA journal_mode = DELETE")  # one file: read, it leaves nothing beside it
                result = [r[0] for r in dest.execute("PRAGMA integrity_check(5)")]
            except sqlite3.DatabaseError as e:
                result = [str(e)]
        finally:
            dest.close()
        if result != ["ok"]:
            raise ProjectError(f"the project database is damaged ({one_line(result)}); "
                               "it was not kept as a backup")
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def backup(conn: sqlite3.Connection, folder: Path, reason: str = "hourly") -> Path:
    """Copy the database open on ``conn`` to ``folder``/backups/project-<UTC time>-<reason>.sqlite;
    keep the last KEEP."""
    d = backup_dir(folder)
    d.mkdir(exist_ok=True)
    remove_stale_parts(folder)
    target = copy_checked(conn, d / f"{AUTOMATIC}{stamp()}-{reason}.sqlite")
    for old in rotated_away(folder):
        remove(old)
    return target


def rotated_away(folder: Path) -> list[Path]:
    """The automatic backups beyond the newest :data:`KEEP`, except the newest of each of the last
    :data:`DAYS` days that have one and the newest made before a schema upgrade."""
    found = list_backups(folder)
    upgrades = [p for p in found if f"-{MIGRATION}" in p.name]
    by_day = {p.name[len(AUTOMATIC):len(AUTOMATIC) + 8]: p for p in found}  # oldest first: the day's newest stays
    kept = set(found[-KEEP:]) | set(upgrades[-1:]) | set(list(by_day.values())[-DAYS:])
    return [p for p in found if p not in kept]


# a database and the files SQLite keeps beside it: the write-ahead log and its index, and the rollback journal
# of a project on a network share (store/journal.py), which SQLite would apply to whatever database is
# put in that place next
WITH_JOURNALS = ("", "-wal", "-shm", "-journal")


def remove(path: Path) -> None:
    """Delete a backup with the journal files an earlier version's reads left beside it."""
    for suffix in WITH_JOURNALS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fingerprint(conn: sqlite3.Connection) -> tuple[object, ...] | None:
    try:
        return tuple(conn.execute(_FINGERPRINT_SQL).fetchone())
    except sqlite3.Error:
        return None


def recently_backed_up(folder: Path, now: float | None = None) -> bool:
    """A large project (:data:`LARGE_BYTES` or more) whose newest automatic backup is younger than
    :data:`RECENT_SECONDS`: a session's backup is left to that one. A script of many commands
    made a full copy at each (271 MB, 3-5 s a command on 2,000 reports); a small project, whose
    copy costs little, keeps one just before every session."""
    existing = list_backups(folder)
    if not existing:
        return False
    try:
        if (Path(folder) / DB_FILENAME).stat().st_size < LARGE_BYTES:
            return False
        age = (time.time() if now is None else now) - existing[-1].stat().st_mtime
    except OSError:
        return False
    return 0 <= age < RECENT_SECONDS


def backup_if_changed(conn: sqlite3.Connection, folder: Path, reason: str) -> Path | None:
    """Back up unless the project has no documents or equals its newest backup (or, for a
    session's backup, a large project was backed up a few minutes ago: :func:`recently_backed_up`)."""
    current = _fingerprint(conn)
    if current is None or not current[0]:
        return None
    if reason == "session" and recently_backed_up(folder):
        return None
    existing = list_backups(folder)
    if existing:
        try:
            probe = open_read_only(existing[-1])
        except sqlite3.Error:
            probe = None
        if probe is not None:
            try:
                if _fingerprint(probe) == current:
                    return None
            finally:
                probe.close()
    return backup(conn, folder, reason)


def set_aside(folder: Path) -> Path:
    """Move a database that cannot be opened (and its journal files) to backups/damaged-<time>-…;
    returns where the database went."""
    d = backup_dir(folder)
    d.mkdir(exist_ok=True)
    when = stamp()
    for suffix in WITH_JOURNALS:
        path = folder / (DB_FILENAME + suffix)
        if path.exists():
            shutil.move(str(path), str(d / f"damaged-{when}-{DB_FILENAME}{suffix}"))
    return d / f"damaged-{when}-{DB_FILENAME}"


def put_back(folder: Path, aside: Path) -> None:
    """Undo :func:`set_aside`: what was moved to ``aside`` (and its journal files) back in place of
    whatever a failed restore left there."""
    for suffix in WITH_JOURNALS:
        (folder / (DB_FILENAME + suffix)).unlink(missing_ok=True)
    for suffix in WITH_JOURNALS:
        moved = Path(f"{aside}{suffix}")
        if moved.exists():
            shutil.move(str(moved), str(folder / (DB_FILENAME + suffix)))


_ANOTHER = "; nothing was restored — choose another backup"  # a damaged one: the project as it was


def check_backup(source: Path) -> None:
    """ProjectError unless ``source`` is a sound database of a project this annotator can open."""
    if source.is_file() and source.stat().st_size == 0:  # SQLite takes it for an empty database
        raise ProjectError(f"{source}: is not a usable backup (the file is empty){_ANOTHER}")
    try:
        probe = open_read_only(source)
    except sqlite3.Error as e:
        raise ProjectError(f"{source}: is not a usable backup ({e}){_ANOTHER}") from e
    try:
        ok = [r[0] for r in probe.execute("PRAGMA integrity_check(5)")]
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as e:
        raise ProjectError(f"{source}: is not a usable backup ({e}){_ANOTHER}") from e
    finally:
        probe.close()
    if ok != ["ok"]:
        raise ProjectError(f"{source}: is a damaged backup (it fails its integrity check: {one_line(ok)}){_ANOTHER}")
    if version < 1 or not {"labels", "documents", "annotations"} <= tables:
        raise ProjectError(f"{source}: is an SQLite database but not a backup of an annotator project")
    if version > migrations.SCHEMA_VERSION:
        raise ProjectError(f"{source}: was made by a newer annotator (schema {version}, this one knows "
                           f"{migrations.SCHEMA_VERSION}); it was not restored")

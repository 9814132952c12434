"""Rolling backups of a project database with SQLite's online backup API."""
from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.errors import ProjectError
from annotator.paths import DB_FILENAME

if TYPE_CHECKING:
    from annotator.core.store import Store

BACKUP_DIR = "backups"
KEEP = 10
INTERVAL_SECONDS = 3600


def backup_dir(folder: Path) -> Path:
    return Path(folder) / BACKUP_DIR


def list_backups(folder: Path) -> list[Path]:
    """Backups of a project, oldest first."""
    d = backup_dir(folder)
    return sorted(d.glob("project-*.sqlite")) if d.is_dir() else []


def backup(store: "Store", reason: str = "hourly") -> Path:
    """Copy the open database to backups/project-<UTC time>-<reason>.sqlite; keep the last KEEP."""
    d = backup_dir(store.folder)
    d.mkdir(exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    target = d / f"project-{stamp}-{reason}.sqlite"
    tmp = target.with_suffix(".part")
    dest = sqlite3.connect(str(tmp))
    try:
        store.conn.backup(dest)
    finally:
        dest.close()
    tmp.replace(target)
    for old in list_backups(store.folder)[:-KEEP]:
        old.unlink(missing_ok=True)
    return target


def backup_if_due(store: "Store", interval: float = INTERVAL_SECONDS) -> Path | None:
    """Back up when the newest backup is older than ``interval`` seconds (at most once an hour)."""
    existing = list_backups(store.folder)
    if existing and time.time() - existing[-1].stat().st_mtime < interval:
        return None
    return backup(store)


def _set_aside(folder: Path) -> None:
    """Move a database that cannot be opened (and its journal files) to backups/damaged-<time>-…"""
    d = backup_dir(folder)
    d.mkdir(exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    for suffix in ("", "-wal", "-shm"):
        path = folder / (DB_FILENAME + suffix)
        if path.exists():
            shutil.move(str(path), str(d / f"damaged-{stamp}-{DB_FILENAME}{suffix}"))


def restore(folder: Path, source: Path | None = None) -> Path:
    """Replace the project's database by a backup (the newest unless ``source`` is given).

    The current database is itself backed up first, so a restore can be undone; one that cannot
    be opened any more is moved to backups/damaged-<time>-project.sqlite as it is.
    """
    from annotator.core.store import Store

    folder = Path(folder)
    backups = list_backups(folder)
    if source is None:
        if not backups:
            raise ProjectError(f"{folder}: has no backups in {backup_dir(folder)}")
        source = backups[-1]
    source = Path(source)
    if not source.is_file():
        raise ProjectError(f"{source}: no such backup file")
    # check the backup opens as a project before touching anything
    probe = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        ok = probe.execute("PRAGMA integrity_check").fetchone()[0]
        version = probe.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as e:
        raise ProjectError(f"{source}: is not a usable backup ({e})") from e
    finally:
        probe.close()
    if ok != "ok":
        raise ProjectError(f"{source}: backup fails its integrity check ({ok})")
    if version < 1 or not {"labels", "documents", "annotations"} <= tables:
        raise ProjectError(f"{source}: is an SQLite database but not a backup of an annotator project")
    db_path = folder / DB_FILENAME
    if db_path.exists():
        try:
            with Store.open(folder) as current:
                backup(current, reason="before-restore")
        except ProjectError:
            _set_aside(folder)  # damaged: keep its bytes as they are, out of the way
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dest = sqlite3.connect(str(db_path))
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()
    return source

"""Telling a disk that refuses a database (full, failing, a path SQLite cannot take) from a damaged
database: SQLite says "disk I/O error" when a full disk leaves no room for the shared-memory file
a project in WAL mode needs even to be read, and "unable to open database file" for a path longer
than its limit. Neither is damage, so neither may send the user to ``annotator restore``."""
from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from annotator.core.errors import DiskError

# SQLite's primary result codes (the low byte of an extended one)
_IOERR, _FULL, _CANTOPEN = 10, 13, 14
# SQLite's unix VFS takes a path of at most 512 bytes, the longest journal name (-journal) included
MAX_PATH_BYTES = 512 - len("-journal") - 1
NAME_MAX_BYTES = 255  # one file or folder name, on the common file systems (where pathconf cannot say)
ROOM_BYTES = 1 << 20  # less free than this: the disk is full for a project in WAL mode


def _primary(e: sqlite3.Error) -> int | None:
    code = getattr(e, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def disk_is_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < ROOM_BYTES
    except OSError:
        return False


FULL_DISK = "the disk holding the project is full"


def free_space(folder: Path) -> str:
    """How much the disk holding ``folder`` has free, as the full-disk messages say it ("12 KB free")."""
    try:
        left = shutil.disk_usage(folder).free
    except OSError:
        return "no free space"
    return f"{left / 1e6:.1f} MB free" if left >= 1e6 else f"{left // 1000} KB free"


def not_saved(path: Path, e: sqlite3.Error) -> str:
    """The one line of a write to the database ``path`` that SQLite refused for its disk: on a disk that is
    full, as the command line's full-disk check says it (``read_only.disk_full``), with its free space
    (SQLite's own "database or disk is full" said nothing the user can act on); else SQLite's reason."""
    if disk_is_full(path.parent):
        return f"{path}: {FULL_DISK} ({free_space(path.parent)}); nothing was saved"
    return f"{path}: could not write ({e}); nothing was saved"


def path_bytes(path: Path) -> int:
    """The length of the path SQLite opens (absolute, links resolved), in bytes."""
    try:
        full = os.path.realpath(path)
    except OSError:
        full = os.path.abspath(path)
    return len(os.fsencode(full))


def disk_error(path: Path, e: sqlite3.Error) -> DiskError | None:
    """The one-line error for a database ``path`` that SQLite could not open because of its disk or
    its path, else None (then the error may be the database's own)."""
    code, text = _primary(e), str(e).lower()
    too_long = path_bytes(path) > MAX_PATH_BYTES
    if too_long and (code == _CANTOPEN or "unable to open" in text):
        return DiskError(f"{path}: its path is too long for SQLite ({path_bytes(path)} bytes, at most "
                         f"{MAX_PATH_BYTES}); move or rename the project folder to a shorter path — "
                         "nothing was changed")
    disky = code in (_IOERR, _FULL) or "disk i/o error" in text or "disk is full" in text
    if not disky:
        return None
    if code == _FULL or "disk is full" in text or disk_is_full(path.parent):
        return DiskError(f"{path}: cannot be opened, the disk is full ({e}); nothing was written to it — "
                         "free some space on the disk and try again")
    return DiskError(f"{path}: cannot be opened, the disk reported an error ({e}); nothing was written to "
                     "it — the database itself is not known to be damaged: check the disk and try again")


def _name_max(path: Path) -> int:
    """The longest name the file system of ``path`` (or of its nearest existing folder) allows."""
    for folder in (path, *path.parents):
        try:
            return int(os.pathconf(folder, "PC_NAME_MAX")) or NAME_MAX_BYTES
        except (OSError, ValueError):
            continue
    return NAME_MAX_BYTES


def name_too_long(folder: Path) -> tuple[int, int] | None:
    """The size of a name in ``folder``'s path longer than its file system takes, and that limit
    (None when every name fits)."""
    for part in folder.parts:
        size = len(os.fsencode(part))
        if size > NAME_MAX_BYTES and size > (limit := _name_max(folder)):
            return size, limit
    return None


def path_too_long(folder: Path) -> bool:
    """Whether the file system refuses ``folder``'s whole path as too long (ENAMETOOLONG)."""
    try:
        os.stat(folder)
    except OSError as e:
        return e.errno == errno.ENAMETOOLONG
    return False


def check_path_length(folder: Path) -> None:
    """A project folder's path that the file system cannot take, as one line (a DiskError) before
    anything looks at it: ``Path.exists`` raised OSError "File name too long" for a name over 255
    bytes (``长路径`` sixty times is 540)."""
    too_long = name_too_long(folder)
    if too_long is not None:
        raise DiskError(f"{folder}: a name in this path is {too_long[0]} bytes long, more than the {too_long[1]} "
                        "bytes a file system allows for one file or folder name; choose a shorter name — "
                        "nothing was changed")
    if path_too_long(folder):
        raise DiskError(f"{folder}: the path is too long for the file system ({len(os.fsencode(folder))} "
                        "bytes); move the project to a shorter path — nothing was changed")

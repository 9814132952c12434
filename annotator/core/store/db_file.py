"""The project database as a file: its header, and which databases this process holds open.

SQLite's locks on a database file are POSIX advisory locks, held per process: closing *any*
descriptor of that file in the process drops every lock the process's own connections hold
on it ("How To Corrupt An SQLite Database File", section 2.2). Another program that then
closes the database believes it is the last user, checkpoints and deletes the write-ahead
log that this process is still writing to. So the header is read with a plain ``open()``
only while no connection of this process is open on the file; :class:`OpenFiles` counts
the connections per file (by device and inode, whatever path named it).
"""
from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from annotator.core.errors import ProjectError, ProjectMoved

SQLITE_HEADER = b"SQLite format 3\x00"
RESTORE_HINT = "'annotator restore' brings back a backup"


def _key(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class OpenFiles:
    """How many connections of this process are open on each database file."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._count: Counter[tuple[int, int]] = Counter()

    def is_open(self, path: Path) -> bool:
        key = _key(path)
        return key is not None and self._count[key] > 0

    def add(self, path: Path) -> tuple[int, int] | None:
        key = _key(path)
        if key is not None:
            self._count[key] += 1
        return key

    def remove(self, key: tuple[int, int] | None) -> None:
        if key is not None and self._count[key] > 0:
            self._count[key] -= 1
            if not self._count[key]:
                del self._count[key]


OPEN_FILES = OpenFiles()


def check_in_place(folder: Path, path: Path) -> None:
    """ProjectMoved when the database an open connection writes to is no longer at ``path``: its folder was
    moved, renamed or deleted since. SQLite goes on writing through its open descriptors without a word,
    into the moved file, or into a deleted one whose writes are gone at close (a move to another disk)."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise ProjectMoved(f"{folder}: the project is no longer there (its folder was moved, renamed or deleted "
                           "while it was open); nothing was saved — open the project where it is now") from None
    except OSError:
        return  # a write that cannot reach the file says why itself


class Header(NamedTuple):
    """What the first 100 bytes of the database file say about it."""

    size: int
    page_size: int
    pages: int | None  # None where the header's page count is not valid

    @property
    def truncated(self) -> bool:
        if not self.page_size:
            return False
        if self.size % self.page_size:
            return True
        return self.pages is not None and self.size < self.pages * self.page_size

    def expected(self) -> str:
        if self.pages is not None:
            return f"{self.pages * self.page_size} bytes"
        return f"pages of {self.page_size} bytes"


def read_header(path: Path) -> Header:
    """Read and check the header of a database file; ProjectError if it is not a usable one.

    Only call this while :data:`OPEN_FILES` says no connection of this process is open on
    ``path``: closing the descriptor drops that connection's locks.
    """
    try:
        with open(path, "rb") as f:
            raw = f.read(100)
            size = os.fstat(f.fileno()).st_size
    except OSError as e:
        raise ProjectError(f"{path}: cannot read the database ({e.strerror})") from e
    if not raw:
        raise ProjectError(f"{path}: is empty (0 bytes), so the project database is lost or damaged; "
                           f"{RESTORE_HINT} — the file was left untouched")
    if raw[:16] != SQLITE_HEADER:
        raise ProjectError(f"{path}: is not an SQLite database (damaged or another kind of file); "
                           "it was left untouched")
    if len(raw) < 100:
        raise ProjectError(f"{path}: is truncated ({size} bytes, less than the 100-byte header); "
                           f"{RESTORE_HINT} — the file was left untouched")
    page_size = int.from_bytes(raw[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages, counter, valid_for = (int.from_bytes(raw[i:i + 4], "big") for i in (28, 24, 92))
    return Header(size, page_size, pages if counter == valid_for else None)


def schema_version(path: Path) -> int | None:
    """The schema version (SQLite's ``user_version``) the database file's header says, without
    opening it as a project (which would migrate it); None when this process holds it open (see
    :func:`read_header`) or it cannot be read. The header may lag a write-ahead log: an older
    version than the project's, never a newer one."""
    if OPEN_FILES.is_open(path):
        return None
    try:
        with open(path, "rb") as f:
            raw = f.read(64)
    except OSError:
        return None
    return int.from_bytes(raw[60:64], "big") if len(raw) == 64 and raw[:16] == SQLITE_HEADER else None


def holds_a_database(path: Path) -> bool:
    """Whether replacing ``path`` would destroy a project: a database this process holds open,
    a project database's journal, shared-memory or check-stamp file (``project.sqlite-wal`` …),
    also one that is not there now (of a closed project: SQLite would take a file written there for
    its log, then drop it at the next open), or any SQLite database (another project, a backup)."""
    path = Path(path)
    with OPEN_FILES.lock:
        if OPEN_FILES.is_open(path):  # never open() it: closing would drop our locks
            return True
        for suffix in ("-wal", "-shm", "-journal", "-checked"):
            if path.name.casefold().endswith(suffix):
                db = path.with_name(path.name[:-len(suffix)])
                if OPEN_FILES.is_open(db) or _starts_as_database(db):
                    return True
        return path.is_file() and _starts_as_database(path)


def _starts_as_database(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def one_line(problems: list[str]) -> str:
    """What SQLite's integrity or quick check found, as one line of at most 300 characters (one
    result can hold several lines: '*** in database main ***', then a line a page)."""
    return "; ".join(line.strip() for p in problems for line in p.splitlines() if line.strip())[:300]


def truncated_message(path: Path, header: Header) -> str:
    if header.pages is not None and header.size > header.pages * header.page_size:
        what = "is damaged: it has bytes after its end"  # appended by a faulty copy or sync, say
    elif header.pages is None and header.size > header.page_size:
        what = "is damaged: it does not hold whole pages"
    else:
        what = "is truncated"
    return (f"{path}: {what} ({header.size} bytes where its header says {header.expected()}); "
            f"{RESTORE_HINT} — the file was left untouched")


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def rollback_pending(path: Path) -> bool:
    """Whether a rollback journal (a project on a share, ``store/journal.py``) holds a write cut short, which
    SQLite undoes at the next read-write opening: meanwhile the file may be shorter than its header says (a
    commit writes page 1 first)."""
    try:  # (stat alone: another computer's commit deletes its journal at any moment)
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


# ------------------------------------------------------------- check stamps
ALWAYS_CHECK_BELOW = 32 * 2**20  # a smaller database is checked at every first open (under ~0.4 s)
Stamp = tuple[int, int, int, int]  # size, mtime (ns), inode, device


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + "-checked")


def file_stamp(path: Path) -> Stamp | None:
    """The database file's size, modification time and identity (``os.stat``: no descriptor)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev


def check_needed(path: Path) -> bool:
    """Whether the first connection must run ``quick_check``: always for a small database, after
    an unclean end (a write-ahead log with content), and whenever the file is not exactly as it
    was when this program last checked it or closed it cleanly (``-checked`` holds that stamp).
    A check reads every page: 3.6 s for 20,000 documents, 7 s and more for 100,000."""
    now = file_stamp(path)
    if now is None or now[0] < ALWAYS_CHECK_BELOW:
        return True
    wal = wal_path(path)
    if wal.exists() and wal.stat().st_size:
        return True
    try:
        recorded = tuple(int(x) for x in stamp_path(path).read_text(encoding="ascii").split())
    except (OSError, ValueError):
        return True
    return recorded != now


def record_stamp(path: Path) -> None:
    """After a clean check or a clean last close: remember the file as it is (write-ahead log
    folded in; otherwise nothing is recorded). Never fails an edit: a stamp is only a shortcut."""
    wal = wal_path(path)
    if wal.exists() and wal.stat().st_size:
        return
    stamp = file_stamp(path)
    if stamp is None:
        return
    tmp = stamp_path(path).with_name(stamp_path(path).name + f".{os.getpid()}.tmp")
    try:
        tmp.write_text(" ".join(map(str, stamp)), encoding="ascii")
        os.replace(tmp, stamp_path(path))
    except OSError:
        tmp.unlink(missing_ok=True)

"""Which journal a project is written with: SQLite's write-ahead log, or on a network file system its
rollback journal.

A write-ahead log keeps its index in shared memory, a file mapped into every process using the
database, so "all processes using a database must be on the same host computer; WAL does not work over
a network filesystem" (https://www.sqlite.org/wal.html). A project on a share that a second computer
opens would be damaged with no error said. The rollback journal (``journal_mode = DELETE``, SQLite's
default) needs no shared memory: it is what SQLite works with over a network file system whose file
locks work (https://www.sqlite.org/useovernet.html; "How To Corrupt An SQLite Database File" §2.1).
So a project on a network file system (:mod:`annotator.core.location`) is switched to it, and one on
this computer's disk back to the write-ahead log (readers and writers then never wait for each other)
unless it has been opened over a network file system.

A computer opening the project from its own disk (the file server, the machine exporting the share)
cannot see another computer that has it open over the share: an idle connection in rollback mode holds
no lock. Switched back to the write-ahead log, the project was then written by that other computer
with a log it does not share, unwarned. So the first opening over a network file system leaves a mark
in the project (:data:`SHARED` in ``meta``: the file system's type, written once, outside the edits'
transactions, so it makes no backup and no edit), and an opening from a local disk that finds it keeps
the rollback journal (``store.shared`` says why; the command line and the window say so). ``annotator
shared P --not`` (:func:`give_back`) takes the mark away and the write-ahead log back, once no other
computer opens the project over a share; the next opening over one marks it again. A read-only opening
writes nothing, so it leaves no mark; a restore keeps the mark of the database it replaces (restore.py).

SQLite switches a database out of WAL mode only while no other connection has it open (the switch
needs its exclusive lock). When another program has it open (the window, on this computer or
another), the switch is tried for :data:`SWITCH_WAIT_MS` only and the project stays in WAL mode
this time, rather than hold the command or the window for the whole busy timeout; the next opening
with no one else in it switches. What a connection is in is :attr:`StoreBase.journal`.
"""
from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from annotator.core.errors import ProjectError
from annotator.core.location import NETWORK, Location

if TYPE_CHECKING:
    from annotator.core.store.base import StoreBase

log = logging.getLogger("annotator.core.store")
WAL, DELETE = "wal", "delete"
SWITCH_WAIT_MS = 200
SHARED = "opened_over_network"  # meta key: the network file system the project was opened over ("cifs")
BY_HAND = "annotator shared"  # its value when that command marked it


def wanted(location: Location, shared: str = "") -> str:
    return DELETE if location.kind == NETWORK or shared else WAL


def shared_mark(conn: sqlite3.Connection) -> str:
    """The project's mark of an opening over a network file system ("" when none, or no meta table yet)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (SHARED,)).fetchone()
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):  # a new database: no tables yet
            return ""
        raise  # (busy past the timeout: not taken for "no mark", which would switch to the write-ahead log)
    return str(row[0]) if row and row[0] else ""


def set_mode(store: StoreBase) -> str:
    """Put the open database in the journal mode its place and its mark want; returns the mode it is in
    (``store.shared``: the mark read)."""
    conn, path = store.conn, store.path
    store.shared = shared_mark(conn)
    if wanted(store.location, store.shared) == WAL:
        mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        if mode != WAL:
            raise ProjectError(f"{path}: cannot switch the database to WAL mode ({mode})")
        return mode
    conn.execute(f"PRAGMA busy_timeout = {SWITCH_WAIT_MS}")
    try:
        return str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
    except sqlite3.OperationalError as e:  # another connection has it open in WAL mode
        if getattr(e, "sqlite_errorcode", sqlite3.SQLITE_BUSY) & 0xFF not in (sqlite3.SQLITE_BUSY,
                                                                                sqlite3.SQLITE_LOCKED):
            raise
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(store.busy_timeout_ms)}")


def remember(store: StoreBase) -> None:
    """Opened over a network file system (and writable): the project keeps it, once (:data:`SHARED`).
    A write that cannot be made now (busy past the timeout, a full disk) is made at the next such opening."""
    if store.location.kind != NETWORK or store.shared or store.read_only:
        return
    what = store.location.what or NETWORK
    try:
        store.conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (SHARED, what))
    except sqlite3.OperationalError as e:
        log.warning("%s: could not mark the project as opened over a network share (%s)", store.path, e)
        return
    store.shared = shared_mark(store.conn)


def mark(store: StoreBase) -> str:
    """``annotator shared P``: the project marked as opened over a share (it already was: its mark left),
    written with the rollback journal from now on; returns the journal mode it is in."""
    if not store.shared:
        with store.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (SHARED, BY_HAND))
    store.journal = set_mode(store)
    return store.journal


def give_back(store: StoreBase) -> str:
    """``annotator shared P --not``: the mark taken away and the write-ahead log back (the project on this
    computer's disk); returns the journal mode it is in. Refused on a network file system, where the
    rollback journal stays whatever the mark says."""
    if store.location.kind == NETWORK:
        raise ProjectError(f"{store.folder}: is on a network share ({store.location.what}), where annotator writes it "
                           "with a rollback journal whatever it is marked; give it the write-ahead log on the computer "
                           "whose disk holds it — nothing was changed")
    if store.shared:
        with store.transaction() as conn:
            conn.execute("DELETE FROM meta WHERE key = ?", (SHARED,))
    store.journal = set_mode(store)
    return store.journal

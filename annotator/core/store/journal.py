"""Which journal a project is written with: SQLite's write-ahead log, or on a network file system its
rollback journal.

A write-ahead log keeps its index in shared memory, a file mapped into every process using the
database, so "all processes using a database must be on the same host computer; WAL does not work over
a network filesystem" (https://www.sqlite.org/wal.html). A project on a share that a second computer
opens would be damaged with no error said. The rollback journal (``journal_mode = DELETE``, SQLite's
default) needs no shared memory: it is what SQLite works with over a network file system whose file
locks work (https://www.sqlite.org/useovernet.html; "How To Corrupt An SQLite Database File" §2.1).
So a project on a network file system (:mod:`annotator.core.location`) is switched to it, and one on
this computer's disk back to the write-ahead log (readers and writers then never wait for each other).

SQLite switches a database out of WAL mode only while no other connection has it open (the switch
needs its exclusive lock). When another program has it open (the window, on this computer or
another), the switch is tried for :data:`SWITCH_WAIT_MS` only and the project stays in WAL mode
this time, rather than hold the command or the window for the whole busy timeout; the next opening
with no one else in it switches. What a connection is in is :attr:`StoreBase.journal`.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.core.errors import ProjectError
from annotator.core.location import Location

WAL, DELETE = "wal", "delete"
SWITCH_WAIT_MS = 200


def wanted(location: Location) -> str:
    return WAL if location.kind != "network" else DELETE


def set_mode(conn: sqlite3.Connection, path: Path, location: Location, busy_timeout_ms: int) -> str:
    """Put the open database ``path`` in the journal mode its place wants; returns the mode it is in."""
    want = wanted(location)
    if want == WAL:
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
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")

"""Which project a project folder holds, read without writing into it: what ``open-package`` compares to tell
that a folder holds the project of a package already (opened before, by a run killed right after it put the
project in place, or by the same command run twice).

No new id is made for this: a project has its ``project_uuid`` only once something needed it (an export to
Excel), and a package made by ``export-package`` has none of its own (two coders' copies of one package must not
share one: an id says whose span ids a workbook holds). What a package records of where it came from is compared
instead, as its meta holds it (``package_of``, ``packaged_at``, ``package_labels``: the project it was handed out of
and that project's id, ``package_for``), with the ``project_uuid`` where the zip's project has one (a zip of a
project folder), and the texts of its documents (their sha256): two packages written in the same second of one
project, with other documents, are told apart by them. :func:`read_meta` reads one meta value alike (the record of
the zip a project was unpacked from: ``core/team/opened_where.py``).
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from annotator.core.errors import ProjectError
from annotator.core.store import read_only
from annotator.core.store.base import BUSY_TIMEOUT_MS
from annotator.paths import DB_FILENAME

UUID = "project_uuid"
KEYS = (UUID, "package_of", "packaged_at", "package_labels", "package_for")  # the meta read


@dataclass(frozen=True)
class Identity:
    meta: tuple[tuple[str, str], ...]  # the keys of KEYS the project holds, with their values, in that order
    documents: frozenset[str]  # the sha256 of each document's text

    def get(self, key: str) -> str:
        return dict(self.meta).get(key, "")


def read_identity(folder: Path) -> Identity | None:
    """The identity of the project in ``folder``, read through a read-only connection (:func:`read_only.connect`:
    nothing written into the folder, but the shared-memory file SQLite makes to read a write-ahead log left without
    one); None where it holds no project database, or one that cannot be read."""
    conn = _reading(folder)
    if conn is None:
        return None
    try:
        rows = dict(conn.execute(f"SELECT key, value FROM meta WHERE key IN ({', '.join('?' * len(KEYS))})", KEYS))
        documents = frozenset(sha for (sha,) in conn.execute("SELECT sha256 FROM documents"))
    except sqlite3.Error:  # not a database, or a damaged one: no project we can tell
        return None
    finally:
        conn.close()
    return Identity(tuple((key, str(rows[key])) for key in KEYS if rows.get(key)), documents)


def read_meta(folder: Path, key: str, timeout: float = BUSY_TIMEOUT_MS / 1000) -> str:
    """The meta value ``key`` of the project in ``folder``, read as :func:`read_identity` reads (nothing written into
    the folder); "" where it has none, or the folder holds no project database that can be read (within ``timeout``
    seconds where another program holds it locked)."""
    conn = _reading(folder, timeout)
    if conn is None:
        return ""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return ""
    finally:
        conn.close()
    return str(row[0]) if row and row[0] is not None else ""


def _reading(folder: Path, timeout: float = BUSY_TIMEOUT_MS / 1000) -> sqlite3.Connection | None:
    path = Path(folder) / DB_FILENAME
    if not path.is_file():
        return None
    try:
        return read_only.connect(path, timeout)
    except (sqlite3.Error, ProjectError):
        return None


def same_project(package: Identity, folder: Identity) -> bool:
    """Whether ``folder`` holds the project of ``package`` (the identity of the project inside a package's zip):
    something in the package names its project (a ``project_uuid``, or the time ``export-package`` wrote it),
    and the folder's project says the same of itself and holds the same documents. A project id the folder's
    project made after it was opened (a package has none) does not make it another."""
    if not package.get(UUID) and not package.get("packaged_at"):
        return False
    theirs, here = dict(package.meta), dict(folder.meta)
    if UUID not in theirs:
        here.pop(UUID, None)
    return theirs == here and package.documents == folder.documents

"""The database file's free pages, and giving them back to the disk.

SQLite keeps the pages of deleted rows inside the file for later writes (``auto_vacuum`` is off):
removing 1,500 of 2,000 documents left a 271 MB file of which 176 MB were free pages, and every
automatic backup copied them too. :func:`compact_if_sparse` rewrites the file (``VACUUM``, about
2 s for 271 MB) when free pages are a large part of it; in WAL mode a window that has the project
open meanwhile goes on reading and writing.
"""
from __future__ import annotations

import sqlite3
from typing import NamedTuple

from annotator.core.errors import SaveError
from annotator.core.store.base import StoreBase

SPARSE_FRACTION = 0.25  # free pages at least this part of the file …
SPARSE_BYTES = 1024 * 1024  # … and at least this many bytes: worth a rewrite


class Space(NamedTuple):
    size: int  # bytes of the database's pages
    free: int  # of which free (deleted rows' pages kept for later writes)


class SpaceQueries(StoreBase):
    def space(self) -> Space:
        page = int(self.conn.execute("PRAGMA page_size").fetchone()[0])
        pages = int(self.conn.execute("PRAGMA page_count").fetchone()[0])
        free = int(self.conn.execute("PRAGMA freelist_count").fetchone()[0])
        return Space(pages * page, free * page)

    def compact_if_sparse(self) -> tuple[Space, Space] | None:
        """Rewrite the database without its free pages when they are at least :data:`SPARSE_FRACTION`
        of it and :data:`SPARSE_BYTES`: (before, after); None when not worth it. Nothing of the
        project changes (the automatic backups and their fingerprint see the same content)."""
        before = self.space()
        if before.free < SPARSE_BYTES or before.free < SPARSE_FRACTION * before.size:
            return None
        try:
            self.conn.execute("VACUUM")
        except sqlite3.Error as e:  # busy (another program writing) or a full disk: the file stays as it was
            raise SaveError(f"{self.path}: could not give back the free space of the database ({e}); "
                            "nothing was changed") from e
        return before, self.space()

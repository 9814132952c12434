"""The files each document was read from (``document_files`` table, schema 14), by their keys: a file's key is
the SHA-256 of its bytes with what else decides its reading (``imports/file_keys.py``). An import asks for a
file's key before it reads the file (:meth:`document_by_file`): a file read before is passed over unread.

A key is stored with the document its reading made (``add_document``), recorded on the document a reading
found its text in (:meth:`remember_file`: a document stored before schema 14, or the same text from other
bytes), added to the document's keys when *Import again* reads it from another file or in another way
(``replace_document``), and removed with its document (ON DELETE CASCADE). A key names one document; a
document may have several (the file saved again with other bytes, a text read with and without an encoding).
"""
from __future__ import annotations

import sqlite3

from annotator.core.store.base import StoreBase

_PUT = "INSERT OR REPLACE INTO document_files(key, document_id) VALUES (?, ?)"


class DocumentFileQueries(StoreBase):
    def document_by_file(self, key: str) -> int | None:
        """The document read from the file of ``key``, None when no file of that key was read."""
        row = self.conn.execute("SELECT document_id FROM document_files WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def document_by_file_read_any_way(self, of_bytes: str) -> int | None:
        """A document read from the file whose key begins with ``of_bytes`` (its bytes and kind:
        ``file_keys.bytes_key``), whatever the reading asked (an encoding, its lines kept); None when none."""
        row = self.conn.execute("SELECT document_id FROM document_files WHERE key > ? AND key < ? ORDER BY key LIMIT 1",
                                (of_bytes + " ", of_bytes + " \U0010ffff")).fetchone()
        return row[0] if row else None

    def document_files(self, doc_id: int) -> list[str]:
        """The keys of the files document ``doc_id`` was read from, sorted."""
        rows = self.conn.execute("SELECT key FROM document_files WHERE document_id = ? ORDER BY key", (doc_id,))
        return [key for (key,) in rows]

    def remember_file(self, doc_id: int, key: str) -> None:
        """Record that the file of ``key`` reads as document ``doc_id`` (one row; nothing when the document
        is gone meanwhile)."""
        with self.transaction() as c:
            if c.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None:
                c.execute(_PUT, (key, doc_id))


def put_file(c: sqlite3.Connection, doc_id: int, key: str | None) -> None:
    """Inside a write: the file of ``key`` (None: none) read as document ``doc_id``."""
    if key is not None:
        c.execute(_PUT, (key, doc_id))


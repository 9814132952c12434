"""The texts of the documents last read, kept for the checks of single edits.

A span's offsets are checked against its document's text at every edit. Read from SQLite, the
piece at the end of a 200,000-character text costs about 0.7 ms (``substr`` walks the text's
overflow pages from its start); a text read once is kept instead. A text changes only when *Import
again* replaces it (``replace_document`` drops what is kept of it, as removing a document does), and
another connection's write (a restore, another process) drops what is kept (``PRAGMA data_version``).

A text read whole is checked against the sha256 stored with it at import (:meth:`_checked`):
a page of the database zeroed or overwritten under a text that still decodes passes SQLite's
checks, and would be shown, suggested on and exported as if it were the document. Hashing
costs about 1 ms for 200,000 characters; a text equal to one kept here was checked already.
"""
from __future__ import annotations

import hashlib
from typing import Any

from annotator.core.errors import DocumentGone, ProjectError
from annotator.core.store.base import StoreBase, backup_hint

KEPT = 4  # texts kept (the open document, the one before, a bulk add's)


def text_sha256(text: str) -> str:
    """The digest a document's text is stored with (``imports.text.sha256`` gives the same)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class TextQueries(StoreBase):
    def _keep_text(self, doc_id: int, text: str) -> None:
        if self._texts_version < 0:
            self._texts_version = self.data_version()
        self._texts.pop(doc_id, None)
        self._texts[doc_id] = text
        while len(self._texts) > KEPT:
            del self._texts[next(iter(self._texts))]

    def _kept_text(self, doc_id: int) -> str | None:
        if not self._texts:
            return None
        version = self.data_version()
        if version != self._texts_version:  # another connection wrote: read again
            self._texts.clear()
            self._texts_version = version
            return None
        return self._texts.get(doc_id)

    def _text(self, doc_id: int) -> str:
        text = self._kept_text(doc_id)
        if text is not None:
            return text
        row = self.conn.execute("SELECT name, sha256, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise DocumentGone(f"no document with id {doc_id}")
        text = self._checked(doc_id, *row)
        self._keep_text(doc_id, text)
        return text

    def _checked(self, doc_id: int, name: str, digest: str, text: str) -> str:
        """``text`` as read, or a ProjectError naming the project and the document when it no
        longer matches the sha256 it was stored with."""
        if self._texts.get(doc_id) == text:  # kept: checked when it was read
            return text
        if text_sha256(text) != digest:
            raise ProjectError(f"{self.path}: the database is damaged (the text of document {name} no longer "
                               f"matches the sha256 it was imported with); nothing more was done — "
                               f"{backup_hint(self.folder)}")
        return text

    def text_piece(self, doc_id: int, start: int, end: int) -> str:
        """The document's text at ``start``–``end`` ("" where those are no offsets inside it), read
        without copying a long text whole."""
        return self._piece(doc_id, start, end)[1]

    def _piece(self, doc_id: int, start: Any, end: Any) -> tuple[int, str]:
        """(the text's length, its piece at ``start``–``end``; "" where those are no offsets
        inside it): from the kept text, else read by SQLite, which does not copy a 400,000-character
        text for one span."""
        whole = type(start) is int and type(end) is int and 0 <= start < end
        text = self._kept_text(doc_id)
        if text is not None:
            return len(text), text[start:end] if whole and end <= len(text) else ""
        row = self.conn.execute(  # the stored length: length(text) would read the whole text once more
            "SELECT COALESCE(char_count, length(text)), substr(text, ?, ?) FROM documents WHERE id = ?",
            (start + 1 if whole else 1, end - start if whole else 0, doc_id)).fetchone()
        if row is None:
            raise DocumentGone(f"no document with id {doc_id}")
        length, piece = row
        return length, piece if whole and end <= length else ""

"""Documents: adding, finding, listing, removing, done marks and search."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from annotator.core.errors import DocumentGone, SameText, ValidationError
from annotator.core.find import find_all, plain_runs, text_pattern, writings
from annotator.core.models import (
    STATUSES,
    ChangeSet,
    Document,
    DocumentEntry,
    DoneChange,
    MetadataChange,
    NameChange,
)
from annotator.core.store.document_files import put_file
from annotator.core.store.migrations import SQUEEZED_DELETE, SQUEEZED_INSERT, squeeze
from annotator.core.store.rows import DOC_SUMMARY, now, row_to_document, summary_to_document
from annotator.core.store.texts import TextQueries, text_sha256
from annotator.core.store.validation import changed_meanwhile, check_strings

REMOVED_ID = "removed_document_id"  # meta: the highest id of a removed document
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # what an import's names have as spaces (imports/names.py)


class DocumentQueries(TextQueries):
    def add_document(self, doc: Document, file_key: str | None = None) -> Document:
        """Insert a document (its text already normalised), read from the file of ``file_key`` (None: no
        file's, ``store/document_files.py``). Raises SameText on a duplicate."""
        check_strings(name=doc.name, title=doc.title, text=doc.text, sha256=doc.sha256,
                       source_path=doc.source_path, encoding=doc.encoding)
        metadata = json.dumps(doc.metadata, ensure_ascii=False)
        check_strings(metadata=metadata)
        if doc.sha256 != text_sha256(doc.text):  # reading the text checks it against this digest
            raise ValidationError(f"{doc.name}: the sha256 given is not that of its text")
        with self.transaction() as c:  # checked inside the write lock: a second writer cannot slip in
            if self.document_id_by_sha(doc.sha256) is not None:
                raise SameText(f"{doc.name}: the same text is already in the project")
            name = self._free_name(doc.name)
            removed = int(self.get_meta(REMOVED_ID, "0"))  # an id once removed is never given again
            doc_id = max(removed, c.execute("SELECT COALESCE(MAX(id), 0) FROM documents").fetchone()[0]) + 1 \
                if removed else None
            cur = c.execute(
                "INSERT INTO documents(id, name, title, text, sha256, source_path, encoding, char_count,"
                " imported_at, metadata, done) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (doc_id, name, doc.title, doc.text, doc.sha256, doc.source_path, doc.encoding, len(doc.text),
                 doc.imported_at or now(), metadata, int(doc.done)))
            assert cur.lastrowid is not None  # an INSERT always gives one
            c.execute(SQUEEZED_INSERT, (cur.lastrowid, squeeze(doc.text)))  # search's index (schema 11)
            put_file(c, cur.lastrowid, file_key)
        return self.document(cur.lastrowid)

    def delete_documents(self, doc_ids: Iterable[int]) -> tuple[int, int, int]:
        """Remove documents with their spans and links, in one write: (documents, spans, links)
        removed. Not an undo step: the automatic backup before a session's first write keeps them.
        Their ids are not given to documents imported later (a window's undo step naming one, a
        done mark say, must not reach another document)."""
        ids = list(dict.fromkeys(doc_ids))
        removed = [0, 0, 0]
        with self.transaction() as c:
            for doc_id in ids:
                for i, table in ((1, "annotations"), (2, "links")):
                    count = c.execute(f"SELECT COUNT(*) FROM {table} WHERE document_id = ?", (doc_id,))
                    removed[i] += count.fetchone()[0]
                text = c.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
                if text is None:
                    continue
                c.execute(SQUEEZED_DELETE, (doc_id, squeeze(text[0])))  # as the index holds it
                # its spans and links go with it (ON DELETE CASCADE)
                removed[0] += c.execute("DELETE FROM documents WHERE id = ?", (doc_id,)).rowcount
                self._texts.pop(doc_id, None)
            if removed[0]:
                self._set_meta(REMOVED_ID, str(max(int(self.get_meta(REMOVED_ID, "0")), *ids)))
        return removed[0], removed[1], removed[2]

    def _free_name(self, name: str) -> str:
        candidate, n = name, 1
        while self.document_id_by_name(candidate) is not None:
            n += 1
            stem, dot, ext = name.rpartition(".")
            candidate = f"{stem} ({n}).{ext}" if dot else f"{name} ({n})"
        return candidate

    def document(self, doc_id: int) -> Document:
        cur = self.conn.execute(f"SELECT {', '.join(DOC_SUMMARY)}, text FROM documents WHERE id = ?", (doc_id,))
        row = cur.fetchone()
        if row is None:
            raise DocumentGone(f"no document with id {doc_id}")
        doc = dict(zip(DOC_SUMMARY + ("text",), row, strict=True))
        self._keep_text(doc_id, self._checked(doc_id, doc["name"], doc["sha256"], doc["text"]))  # the window
        return row_to_document(doc)  # opens it: its edits check offsets against the text kept

    def document_metadata(self, doc_id: int) -> dict[str, Any]:
        """A document's metadata alone (its text not read); {} for no such document."""
        row = self.conn.execute("SELECT metadata FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return dict(json.loads(row[0] or "{}")) if row else {}

    def document_id_by_name(self, name: str) -> int | None:
        row = self.conn.execute("SELECT id FROM documents WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def document_sha(self, doc_id: int) -> str | None:
        """The digest of document ``doc_id``'s text as stored now, its text not read (None: no such document):
        changed by *Import again* (``replace_document``), in this program or another."""
        row = self.conn.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def document_id_by_sha(self, sha: str) -> int | None:
        row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha,)).fetchone()
        return row[0] if row else None

    def documents(self) -> list[Document]:
        """All documents without their text (fast, for lists)."""
        rows = self.conn.execute(f"SELECT {', '.join(DOC_SUMMARY)} FROM documents ORDER BY id")
        return [summary_to_document(r) for r in rows]

    def document_names(self) -> list[tuple[int, str]]:
        """(id, name) of every document, in id order: 10 ms for 5,000 (:meth:`documents` parses each
        one's metadata besides, 100-250 ms)."""
        return self.conn.execute("SELECT id, name FROM documents ORDER BY id").fetchall()

    def document_entries(self, doc_ids: Iterable[int] | None = None) -> list[DocumentEntry]:
        """The documents (all, or the given ones) as the document list shows them, in id order:
        five columns, and the metadata parsed only where a document has some."""
        where, params = "", []
        if doc_ids is not None:
            params = list(doc_ids)
            where = f" WHERE id IN ({', '.join('?' * len(params))})"
        rows = self.conn.execute("SELECT id, name, title, NULLIF(NULLIF(metadata, '{}'), ''), done FROM documents"
                                 f"{where} ORDER BY id", params)
        return [DocumentEntry(doc_id, name, title or "", "", bool(done)) if not meta else
                _entry_with_metadata(doc_id, name, title, json.loads(meta), bool(done))
                for doc_id, name, title, meta, done in rows]

    def document_texts(self, doc_ids: Iterable[int] | None = None) -> Iterator[tuple[int, str, str]]:
        """(id, name, text) of the given documents, or of all, one at a time (each text checked
        against its sha256: see ``store.texts``)."""
        ids = list(doc_ids) if doc_ids is not None else \
            [int(r[0]) for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]
        for doc_id in ids:
            row = self.conn.execute("SELECT name, sha256, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row:
                yield doc_id, row[0], self._checked(doc_id, *row)

    def set_document_done(self, doc_id: int, done: bool) -> ChangeSet:
        """Set the done mark; the ChangeSet holds the mark before (empty when it was so already)."""
        with self.transaction() as c:
            row = c.execute("SELECT done, name FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise DocumentGone(f"no document with id {doc_id}")
            before = bool(row[0])
            if before == bool(done):
                return ChangeSet()
            self._put_done(doc_id, bool(done))
        mark = DoneChange(doc_id, before, bool(done), str(row[1]))  # named: the window's Undo text
        return ChangeSet((mark,), "mark done" if done else "mark not done")

    def _put_done(self, doc_id: int, done: bool) -> None:
        """Inside a write: set one document's done mark (undo and redo of a DoneChange)."""
        if self.conn.execute("UPDATE documents SET done = ? WHERE id = ?", (int(done), doc_id)).rowcount == 0:
            raise DocumentGone(f"no document with id {doc_id}")

    def set_document_metadata(self, doc_id: int, key: str, value: str | None,
                              expected: str | None | bool = False) -> ChangeSet:
        """Set one metadata key of a document (None or "" removes it), such as its
        ``jurisdiction``; the ChangeSet holds the value before (empty when unchanged). ``expected``:
        the value it was typed over (the window's field; None or "": none) — refused when another
        window or program has stored another since, never overwritten without a word."""
        value = value.strip() if value else None
        check_strings(key=key, value=value or "")
        with self.transaction():
            doc = self.document(doc_id)
            before = doc.metadata.get(key)
            before = None if before is None else str(before)
            if before == value:
                return ChangeSet()
            if expected is not False and (str(expected or "").strip() or None) != before:
                raise ValidationError(f"the document {doc.name!r}: its {key} was changed meanwhile in another window "
                                      f"or program to {before or ''!r}, so yours, {value or ''!r}, was not saved — "
                                      "look at the stored one and type yours again if it should replace it")
            self._put_metadata(doc_id, key, value, expected=before)
        return ChangeSet((MetadataChange(doc_id, key, before, value),), f"set {key}")

    def _put_metadata(self, doc_id: int, key: str, value: str | None, expected: str | None = None) -> None:
        """Inside a write: set one metadata key (undo and redo of a MetadataChange, whose ``expected``
        value another program may not have changed since: refused, never overwritten)."""
        row = self.conn.execute("SELECT metadata, name FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise DocumentGone(f"no document with id {doc_id}")
        metadata = json.loads(row[0] or "{}")
        stored = None if metadata.get(key) is None else str(metadata[key])
        if stored not in (expected, value):
            raise changed_meanwhile(f"the document {row[1]!r}", key, stored or "")
        if value is None:
            metadata.pop(key, None)
        else:
            metadata[key] = value
        self.conn.execute("UPDATE documents SET metadata = ? WHERE id = ?",
                          (json.dumps(metadata, ensure_ascii=False), doc_id))

    def rename_document(self, doc_id: int, name: str) -> ChangeSet:
        """Document ``doc_id`` named ``name`` (white space around it dropped) in one write: what exports, gold
        files, ``--doc`` and the window's list name it by. Its id, text, spans, links, done mark, metadata and
        file (``source_path``, what *Import again* reads) stay as they were. The ChangeSet holds the name
        before (empty when it was named so already). ValidationError, nothing changed, for an empty name, one
        holding a control character (a line break, a tab), or one another document holds (naming it)."""
        name = name.strip() if isinstance(name, str) else name
        check_strings(name=name)
        if not name:
            raise ValidationError("a document's name cannot be empty; nothing was renamed")
        if (bad := _CONTROL.search(name)) is not None:
            raise ValidationError(f"{name!r}: a document's name cannot hold a control character ({bad.group()!r}: "
                                  "a line break, a tab); nothing was renamed")
        with self.transaction() as c:
            row = c.execute("SELECT name FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise DocumentGone(f"no document with id {doc_id}")
            if row[0] == name:
                return ChangeSet()
            self._put_name(doc_id, name, expected=row[0])
        return ChangeSet((NameChange(doc_id, str(row[0]), name),), "rename document")

    def _put_name(self, doc_id: int, name: str, expected: str) -> None:
        """Inside a write: document ``doc_id`` named ``name`` (the rename, its undo and redo), refused when
        another document holds that name or another program renamed it from ``expected`` meanwhile."""
        row = self.conn.execute("SELECT name FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise DocumentGone(f"no document with id {doc_id}")
        if row[0] not in (expected, name):
            raise changed_meanwhile(f"the document {expected!r}", "name", row[0])
        held = self.conn.execute("SELECT id, title FROM documents WHERE name = ? AND id != ?",
                                 (name, doc_id)).fetchone()
        if held is not None:
            titled = f" (titled {held[1]!r})" if held[1] else ""
            raise ValidationError(f"cannot rename {row[0]!r} to {name!r}: another document of the project{titled} "
                                  "is named so already; choose another name")
        self.conn.execute("UPDATE documents SET name = ? WHERE id = ?", (name, doc_id))

    def document_counts(self) -> dict[int, dict[str, int]]:
        """{document_id: {"accepted": n, "suggested": n, "rejected": n}}."""
        rows = self.conn.execute(  # a covering index (schema 5): no span row is read
            "SELECT document_id, status, COUNT(*) FROM annotations GROUP BY document_id, status").fetchall()
        zero = dict.fromkeys(STATUSES, 0)
        counts = {doc_id: zero.copy() for doc_id, _status, _n in rows}  # a comprehension: 20,000 documents, ~5 ms
        for doc_id, status, n in rows:
            counts[doc_id][status] = n
        return counts

    def search(self, needle: str, limit: int = 1000) -> list[tuple[int, str, int, int]]:
        """(document id, document name, start, end) of each occurrence of ``needle``, by document
        and offset (code points, ``end`` exclusive), at most ``limit``: found as the document's own
        Find finds it (``core.find``: full-width and either case alike, and a name broken over two
        lines or by a stray space, 松元产⏎业园, found as one, the hit spanning the break).
        :meth:`search_documents` says besides whether there are more, and keeps the texts read."""
        return self.search_documents(needle, limit).hits

    def search_documents(self, needle: str, limit: int = 1000, cancelled: Callable[[], bool] | None = None) -> Found:
        """The hits of :meth:`search`, the text of each document holding one (as read for the
        search: the window's list shows each hit in its context without reading them again) and,
        the limit reached, whether the last document listed holds more and whether a later one
        holds it too (read on until one does: for 区 or 发展 the next document) — then how many
        documents hold it in all when the trigram index can tell (a needle all of whose characters
        match only themselves, 松元产业园: the index's count, 0.4–0.7 ms at 5,000 documents).

        The texts read are those the trigram index of each text without its white space
        (``documents_squeezed``, schema 11) names as holding every three characters in a row of
        the needle that match only themselves (a broken name is unbroken there); a needle with no
        such three (发展, GDP) reads every text in id order until the limit. Each text read is
        matched by one compiled pattern (``find.text_pattern``): ~35 ms a million characters."""
        found = Found()
        if text_pattern(needle) is None or limit <= 0:
            return found
        query = trigram_query(needle)
        rows = self.conn.execute(
            "SELECT id, name, text FROM documents WHERE id IN (SELECT rowid FROM documents_squeezed "
            "WHERE documents_squeezed MATCH ?) ORDER BY id", (query,)) if query else \
            self.conn.execute("SELECT id, name, text FROM documents ORDER BY id")
        for doc_id, name, text in rows:
            if cancelled is not None and cancelled():  # the window's search in the background, typed on
                break
            room = limit - len(found.hits)
            if room == 0:  # the limit reached: does a later document hold it too?
                if find_all(text, needle, 1):
                    found.more_documents = True
                    found.documents = self._documents_holding(needle, query)
                    break
                continue
            spans = find_all(text, needle, room + 1)  # one more: does the last document hold more?
            if spans:
                found.texts[doc_id] = text
                found.last_holds_more = len(spans) > room
                found.hits += [(doc_id, name, start, end) for start, end in spans[:room]]
        return found

    def _documents_holding(self, needle: str, query: str) -> int | None:
        """How many documents hold ``needle``, by the trigram index, when each of its characters
        is in one of the trigrams asked (one run of three or more that match only themselves)."""
        runs = plain_runs(needle)
        if not query or len(runs) != 1 or len(runs[0]) != sum(not c.isspace() for c in needle):
            return None
        return int(self.conn.execute("SELECT count(*) FROM documents_squeezed WHERE documents_squeezed MATCH ?",
                                     (query,)).fetchone()[0])


class Found:
    """What :meth:`DocumentQueries.search_documents` found (a plain class: a dataclass would cost the
    window's first paint its generated methods, ``tests/gui/test_start.py``)."""
    __slots__ = ("hits", "texts", "last_holds_more", "more_documents", "documents")

    def __init__(self) -> None:
        self.hits: list[tuple[int, str, int, int]] = []  # (document id, name, start, end), at most the limit
        self.texts: dict[int, str] = {}  # the text of each document holding a hit listed, as the search read it
        self.last_holds_more = False  # the last document listed holds more hits than listed
        self.more_documents = False  # a document after those listed holds it too
        self.documents: int | None = None  # then how many documents hold it in all, when the index can tell


def trigram_query(needle: str) -> str:
    """The FTS5 query naming the documents whose text, white space removed, holds every trigram
    of ``needle``'s runs of characters that match only themselves ("" when it has none of three):
    each trigram a phrase of its own in each of its writings (经济发 經濟發 …) joined by OR, the
    trigrams by AND (the index keeps no positions)."""
    grams = dict.fromkeys(run[i:i + 3] for run in plain_runs(needle) for i in range(len(run) - 2))
    return " AND ".join("(" + " OR ".join('"' + w.replace('"', '""') + '"' for w in writings(gram)) + ")"
                        for gram in grams)  # each in its simplified and traditional writings (經濟发展)


def _entry_with_metadata(doc_id: int, name: str, title: str, metadata: dict[str, Any], done: bool) -> DocumentEntry:
    return DocumentEntry(doc_id, name, str(metadata.get("title") or title or ""), str(metadata.get("date") or ""),
                         done)

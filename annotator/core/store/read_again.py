"""A document whose file was read again (*Import again*, ``core/imports/again.py``) replaced IN PLACE, in one
write: the row keeps its id (what a workbook's document id column, a JSONL export or the Facts sheet a
researcher merged on still names) and its place in the list (ordered by id), its name and done mark; its
text and what was read with it are the new reading's. The spans the new text keeps (``core/spans_moved.py``)
move to their new offsets; the others go with their links, as a deleted span's go (``_drop_links_of``).
What the old text fed follows it: the search index (``documents_squeezed``), the text kept for the checks
of edits (``store/texts.py``), and the record of its last suggesting run (``store/suggest_runs.py``), so that
``annotator suggest`` proposes on the new text.
"""
from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from annotator.core.errors import DocumentGone, SameText, ValidationError
from annotator.core.models import Document
from annotator.core.store.document_files import put_file
from annotator.core.store.documents import DocumentQueries
from annotator.core.store.labels import LabelQueries
from annotator.core.store.links import LinkQueries
from annotator.core.store.migrations import SQUEEZED_DELETE, SQUEEZED_INSERT, squeeze
from annotator.core.store.rows import now
from annotator.core.store.suggest_runs import SuggestRunQueries
from annotator.core.store.texts import text_sha256
from annotator.core.store.tombstones import forget
from annotator.core.store.validation import check_strings

if TYPE_CHECKING:  # the map of Import again is read when a document is read again, not at the first paint
    from annotator.core.spans_moved import TextMoves

SQUEEZED_TRIGGER = "documents_squeezed_update"  # re-indexes a text another program changes (migrations.py)


class ReadAgainQueries(LinkQueries, DocumentQueries, LabelQueries, SuggestRunQueries):  # (ChangeQueries' order)
    def accepted_kept(self, doc_id: int, text: str, moves: TextMoves | None = None) -> tuple[int, int]:
        """(accepted spans of ``doc_id``, those whose text ``text`` holds where their place maps to: ``moves``,
        the map of the stored text onto ``text``, made when not given, ``core/spans_moved.py``): what
        :meth:`replace_document` would keep of them."""
        accepted, moved = self._decided_moved(doc_id, text, moves)
        return len(accepted), len(accepted & moved.keys())

    def _decided_moved(self, doc_id: int, text: str,
                       moves: TextMoves | None) -> tuple[set[int], dict[int, tuple[int, int]]]:
        """(ids of the accepted spans of ``doc_id``, {id: (start, end) in ``text``} of its accepted and rejected
        spans ``text`` keeps: a rejection kept stays one, so that its text is not proposed again)."""
        from annotator.core.spans_moved import moved_spans, text_moves

        if moves is None:
            moves = text_moves(self.document(doc_id).text, text)
        rows = self.conn.execute('SELECT id, start, "end", text, status FROM annotations '
                                 "WHERE document_id = ? AND status IN ('accepted', 'rejected')", (doc_id,)).fetchall()
        return {r[0] for r in rows if r[4] == "accepted"}, moved_spans(moves, text, (r[:4] for r in rows))

    def replace_document(self, doc_id: int, sha: str, doc: Document, file_key: str | None = None,
                         moves: TextMoves | None = None) -> tuple[int, int, int]:
        """The document ``doc_id`` (whose text has the digest ``sha``) given ``doc``'s reading (its file read
        again) in place, in ONE write, all or nothing: its id, name and done mark kept; its title, text,
        digest, file, encoding and metadata ``doc``'s; the accepted (and rejected) spans whose text ``doc``'s
        text holds where their place maps to (``moves``, the map of the old text onto the new, made when not
        given: ``core/spans_moved.py``) moved there, with the links between them (a span whose place changed
        updated now, its last change); the other spans removed with
        their links; ``file_key``'s file, the one read again, recorded as its too; no suggesting run recorded
        on it any more. (accepted spans kept, spans removed, links removed). DocumentGone /
        ValidationError, nothing changed, when the document is gone, was changed meanwhile, or ``doc``'s
        text is in the project already."""
        with self.transaction() as c:
            row = c.execute("SELECT name, sha256, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:  # (said after the document's name: its id means nothing to the user)
                raise DocumentGone("the document was removed meanwhile in another window or program")
            if row[1] != sha:
                raise ValidationError(f"the document {row[0]!r} was changed meanwhile in another window or "
                                      "program; it was not replaced")
            check_strings(title=doc.title, text=doc.text, sha256=doc.sha256, source_path=doc.source_path,
                          encoding=doc.encoding)
            metadata = json.dumps(doc.metadata, ensure_ascii=False)
            check_strings(metadata=metadata)
            if doc.sha256 != text_sha256(doc.text):  # (as add_document checks it)
                raise ValidationError(f"{row[0]}: the sha256 given is not that of its text")
            if self.document_id_by_sha(doc.sha256) is not None:
                raise SameText(f"{row[0]}: the same text is already in the project")
            accepted, moved = self._decided_moved(doc_id, doc.text, moves)
            were = {r[0]: (r[1], r[2]) for r in c.execute('SELECT id, start, "end" FROM annotations '
                                                           "WHERE document_id = ?", (doc_id,)).fetchall()}
            removed = [span_id for span_id in were if span_id not in moved]
            links = 0
            for span_id in removed:  # as a deleted span goes (delete_annotations), without an undo step
                links += len(self._drop_links_of(span_id))
                self._delete(span_id)
            stamp = now()  # a span moved is changed then: the workbook's "updated (UTC)", a merge's "changed since"
            c.executemany('UPDATE annotations SET start = ?, "end" = ?, updated_at = ? WHERE id = ?',
                          [(start, end, stamp, span_id) for span_id, (start, end) in moved.items()
                           if were.get(span_id) != (start, end)])
            self._texts.pop(doc_id, None)  # the old one (read by the map): the new one read when asked
            _put_text(c, doc_id, row[2], doc, metadata)
            self._forget_suggested(doc_id)
            forget(c, doc_id)  # the deleted spans' places were the old text's (store/tombstones.py)
            put_file(c, doc_id, file_key)
        return len(accepted & moved.keys()), len(removed), links

    def move_source(self, doc_id: int, source_path: str) -> None:
        """Document ``doc_id``'s file recorded as ``source_path``: found in another folder, reading the same
        (*Import again* from another folder, ``core/imports/moved_files.py``). DocumentGone when it is not there."""
        check_strings(source_path=source_path)
        with self.transaction() as c:
            if c.execute("UPDATE documents SET source_path = ? WHERE id = ?", (source_path, doc_id)).rowcount == 0:
                raise DocumentGone("the document was removed meanwhile in another window or program")


def _put_text(c: sqlite3.Connection, doc_id: int, old: str, doc: Document, metadata: str) -> None:
    """Inside a write: document ``doc_id``'s text ``old`` and what was read with it replaced by ``doc``'s,
    the search index following, squeezed here as ``add_document`` squeezes it: the trigger that re-indexes
    a text another program changes (``migrations.SQUEEZED_TRIGGERS``) is set aside for this write (its
    replace() calls held a copy of each text each: a text of 2 M characters read again took 230 MB more)."""
    trigger = c.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                        (SQUEEZED_TRIGGER,)).fetchone()
    if trigger is not None:
        c.execute(f"DROP TRIGGER {SQUEEZED_TRIGGER}")
    c.execute(SQUEEZED_DELETE, (doc_id, squeeze(old)))  # as the index holds it
    c.execute("UPDATE documents SET title = ?, text = ?, sha256 = ?, source_path = ?, encoding = ?, char_count = ?,"
              " imported_at = ?, metadata = ? WHERE id = ?",
              (doc.title, doc.text, doc.sha256, doc.source_path, doc.encoding, len(doc.text),
               doc.imported_at or now(), metadata, doc_id))
    c.execute(SQUEEZED_INSERT, (doc_id, squeeze(doc.text)))
    if trigger is not None:
        c.execute(trigger[0])  # the same trigger again, in the same write: another program's edits still indexed

"""The spans deleted (``tombstones`` table, schema 15): each by its key (document, start, end, label, annotator)
and when, the latest deletion's time kept (one row a key).

A span changed keeps its time (``updated_at``); a span deleted left none, so a coder's copy sent again after
a later one without the span was merged looked no older than what the project held, and brought the span back
(``team/corrected.py``: a copy holding a span its coder deleted here after its last change is older). So:

- deleting a span decided or made by hand (``delete_annotation``, ``delete_annotations``, an undo of its add or
  a redo of its deletion: ``_put_annotation``) records its tombstone, now; an open suggestion leaves none (the
  program's, nobody's work: a suggesting run removes them by the thousand, and a merge leaves them behind);
- an undo or redo that brings a span back (undo of its deletion, redo of its add) stamps its key's tombstone
  anew, if it has one: the span is back with its old time, and a copy holding it again is not older than the
  deletion (its own tombstone, carried to the lead with it, is its last change there);
- a merge records the tombstones of its copy's coders, and those its ``--replace`` makes, with the coder's
  times (:meth:`TombstoneQueries.add_tombstones`; ``delete_annotations(..., tombstones=False)``);
- a label renamed takes its tombstones along; a document read again (``read_again``) loses its own (they were
  the old text's places), and a document removed too (ON DELETE CASCADE).

A span made again at a key keeps the key's tombstone: it is newer than the deletion, and so is any copy holding
it; a merge finding it here as the copy holds it dates the span here by the copy's time
(:meth:`TombstoneQueries.spans_dated`). Nothing else reads them: the exports, the agreement and the window read the
spans alone. The links deleted have tombstones of their own (``store/link_tombstones.py``).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

from annotator.core.models import Annotation
from annotator.core.store.base import StoreBase

_PUT = ('INSERT INTO tombstones(document_id, start, "end", label, annotator, deleted_at) VALUES (?, ?, ?, ?, ?, ?) '
        'ON CONFLICT(document_id, start, "end", label, annotator) DO UPDATE SET deleted_at = excluded.deleted_at '
        "WHERE excluded.deleted_at > tombstones.deleted_at")  # the latest deletion's time kept
_KEY = 'document_id = ? AND start = ? AND "end" = ? AND label = ? AND annotator = ?'


class Tombstone(NamedTuple):
    """A span deleted: where, what, whose, and when (its coder's clock, as a span's ``updated_at``)."""

    start: int
    end: int
    label: str
    annotator: str
    deleted_at: str

    @property
    def key(self) -> tuple[int, int, str, str]:
        return self.start, self.end, self.label, self.annotator


def span_key(a: Annotation) -> tuple[int, int, str, str]:
    """A span's key within its document, as its tombstone holds it (:attr:`Tombstone.key`): where, what, whose."""
    return a.start, a.end, a.label, a.annotator


class TombstoneQueries(StoreBase):
    def tombstones(self, doc_id: int) -> list[Tombstone]:
        """The tombstones of document ``doc_id``, by start, end, label and annotator (its primary key's order)."""
        rows = self.conn.execute('SELECT start, "end", label, annotator, deleted_at FROM tombstones '
                                 "WHERE document_id = ? ORDER BY start, \"end\", label, annotator", (doc_id,))
        return [Tombstone(*row) for row in rows]

    def add_tombstones(self, doc_id: int, tombstones: Iterable[Tombstone]) -> None:
        """Record ``tombstones`` on document ``doc_id`` (a merge's, a package's), one write (a savepoint inside an
        open one); a key recorded already keeps the later of its two times."""
        rows = [(doc_id, t.start, t.end, t.label, t.annotator, t.deleted_at) for t in tombstones]
        if rows:
            with self.transaction() as c:
                c.executemany(_PUT, rows)

    def spans_dated(self, times: Iterable[tuple[int, str]]) -> None:
        """Each span of ``times`` (id, time) dated at least that time: a merge's copy holding a span as it is here,
        which its coder made again or took back with Ctrl+Z since its time here (the copy's tombstone of its key says
        when), so that a copy older than that is told older (``team/corrected.py``). One write."""
        rows = [(stamp, ann_id, stamp) for ann_id, stamp in times]
        if rows:
            with self.transaction() as c:
                c.executemany("UPDATE annotations SET updated_at = ? WHERE id = ? AND updated_at < ?", rows)


def bury(c: sqlite3.Connection, a: Annotation, stamp: str) -> None:
    """Inside a write: ``a`` deleted at ``stamp``; an open suggestion leaves no tombstone."""
    if a.status != "suggested":
        c.execute(_PUT, (a.document_id, a.start, a.end, a.label, a.annotator, stamp))


def brought_back(c: sqlite3.Connection, a: Annotation, stamp: str) -> None:
    """Inside a write: ``a`` put back by an undo or a redo at ``stamp``: its key's tombstone, if any, stamped anew."""
    if a.status != "suggested":
        c.execute(f"UPDATE tombstones SET deleted_at = ? WHERE {_KEY} AND deleted_at < ?",
                  (stamp, a.document_id, a.start, a.end, a.label, a.annotator, stamp))


def relabelled(c: sqlite3.Connection, old: str, new: str) -> None:
    """Inside a write: label ``old`` renamed ``new``, its tombstones with it (as its spans: ON UPDATE CASCADE),
    and its links' at either end (``store/link_tombstones.py``)."""
    c.execute("UPDATE OR REPLACE tombstones SET label = ? WHERE label = ?", (new, old))
    c.execute("UPDATE OR REPLACE link_tombstones SET label = ? WHERE label = ?", (new, old))
    c.execute("UPDATE OR REPLACE link_tombstones SET to_label = ? WHERE to_label = ?", (new, old))


def forget(c: sqlite3.Connection, doc_id: int) -> None:
    """Inside a write: document ``doc_id``'s text replaced by another (read again): its tombstones' places were
    the old text's (its links' too)."""
    c.execute("DELETE FROM tombstones WHERE document_id = ?", (doc_id,))
    c.execute("DELETE FROM link_tombstones WHERE document_id = ?", (doc_id,))

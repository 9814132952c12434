"""The links deleted (``link_tombstones`` table, schema 16): each by its key — the span it starts from (start, end,
label, annotator), its kind, and the span it joins (start, end, label, annotator) or the district it names — and
when, the latest deletion's time kept (one row a key). The key is the one a merge compares links by
(``team/corrected.py``): a link's id and status are not part of it.

A link changed keeps its time (``updated_at``); a link deleted left none, as a span deleted did before its
tombstone (``store/tombstones.py``): a coder's copy sent again after a later one without the link was merged
looked no older than what the project held, and brought the link back. So, as for spans:

- removing a link decided or made by hand (``delete_link(s)``, ``unlink``, a link replaced by another of its kind
  in ``add_link``, an undo of its add or a redo of its removal: ``_put_link``) records its tombstone, now; an open
  (suggested) link leaves none (the program's: a suggesting run removes them by the thousand);
- a link removed with its span (the span deleted, or relabelled or moved so that the link no longer holds:
  ``_drop_links_of``, and an undo or redo of such a step) leaves none: the span's own tombstone, or its newer
  time, says the copy holding the old span is older;
- an undo or redo that brings a link back stamps its key's tombstone anew, if it has one;
- a merge records the link tombstones of its copy's coders, and those its ``--replace`` makes, with the coder's
  times (:meth:`LinkTombstoneQueries.add_link_tombstones`; ``delete_links(..., tombstones=False)``);
- a label renamed takes them along (at either end); a document read again loses its own, a document removed too
  (``tombstones.relabelled``, ``tombstones.forget``, ON DELETE CASCADE).

A link to a district by name joins no span: its row holds -1, -1, '' and '' for the span it joins, and the
district (its value as canonical JSON, :func:`district_key`); a link to a span holds '' for the district.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from annotator.core.models import Link
from annotator.core.store.base import StoreBase

SpanKey = tuple[int, int, str, str]  # start, end, label, annotator
Joined = SpanKey | str  # the span a link joins, or the district it names (canonical JSON)
LinkKey = tuple[SpanKey, str, Joined]  # the span it starts from, its kind, what it joins

_KEY_COLUMNS = 'document_id, start, "end", label, annotator, kind, to_start, to_end, to_label, to_annotator, district'
_KEY = " AND ".join(f"{c} = ?" for c in _KEY_COLUMNS.split(", "))
_PUT = (f"INSERT INTO link_tombstones({_KEY_COLUMNS}, deleted_at) VALUES ({', '.join('?' * 12)}) "
        f"ON CONFLICT({_KEY_COLUMNS}) DO UPDATE SET deleted_at = excluded.deleted_at "
        "WHERE excluded.deleted_at > link_tombstones.deleted_at")  # the latest deletion's time kept
_NO_SPAN = (-1, -1, "", "")  # what a link to a district by name joins


def district_key(value: Mapping[str, Any]) -> str:
    """A district by name as a link's key holds it: its value as canonical JSON."""
    return json.dumps(dict(value), sort_keys=True, ensure_ascii=False)


class LinkTombstone(NamedTuple):
    """A link deleted: the span it started from, its kind, what it joined, and when (its coder's clock)."""

    start: int
    end: int
    label: str
    annotator: str
    kind: str
    joined: Joined
    deleted_at: str

    @property
    def key(self) -> LinkKey:
        return (self.start, self.end, self.label, self.annotator), self.kind, self.joined


class LinkTombstoneQueries(StoreBase):
    def link_tombstones(self, doc_id: int) -> list[LinkTombstone]:
        """The link tombstones of document ``doc_id``, in their primary key's order."""
        rows = self.conn.execute(f"SELECT {_KEY_COLUMNS.removeprefix('document_id, ')}, deleted_at "
                                 f"FROM link_tombstones WHERE document_id = ? ORDER BY {_KEY_COLUMNS}", (doc_id,))
        return [_tombstone(row) for row in rows]

    def add_link_tombstones(self, doc_id: int, tombstones: Iterable[LinkTombstone]) -> None:
        """Record ``tombstones`` on document ``doc_id`` (a merge's, a package's), one write (a savepoint inside an
        open one); a key recorded already keeps the later of its two times."""
        rows = [(doc_id, *_columns(t.key), t.deleted_at) for t in tombstones]
        if rows:
            with self.transaction() as c:
                c.executemany(_PUT, rows)

    def links_dated(self, times: Iterable[tuple[int, str]]) -> None:
        """Each link of ``times`` (id, time) dated at least that time (as :meth:`TombstoneQueries.spans_dated`)."""
        rows = [(stamp, link_id, stamp) for link_id, stamp in times]
        if rows:
            with self.transaction() as c:
                c.executemany("UPDATE links SET updated_at = ? WHERE id = ? AND updated_at < ?", rows)


def bury_link(c: sqlite3.Connection, link: Link, stamp: str) -> None:
    """Inside a write, its spans still there: ``link`` deleted at ``stamp``; an open suggestion leaves no
    tombstone."""
    key = _key_of(c, link) if link.status != "suggested" else None
    if key is not None:
        c.execute(_PUT, (link.document_id, *_columns(key), stamp))


def link_brought_back(c: sqlite3.Connection, link: Link, stamp: str) -> None:
    """Inside a write: ``link`` put back by an undo or a redo at ``stamp``: its key's tombstone, if any, stamped
    anew."""
    key = _key_of(c, link) if link.status != "suggested" else None
    if key is not None:
        c.execute(f"UPDATE link_tombstones SET deleted_at = ? WHERE {_KEY} AND deleted_at < ?",
                  (stamp, link.document_id, *_columns(key), stamp))


def _key_of(c: sqlite3.Connection, link: Link) -> LinkKey | None:
    """``link``'s key, read from its spans (None: a span of it is gone)."""
    ends = {row[0]: row[1:] for row in c.execute('SELECT id, start, "end", label, annotator FROM annotations '
                                            "WHERE id IN (?, ?)", (link.source_id, link.target_id))}
    source = ends.get(link.source_id)
    joined = district_key(link.value) if link.target_id is None else ends.get(link.target_id)
    return None if source is None or joined is None else (source, link.kind, joined)


def _columns(key: LinkKey) -> tuple[Any, ...]:
    (start, end, label, annotator), kind, joined = key
    to, district = (_NO_SPAN, joined) if isinstance(joined, str) else (tuple(joined), "")
    return start, end, label, annotator, kind, *to, district


def _tombstone(row: tuple[Any, ...]) -> LinkTombstone:
    start, end, label, annotator, kind, to_start, to_end, to_label, to_annotator, district, deleted_at = row
    joined: Joined = district or (to_start, to_end, to_label, to_annotator)
    return LinkTombstone(start, end, label, annotator, kind, joined, deleted_at)

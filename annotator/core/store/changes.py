"""Undo and redo of ChangeSets of every kind: spans, labels, done marks, metadata, names and guides.

One transaction puts every change of a ChangeSet back (all or nothing). Each kind is written
by the module that owns its table (``_put_annotation``, ``_put_label``, ``_put_done``,
``_put_link``, ``_put_metadata``, ``_put_name``, ``_put_guide``), and
each writes only what the change changed, so what another program saved meanwhile stays; a field the
step writes that another program changed since is refused (``check_unchanged``, ``_check_link``,
``_put_metadata``, ``_put_statuses``' ``expected``), never overwritten without a word. A link that goes or
comes back with its span (the span deleted, moved or relabelled in the same step) leaves its tombstone alone
(``store/link_tombstones.py``).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from annotator.core.errors import SpanGone, ValidationError
from annotator.core.models import (
    Annotation,
    AnyChange,
    Change,
    ChangeSet,
    DoneChange,
    GuideChange,
    LabelChange,
    LinkChange,
    MetadataChange,
    NameChange,
    StatusChange,
)
from annotator.core.store.counts import CountQueries
from annotator.core.store.documents import DocumentQueries
from annotator.core.store.labels import LabelQueries
from annotator.core.store.rows import now

CHUNK = 500  # document ids per IN (…): well under SQLite's limit of bound parameters


class ChangeQueries(CountQueries, DocumentQueries, LabelQueries):
    def revert(self, changeset: ChangeSet) -> bool:
        """Undo: put everything ``changeset`` changed back as it was before. False when there was
        nothing to write (the spans it would delete are gone already, or every document it changes:
        another program removed them)."""
        if self.documents_gone(changeset):
            return False
        return self._apply([c.inverse() for c in reversed(changeset.changes)])

    def reapply(self, changeset: ChangeSet) -> bool:
        """Redo: put everything ``changeset`` changed as it was after (False as :meth:`revert`)."""
        if self.documents_gone(changeset):
            return False
        return self._apply(list(changeset.changes))

    def set_metadata_with_values(self, doc_id: int, key: str, value: str | None, expected: str | None | bool,
                                 spans: Iterable[tuple[Annotation, Annotation]]) -> ChangeSet:
        """:meth:`set_document_metadata` and, in the SAME write, open spans given another value and reason
        (``spans``: each as it was read and as it is to be; ``core/suggest/district/follow.py``): one ChangeSet,
        undone and redone as one step, written whole or not at all. A span another program changed since it
        was read (decided, given another value, removed) stays as it is now. Nothing is written when the
        metadata is unchanged."""
        with self.transaction():
            step = self.set_document_metadata(doc_id, key, value, expected)
            if not step:
                return step
            stamp = now()
            changes: list[AnyChange] = []
            for before, after in spans:
                try:
                    row = self.annotation(before.id) if before.id is not None else None
                except SpanGone:
                    continue
                if row is None or row != before or row.status != "suggested" or row.document_id != doc_id:
                    continue
                to = row.with_(value=after.value, reason=after.reason, updated_at=stamp)
                self._validate(to)
                self._update_columns(to, ("value", "reason", "updated_at"))
                changes.append(Change(row, to))
        return ChangeSet((*step.changes, *changes), step.description)

    def documents_gone(self, changeset: ChangeSet) -> bool:
        """Whether ``changeset`` changes documents and none of them is in the project any more
        (``annotator remove`` while the window kept the step): undoing it has nothing left to write."""
        ids = changeset.documents()
        for k in range(0, len(ids), CHUNK):
            chunk = ids[k:k + CHUNK]
            if self.conn.execute(f"SELECT 1 FROM documents WHERE id IN ({', '.join('?' * len(chunk))}) LIMIT 1",
                                 chunk).fetchone() is not None:
                return False
        return bool(ids)

    def _apply(self, changes: list[AnyChange]) -> bool:
        wrote = not changes
        with_spans = _spans_going(changes)
        try:
            with self.transaction():
                for c in changes:
                    if isinstance(c, Change):
                        wrote = self._put_annotation(c.before, c.after) or wrote
                        continue
                    wrote = True
                    if isinstance(c, LabelChange):
                        self._put_label(c.before, c.after)
                    elif isinstance(c, DoneChange):
                        self._put_done(c.document_id, c.after)
                    elif isinstance(c, StatusChange):
                        self._put_statuses(zip(c.ids, c.after, strict=True), compact=True, exact=True,
                                           expected=c.before)
                    elif isinstance(c, LinkChange):
                        self._check_link(c.before, c.after)
                        link = c.before or c.after
                        alone = link is None or not {link.source_id, link.target_id} & with_spans
                        self._put_link(c.before, c.after, tombstone=alone)
                    elif isinstance(c, MetadataChange):
                        self._put_metadata(c.document_id, c.key, c.after, expected=c.before)
                    elif isinstance(c, NameChange):
                        self._put_name(c.document_id, c.after, expected=c.before)
                    elif isinstance(c, GuideChange):
                        self._put_guide(c.label, c.before, c.after)
                    else:
                        raise TypeError(f"not a change: {c!r}")
        except sqlite3.IntegrityError as e:
            what = "annotation" if all(isinstance(c, Change) for c in changes) else "change"
            raise ValidationError(f"cannot restore the {what}: it was changed in the meantime ({e})") from e
        finally:
            self._labels = None
        return wrote


def _spans_going(changes: list[AnyChange]) -> set[int]:
    """The ids of the spans ``changes`` delete, put back, move or relabel: their links go or come back with them."""
    out: set[int] = set()
    for c in changes:
        if isinstance(c, Change):
            ends = [a for a in (c.before, c.after) if a is not None]
            if len(ends) == 1 or len({(a.start, a.end, a.label) for a in ends}) > 1:
                out.update(a.id for a in ends if a.id is not None)
    return out

"""Annotations: reading, validating and writing spans (undo and redo of one: ``_put_annotation``)."""
from __future__ import annotations

import json
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from typing import Any

from annotator.core.errors import AnnotatorError, SpanGone, ValidationError
from annotator.core.models import (
    ADJUDICATED,
    MANUAL,
    Annotation,
    AnyChange,
    Change,
    ChangeSet,
    LinkChange,
    Suggestion,
)
from annotator.core.store.labels import LabelQueries
from annotator.core.store.rows import (
    ANN_COLUMNS,
    BY_STATUS,
    INSERT_SQL,
    ann_columns_sql,
    annotation_params,
    changed_columns,
    now,
    quoted,
    row_to_annotation,
    spans_query,
    where_clause,
)
from annotator.core.store.span_index import SpanIndex
from annotator.core.store.texts import TextQueries
from annotator.core.store.tombstones import brought_back, bury, span_key
from annotator.core.store.validation import (
    check_fields,
    check_offsets,
    check_span,
    check_unchanged,
    merge_edit,
    overlap_error,
)

# the span of a layer (document, label, annotator; not rejected) that starts last before a
# given end, other than a given span: down the index of schema 8, without a sort
LAST_BEFORE_SQL = ('SELECT id, start, "end", text FROM annotations INDEXED BY annotations_layer '
                   "WHERE document_id = ? AND label = ? AND annotator = ? AND start < ? "
                   "AND status != 'rejected' AND id IS NOT ? ORDER BY start DESC LIMIT 1")


def _users_own(before: Annotation, fields: dict[str, Any]) -> bool:
    """Whether an edit makes a span the user's own: a new label, start or end (a relabel, a
    boundary moved by a key, a selection or the form), not an acceptance, note or value alone."""
    return any(key in fields and fields[key] != getattr(before, key) for key in ("label", "start", "end"))


class AnnotationQueries(LabelQueries, TextQueries):
    def annotation(self, ann_id: int) -> Annotation:
        row = self.conn.execute(f"SELECT {ann_columns_sql()} FROM annotations WHERE id = ?", (ann_id,)).fetchone()
        if row is None:
            raise SpanGone(f"no annotation with id {ann_id} (removed since it was read?)")
        return row_to_annotation(row)

    def annotations(self, doc_id: int | None = None, statuses: Iterable[str] | None = None,
                    labels: Iterable[str] | None = None, annotators: Iterable[str] | None = None) -> list[Annotation]:
        sql, params = spans_query(doc_id, statuses, labels, None, annotators)
        return list(map(row_to_annotation, self.conn.execute(sql, params)))

    def iter_annotations(self, doc_id: int | None = None, statuses: Iterable[str] | None = None,
                         labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
                         annotators: Iterable[str] | None = None) -> Iterator[Annotation]:
        """The spans of one document (or of ``doc_ids``, or of all) by document and offset, of the
        given statuses, labels and annotators (None: any)."""
        sql, params = spans_query(doc_id, statuses, labels, doc_ids, annotators)
        for row in self.conn.execute(sql, params):
            yield row_to_annotation(row)

    def annotation_ids(self, statuses: Iterable[str] | None = None, labels: Iterable[str] | None = None,
                       doc_ids: Iterable[int] | None = None, reason_holds: str | None = None) -> list[int]:
        """The ids of the spans ``iter_annotations`` would give, in its order, without reading them
        (``reason_holds``: only those whose reason holds that text)."""
        where, params = where_clause(None, (("status", statuses), ("label", labels), ("document_id", doc_ids)))
        if reason_holds is not None:
            where += (" AND" if where else " WHERE") + " instr(reason, ?) > 0"
            params.append(reason_holds)
        sql = f'SELECT id FROM annotations{where} ORDER BY document_id, start, "end", id'
        return [row[0] for row in self.conn.execute(sql, params)]

    def count_annotations(self, doc_id: int | None = None,
                          annotators: Sequence[str] | None = None) -> dict[tuple[str, str], int]:
        """{(label, status): count} over the project (or one document; only ``annotators``' spans if given)."""
        conditions: list[str] = []
        params: list[object] = []
        if doc_id is not None:
            conditions.append("document_id = ?")
            params.append(doc_id)
        if annotators is not None:
            conditions.append(f"annotator IN ({', '.join('?' * len(annotators))})")
            params.extend(annotators)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        return {(label, s): n for label, s, n in self.conn.execute(
            f"SELECT label, status, COUNT(*) FROM annotations{where} GROUP BY label, status", params)}

    def shared_by_annotators(self, statuses: Iterable[str] | None = None, labels: Iterable[str] | None = None,
                             doc_ids: Iterable[int] | None = None,
                             annotators: Iterable[str] | None = None) -> tuple[int, list[str]]:
        """Spans (of these statuses, labels, documents and annotators) that several annotators hold
        at the same place with the same label: how many places, and the annotators holding them."""
        where, params = where_clause(None, (("status", statuses), ("label", labels), ("document_id", doc_ids),
                                            ("annotator", annotators)))
        rows = self.conn.execute(
            f'WITH chosen AS (SELECT document_id, start, "end", label, annotator FROM annotations{where}), '
            'shared AS (SELECT document_id, start, "end", label FROM chosen '
            'GROUP BY document_id, start, "end", label HAVING COUNT(DISTINCT annotator) > 1) '
            "SELECT (SELECT COUNT(*) FROM shared), c.annotator FROM chosen c "
            'JOIN shared s USING (document_id, start, "end", label) GROUP BY c.annotator ORDER BY c.annotator',
            params).fetchall()
        return (rows[0][0] if rows else 0), [who for _n, who in rows]

    def count_by_annotator(self) -> dict[tuple[str, str, str], int]:
        """{(annotator, label, status): count} over the project ("" : no annotator recorded)."""
        return {(who, label, s): n for label, s, who, n in self.conn.execute(
            "SELECT label, status, annotator, COUNT(*) FROM annotations GROUP BY label, status, annotator")}

    def _validate(self, a: Annotation, text: str | None = None, taken: SpanIndex | None = None,
                  labels: Container[str] = ()) -> str:
        """Refuse what the store must never hold: among them two spans of one label by one annotator
        that overlap (each annotator's spans are a layer of their own; a merged project holds every
        coder's side by side). ``taken``: the document's non-rejected spans, read once inside the
        current write (saves one query per span in bulk adds); ``labels``: names known to exist
        (a bulk add asks the labels once). Gives the value's JSON text, for ``_insert``."""
        value = check_fields(a)
        if a.label not in labels:
            self.label(a.label)
        if text is None:
            check_span(a, *self._piece(a.document_id, a.start, a.end))
        else:
            check_offsets(a, text)
        if a.status == "rejected":
            return value
        if taken is not None:
            other = taken.clash(a.label, a.start, a.end, a.annotator)
            if other is not None:
                raise overlap_error(a, other.text, other.start, other.end)
            return value
        # the layer's spans never overlap, so sorted by start they are sorted by end too: the one
        # that starts last before a.end is the only one that can reach past a.start
        clash = self.conn.execute(LAST_BEFORE_SQL, (a.document_id, a.label, a.annotator, a.end, a.id)).fetchone()
        if clash and clash[2] > a.start:
            raise overlap_error(a, clash[3], clash[1], clash[2])
        return value

    def _insert(self, a: Annotation, value: str | None = None) -> Annotation:
        """Write ``a`` (``value``: its value's JSON text, if made already); an id is assigned if it has none."""
        cur = self.conn.execute(INSERT_SQL, annotation_params(a, value))
        return a if a.id is not None else a.with_(id=cur.lastrowid)

    def _update_columns(self, a: Annotation, columns: Iterable[str]) -> None:
        """Write only ``columns`` of ``a`` to its row."""
        columns = [c for c in columns if c != "id"]
        if not columns:
            return
        params = dict(zip(ANN_COLUMNS, annotation_params(a), strict=True))
        self.conn.execute(f"UPDATE annotations SET {', '.join(quoted(c) + ' = ?' for c in columns)} WHERE id = ?",
                          [params[c] for c in columns] + [a.id])

    def _delete(self, ann_id: int) -> None:
        self.conn.execute("DELETE FROM annotations WHERE id = ?", (ann_id,))

    def add_annotation(self, doc_id: int, start: int, end: int, label: str, *, text: str | None = None,
                       value: dict[str, Any] | None = None, status: str = "accepted", origin: str = "manual",
                       annotator: str = "", note: str = "", confidence: float | None = None,
                       reason: str = "") -> ChangeSet:
        if text is None:
            text = self._piece(doc_id, start, end)[1]
        stamp = now()
        a = Annotation(None, doc_id, start, end, label, text, value or {}, status, origin, annotator,
                       confidence, reason, note, stamp, stamp)
        with self.transaction():
            self._validate(a)
            a = self._insert(a)
        return ChangeSet((Change(None, a),), f"add {label} {text}")

    def update_annotation(self, ann_id: int, *, expected: dict[str, Any] | None = None, **fields: Any) -> ChangeSet:
        """Change label, value, note, status, offsets … of one annotation.

        The row is read, checked and written inside one write transaction, and only the
        columns this edit changes are written: what another program saved meanwhile in the
        other columns (a status, a note) stays as it is. A span of a gold layer (origin
        ``adjudicated``) keeps its annotator: the adjudicator edits the gold, not a layer of their own.
        A new label or new boundaries are the user's decision: the span's origin becomes ``manual``
        (a gold span's stays ``adjudicated``; a given ``origin`` wins), its confidence and reason kept
        as they were; undo gives the old origin back. ``expected``: the fields as the edit was typed over
        them (the form's), merged with what was saved meanwhile or refused (``validation.merge_edit``).
        """
        with self.transaction():
            before = self.annotation(ann_id)
            if expected:
                fields = merge_edit(before, expected, fields)
            if before.origin == ADJUDICATED:  # a gold span edited (its boundaries, label, note) stays in its layer
                fields.pop("annotator", None)
            elif _users_own(before, fields):
                fields.setdefault("origin", MANUAL)
            if "start" in fields or "end" in fields:
                start, end = fields.get("start", before.start), fields.get("end", before.end)
                fields.setdefault("text", self._piece(before.document_id, start, end)[1])
            after = before.with_(**fields, updated_at=now())
            if after == before.with_(updated_at=after.updated_at):
                return ChangeSet((), "")
            self._validate(after)
            # the links a span of the new label may not have (a DISTRICT has no district) go
            dropped: list[AnyChange] = ([*self._drop_links_of(ann_id, after.label)]
                                        if after.label != before.label else [])
            self._update_columns(after, changed_columns(before, after))
            if after.status == "rejected" != before.status:  # as set_status: its open links concern nothing now
                dropped += self._reject_open_links_of([ann_id], after.updated_at)
        return ChangeSet((*dropped, Change(before, after)), f"edit {before.label} {before.text}")

    def delete_annotation(self, ann_id: int) -> ChangeSet:
        """Delete a span and the links from and to it (one step: undo brings them back); its tombstone
        records when (``store/tombstones.py``)."""
        before = self.annotation(ann_id)
        with self.transaction():
            changes: list[AnyChange] = [*self._drop_links_of(ann_id)]
            self._delete(ann_id)
            bury(self.conn, before, now())
        return ChangeSet((*changes, Change(before, None)), f"delete {before.label} {before.text}")

    def add_suggestions(self, doc_id: int, suggestions: Iterable[Suggestion]) -> ChangeSet:
        """Store suggestions of one document, skipping any the store would refuse and any that
        would overlap a span of its label by any annotator."""
        text = self._text(doc_id)
        stamp = now()
        kept: list[tuple[Annotation, str]] = []
        with self.transaction():
            taken, labels = self._taken(doc_id), set(self.label_names())
            for s in suggestions:
                a = Annotation(None, doc_id, s.start, s.end, s.label, s.text, dict(s.value), "suggested",
                               s.origin or "suggester", "", s.confidence, s.reason, "", stamp, stamp)
                try:
                    value = self._validate(a, text, taken, labels)
                except ValidationError:
                    continue
                if taken.clash(a.label, a.start, a.end, annotator=None) is not None:
                    continue
                kept.append((a, value))
                taken.add(a.label, a.start, a.end, a.text)
            added = self._insert_new(kept)
        return ChangeSet(tuple(Change(None, a) for a in added), f"suggest {len(added)}")

    def _insert_new(self, rows: list[tuple[Annotation, str]]) -> list[Annotation]:
        """Write new spans (no ids yet; each with its value's JSON) in one statement inside the current
        write: AUTOINCREMENT gives the n rows the n ids after the largest ever, in order (checked)."""
        if not rows:
            return []
        seq = "SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'annotations'"
        last = self.conn.execute(seq).fetchone()[0]
        self.conn.executemany(INSERT_SQL, [annotation_params(a, value) for a, value in rows])
        if self.conn.execute(seq).fetchone()[0] != last + len(rows):
            raise AnnotatorError("the new spans' ids are not the ones expected: nothing was stored")
        return [a.with_(id=last + n) for n, (a, _value) in enumerate(rows, 1)]

    def add_annotations(self, doc_id: int, annotations: Iterable[Annotation], *,
                        on_invalid: Callable[[Annotation, ValidationError], None] | None = None) -> ChangeSet:
        """Store many annotations of one document in one write (a savepoint inside an open one).

        The document's text and spans are read once, so the cost is linear in the number of
        annotations. A refused annotation raises (nothing is stored) unless ``on_invalid`` is
        given: then it is handed to ``on_invalid`` and skipped. Ids are assigned by the store.
        """
        text = self._text(doc_id)
        kept: list[tuple[Annotation, str]] = []
        with self.transaction():
            taken, labels = self._taken(doc_id), set(self.label_names())
            for a in annotations:
                a = a.with_(id=None, document_id=doc_id)
                try:
                    value = self._validate(a, text, taken, labels)
                except ValidationError as e:
                    if on_invalid is None:
                        raise
                    on_invalid(a, e)
                    continue
                kept.append((a, value))
                if a.status != "rejected":
                    taken.add(a.label, a.start, a.end, a.text, a.annotator)
            added = self._insert_new(kept)
        return ChangeSet(tuple(Change(None, a) for a in added), f"add {len(added)}")

    def _taken(self, doc_id: int) -> SpanIndex:
        """The document's non-rejected spans, for overlap checks."""
        return SpanIndex(self.conn.execute(
            'SELECT label, annotator, start, "end", text FROM annotations WHERE document_id = ? '
            "AND status != 'rejected'", (doc_id,)))

    def delete_annotations(self, ann_ids: Iterable[int], *, open_only: bool = False,
                           tombstones: bool = True) -> ChangeSet:
        """``open_only``: only those still open now (read before the write: another program may have decided one).
        Each span deleted leaves its tombstone, now (``store/tombstones.py``), unless ``tombstones`` is False (a
        merge's ``--replace`` records them with its coder's times: ``team/corrected.py``)."""
        changes: list[AnyChange] = []
        stamp = now()
        with self.transaction():
            for ann_id in ann_ids:
                try:
                    before = self.annotation(ann_id)
                except SpanGone:
                    if open_only:
                        continue
                    raise
                if open_only and before.status != "suggested":
                    continue
                changes.extend(self._drop_links_of(ann_id))
                self._delete(ann_id)
                if tombstones:
                    bury(self.conn, before, stamp)
                changes.append(Change(before, None))
        return ChangeSet(tuple(changes), f"delete {sum(isinstance(c, Change) for c in changes)}")

    def _drop_links_of(self, ann_id: int, new_label: str | None = None) -> list[LinkChange]:
        """Inside a write: remove the links from and to a span about to be deleted, or that a span
        relabelled ``new_label`` may not have (the links part of the store overrides this)."""
        return []

    def _reject_open_links_of(self, ann_ids: list[int], stamp: str) -> list[LinkChange]:
        """Inside a write: reject the open (suggested) links from and to rejected spans, which no
        longer concern anything (the links part of the store overrides this)."""
        return []

    def _put_annotation(self, current: Annotation | None, target: Annotation | None) -> bool:
        """Inside a write (undo, redo): put one annotation back as ``target``. An edit writes only
        the columns it changed, so a column that another program or a later edit changed (a
        renamed label, a note) stays; one that another program changed too is refused (check_unchanged).
        False when there was nothing to write: a span to delete is gone already. A span taken out leaves its
        tombstone; one put back stamps its key's anew (``store/tombstones.py``); one moved or relabelled back (or
        again) leaves a tombstone of the key it leaves: it takes the step's old time, and a coder's copy made while
        it was at that key is older than the undo (``team/corrected.py``)."""
        if target is None:
            if current is not None and current.id is not None:
                try:
                    check_unchanged(self.annotation(current.id), current, None)
                except SpanGone:  # gone already: nothing to delete
                    return False
                self._delete(current.id)
                bury(self.conn, current, now())
        elif current is None:
            self._validate(target)
            self._insert(target)
            brought_back(self.conn, target, now())
        else:
            columns = changed_columns(current, target)
            assert target.id is not None  # an edit of a stored annotation
            row = self.annotation(target.id)
            check_unchanged(row, current, target)
            merged = row.with_(**{c: getattr(target, c) for c in columns})
            self._validate(merged)
            self._update_columns(merged, columns)
            if span_key(row) != span_key(merged):  # moved or relabelled with its old time: the key it leaves, when
                bury(self.conn, row, now())
        return True

    def learned_entries(self) -> dict[tuple[str, str], dict[str, Any]]:
        """{(label, text): value} of every accepted or hand-made span in the project: the value of
        the one accepted last. Each (label, text) is decoded once (400,000 accepted spans of 5,000
        reports hold some 30,000: every suggest run, of one document too, read them all)."""
        rows = self.conn.execute(  # one row per (label, text) from the index of schema 12 alone: the value
            # of its latest span (SQLite's bare columns of max(); ties in time: the later id's value)
            "SELECT label, text, value, MAX(updated_at || printf('%020d', id)) FROM annotations "
            "WHERE status = 'accepted' GROUP BY label, text")
        return {(label, text): json.loads(value or "{}") for label, text, value, _latest in rows}

    def rejected_entries(self) -> set[tuple[str, str]]:
        """{(label, text)} of every rejected suggestion: never proposed again in this project."""
        return set(self.conn.execute(f"SELECT label, text FROM annotations WHERE {BY_STATUS}", ("rejected",)))

    def adjudicated_layers(self) -> set[str]:
        """The annotator names that hold adjudicated spans: the gold layers adjudication wrote
        (``core/team/adjudication.py``), made from the coders' spans."""
        return {who for (who,) in self.conn.execute(
            "SELECT DISTINCT annotator FROM annotations WHERE origin = ?", (ADJUDICATED,))}

    def origins(self) -> list[str]:
        """The origins the project's spans carry (``annotator review --origin`` names them when
        it is given one that none carries)."""
        return sorted(o for (o,) in self.conn.execute("SELECT DISTINCT origin FROM annotations") if o)

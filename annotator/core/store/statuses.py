"""Accepting and rejecting spans in bulk (``set_status``), and the steps of undo and redo that do
the same (``_put_statuses``): read and written in chunks, a batch judged by where it ends."""
from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any

from annotator.core.errors import SpanGone, ValidationError
from annotator.core.models import (
    ADJUDICATED,
    STATUSES,
    Annotation,
    AnyChange,
    Change,
    ChangeSet,
    StatusChange,
    Statuses,
)
from annotator.core.store.annotations import AnnotationQueries
from annotator.core.store.rows import ann_columns_sql, now, row_to_annotation
from annotator.core.store.validation import changed_meanwhile, check_strings, overlap_error

CHUNK = 500  # ids per SELECT … IN (…): well under SQLite's limit of bound parameters
COMPACT_FROM = 1000  # a status change of more spans is kept as one StatusChange
# the spans of a layer that are not rejected, by start and end (the order of the index)
LAYER_SQL = ('SELECT id, start, "end" FROM annotations INDEXED BY annotations_layer '
             "WHERE document_id = ? AND label = ? AND annotator = ? AND status != 'rejected' "
             'ORDER BY start, "end", id')


class StatusQueries(AnnotationQueries):
    def set_status(self, ann_ids: Iterable[int], status: str, annotator: str = "") -> ChangeSet:
        """Accept or reject many annotations in one transaction (all or none); rejecting a span
        rejects its open link suggestions in the same step.

        ``annotator`` becomes each span's (empty: each keeps its own), but a gold span's (origin
        ``adjudicated``): it stays in its layer. Rows are read and written in chunks (one SELECT of
        up to ``CHUNK`` ids, one prepared UPDATE for all of them); only a span that comes back into
        play or moves into another annotator's layer is checked for overlaps there, in one pass over
        that layer at the end.
        Up to ``COMPACT_FROM`` spans the ChangeSet holds each one's :class:`Change`; beyond, one
        compact :class:`StatusChange` (memory stays small however many spans change)."""
        if status not in STATUSES:
            raise ValidationError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
        check_strings(annotator=annotator)
        stamp = now()
        wanted = list(dict.fromkeys(ann_ids))
        with self.transaction():
            targets = ((ann_id, (status, annotator or None, stamp)) for ann_id in wanted)
            changed = self._put_statuses(targets, compact=len(wanted) > COMPACT_FROM)
            counted = len(ChangeSet(changed))
            if status == "rejected" and changed:
                changed = (*changed, *self._reject_open_links_of(wanted, stamp))
        return ChangeSet(changed, f"{status} {counted}")

    def relabel(self, ann_id: int, label: str, *, value: dict[str, Any] | None = None,
                annotator: str = "") -> ChangeSet:
        """The user gives a span another label (the window's label keys, label box and form): its
        value becomes ``value`` (the old label's never stays), it is accepted as ``annotator``'s and
        its origin is ``manual`` (:meth:`update_annotation`); one step, undone whole. An open suggestion
        of that label at exactly that place (another suggester proposed both: DISTRICT 滨州 and a
        learned PROJECT 滨州) goes in the same step: it stayed open beside the span now accepted, twice."""
        with self.transaction():
            before = self.annotation(ann_id)
            twins = [row[0] for row in self.conn.execute(
                'SELECT id FROM annotations WHERE document_id = ? AND start = ? AND "end" = ? AND label = ? '
                "AND annotator IN ('', ?, ?) AND status = 'suggested' AND id != ?",  # not another coder's
                (before.document_id, before.start, before.end, label, before.annotator, annotator, ann_id))]
            gone = self.delete_annotations(twins, open_only=True).changes if twins else ()
            step = self.update_annotation(ann_id, label=label, value=dict(value or {}), status="accepted",
                                          annotator=annotator)
        return ChangeSet((*gone, *step.changes), step.description) if gone else step

    def decide_still_open(self, ann_ids: Iterable[int], status: str, annotator: str = "") -> ChangeSet:
        """:meth:`set_status` of those of ``ann_ids`` that are still open suggestions inside the write:
        listed before it (before the window's question), one another program decided or removed
        since stays as it is now."""
        wanted = list(dict.fromkeys(ann_ids))
        with self.transaction():
            still = [i for start in range(0, len(wanted), CHUNK) for i, row in
                     self._status_rows(wanted[start:start + CHUNK]).items() if row[4] == "suggested"]
            return self.set_status(still, status, annotator) if still else ChangeSet((), f"{status} 0")

    def _put_statuses(self, targets: Iterable[tuple[int, tuple[str, str | None, str]]],
                      compact: bool, exact: bool = False,
                      expected: Iterable[Statuses] | None = None) -> tuple[AnyChange, ...]:
        """Inside a write: give each span id its (status, annotator or None: its own, updated_at);
        ``exact`` (undo, redo): also a span whose status is already that but not its annotator;
        ``expected`` (undo, redo): each span's (status, annotator) as the step left it — one that
        another program changed since to something else is refused, never overwritten.
        Returns a Change per span, or (``compact``) one StatusChange read from the few columns
        it needs.

        A span that comes back into play (no longer rejected) or moves into another annotator's
        layer may overlap a span there: the layers it enters are checked once every change is
        written (``_check_entered``), so what is refused depends only on where the batch ends,
        not on the order of its spans (one step may reject a span and accept one overlapping it:
        a swap). The Changes list the spans that only leave a layer first, then those that move
        from one to another, then the rest, so that redone one by one (``_put_annotation``), or
        undone one by one in reverse, a swap passes through no overlap either."""
        entered: dict[tuple[int, str, str], list[int]] = {}  # (document, label, annotator) -> spans into it
        changes: tuple[list[Change], list[Change], list[Change]] = ([], [], [])  # leaving, moving, the rest
        ids: list[int] = []
        docs: list[int] = []
        befores: list[Statuses] = []
        afters: list[Statuses] = []
        shared: dict[Any, Any] = {}  # one object for equal triples and document ids
        todo = iter(targets)
        was = iter(expected) if expected is not None else None
        while chunk := list(islice(todo, CHUNK)):
            rows = self._status_rows([ann_id for ann_id, _ in chunk])
            updates = []
            order: dict[int, int] = {}  # id -> its place in changes (not compact)
            for ann_id, (status, annotator, stamp) in chunk:
                row = rows.get(ann_id)
                if row is None:
                    raise SpanGone(f"no annotation with id {ann_id} (removed since it was read?)")
                doc, start, end, label, old_status, old_annotator, old_time, origin = row
                # a gold span stays in its layer whoever accepts or rejects it (undo restores exactly)
                who = old_annotator if annotator is None or (origin == ADJUDICATED and not exact) else annotator
                step_left = next(was) if was is not None else None
                if old_status == status and (not exact or who == old_annotator):
                    continue  # set_status leaves a span of that status as it is; undo restores its annotator
                if step_left is not None and step_left[:2] != (old_status, old_annotator):
                    self._changed_meanwhile(ann_id, step_left, old_status, old_annotator)
                enters = status != "rejected" and (old_status == "rejected" or who != old_annotator)
                if enters:  # back in play, or into another annotator's layer: may now overlap a span there
                    entered.setdefault((doc, label, who), []).append(ann_id)
                if not compact:
                    leaves = old_status != "rejected" and (status == "rejected" or who != old_annotator)
                    order[ann_id] = 0 if leaves and not enters else 1 if leaves else 2
                updates.append((status, stamp, who, ann_id))
                if compact:
                    ids.append(ann_id)
                    docs.append(shared.setdefault(doc, doc))
                    before = (old_status, old_annotator, old_time)
                    befores.append(shared.setdefault(before, before))
                    after = (status, who, stamp)
                    afters.append(shared.setdefault(after, after))
            if not compact:
                full = {a.id: a for a in self._annotations_by_id([u[3] for u in updates])}
            self._update_statuses(updates)
            if not compact:
                for s, t, w, i in updates:
                    changes[order[i]].append(Change(full[i], full[i].with_(status=s, annotator=w, updated_at=t)))
        self._check_entered(entered)
        if not compact:
            return (*changes[0], *changes[1], *changes[2])
        return (StatusChange(tuple(ids), tuple(docs), tuple(befores), tuple(afters)),) if ids else ()

    def _check_entered(self, entered: dict[tuple[int, str, str], list[int]]) -> None:
        """Inside a write, once a batch of status changes is written: refuse (raise) if a span that
        came into a layer (``entered``: (document, label, annotator) -> its ids) overlaps another
        span of it that is not rejected. One pass over each such layer in order of start, down
        ``annotations_layer``: a span overlaps one before it exactly when the furthest end before
        it lies past its start (the furthest of all spans before an entered one; of the entered
        ones before any other, so two spans that were both in the layer already are not judged)."""
        for (doc, label, who), into in entered.items():
            new = set(into)
            top_end, top_id = -1, 0  # the span before reaching furthest, of all / of the new ones
            new_end, new_id = -1, 0
            for ann_id, start, end in self.conn.execute(LAYER_SQL, (doc, label, who)):
                if ann_id in new:
                    if top_end > start:
                        raise self._overlap_error(ann_id, top_id)
                    if end > new_end:
                        new_end, new_id = end, ann_id
                elif new_end > start:
                    raise self._overlap_error(new_id, ann_id)
                if end > top_end:
                    top_end, top_id = end, ann_id

    def _overlap_error(self, ann_id: int, other_id: int) -> ValidationError:
        other = self.annotation(other_id)
        return overlap_error(self.annotation(ann_id), other.text, other.start, other.end)

    def _changed_meanwhile(self, ann_id: int, step_left: Statuses, status: str, annotator: str) -> None:
        """Raise: another program changed the span's status or annotator since the step left them."""
        a = self.annotation(ann_id)
        what, now_ = ("status", status) if status != step_left[0] else ("annotator", annotator)
        raise changed_meanwhile(f"{a.label} {a.text!r}", what, now_)

    def _update_statuses(self, updates: list[tuple[str, str, str, int]]) -> None:
        """(status, updated_at, annotator, id) each: one UPDATE … WHERE id IN (…) per distinct triple
        (a bulk accept has one), rather than a statement per span."""
        groups: dict[tuple[str, str, str], list[int]] = {}
        for status, stamp, who, ann_id in updates:
            groups.setdefault((status, stamp, who), []).append(ann_id)
        for (status, stamp, who), ids in groups.items():
            self.conn.execute(f"UPDATE annotations SET status = ?, updated_at = ?, annotator = ? "
                              f"WHERE id IN ({', '.join('?' * len(ids))})", [status, stamp, who, *ids])

    def _status_rows(self, ids: list[int]) -> dict[int, tuple[int, int, int, str, str, str, str, str]]:
        """{id: (document, start, end, label, status, annotator, updated_at, origin)} of the given spans."""
        marks = ", ".join("?" * len(ids))
        return {r[0]: r[1:] for r in self.conn.execute(
            f'SELECT id, document_id, start, "end", label, status, annotator, updated_at, origin FROM annotations '
            f"WHERE id IN ({marks})", ids)}

    def _annotations_by_id(self, ids: list[int]) -> list[Annotation]:
        marks = ", ".join("?" * len(ids))
        return [row_to_annotation(r) for r in self.conn.execute(
            f"SELECT {ann_columns_sql()} FROM annotations WHERE id IN ({marks})", ids)]

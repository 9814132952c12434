"""The user's edits of a span (the window's boundary keys, relabels, A and X, a value or note typed in
the form), kept out of other coders' layers.

In a merged project each coder's spans are a layer of their own, which agreement and adjudication
compare as the coder left them. An edit of the user's on another coder's span (li's 湖里区, to a
reviewer named tester, li one of the project's coders, ``Store.coders``:
:func:`~annotator.core.store.labelling.coders_span`) is made on the user's own
copy of it: the span of that label at those boundaries in the user's layer if there is one, else a new
span there (li's label, boundaries and value, its origin and confidence, not li's note) with the edit
applied and accepted — one step, whose undo removes the copy; li's span is never written. A rejection
rejects none of another coder's spans (a coder's decisions are changed in adjudication, where the
reviewer writes a gold layer). The user's own spans, the program's suggestions, spans of no one's name
(a solo project's), of a layer that is no coder's (the demo's ``demo``, a name ``annotator review
--annotator`` decided under) and a gold layer's spans are edited in place as before.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

from annotator.core.errors import ValidationError
from annotator.core.models import MANUAL, Annotation, AnyChange, Change, ChangeSet
from annotator.core.store.coders import CoderQueries
from annotator.core.store.labelling import coders_span
from annotator.core.store.statuses import CHUNK, StatusQueries
from annotator.core.store.validation import merge_edit

# the user's own span of a label at exactly [start, end) (one not rejected first)
TWIN_SQL = ('SELECT id FROM annotations WHERE document_id = ? AND start = ? AND "end" = ? AND label = ? '
            "AND annotator = ? ORDER BY status = 'rejected', id LIMIT 1")


class CodersKept(NamedTuple):
    """Other coders' spans a decision kept theirs, {coder: count}: copied into the user's layer, or left."""

    copied: Counter[str]
    left: Counter[str]


class OwnCopyQueries(StatusQueries, CoderQueries):
    def edit_as(self, ann_id: int, annotator: str, *, expected: dict[str, Any] | None = None,
                **fields: Any) -> ChangeSet:
        """``annotator``'s edit of ``fields`` (boundaries, value, note, status …) of a span: in place, the
        span then theirs (:meth:`update_annotation`), or on their own copy of another coder's span."""
        with self.transaction():
            a = self.annotation(ann_id)
            if not coders_span(a, annotator, self.coders()):
                return self.update_annotation(ann_id, expected=expected, annotator=annotator, **fields)
            return self._on_own_copy(a, annotator, merge_edit(a, expected, fields) if expected else fields)

    def relabel_as(self, ann_id: int, label: str, annotator: str, *, value: dict[str, Any] | None = None) -> ChangeSet:
        """:meth:`relabel` by ``annotator``; another coder's span keeps its label, the user's copy takes the new one."""
        with self.transaction():
            a = self.annotation(ann_id)
            if not coders_span(a, annotator, self.coders()):
                return self.relabel(ann_id, label, value=value, annotator=annotator)
            return self._on_own_copy(a, annotator, {"label": label, "value": dict(value or {}), "status": "accepted"})

    def decide_as(self, ann_ids: Iterable[int], status: str, annotator: str, still_open: bool = False) -> ChangeSet:
        """Accept or reject spans as ``annotator`` (:meth:`set_status`; ``still_open``: only those still
        open suggestions, :meth:`decide_still_open`), one step. Another coder's span is not decided: an
        acceptance gives the user their own accepted copy of it (none where a span of theirs of that
        label overlaps it: the others are still copied), a rejection leaves it as it is."""
        return self.decide_keeping(ann_ids, status, annotator, still_open)[0]

    def decide_keeping(self, ann_ids: Iterable[int], status: str, annotator: str,
                       still_open: bool = False) -> tuple[ChangeSet, CodersKept]:
        """:meth:`decide_as`, and the other coders' spans among ``ann_ids`` it kept theirs: copied into
        the user's layer, or left (a rejection; a span of the user's overlapping it), counted per coder
        (``annotator review`` says so)."""
        wanted = list(dict.fromkeys(ann_ids))
        mine: list[int] = []
        theirs: list[Annotation] = []
        kept = CodersKept(Counter(), Counter())
        with self.transaction():
            coders = self.coders()
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start:start + CHUNK]
                found = {a.id: a for a in self._annotations_by_id(chunk)}
                for i in chunk:  # one gone: set_status says so
                    a = found.get(i)
                    if a is not None and coders_span(a, annotator, coders):
                        if not still_open or a.status == "suggested":
                            theirs.append(a)
                    else:
                        mine.append(i)
            decide = self.decide_still_open if still_open else self.set_status
            step = decide(mine, status, annotator) if mine else ChangeSet((), f"{status} 0")
            if status != "accepted":
                kept.left.update(a.annotator for a in theirs)
                return step, kept
            copies: list[AnyChange] = []
            for a in theirs:
                try:
                    copies += self._on_own_copy(a, annotator, {"status": "accepted"}).changes
                except ValidationError:  # a span of the user's overlaps it: that one stays theirs
                    kept.left[a.annotator] += 1
                    continue
                kept.copied[a.annotator] += 1
        done = ChangeSet((*step.changes, *copies), f"{status} {len(ChangeSet(step.changes)) + len(copies)}")
        return done, kept

    def own_copy(self, ann_id: int, annotator: str) -> tuple[int, ChangeSet]:
        """The span ``annotator`` links by hand (``core/range_links.py``): another coder's span's
        own copy in the user's layer (theirs of that label there, accepted, else one made: an acceptance,
        :meth:`decide_as`), with the step that made it; any other span is itself (nothing changed). A
        span of the user's of that label overlapping the coder's is refused, naming both."""
        with self.transaction():
            a = self.annotation(ann_id)
            if not coders_span(a, annotator, self.coders()):
                return ann_id, ChangeSet()
            try:
                made = self._on_own_copy(a, annotator, {"status": "accepted"})
            except ValidationError as e:
                raise ValidationError(f"{a.annotator}'s {a.label} {a.text!r} stays {a.annotator}'s, and your "
                                      f"own copy of it cannot be made: {e}") from e
            copy = self.conn.execute(TWIN_SQL, (a.document_id, a.start, a.end, a.label, annotator)).fetchone()
            return copy[0], made

    def _on_own_copy(self, a: Annotation, annotator: str, fields: dict[str, Any]) -> ChangeSet:
        """Inside a write: ``fields`` applied to ``annotator``'s own copy of another coder's span ``a``."""
        twin = self.conn.execute(TWIN_SQL, (a.document_id, a.start, a.end, a.label, annotator)).fetchone()
        if twin is not None:
            return self.update_annotation(twin[0], annotator=annotator, **fields)
        label, start, end = (fields.get(k, getattr(a, k)) for k in ("label", "start", "end"))
        moved = (label, start, end) != (a.label, a.start, a.end)
        value = fields.get("value", a.value if label == a.label else {})  # the old label's never stays
        added = self.add_annotation(a.document_id, start, end, label, value=value,
                                    status=fields.get("status", "accepted"),
                                    origin=fields.get("origin", MANUAL if moved else a.origin), annotator=annotator,
                                    note=fields.get("note", ""), confidence=a.confidence, reason=a.reason)
        copy = added.annotation_changes[0].after
        assert copy is not None
        return ChangeSet((Change(None, copy),), f"add {label} {copy.text}")

"""Links made by hand on one end of a range of money (3-5亿元: two AMOUNT spans, one fact,
``ranges.py``): the other end follows, in the same step. Linking ``5亿元`` to 松元产业园 links ``3``
too (the sums count a range at its lower end, so a project linked on the upper end alone summed
nothing), removing the links of one end removes the other's, and accepting one end's suggested
links accepts the same links of the other. The ends are the same annotator's AMOUNT spans of the
document that are not rejected; a span that is no end of a range is linked as the store links it.

The window's L, Shift+L and Ctrl+L (``gui/ops.py``) link through these functions; each returns
one ChangeSet, so one Ctrl+Z undoes both ends. A link chosen by hand (``link_by_hand``: L on a span,
Ctrl+L) also accepts the spans it joins that are still suggestions: the reviewer has reviewed them.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.links import KINDS, PROJECT
from annotator.core.models import Annotation, ChangeSet, Link
from annotator.core.project_district import follow_project
from annotator.core.ranges import AMOUNT, ranges
from annotator.core.store import Store


def other_ends(store: Store, span: Annotation) -> list[Annotation]:
    """The other ends of the range ``span`` is an end of (none when it is not one)."""
    if span.label != AMOUNT or span.status == "rejected":
        return []
    amounts = [a for a in store.annotations(span.document_id, labels=[AMOUNT], annotators=[span.annotator])
               if a.status != "rejected"]
    if len(amounts) < 2:
        return []
    text = store.document(span.document_id).text
    run = next((run for run in ranges(text, amounts) if any(a.id == span.id for a in run)), [])
    return [a for a in run if a.id != span.id]


def _together(first: ChangeSet, rest: Iterable[ChangeSet]) -> ChangeSet:
    changes = [*first.changes, *(c for cs in rest for c in cs.changes)]
    return ChangeSet(tuple(changes), first.description)


def link(store: Store, source_id: int, kind: str, target_id: int | None = None, **options: Any) -> ChangeSet:
    """``Store.add_link`` for the span and the other ends of its range, one step; a project linked
    gives them its district where theirs is only a suggestion (``project_district.py``)."""
    with store.transaction():
        first = store.add_link(source_id, kind, target_id, **options)
        ends = [end.id for end in other_ends(store, store.annotation(source_id)) if end.id is not None]
        rest = [store.add_link(end, kind, target_id, **options) for end in ends]
        if kind == PROJECT and target_id is not None and options.get("status", "accepted") == "accepted":
            rest.append(follow_project(store, [source_id, *ends], target_id))  # its district, project_district.py
    return _together(first, rest)


def link_by_hand(store: Store, source_id: int, kind: str, target_id: int | None = None, *,
                 annotator: str = "") -> ChangeSet:
    """A link the user chose (L, Ctrl+L): the spans it joins that are still suggestions accepted (the
    span, the other ends of its range, the target), then ``link``, one step. The spans are accepted
    first, so that the ends of a range are found in the layer they then share (a suggested end beside
    one the user accepted before is linked with it). Another coder's span stays as they left it, its
    links too: the link joins the user's own copies (``Store.own_copy``: theirs there, else made, accepted,
    the other ends of li's range with it), as any other edit of a coder's span goes to the user's copy."""
    with store.transaction():
        original = store.annotation(source_id)
        source_id, copied = store.own_copy(source_id, annotator)
        made = list(copied.changes)
        if source_id != original.id:  # li's 3-5亿元: the user's copy of each end, so that both are linked
            for end in other_ends(store, original):
                assert end.id is not None
                made += store.own_copy(end.id, annotator)[1].changes
        if target_id is not None:
            target_id, copied = store.own_copy(target_id, annotator)
            made += copied.changes
        source = store.annotation(source_id)
        spans = [source, *other_ends(store, source), *([store.annotation(target_id)] if target_id is not None else [])]
        open_ids = list(dict.fromkeys(a.id for a in spans if a.status == "suggested" and a.id is not None))
        accepted = store.set_status(open_ids, "accepted", annotator) if open_ids else ChangeSet()
        linked = link(store, source_id, kind, target_id, annotator=annotator)
    return ChangeSet((*made, *accepted.changes, *linked.changes), linked.description or accepted.description)


def unlink(store: Store, source_id: int, kind: str | None = None, annotator: str = "") -> ChangeSet:
    """``Store.unlink`` (a suggested link rejected, another removed) for the span and the other
    ends of its range, one step."""
    with store.transaction():
        first = store.unlink(source_id, kind, annotator)
        rest = [store.unlink(end.id, kind, annotator)
                for end in other_ends(store, store.annotation(source_id)) if end.id is not None]
    return _together(first, rest)


def accept(store: Store, link_ids: Iterable[int], annotator: str = "", *, spans_too: bool = False) -> ChangeSet:
    """Accept suggested links (the window's L); the other ends of a range whose end had one
    accepted get the same link accepted (their own suggestion of it accepted, else it is made,
    in place of theirs of that kind), one step. ``spans_too``: the spans the links join that are
    still suggestions are accepted first, in the same step (L is a review of the span, as
    ``link_by_hand`` is)."""
    link_ids = list(link_ids)
    with store.transaction():
        opened = ChangeSet()
        if spans_too:
            joined = [store.annotation(i) for k in map(store.link, link_ids)
                      for i in (k.source_id, k.target_id) if i is not None]
            joined += [end for a in joined[:1] for end in other_ends(store, a)]
            open_ids = list(dict.fromkeys(a.id for a in joined if a.status == "suggested" and a.id is not None))
            opened = store.set_status(open_ids, "accepted", annotator) if open_ids else ChangeSet()
        first = store.set_link_status(link_ids, "accepted", annotator)
        accepted = [c.after for c in first.link_changes if c.after is not None and c.after.status == "accepted"]
        rest = [_follow(store, k, end, annotator) for k in accepted
                for end in other_ends(store, store.annotation(k.source_id))]
    done = _together(first, rest)
    return ChangeSet((*opened.changes, *done.changes), done.description or opened.description)


def _follow(store: Store, k: Link, end: Annotation, annotator: str) -> ChangeSet:
    if end.id is None or k.kind not in KINDS:
        return ChangeSet()
    return store.add_link(end.id, k.kind, k.target_id, value=k.value, status="accepted", origin=k.origin,
                          annotator=annotator or k.annotator, reason=k.reason)

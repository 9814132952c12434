"""A coder's copy merged again: what it no longer holds as it is, counted, or replaced by its version.

A merge never overwrites by default: what the coders of a copy hold here and the copy no longer holds
as it is (a span they deleted, relabelled, moved, decided otherwise or gave another value since an
earlier merge) stays, and the report counts it, since a copy may be older than what is here (a coder
who went on in an old folder). A coder who corrects their work and sends it again sends the copy that
is right: merged with ``replace`` (``annotator merge --replace``), in each document of the copy in
which a coder of it holds spans, their spans here that the copy does not hold as they are go, with
their links, and so do the links of their other spans the copy no longer holds (another district, or
none), before the copy's spans and links come in their place. Their layer there is then the copy's: a
span relabelled is no longer there under both labels, a span moved is no longer refused for
overlapping its old self, a deletion is not lost. Every other annotator's spans (other coders, the
gold layer) and the coder's documents the copy holds no span of stay as they are.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotator.core.models import Annotation, Link
from annotator.core.store import Store

State = tuple[int, int, str, str, str, str]  # start, end, label, annotator, status, value (canonical JSON)
LinkState = tuple[str, str, Any]  # kind, status, the span (start, end, label, annotator) or district it joins


def state(a: Annotation) -> State:
    """A span as the merge compares a copy with what is here: where, what, whose, decided how, its value."""
    return a.start, a.end, a.label, a.annotator, a.status, json.dumps(a.value, sort_keys=True, ensure_ascii=False)


def changed_here(here: Iterable[Annotation], named: Iterable[Annotation], coders: set[str],
                 statuses: Iterable[str]) -> list[Annotation]:
    """The spans here of ``coders`` (statuses ``statuses``) that the copy's spans ``named`` (under their
    names here) do not hold as they are."""
    held, wanted = {state(a) for a in named}, set(statuses)
    return [a for a in here if a.annotator in coders and a.status in wanted and state(a) not in held]


@dataclass
class Replaced:
    """What ``replace`` took out, per coder: their spans, and links of their spans kept."""

    spans: Counter[str] = field(default_factory=Counter)
    links: int = 0


def replace_changed(target: Store, into: int, stale: list[Annotation], named: list[Annotation],
                    copy_ids: Mapping[int, int], links: Iterable[Link], statuses: Iterable[str],
                    replaced: Replaced) -> None:
    """Inside the document's write: remove ``stale`` (with their links) and the links from the coders'
    other spans here that the copy's ``links`` (between its spans ``copy_ids``: copy id -> index in
    ``named``) do not hold, so that the copy's come in their place."""
    if stale:
        target.delete_annotations([a.id for a in stale if a.id is not None])
        replaced.spans.update(a.annotator for a in stale)
    here = {a.id: a for a in target.annotations(into) if a.id is not None}
    coders, wanted = {a.annotator for a in named}, set(statuses)
    copy = {copy_id: named[i] for copy_id, i in copy_ids.items()}
    theirs = {(_key(span), joined) for span, _link, joined in _joined_links(links, copy)}
    gone = [link.id for span, link, joined in _joined_links(target.links(into), here)
            if span.annotator in coders and link.annotator in coders and link.status in wanted
            and (_key(span), joined) not in theirs and link.id is not None]  # the lead's, a suggester's: not theirs
    if gone:
        target.delete_links(gone)
        replaced.links += len(gone)


def _joined_links(links: Iterable[Link], spans: Mapping[int, Annotation]) -> list[tuple[Annotation, Link, LinkState]]:
    """Each link between ``spans`` (by id) with its span and what it states: its kind, status and the span
    (start, end, label, annotator) or district it joins; a link to a span not among them is left out."""
    out = []
    for link in links:
        span = spans.get(link.source_id)
        dest = spans.get(link.target_id) if link.target_id is not None else None
        if span is None or (link.target_id is not None and dest is None):
            continue
        joined = _key(dest) if dest is not None else _district(link.value)
        out.append((span, link, (link.kind, link.status, joined)))
    return out


def _key(a: Annotation) -> tuple[int, int, str, str]:
    return a.start, a.end, a.label, a.annotator


def _district(value: Mapping[str, Any]) -> str:
    return json.dumps(dict(value), sort_keys=True, ensure_ascii=False)

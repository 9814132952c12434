"""A coder's copy merged again: what it holds otherwise than the project, counted, replaced, or (an older
copy) left whole.

A merge never overwrites by default: what the coders of a copy hold here and the copy no longer holds
as it is (a span they deleted, relabelled, moved, decided otherwise or gave another value since an
earlier merge) stays, and the report counts it. A coder who corrects their work and sends it again
sends the copy that is right: merged with ``replace`` (``annotator merge --replace``), in each document
of the copy in which a coder of it holds spans, their spans here that the copy does not hold as they
are go, with their links, and so do the links of their other spans the copy no longer holds (another
district, or none), before the copy's spans and links come in their place. Their layer there is then
the copy's: a span relabelled is no longer there under both labels, a span moved is no longer refused
for overlapping its old self, a deletion is not lost. Every other annotator's spans (other coders, the
gold layer) and the coder's documents the copy holds no span of stay as they are.

**An older copy.** A coder's span or link here that the copy does not hold, changed after the copy's
last change to that coder's spans and links in the document, says the copy is older than what is here
(a copy sent again after a later one was merged, a coder back in an old folder): nothing of that coder
is merged in that document, with or without ``replace`` (it brought back what they had deleted or
changed since, and ``replace`` took their later work out), and the report says so. A merged span and
link keep their coder's times, taken on the coder's own machine, so one coder's times are compared.
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
SpanKey = tuple[int, int, str, str]


def state(a: Annotation) -> State:
    """A span as the merge compares a copy with what is here: where, what, whose, decided how, its value."""
    return a.start, a.end, a.label, a.annotator, a.status, json.dumps(a.value, sort_keys=True, ensure_ascii=False)


@dataclass
class Replaced:
    """What ``replace`` took out: per coder their spans, and the links of their spans kept."""

    spans: Counter[str] = field(default_factory=Counter)
    links: int = 0


@dataclass
class Compared:
    """One document of a copy beside the project's: the coders' spans and links here it does not hold."""

    stale: list[Annotation]  # the coders' spans here the copy does not hold as they are
    stale_links: list[Link]  # links of the coders' spans here that the copy does not hold
    older: set[str]  # the coders for whom the copy is older than what is here

    def of(self, coders: set[str]) -> tuple[list[Annotation], list[Link]]:
        """What is here otherwise than in the copy, of ``coders``."""
        return ([a for a in self.stale if a.annotator in coders],
                [k for k in self.stale_links if k.annotator in coders])


def compare(target: Store, into: int, here: list[Annotation], named: list[Annotation], copy_ids: Mapping[int, int],
            links: Iterable[Link], coders: set[str], statuses: Iterable[str]) -> Compared:
    """``named``: the copy's spans of the document under their names here (``copy_ids``: copy id -> index
    in it), ``links`` its links; ``coders``: the copy's."""
    held, wanted = {state(a) for a in named}, set(statuses)
    stale = [a for a in here if a.annotator in coders and a.status in wanted and state(a) not in held]
    copy_links = _joined_links(links, {copy_id: named[i] for copy_id, i in copy_ids.items()})
    theirs = {(_key(span), joined) for span, _link, joined in copy_links}
    on_spans = {a.id: a for a in here if a.id is not None}
    stale_links = [link for span, link, joined in _joined_links(target.links(into), on_spans)
                   if span.annotator in coders and link.annotator == span.annotator and link.status in wanted
                   and (_key(span), joined) not in theirs]  # the lead's, a suggester's link: not the coder's
    last: dict[str, str] = {}  # per coder: the copy's last change to their spans and links in the document
    for when, who in [(a.updated_at, a.annotator) for a in named] + [(k.updated_at, a.annotator)
                                                                       for a, k, _ in copy_links]:
        last[who] = max(last.get(who, ""), when)
    older = {a.annotator for a in stale if a.annotator in last and a.updated_at > last[a.annotator]}
    older |= {k.annotator for k in stale_links if k.annotator in last and k.updated_at > last[k.annotator]}
    return Compared(stale, stale_links, older)


def replace_changed(target: Store, stale: list[Annotation], stale_links: list[Link], replaced: Replaced) -> None:
    """Inside the document's write: remove ``stale`` (with their links) and ``stale_links``, so that the
    copy's come in their place."""
    if stale:
        target.delete_annotations([a.id for a in stale if a.id is not None])
        replaced.spans.update(a.annotator for a in stale)
    gone = {a.id for a in stale}
    links = [k.id for k in stale_links if k.id is not None and k.source_id not in gone and k.target_id not in gone]
    if links:
        target.delete_links(links)
        replaced.links += len(links)


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


def _key(a: Annotation) -> SpanKey:
    return a.start, a.end, a.label, a.annotator


def _district(value: Mapping[str, Any]) -> str:
    return json.dumps(dict(value), sort_keys=True, ensure_ascii=False)

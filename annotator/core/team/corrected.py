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

**What a coder deleted.** A deletion leaves no span behind to carry a time: a copy holding a span its coder
deleted since, and nothing else otherwise, looked no older. So a span deleted leaves a tombstone (its key and
when, ``store/tombstones.py``), which the copy brings along: a merge records the copy's tombstones of its coders
here (the time of the coder's machine), and ``replace`` one for each span it takes out whose key the copy no
longer holds (dated the copy's last change to that coder's work in the document). A copy holding a span of a
coder that a tombstone of theirs here dates after the copy's last change to their work in the document (its
spans, links and tombstones) is older for them there. A span the coder made again is newer than its
tombstone, and so is any copy of theirs holding it (the copy's last change is that span's, or later). With
``replace``, a document in which the copy holds none of a coder's spans stays as it is, except for the spans
of theirs here that the copy's tombstones say they deleted after their time here (a coder who deleted all
their spans of a document). A link deleted leaves a tombstone of its own (the span it starts from, its kind,
the span or district it joins, and when: ``store/link_tombstones.py``), carried, recorded and read alike: a copy
holding a link of a coder that a link tombstone of theirs here dates after the copy's last change to their work
in the document is older for them there, and ``replace`` records one for each link it takes out whose key the
copy no longer holds (but for a link that goes with a span of which it records a tombstone: that says it).
A span (or link) a copy holds as it is here, which its coder deleted and marked again by hand or took back with
Ctrl+Z since its time here, is dated here by the copy's time for it (:func:`revived`: an undo leaves the span its
old time, its tombstone says when it came back), so that their copy made in between is older.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotator.core.models import Annotation, Link
from annotator.core.store import Store
from annotator.core.store.link_tombstones import LinkKey, LinkTombstone, district_key
from annotator.core.store.tombstones import Tombstone, span_key

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
    last: dict[str, str] = field(default_factory=dict)  # per coder: the copy's last change to their work here
    held: set[SpanKey] = field(default_factory=set)  # the keys of the copy's spans in the document
    buried: list[Tombstone] = field(default_factory=list)  # the copy's tombstones (under their names here)
    held_links: set[LinkKey] = field(default_factory=set)  # the keys of the copy's links in the document
    buried_links: list[LinkTombstone] = field(default_factory=list)  # the copy's link tombstones (names here)
    stale_keys: dict[int, LinkKey] = field(default_factory=dict)  # the key of each of ``stale_links``, by id
    links: list[Link] = field(default_factory=list)  # the copy's links, dated as :func:`revived` dates its spans
    # the spans and links here as the copy holds them, whose time there is later: (id here, coder, the copy's time)
    dated: list[tuple[int, str, str]] = field(default_factory=list)
    dated_links: list[tuple[int, str, str]] = field(default_factory=list)

    def of(self, coders: set[str]) -> tuple[list[Annotation], list[Link]]:
        """What is here otherwise than in the copy, of ``coders``."""
        return ([a for a in self.stale if a.annotator in coders],
                [k for k in self.stale_links if k.annotator in coders])

    def deleted(self, coders: set[str]) -> list[Annotation]:
        """The spans of ``coders`` here (not held by the copy) that the copy's tombstones date after their time here."""
        when = {t.key: t.deleted_at for t in self.buried}
        return [a for a in self.stale if a.annotator in coders and span_key(a) not in self.held
                and when.get(span_key(a), "") > a.updated_at]


def tombstones_of(source: Store, doc_id: int, coder: Callable[[str], str],
                  labels_as: Mapping[str, str]) -> list[Tombstone]:
    """The tombstones of the copy's document ``doc_id`` under their names here (``coder``: the name here of an
    annotator of the copy; ``labels_as``: a label of the copy -> the project's it is)."""
    return [t._replace(annotator=coder(t.annotator), label=labels_as.get(t.label, t.label))
            for t in source.tombstones(doc_id)]


def link_tombstones_of(source: Store, doc_id: int, coder: Callable[[str], str],
                       labels_as: Mapping[str, str]) -> list[LinkTombstone]:
    """The link tombstones of the copy's document ``doc_id`` under their names here (as :func:`tombstones_of`),
    at both ends."""
    def here(t: LinkTombstone) -> LinkTombstone:
        joined = t.joined if isinstance(t.joined, str) else (
            *t.joined[:2], labels_as.get(t.joined[2], t.joined[2]), coder(t.joined[3]))
        return t._replace(annotator=coder(t.annotator), label=labels_as.get(t.label, t.label), joined=joined)
    return [here(t) for t in source.link_tombstones(doc_id)]


def revived(named: list[Annotation], buried: Iterable[Tombstone]) -> list[Annotation]:
    """The copy's spans, each dated when it was last made there: one its coder deleted and then marked again by hand
    or took back with Ctrl+Z (whose undo stamps the tombstone anew, the span keeping its old time) is as new as its
    key's tombstone. Merged as the project holds it already, the span here takes that time (:func:`take_in`): a copy
    made between the deletion and the span made again, merged later, is older (it dropped the span again)."""
    when = {t.key: t.deleted_at for t in buried}
    return [a.with_(updated_at=when[span_key(a)]) if when.get(span_key(a), "") > a.updated_at else a for a in named]


def compare(target: Store, into: int, here: list[Annotation], named: list[Annotation], copy_ids: Mapping[int, int],
            links: Iterable[Link], coders: set[str], statuses: Iterable[str],
            buried: Iterable[Tombstone] = (), buried_links: Iterable[LinkTombstone] = ()) -> Compared:
    """``named``: the copy's spans of the document under their names here (``copy_ids``: copy id -> index
    in it, dated by :func:`revived`), ``links`` its links, ``buried`` and ``buried_links`` its tombstones
    (:func:`tombstones_of`, :func:`link_tombstones_of`); ``coders``: the copy's."""
    held, wanted, buried, buried_links = {state(a) for a in named}, set(statuses), list(buried), list(buried_links)
    stale = [a for a in here if a.annotator in coders and a.status in wanted and state(a) not in held]
    by_id = {copy_id: named[i] for copy_id, i in copy_ids.items()}
    unlinked_there = {t.key: t.deleted_at for t in buried_links}  # a link made again there is as new as its tombstone
    links = [_dated_link(k, by_id, unlinked_there) for k in links] if unlinked_there else list(links)
    copy_links = _joined_links(links, by_id)
    theirs = {(span_key(span), joined) for span, _link, joined in copy_links}
    on_spans = {a.id: a for a in here if a.id is not None}
    here_links = _joined_links(target.links(into), on_spans)  # the links here between spans here
    stale_pairs = [(link, _link_key(span, joined)) for span, link, joined in here_links
                   if span.annotator in coders and link.annotator == span.annotator and link.status in wanted
                   and (span_key(span), joined) not in theirs]  # the lead's, a suggester's link: not the coder's
    stale_links = [link for link, _k in stale_pairs]
    last: dict[str, str] = {}  # per coder: the copy's last change to their spans, links and tombstones in it
    for when, who in ([(a.updated_at, a.annotator) for a in named] + [(k.updated_at, a.annotator)
                                                                        for a, k, _ in copy_links]
                      + [(t.deleted_at, t.annotator) for t in buried]
                      + [(k.deleted_at, k.annotator) for k in buried_links]):
        last[who] = max(last.get(who, ""), when)
    older = {a.annotator for a in stale if a.annotator in last and a.updated_at > last[a.annotator]}
    older |= {k.annotator for k in stale_links if k.annotator in last and k.updated_at > last[k.annotator]}
    # a span it would bring back, deleted here after its last change (one here again, put back by an undo or
    # made anew, brings nothing back: its tombstone, stamped by the undo, is no deletion of it)
    dead = {t.key: t.deleted_at for t in target.tombstones(into)}
    alive = {span_key(a) for a in here}
    older |= {a.annotator for a in named if a.annotator in coders and span_key(a) not in alive
              and dead.get(span_key(a), "") > last[a.annotator]}
    held_links = {_link_key(span, joined) for span, _link, joined in copy_links}
    unlinked = {t.key: t.deleted_at for t in target.link_tombstones(into)}  # a link it would bring back, alike
    linked = {_link_key(span, joined) for span, _link, joined in here_links}
    older |= {span.annotator for span, _link, joined in copy_links if span.annotator in coders
              and _link_key(span, joined) not in linked
              and unlinked.get(_link_key(span, joined), "") > last[span.annotator]}
    copy_time = {state(a): a.updated_at for a in named}
    dated = [(a.id, a.annotator, copy_time[state(a)]) for a in here if a.id is not None and a.annotator in coders
             and copy_time.get(state(a), "") > a.updated_at]
    link_time = {(span_key(span), joined): k.updated_at for span, k, joined in copy_links}
    dated_links = [(k.id, span.annotator, link_time[(span_key(span), joined)])
                   for span, k, joined in here_links if k.id is not None
                   and span.annotator in coders and link_time.get((span_key(span), joined), "") > k.updated_at]
    return Compared(stale, stale_links, older, last, {span_key(a) for a in named}, buried, held_links, buried_links,
                    {link.id: key for link, key in stale_pairs if link.id is not None}, links, dated, dated_links)


def take_in(target: Store, into: int, compared: Compared, coders: set[str], replace: bool,
            stale: tuple[Counter[str], Counter[str]], replaced: Replaced) -> bool:
    """Inside the document's write: the copy's tombstones of ``coders`` (but those it is older for) recorded
    here; with ``replace`` what it holds otherwise of the coders it holds spans of, and what its tombstones say
    the others deleted, taken out (:func:`replace_changed`); the rest of what it holds otherwise counted in
    ``stale`` (per coder: spans, and links between spans the copy holds as they are: a link of a span it holds
    otherwise goes with that span's count). True when spans or links were taken out."""
    coders = coders - compared.older
    target.spans_dated((i, when) for i, who, when in compared.dated if who in coders)
    target.links_dated((i, when) for i, who, when in compared.dated_links if who in coders)
    target.add_tombstones(into, [t for t in compared.buried if t.annotator in coders])
    target.add_link_tombstones(into, [t for t in compared.buried_links if t.annotator in coders])
    coding = {who for *_where, who in compared.held} - compared.older if replace else set()
    spans, links = compared.of(coding)
    spans += compared.deleted(coders - coding) if replace else []
    out, out_links = {a.id for a in spans}, {k.id for k in links}
    left, left_links = compared.of(coders)
    stale[0].update(a.annotator for a in left if a.id not in out)
    on_left = {a.id for a in left}
    stale[1].update(k.annotator for k in left_links if k.id not in out_links
                    and k.source_id not in on_left and k.target_id not in on_left)
    if spans or links:
        replace_changed(target, into, compared, spans, links, replaced)
    return bool(spans or links)


def replace_changed(target: Store, into: int, compared: Compared, stale: list[Annotation], stale_links: list[Link],
                    replaced: Replaced) -> None:
    """Inside the document's write: remove ``stale`` (with their links) and ``stale_links``, so that the
    copy's come in their place; a span or link whose key the copy no longer holds leaves a tombstone dated the
    copy's last change to its coder's work (the coder's clock: this machine's would date it after their later
    work), but for a link of a span that leaves one (it says the link is gone too)."""
    buried = [a for a in stale if span_key(a) not in compared.held]
    if stale:
        target.delete_annotations([a.id for a in stale if a.id is not None], tombstones=False)
        replaced.spans.update(a.annotator for a in stale)
        target.add_tombstones(into, [Tombstone(*span_key(a), compared.last.get(a.annotator, a.updated_at))
                                     for a in buried])
    gone, with_spans = {a.id for a in stale}, {a.id for a in buried}
    unlinked = [(k, compared.stale_keys[k.id]) for k in stale_links if k.id in compared.stale_keys
                and compared.stale_keys[k.id] not in compared.held_links and k.source_id not in with_spans
                and k.target_id not in with_spans]
    target.add_link_tombstones(into, [LinkTombstone(*span, kind, joined, compared.last.get(span[3], k.updated_at))
                                      for k, (span, kind, joined) in unlinked])
    links = [k.id for k in stale_links if k.id is not None and k.source_id not in gone and k.target_id not in gone]
    if links:
        target.delete_links(links, tombstones=False)
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
        joined = span_key(dest) if dest is not None else district_key(link.value)
        out.append((span, link, (link.kind, link.status, joined)))
    return out


def _dated_link(link: Link, spans: Mapping[int, Annotation], unlinked: Mapping[LinkKey, str]) -> Link:
    """The copy's ``link`` (between ``spans``, by id) dated as :func:`revived` dates a span, by the copy's tombstone
    of its key (``unlinked``)."""
    joined = _joined_links([link], spans)
    when = unlinked.get(_link_key(joined[0][0], joined[0][2]), "") if joined else ""
    return link.with_(updated_at=when) if when > link.updated_at else link


def _link_key(span: Annotation, joined: LinkState) -> LinkKey:
    """A link's key (as its tombstone holds it): the span it starts from, its kind, what it joins."""
    kind, _status, to = joined
    return span_key(span), kind, to

"""Adjudication: settling the coders' disagreements into one layer of spans (the gold).

A document's spans are grouped into **regions**: the spans of the coders and of the layer that
overlap one another, directly or through a chain (湖里 inside one coder's 数字湖里平台 and another's
湖里区 make one region). In a region each coder has a **version** (the spans they hold there, maybe
none); the coders **agree** when every version holds the same spans (label, start, end) with values
that do not disagree (:func:`.matching.values_agree`: 55.1亿元 read as two sums is a disagreement). As in
the agreement, a coder who holds no span in the document (was not handed it) is left out of the
comparison there, as long as two coders or more coded it. A document only one of the coders coded
(:mod:`.uncompared`, the agreement's "not compared") holds no disagreement and nothing agreed: its
regions are the coder's alone (:attr:`Region.alone`), which *Take all agreed* leaves, the panel says so,
and :func:`take_alone` copies into the layer when the adjudicator chooses to.

The adjudicator decides a region by taking one coder's version, or none of them; the decision is
written to the layer (annotator ``gold`` unless named otherwise) as ordinary spans, which the
window edits like any other and the exports select with ``--annotator gold``:

- taking a version replaces the layer's spans in the region by copies of that coder's (status
  accepted, origin ``adjudicated``, the coder's values and notes);
- taking none (or a coder's version without spans) writes the coders' spans to the layer as
  rejected, so the region counts as decided and the export of accepted spans leaves it out.

Each decision is one :class:`ChangeSet`: the window's undo takes it back whole. The coders' own
spans are never changed. A copy takes its coder's links along (:mod:`.gold_links`).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.errors import AnnotatorError
from annotator.core.models import ADJUDICATED, ALONE_STEP, Annotation, AnyChange, Change, ChangeSet
from annotator.core.store import Store, now
from annotator.core.team.gold_links import carry_links, link_signer
from annotator.core.team.matching import values_agree
from annotator.core.team.uncompared import coded_documents

GOLD = "gold"
ORIGIN = ADJUDICATED
Key = tuple[str, int, int]  # label, start, end


@dataclass(frozen=True)
class Version:
    coder: str
    spans: tuple[Annotation, ...]

    def keys(self) -> frozenset[Key]:
        return frozenset((a.label, a.start, a.end) for a in self.spans)

    def same_as(self, other: Version) -> bool:
        """The same spans, and no value of them that disagrees with the other's."""
        if self.keys() != other.keys():
            return False
        theirs = {(a.label, a.start, a.end): a.value for a in other.spans}
        return all(values_agree(a.label, a.value, theirs[(a.label, a.start, a.end)]) is not False for a in self.spans)


@dataclass(frozen=True)
class Region:
    document_id: int
    start: int
    end: int
    versions: tuple[Version, ...]  # one per coder, in the order the coders were given
    layer: tuple[Annotation, ...]  # the layer's spans here now (rejected ones say "none")
    coded: frozenset[str] | None = None  # the coders with spans in the document (None: all of them)

    @property
    def compared(self) -> tuple[Version, ...]:
        """The versions of the coders who coded the document (every version when fewer than two did)."""
        mine = tuple(v for v in self.versions if self.coded is None or v.coder in self.coded)
        return mine if len(mine) >= 2 else self.versions

    def left_out(self, coder: str) -> bool:
        """Whether ``coder`` did not code the document while others did (was not handed it): no version of
        theirs to take here, though their column shows none."""
        return self.coded is not None and bool(self.coded) and coder not in self.coded

    @property
    def alone(self) -> str | None:
        """The one coder who coded the document, when the other coders did not: nothing to compare."""
        if self.coded is None or len(self.coded) != 1 or len(self.versions) < 2:
            return None
        return next(iter(self.coded))

    @property
    def disagreement(self) -> bool:
        """The coders who coded the document hold different versions here (one coder alone: no disagreement)."""
        return not self.agreed and self.alone is None

    @property
    def agreed(self) -> bool:
        compared = self.compared
        return len(compared) > 0 and all(compared[0].same_as(v) for v in compared[1:])

    @property
    def decided(self) -> bool:
        return bool(self.layer)

    def taken(self) -> str | None:
        """The coder whose version the layer holds ("" for none of them; None: undecided or edited)."""
        accepted = Version("", tuple(a for a in self.layer if a.status != "rejected"))
        if self.layer and not accepted.spans:
            return ""
        if not self.layer:
            return None
        exact = [v.coder for v in self.versions if _values(v) == _values(accepted)]  # also the values given
        return exact[0] if exact else next((v.coder for v in self.versions if accepted.same_as(v)), None)


def regions(store: Store, doc_id: int, coders: Sequence[str], layer: str = GOLD,
            statuses: Iterable[str] = ("accepted",)) -> list[Region]:
    """The regions of one document, by position: the coders' spans of ``statuses`` and the
    layer's spans (any status) grouped by overlap."""
    wanted = set(statuses)
    spans = [a for a in store.annotations(doc_id)
             if (a.annotator in coders and a.status in wanted) or a.annotator == layer]
    spans.sort(key=lambda a: (a.start, a.end))
    coded = frozenset(c for c, docs in coded_documents(
        (a.annotator, doc_id) for a in spans if a.annotator in coders and a.annotator != layer and a.status in wanted
    ).items() if docs)
    groups: list[list[Annotation]] = []
    reach = -1
    for a in spans:
        if groups and a.start < reach:
            groups[-1].append(a)
            reach = max(reach, a.end)
        else:
            groups.append([a])
            reach = a.end
    out = []
    for group in groups:
        versions = tuple(Version(c, tuple(a for a in group if a.annotator == c)) for c in coders)
        out.append(Region(doc_id, min(a.start for a in group), max(a.end for a in group), versions,
                          tuple(a for a in group if a.annotator == layer), coded))
    return out


def disagreements(store: Store, doc_id: int, coders: Sequence[str], layer: str = GOLD,
                  statuses: Iterable[str] = ("accepted",)) -> list[Region]:
    """The regions where the coders who coded the document do not all hold the same spans (none in a
    document one coder alone coded)."""
    return [r for r in regions(store, doc_id, coders, layer, statuses) if r.disagreement]


def check_layer(store: Store, layer: str, spans: Iterable[Annotation] | None = None) -> None:
    """Refuse a layer that holds spans adjudication did not write (of ``spans``, default the whole
    project's): a coder's layer (the layer's field given a coder's name), or spans imported under
    that name. A decision replaces the layer's spans, so it would delete that coder's work."""
    held = spans if spans is not None else store.iter_annotations(annotators=[layer])
    if any(a.annotator == layer and a.origin != ADJUDICATED for a in held):
        raise AnnotatorError(f"the layer {layer!r} in {store.folder} holds spans not written by adjudication (a "
                             "coder's, or imported under that name), which a decision would replace; name another "
                             f"gold layer (default {GOLD})")


def take(store: Store, region: Region, coder: str | None, layer: str = GOLD, *, links: bool = True) -> ChangeSet:
    """Decide ``region``: the layer gets ``coder``'s version (None: none of them), and with ``links``
    the coders' links of the layer's copies (:mod:`.gold_links`). One step."""
    if coder is not None and coder not in {v.coder for v in region.versions}:
        raise ValueError(f"{coder!r} is not one of the region's coders")
    check_layer(store, layer, [*region.layer, *(a for v in region.versions for a in v.spans)])
    stamp = now()
    if coder is not None and not next(v for v in region.versions if v.coder == coder).spans:
        coder = None  # a version without spans says "no span here": the same decision as none of them
    if coder is None:
        seen: set[Key] = set()
        new = []
        for v in region.versions:
            for a in v.spans:
                if (a.label, a.start, a.end) not in seen:
                    seen.add((a.label, a.start, a.end))
                    new.append(_copy(a, layer, "rejected", stamp))
    else:
        version = next(v for v in region.versions if v.coder == coder)
        new = [_copy(a, layer, "accepted", stamp) for a in version.spans]
    with store.transaction():
        removed = store.delete_annotations([a.id for a in region.layer if a.id is not None])
        added = store.add_annotations(region.document_id, new)
        linked = carry_links(store, region.document_id, layer) if links else ChangeSet((), "")
    what = f"take {coder}'s version" if coder is not None else "take none of the versions"
    return ChangeSet(removed.changes + added.changes + linked.changes, f"{what} at {region.start}-{region.end}")


def take_agreed(store: Store, doc_id: int, coders: Sequence[str], layer: str = GOLD,
                statuses: Iterable[str] = ("accepted",)) -> ChangeSet:
    """Copy every undecided region where the coders agree into the layer, as one step. Agreeing on the
    spans, they may have linked them differently: the version whose links most coders gave is taken
    (the first coder's was, li's 湖里区 over wang's and zhao's 思明区), then the one with most values."""
    changes: list[AnyChange] = []
    check_layer(store, layer, store.annotations(doc_id))
    with store.transaction():
        signer = link_signer(store, doc_id)
        for r in agreed_undecided(store, doc_id, coders, layer, statuses):
            signs = signer((v.coder, v.spans) for v in r.compared)
            votes = Counter(signs.values())
            chosen = max(r.compared, key=lambda v: (votes[signs[v.coder]], _filled(v)))
            changes += take(store, r, chosen.coder, layer, links=False).changes
        spans = len(changes)
        changes += carry_links(store, doc_id, layer).changes  # once, when every agreed span is there
    return ChangeSet(tuple(changes), f"take {spans} agreed span(s)")


def take_alone(store: Store, doc_id: int, coders: Sequence[str], layer: str = GOLD,
               statuses: Iterable[str] = ("accepted",)) -> ChangeSet:
    """In a document only one of ``coders`` coded, copy that coder's spans of every undecided region into the
    layer (with their links), as one step: the adjudicator takes them as they are (nothing to compare)."""
    changes: list[AnyChange] = []
    check_layer(store, layer, store.annotations(doc_id))
    found = [r for r in regions(store, doc_id, coders, layer, statuses) if r.alone is not None and not r.decided]
    with store.transaction():
        for r in found:
            changes += take(store, r, r.alone, layer, links=False).changes
        spans = len(changes)
        changes += carry_links(store, doc_id, layer).changes if spans else ()
    who = found[0].alone if found else ""
    return ChangeSet(tuple(changes), f"take {spans} span(s) of {who}{ALONE_STEP}")


def accept_into(store: Store, ann_ids: Iterable[int], layer: str = GOLD) -> ChangeSet:
    """Open suggestions the adjudicator accepts (the window's A while the Adjudication panel is open):
    into the gold ``layer`` (origin adjudicated), not a layer of the adjudicator's own, which the panel
    would then list as a coder. Spans of ``ann_ids`` that are no open suggestion are left as they are;
    the ones taken are one step (several rows accepted at once are undone together)."""
    changes: list[AnyChange] = []
    with store.transaction():
        for ann_id in ann_ids:
            if store.annotation(ann_id).status == "suggested":
                changes += store.update_annotation(ann_id, status="accepted", annotator=layer, origin=ORIGIN).changes
    taken = sum(isinstance(c, Change) for c in changes)
    return ChangeSet(tuple(changes), f"accept {taken} suggestion(s) into {layer}")


def agreed_undecided(store: Store, doc_id: int, coders: Sequence[str], layer: str = GOLD,
                     statuses: Iterable[str] = ("accepted",)) -> list[Region]:
    """The regions *Take all agreed* copies: the coders agree, the layer holds nothing there yet."""
    return [r for r in regions(store, doc_id, coders, layer, statuses)
            if r.agreed and not r.decided and r.compared[0].spans]


def links_differ(store: Store, doc_id: int, coders: Sequence[str], layer: str = GOLD,
                 statuses: Iterable[str] = ("accepted",)) -> list[Region]:
    """Of those, the regions whose coders linked their (same) spans differently: the lead checks them."""
    signer = link_signer(store, doc_id)
    return [r for r in agreed_undecided(store, doc_id, coders, layer, statuses)
            if len(set(signer((v.coder, v.spans) for v in r.compared).values())) > 1]


def coders_of(store: Store, layer: str = GOLD, statuses: Iterable[str] = ("accepted",)) -> list[str]:
    """The coders compared when none are named: every annotator name with spans of ``statuses`` but
    the layer and the layers adjudication wrote (made of the coders' spans); as the agreement counts
    them (:func:`annotator.core.team.agreement.coders_of`). Someone who only rejected spans (the lead
    pressing X in the window) holds no version of any region."""
    wanted, layers = set(statuses), store.adjudicated_layers() | {layer}
    return sorted({who for who, _label, status in store.count_by_annotator()
                   if who and who not in layers and status in wanted})


def _values(version: Version) -> set[tuple[Key, str]]:
    return {((a.label, a.start, a.end), repr(sorted(a.value.items()))) for a in version.spans}


def _filled(version: Version) -> int:
    """How many value fields the version's spans give (agreeing coders may differ in what they filled)."""
    return sum(1 for a in version.spans for v in a.value.values() if v not in (None, "", [], {}))


def _copy(a: Annotation, layer: str, status: str, stamp: str) -> Annotation:
    return Annotation(None, a.document_id, a.start, a.end, a.label, a.text, dict(a.value), status, ORIGIN, layer,
                      None, f"from {a.annotator}", a.note, stamp, stamp)

"""How far coders agree on links: which district, and which project, each fact concerns.

**Which facts count.** The PROJECT, AMOUNT and TARGET spans both coders of a pair marked, in the
documents the span agreement compares (each coder has a span there): paired as the span
agreement pairs them, by overlap (the largest one-to-one matching of spans sharing a character,
:func:`.matching.overlap_pairs`; a span marked alike by both is paired with its twin). A fact
only one coder marked has no link to compare and is not counted (the span F1 counts it).

**A fact's district** is what its links say as the exports read them
(:func:`annotator.core.links.resolve`: an accepted link wins over a suggested one, of the
statuses compared): the DISTRICT span it is linked to, or the district the link names by value;
a fact without a district link concerns the document's jurisdiction (the guide: "where the text
names no place for it"), so it takes that district — the metadata's ``jurisdiction``, else the
one guessed from the compared coders' DISTRICT spans (:mod:`annotator.core.jurisdiction`). The
link suggester's other rules are *not* used: they would put the machine's answer in the place
of a coder's silence. Two districts agree when they link to spans paired between the coders (the
same mention), or when they are the same district: the same code when both have one, else the
same name (a link to the 湖里区 span and an unlinked fact of a 湖里区 report agree).

**A fact's project** (AMOUNT, TARGET): the PROJECT span it is linked to, or none; two agree when
both have none, or their projects are spans paired between the coders.

Reported per pair and fact label (and overall): facts compared and how many agree, and the same
over the facts where the link says something beyond the default — at least one coder puts the
fact off the jurisdiction (``off``), at least one gives it a project (``given``) — since most
facts concern the jurisdiction and are for no project, which agree almost by themselves.
No κ: see the README ("A coding team").
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, fields
from itertools import combinations
from typing import Any, NamedTuple

from annotator.core.divisions import canonical
from annotator.core.errors import SpanGone
from annotator.core.jurisdiction import jurisdiction_of
from annotator.core.links import KINDS, District, Resolved, resolve
from annotator.core.models import Annotation, Document, Link
from annotator.core.store import Store
from annotator.core.team.matching import Interval, overlap_pairs

FACT_LABELS = ("PROJECT", "AMOUNT", "TARGET")


@dataclass(frozen=True)
class LinkCounts:
    """Facts both coders marked, and of those the ones whose links agree."""

    district: int = 0  # facts compared
    district_same: int = 0
    district_off: int = 0  # of those, facts at least one coder puts off the jurisdiction
    district_off_same: int = 0
    project: int = 0  # AMOUNT and TARGET facts compared
    project_same: int = 0
    project_given: int = 0  # of those, facts at least one coder gives a project
    project_given_same: int = 0

    def __add__(self, other: LinkCounts) -> LinkCounts:
        return LinkCounts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def as_dict(self) -> dict[str, Any]:
        def share(same: int, n: int) -> dict[str, Any]:
            return {"compared": n, "same": same, "agreement": round(same / n, 4) if n else None}
        return {"district": {**share(self.district_same, self.district),
                             "off_jurisdiction": share(self.district_off_same, self.district_off)},
                "project": {**share(self.project_same, self.project),
                            "given": share(self.project_given_same, self.project_given)}}


def ratio(same: int, n: int) -> float | None:
    return same / n if n else None


class Fact(NamedTuple):
    """A PROJECT, AMOUNT or TARGET span of one coder with what their links say of it."""

    span: Interval
    label: str
    district: District | None  # None: neither linked nor a jurisdiction known
    district_span: Interval | None  # the DISTRICT span linked to
    off: bool  # the district is not the jurisdiction
    project: Interval | None


@dataclass
class CoderDoc:
    """One coder's facts in one document and the DISTRICT and PROJECT spans their links may go to."""

    facts: list[Fact]
    districts: list[Interval]
    projects: list[Interval]


def same_district(a: District | None, b: District | None) -> bool:
    if a is None or b is None:
        return a is b
    if a.code and b.code:
        return canonical(a.code) == canonical(b.code)  # 350206000000 is 350206 (湖里区)
    return a.name == b.name


def _paired(a: Sequence[Interval], b: Sequence[Interval]) -> set[tuple[Interval, Interval]]:
    return {(a[i], b[j]) for i, j in overlap_pairs(a, b)}


def _same_target(x: Interval | None, y: Interval | None, paired: set[tuple[Interval, Interval]]) -> bool:
    return x is not None and y is not None and (x == y or (x, y) in paired)


def compare(a: CoderDoc, b: CoderDoc, labels: Iterable[str]) -> dict[str, LinkCounts]:
    """{label: counts} of two coders' facts in one document."""
    districts, projects = _paired(a.districts, b.districts), _paired(a.projects, b.projects)
    out = {}
    for label in labels:
        fa, fb = ([f for f in c.facts if f.label == label] for c in (a, b))
        counts = [0] * 8
        for i, j in overlap_pairs([f.span for f in fa], [f.span for f in fb]):
            x, y = fa[i], fb[j]
            same = _same_target(x.district_span, y.district_span, districts) or same_district(x.district, y.district)
            counts[0] += 1
            counts[1] += same
            if x.off or y.off:
                counts[2] += 1
                counts[3] += same
            if label != "PROJECT":
                same = (x.project is None and y.project is None) or _same_target(x.project, y.project, projects)
                counts[4] += 1
                counts[5] += same
                if x.project is not None or y.project is not None:
                    counts[6] += 1
                    counts[7] += same
        out[label] = LinkCounts(*counts)
    return out


def coder_docs(spans: Iterable[Annotation], links: Iterable[Link], targets: Mapping[int, Annotation],
               document: Callable[[int], Document], statuses: Sequence[str]) -> dict[tuple[str, int], CoderDoc]:
    """{(coder, document id): CoderDoc} from the compared coders' spans (with ids), the links of
    those spans, every span a link may go to by id, and each document by id (for its jurisdiction)."""
    spans = list(spans)
    resolved = resolve(links, targets, statuses)
    district_spans: defaultdict[int, list[Annotation]] = defaultdict(list)
    for s in spans:
        if s.label == "DISTRICT":
            district_spans[s.document_id].append(s)
    juris: dict[int, District | None] = {}

    def home(doc: int) -> District | None:
        if doc not in juris:
            j = jurisdiction_of(document(doc), district_spans.get(doc, ()))
            juris[doc] = j.district if j is not None else None
        return juris[doc]

    out: dict[tuple[str, int], CoderDoc] = {}
    for s in spans:
        mine = out.setdefault((s.annotator, s.document_id), CoderDoc([], [], []))
        if s.label == "DISTRICT":
            mine.districts.append((s.start, s.end))
        elif s.label == "PROJECT":
            mine.projects.append((s.start, s.end))
        if s.label not in FACT_LABELS or s.id is None:
            continue
        r = resolved.get(s.id, Resolved())
        linked = r.district_link is not None
        district = r.district if linked else home(s.document_id)
        target, project = r.district_span if linked else None, r.project
        mine.facts.append(Fact((s.start, s.end), s.label, district,
                               (target.start, target.end) if target is not None else None,
                               district is not None and not same_district(district, home(s.document_id)),
                               (project.start, project.end) if project is not None else None))
    return out


def has_links(links: Iterable[Link], source_ids: Mapping[int, str]) -> set[str]:
    """The coders (by their spans' ids) with at least one link of a fact."""
    return {source_ids[link.source_id] for link in links if link.source_id in source_ids and link.kind in KINDS}


def pair_links(store: Store, spans: Sequence[Annotation], coders: Sequence[str], statuses: Sequence[str],
               labels: Sequence[str], doc_ids: Sequence[int] | None) -> dict[tuple[str, str], dict[str, LinkCounts]]:
    """{(a, b): {fact label: counts}} for each pair of ``coders`` (in that order) of which at least
    one coder linked a fact: with no link on either side every fact would agree by default."""
    fact_labels = [label for label in FACT_LABELS if label in labels]
    by_id = {s.id: s for s in spans if s.id is not None}
    owner = {i: s.annotator for i, s in by_id.items()}
    links = [link for link in store.links(statuses=statuses, doc_ids=doc_ids) if link.source_id in owner]
    linked = has_links(links, owner)
    if not fact_labels or not linked:
        return {}
    targets = dict(by_id)
    for link in links:  # a link may go to a span of another layer (a DISTRICT nobody of these marked)
        if link.target_id is not None and link.target_id not in targets:
            with suppress(SpanGone):
                targets[link.target_id] = store.annotation(link.target_id)
    found = coder_docs(spans, links, targets, store.document, statuses)
    coded: defaultdict[str, set[int]] = defaultdict(set)
    for who, doc in found:
        coded[who].add(doc)
    out = {}
    for a, b in combinations(coders, 2):
        if a not in linked and b not in linked:
            continue
        total = {label: LinkCounts() for label in fact_labels}
        for doc in sorted(coded[a] & coded[b]):
            for label, counts in compare(found[(a, doc)], found[(b, doc)], fact_labels).items():
                total[label] += counts
        out[(a, b)] = total
    return out

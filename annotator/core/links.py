"""Links between spans: which spans may link to which, and what a link says.

A link joins a span to what it concerns (the guide's LINKS section):

- ``district``: a PROJECT, AMOUNT or TARGET → the DISTRICT it concerns (a DISTRICT span of the
  document, or, when the district is named by no span — a document's jurisdiction often is
  not —, a district given by name and code in the link's value);
- ``project``: an AMOUNT or TARGET → the PROJECT it is for.

Origins say how a link was found: ``manual``, ``nested`` (a district named inside the
span), ``clause`` (the district that governs the clause), ``project`` (the district of the
span's project), ``jurisdiction`` (the document's), ``attribute`` (a project's own figure).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple, TypeVar

from annotator.core.models import Annotation, Link
from annotator.core.span_row import Spanlike

DISTRICT, PROJECT = "district", "project"
KINDS = (DISTRICT, PROJECT)
# kind -> (labels that may have such a link, the label of the span it points to)
RULES: dict[str, tuple[frozenset[str], str]] = {
    DISTRICT: (frozenset({"PROJECT", "AMOUNT", "TARGET"}), "DISTRICT"),
    PROJECT: (frozenset({"AMOUNT", "TARGET"}), "PROJECT"),
}
S = TypeVar("S", bound=Spanlike)
ORIGINS = ("manual", "nested", "clause", "project", "jurisdiction", "attribute", "imported")


def can_link(kind: str, source_label: str, target_label: str | None) -> bool:
    """Whether a span of ``source_label`` may have a ``kind`` link to a span of ``target_label``
    (None: no span, a district given by its value)."""
    if kind not in RULES:
        return False
    sources, target = RULES[kind]
    if source_label not in sources:
        return False
    return target_label == target or (target_label is None and kind == DISTRICT)


def kinds_for(label: str) -> tuple[str, ...]:
    """The kinds of link a span of ``label`` may have."""
    return tuple(k for k in KINDS if label in RULES[k][0])


def target_label(kind: str) -> str:
    return RULES[kind][1]


class District(NamedTuple):
    """A district by its name and, when known, its administrative code."""

    name: str
    code: str | None = None

    def __str__(self) -> str:
        return f"{self.name} {self.code}" if self.code else self.name


def district_of(link: Link, target: Annotation | None) -> District | None:
    """The district a district link names: its target span's value (name, code), else its own; a
    code the link keeps beside its span (a gold links file that gives a township's code its span's
    value lacks) completes a span without one."""
    value: Mapping[str, Any] = link.value
    if target is not None:
        value = {"name": target.value.get("name") or target.text,
                 "code": target.value.get("code") or (link.value or {}).get("code")}
    name = value.get("name")
    if not name:
        return None
    code = value.get("code")
    return District(str(name), str(code) if code else None)


class Resolved(NamedTuple):
    """What the links of one span say: its district and its project (None when not linked)."""

    district: District | None = None
    district_span: Annotation | None = None
    district_link: Link | None = None
    project: Annotation | None = None
    project_link: Link | None = None

    @property
    def how(self) -> str:
        """How the district (else the project) was found: the link's origin."""
        link = self.district_link or self.project_link
        return link.origin if link is not None else ""


def resolve(links: Iterable[Link], annotations: Mapping[int, Annotation],
            statuses: Iterable[str] = ("accepted", "suggested")) -> dict[int, Resolved]:
    """{span id: Resolved} from the links of a document or a project and its spans by id.
    Rejected links are ignored; an accepted link wins over a suggested one."""
    wanted = set(statuses)
    best: dict[tuple[int, str], Link] = {}
    for link in links:
        if link.status not in wanted:
            continue
        key = (link.source_id, link.kind)
        old = best.get(key)
        if old is None or (old.status != "accepted" and link.status == "accepted"):
            best[key] = link
    out: dict[int, Resolved] = {}
    for (source, kind), link in best.items():
        target = annotations.get(link.target_id) if link.target_id is not None else None
        r = out.get(source, Resolved())
        if kind == DISTRICT:
            r = Resolved(district_of(link, target), target, link, r.project, r.project_link)
        elif target is not None:
            r = Resolved(r.district, r.district_span, r.district_link, target, link)
        out[source] = r
    return out


def describe(link: Link, target: Annotation | None) -> str:
    """One line for the window's form: "district: 湖里区 350206", "for project: 松元产业园"."""
    if link.kind == PROJECT:
        return f"for project: {target.text if target is not None else '?'}"
    district = district_of(link, target)
    return f"district: {district if district is not None else '?'}"


def nearest_target(source: Annotation, spans: Iterable[Annotation], kind: str = DISTRICT) -> Annotation | None:
    """The span a ``kind`` link of ``source`` goes to when the user names none (the window's L):
    a target nested in the span, else the nearest one before it, else the nearest after it."""
    label = target_label(kind)
    if source.label not in RULES[kind][0]:
        return None
    targets = [a for a in spans if a.label == label and a.status != "rejected" and a.id != source.id]
    nested = [a for a in targets if source.start <= a.start and a.end <= source.end]
    before = [a for a in targets if a.end <= source.start]
    after = [a for a in targets if a.start >= source.end]
    if nested:
        return nested[0]
    if before:
        return max(before, key=lambda a: a.end)
    return min(after, key=lambda a: a.start) if after else None


def link_for_key(source: Annotation, hovered: Annotation | None,
                 spans: Iterable[Annotation]) -> tuple[str, Annotation] | None:
    """What the window's L links ``source`` to: (kind, target). The span under the mouse when a
    link of some kind may go to it, else the nearest district (:func:`nearest_target`); None
    when neither may be linked."""
    kind = next((k for k in KINDS if hovered is not None and can_link(k, source.label, hovered.label)), None)
    target = hovered
    if kind is None:
        kind, target = DISTRICT, nearest_target(source, spans, DISTRICT)
    if target is None or not can_link(kind, source.label, target.label):
        return None
    return kind, target


def _distance(source: Spanlike, span: Spanlike) -> tuple[int, int, int]:
    """How far ``span`` is from ``source``: 0 when they overlap, else the characters between them;
    at a tie the one before it first (the text names a project before its figures more often)."""
    if span.end <= source.start:
        return source.start - span.end, 0, span.start
    if span.start >= source.end:
        return span.start - source.end, 1, span.start
    return 0, 0, span.start


SENTENCE_ENDS = frozenset("。！？!?；;\n")  # as the tables' sentence column splits them (export/sentences.py)
CLAUSE_ENDS = SENTENCE_ENDS | frozenset("，,：:")  # 、 joins the items of a list: no end
LOOK = 2000  # characters looked through each side for an end (a text without 。 has none)


def around(text: str, start: int, end: int, ends: frozenset[str] = SENTENCE_ENDS) -> tuple[int, int]:
    """The bounds of the sentence (``CLAUSE_ENDS``: the clause) that holds text[start:end]."""
    lo = next((i + 1 for i in range(start - 1, max(-1, start - LOOK - 1), -1) if text[i] in ends),
              max(0, start - LOOK))
    hi = next((i + 1 for i in range(end, min(len(text), end + LOOK)) if text[i] in ends), min(len(text), end + LOOK))
    return lo, hi


def link_choices(source: Spanlike, spans: Iterable[S], text: str | None = None) -> list[tuple[str, S]]:
    """What the window's *Link to…* lists for ``source`` (spans of its document): (kind, span) for each
    span it may be linked to — an AMOUNT's or TARGET's projects and districts, a PROJECT's districts —,
    the nearest first whatever its kind (:func:`_distance`; at a tie a project first); given the
    document's ``text``, the spans of the source's clause first, then those of its sentence. So the
    district named in the clause of an amount (湖里区安排资金12亿元，集美区…) comes first, not after every
    project of the paragraphs above it. The source and rejected spans are left out; a span whose label
    may have no link gets none."""
    kinds = sorted(kinds_for(source.label), key=lambda k: k != PROJECT)
    targets = [a for a in spans if a.status != "rejected" and a.id != source.id]
    if text is None:
        sentence = clause = (source.start, source.end)
    else:
        sentence, clause = around(text, source.start, source.end), around(text, source.start, source.end, CLAUSE_ENDS)

    (clause_start, clause_end), (sentence_start, sentence_end) = clause, sentence

    def order(found: tuple[int, str, S]) -> tuple[bool, bool, tuple[int, int, int], int]:
        a = found[2]
        start, end = a.start, a.end  # read once: 4,000 districts to order in a long report
        return (not (clause_start <= start and end <= clause_end),
                not (sentence_start <= start and end <= sentence_end), _distance(source, a), found[0])

    labels = [target_label(kind) for kind in kinds]
    found = [(rank, kind, a) for rank, kind in enumerate(kinds) for a in targets if a.label == labels[rank]]
    found.sort(key=order)
    return [(kind, a) for _rank, kind, a in found]

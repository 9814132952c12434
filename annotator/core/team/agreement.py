"""How far coders agree: per label and overall, for each pair of coders and for all together.

A coder is an annotator name (``""``, no name, is a coder too). Only spans of the chosen
statuses count (default accepted: what coders decided; adding suggested compares open
suggestions as they stand, their annotator mostly ``""``); rejected spans never do (a coder's
"not this" is no code of theirs).

**Which documents count.** For a pair: the documents in which each of the two coders has at least
one span (of the chosen statuses, of any label): a document one of them has not coded is not a
disagreement. For all together: the documents at least two coders coded. The documents one coder
alone coded are named (``alone``, :mod:`.uncompared`): a merge adds a coder's copy whose text
differs under a free name, and that coder is compared with the others on the rest only.

For each pair and each label (and ``overall``, all chosen labels together):

- ``exact_f1``: 2·m / (n_a + n_b), m the spans with the same start and end in both (one to one);
  ``overlap_f1`` the same with m the largest one-to-one matching of spans that share a character
  (:mod:`.matching`). With one coder as reference this is the F1 of the other; it is the same
  whichever coder is the reference. None when neither coder has a span.
- ``kappa``: Cohen's κ per character and ``alpha``: Krippendorff's α (nominal) per character
  (:mod:`.units`: the unit is one code point of the documents compared; its category, for a
  label, the label or "O"; overall, the set of labels covering it).
- ``values_compared`` / ``values_same``: the exactly matched spans whose values can be compared
  (both fill the division code, the yuan, the target's quantity and unit …) and those that agree.

- ``links`` (rows of PROJECT, AMOUNT, TARGET and overall; None when neither coder linked a fact):
  of the facts both coders marked (paired by overlap), those whose district and project links
  agree (:mod:`.link_agreement`).

For all together (three coders or more): α over every coder (a coder who did not code a document
is missing there), the means of the pairs' F1 and κ (the mean of pairwise κ is Light's κ), and the
sums of the pairs' value and link counts.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from itertools import combinations
from statistics import fmean
from typing import Any, NamedTuple

import numpy as np

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.core.team import units
from annotator.core.team.link_agreement import LinkCounts, pair_links
from annotator.core.team.matching import exact_matches, overlap_matches, values_agree
from annotator.core.team.uncompared import Alone, alone, coded_documents
from annotator.core.team.unnamed import program_suggestions, unnamed_note, unnamed_spans

OVERALL = "overall"
ALL = "all"
DEFAULT_STATUSES = ("accepted",)
UNIT = "character (code point) of the documents compared; category: the label, or O (overall: the labels covering it)"


class Span(NamedTuple):
    doc: int
    start: int
    end: int
    label: str
    value: Mapping[str, Any]


@dataclass(frozen=True)
class Row:
    """One line of the agreement table: a pair of coders (or all of them) and a label (or overall)."""

    coders: tuple[str, ...]  # two names, or every coder (ALL)
    label: str  # a label, or OVERALL
    documents: int
    characters: int  # the units of kappa and alpha
    spans: tuple[int, ...]  # each coder's spans of the label in those documents
    exact: int | None  # spans matched exactly (None for all together)
    overlap: int | None
    exact_f1: float | None
    overlap_f1: float | None
    kappa: float | None
    alpha: float | None
    values_compared: int
    values_same: int
    links: LinkCounts | None = None  # PROJECT, AMOUNT, TARGET and overall, when a coder linked (.link_agreement)

    @property
    def group(self) -> str:
        return ALL if len(self.coders) > 2 else " / ".join(c or '""' for c in self.coders)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["group"] = self.group
        for key in ("exact_f1", "overlap_f1", "kappa", "alpha"):
            d[key] = None if d[key] is None else round(d[key], 4)
        d["links"] = self.links.as_dict() if self.links is not None else None
        return d


@dataclass(frozen=True)
class Agreement:
    coders: tuple[str, ...]
    labels: tuple[str, ...]
    statuses: tuple[str, ...]
    rows: tuple[Row, ...]
    unit: str = UNIT
    alone: tuple[Alone, ...] = ()  # documents one coder alone coded: not compared (.uncompared)
    unnamed: int = 0  # spans of the statuses in no coder's layer (no annotator name), not among the coders
    suggestions: int = 0  # the program's open suggestions in no coder's layer, not counted in unnamed (.unnamed)

    def as_dict(self) -> dict[str, Any]:
        return {"coders": list(self.coders), "labels": list(self.labels), "statuses": list(self.statuses),
                "unit": self.unit, "rows": [r.as_dict() for r in self.rows],
                "not_compared": [a.as_dict() for a in self.alone], "unnamed_spans": self.unnamed,
                "open_suggestions": self.suggestions}

    def row(self, coders: Sequence[str], label: str = OVERALL) -> Row:
        for r in self.rows:
            if r.label == label and (set(r.coders) == set(coders) or (tuple(coders) == (ALL,) and len(r.coders) > 2)):
                return r
        raise KeyError((tuple(coders), label))


def coders_of(store: Store, statuses: Iterable[str] = DEFAULT_STATUSES) -> list[str]:
    """The annotator names with spans of ``statuses`` in ``store`` (spans without a name belong to
    no coder: they count only when ``""`` is named among the coders), but an adjudicated layer
    (``gold`` after adjudication): it is made from the coders' spans, so it would count as a coder
    agreeing with each of them. Named among the coders, it is compared like any other (gold
    imported from a file under a name is a coder: ``import-annotations --annotator gold``)."""
    wanted, layers = set(statuses), store.adjudicated_layers()
    return sorted({who for who, _label, status in store.count_by_annotator()
                   if who and who not in layers and status in wanted})


def project_agreement(store: Store, *, annotators: Iterable[str] | None = None,
                      statuses: Iterable[str] = DEFAULT_STATUSES, labels: Iterable[str] | None = None,
                      doc_ids: Iterable[int] | None = None) -> Agreement:
    """The agreement of the coders of ``store`` (``annotators``, default :func:`coders_of`) on
    ``labels`` (default all of the project's) in ``doc_ids`` (default all documents)."""
    statuses = tuple(statuses)
    if "rejected" in statuses:
        raise AnnotatorError(f"rejected spans say 'not this' and are never compared: the agreement of {store.folder} "
                             "counts the spans coders marked (accepted, and suggested when asked)")
    store.check_label_names(labels)
    named = coders_of(store, statuses)
    have = ", ".join(repr(c) for c in named) or "nobody"
    coders = list(dict.fromkeys(annotators)) if annotators is not None else named
    unnamed = unnamed_spans(store, statuses) if "" not in coders else 0
    suggestions = program_suggestions(store, statuses) if "" not in coders else 0
    if len(coders) < 2:
        note = unnamed_note(unnamed, statuses, suggestions)
        raise AnnotatorError(f"agreement needs two coders; the spans ({', '.join(statuses)}) in {store.folder} "
                             f"are by {have}" + (f"; {note}" if note else ""))
    present = {who for who, _label, status in store.count_by_annotator() if status in statuses}
    for name in coders:
        if name not in present:
            raise AnnotatorError(f"no spans ({', '.join(statuses)}) by {name!r} in {store.folder}; they are by {have}")
    by_coder: defaultdict[str, list[Span]] = defaultdict(list)
    docs = list(doc_ids) if doc_ids is not None else None
    annotations = list(store.iter_annotations(statuses=list(statuses), annotators=coders, doc_ids=docs))
    for a in annotations:
        by_coder[a.annotator].append(Span(a.document_id, a.start, a.end, a.label, a.value))
    stored = {d.id: d for d in store.documents() if d.id is not None}
    lengths = {i: d.char_count for i, d in stored.items()}
    chosen = list(labels) if labels else store.label_names()
    result = agreement(by_coder, lengths, chosen, coders, statuses)
    coded = coded_documents(((a.annotator, a.document_id) for a in annotations), coders)
    result = replace(result, alone=alone(coded, {i: d.name for i, d in stored.items()}), unnamed=unnamed,
                     suggestions=suggestions)
    return with_links(result, pair_links(store, annotations, result.coders, statuses, chosen, docs))


def with_links(result: Agreement, pairs: Mapping[tuple[str, str], Mapping[str, LinkCounts]]) -> Agreement:
    """``result`` with the link agreement of each pair (:mod:`.link_agreement`) on its rows of
    fact labels and overall; all together, the sums of the pairs'."""
    rows = []
    for r in result.rows:
        if len(r.coders) == 2:
            per_label = pairs.get((r.coders[0], r.coders[1]))
            mine = [per_label] if per_label is not None else []
        else:
            mine = list(pairs.values())
        counts = [c[r.label] if r.label in c else sum(c.values(), LinkCounts()) if r.label == OVERALL else None
                  for c in mine]
        present = [c for c in counts if c is not None]
        rows.append(replace(r, links=sum(present, LinkCounts())) if present else r)
    return replace(result, rows=tuple(rows))


def agreement(spans: Mapping[str, Sequence[Span]], lengths: Mapping[int, int], labels: Sequence[str],
              coders: Sequence[str] | None = None, statuses: Sequence[str] = DEFAULT_STATUSES) -> Agreement:
    """The agreement of ``coders`` (default: every key of ``spans``) on ``labels``, from each coder's
    spans and the documents' lengths in characters."""
    coders = list(dict.fromkeys(coders if coders is not None else sorted(spans)))
    coded = coded_documents(((c, s.doc) for c in coders for s in spans.get(c, ())), coders)
    rows: list[Row] = []
    for a, b in combinations(coders, 2):
        rows += _pair(a, b, spans, sorted(coded[a] & coded[b]), lengths, labels)
    if len(coders) > 2:
        rows += _group(coders, spans, coded, lengths, labels, rows)
    return Agreement(tuple(coders), tuple(labels), tuple(statuses), tuple(rows))


def _by_doc_label(spans: Iterable[Span], docs: set[int], labels: Sequence[str]) -> dict[tuple[int, str], list[Span]]:
    out: dict[tuple[int, str], list[Span]] = defaultdict(list)
    wanted = set(labels)
    for s in spans:
        if s.doc in docs and s.label in wanted:
            out[(s.doc, s.label)].append(s)
    return out


def _codes(spans: Iterable[Span], docs: Sequence[int], lengths: Mapping[int, int], labels: Sequence[str],
           coded: set[int] | None = None) -> units.Codes:
    """A coder's codes of every character of ``docs`` in a row (MISSING in a document not ``coded``)."""
    position = {label: i for i, label in enumerate(labels)}
    per_doc: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for s in spans:
        if s.label in position:
            per_doc[s.doc].append((s.start, s.end, position[s.label]))
    parts = [units.label_bits(lengths[d], per_doc.get(d, ())) if coded is None or d in coded
             else np.full(lengths[d], units.MISSING, dtype=np.int64) for d in docs]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _f1(matched: int, n_a: int, n_b: int) -> float | None:
    return 2 * matched / (n_a + n_b) if n_a + n_b else None


def _pair(a: str, b: str, spans: Mapping[str, Sequence[Span]], docs: list[int], lengths: Mapping[int, int],
          labels: Sequence[str]) -> list[Row]:
    ga, gb = (_by_doc_label(spans.get(c, ()), set(docs), labels) for c in (a, b))
    codes_a, codes_b = (_codes(spans.get(c, ()), docs, lengths, labels) for c in (a, b))
    rows = []
    totals = np.zeros(6, dtype=np.int64)  # n_a, n_b, exact, overlap, values compared, values same
    for i, label in enumerate(labels):
        counts = np.zeros(6, dtype=np.int64)
        for doc in docs:
            sa, sb = ga.get((doc, label), []), gb.get((doc, label), [])
            ia, ib = [(s.start, s.end) for s in sa], [(s.start, s.end) for s in sb]
            compared, same = _values(label, sa, sb)
            counts += (len(sa), len(sb), exact_matches(ia, ib), overlap_matches(ia, ib), compared, same)
        totals += counts
        la, lb = units.one_label(codes_a, i), units.one_label(codes_b, i)
        rows.append(_row((a, b), label, docs, len(codes_a), counts, units.cohen_kappa(la, lb),
                         units.krippendorff_alpha(np.vstack([la, lb]))))
    rows.insert(0, _row((a, b), OVERALL, docs, len(codes_a), totals, units.cohen_kappa(codes_a, codes_b),
                        units.krippendorff_alpha(np.vstack([codes_a, codes_b]))))
    return rows


def _values(label: str, sa: Sequence[Span], sb: Sequence[Span]) -> tuple[int, int]:
    """(compared, same) over the exactly matched spans of one label in one document."""
    first_b: dict[tuple[int, int], Span] = {}
    for s in sb:
        first_b.setdefault((s.start, s.end), s)
    compared = same = 0
    for s in sa:
        other = first_b.pop((s.start, s.end), None)
        verdict = values_agree(label, s.value, other.value) if other is not None else None
        if verdict is not None:
            compared += 1
            same += verdict
    return compared, same


def _row(coders: tuple[str, str], label: str, docs: list[int], chars: int, counts: Any,
         kappa: float | None, alpha: float | None) -> Row:
    n_a, n_b, exact, overlap, compared, same = (int(x) for x in counts)
    return Row(coders, label, len(docs), chars, (n_a, n_b), exact, overlap, _f1(exact, n_a, n_b),
               _f1(overlap, n_a, n_b), kappa, alpha, compared, same)


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return fmean(present) if present else None


def _group(coders: list[str], spans: Mapping[str, Sequence[Span]], coded: Mapping[str, set[int]],
           lengths: Mapping[int, int], labels: Sequence[str], pairs: list[Row]) -> list[Row]:
    """All coders together: α with missing documents; the means of the pairs' F1 and κ."""
    docs = sorted(d for d in set().union(*coded.values()) if sum(d in coded[c] for c in coders) >= 2)
    matrix = np.vstack([_codes(spans.get(c, ()), docs, lengths, labels, coded[c]) for c in coders])
    rows = []
    for label in (OVERALL, *labels):
        mine = [r for r in pairs if r.label == label]
        if label == OVERALL:
            codes = matrix
        else:
            codes = np.vstack([units.one_label(row, labels.index(label)) for row in matrix])
        per_coder = tuple(sum(1 for s in spans.get(c, ()) if s.doc in docs and s.doc in coded[c]
                              and (label == OVERALL and s.label in labels or s.label == label)) for c in coders)
        rows.append(Row(tuple(coders), label, len(docs), matrix.shape[1], per_coder, None, None,
                        _mean(r.exact_f1 for r in mine), _mean(r.overlap_f1 for r in mine),
                        _mean(r.kappa for r in mine), units.krippendorff_alpha(codes),
                        sum(r.values_compared for r in mine), sum(r.values_same for r in mine)))
    return rows

"""Precision, recall and F1 of predicted spans against gold spans, exact and by overlap, and
the accuracy of the values of matched spans (the district code, the yuan figure, the target's
quantity and unit)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from annotator.core.labels import compare_groups, in_order

ValueKey = tuple[tuple[str, object], ...]  # (field, comparable value) pairs


class Span(NamedTuple):
    doc: str
    start: int
    end: int
    label: str
    value: ValueKey | None = None  # what is compared of the value (value_key); None: nothing to compare


def value_key(label: str, value: dict[str, Any] | None, every: bool = False) -> ValueKey | None:
    """What of ``value`` is compared for ``label``: the first group of fields it has, or None.

    The groups are the label schema's ``compare`` (``labels.py``): a DISTRICT by its code (by its
    name where gold has no code), an AMOUNT by its yuan figure, a TARGET by quantity and unit.
    ``every``: the fields of every group the value has - for a prediction, which is compared in
    whichever group its gold value gives (a township with its code against gold naming it only).
    """
    if not value:
        return None
    out: list[tuple[str, object]] = []
    for fields in compare_groups(label):
        if all(value.get(f) not in (None, "") for f in fields):
            group = [(f, _comparable(value[f])) for f in fields]
            if not every:
                return tuple(group)
            out += [pair for pair in group if pair not in out]
    return tuple(out) or None


def _comparable(v: object) -> object:
    """Numbers compare as numbers (5510000000 == 5.51e9), rounded off float noise."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return v
    return round(float(v), 6)


def _values_match(gold: ValueKey, pred: ValueKey | None) -> bool:
    """The prediction has the same value in the fields gold gives."""
    if pred is None:
        return False
    got = dict(pred)
    return all(got.get(f) == v for f, v in gold)


@dataclass(frozen=True)
class Score:
    tp: int
    gold: int
    pred: int

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "gold": self.gold, "pred": self.pred}


def _overlap_pairs(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one matching of intersecting spans (greedy by largest intersection)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            inter = min(g.end, p.end) - max(g.start, p.start)
            if inter > 0:
                pairs.append((-inter, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched: list[tuple[Span, Span]] = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gold[gi], pred[pi]))
    return matched


def score(gold: Iterable[Span], pred: Iterable[Span], order: Sequence[str] = ()) -> dict[str, Any]:
    """``{"labels": {L: {"exact": {...}, "overlap": {...}, "value": {...}}}, "overall": {...}}``.

    ``value``: of the spans matched by overlap whose gold value has something to compare
    (:func:`value_key`), how many the prediction gives the same value: compared, correct,
    accuracy (None when nothing was compared). Labels in ``order`` (a project's), any other after
    them by name.
    """
    gold_by: defaultdict[tuple[str, str], list[Span]] = defaultdict(list)
    pred_by: defaultdict[tuple[str, str], list[Span]] = defaultdict(list)
    for s in set(gold):
        gold_by[(s.doc, s.label)].append(s)
    for s in set(pred):
        pred_by[(s.doc, s.label)].append(s)
    labels = in_order({k[1] for k in gold_by} | {k[1] for k in pred_by}, order)
    result: dict[str, Any] = {"labels": {}}
    totals = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
    value_totals = [0, 0]
    for label in labels:
        counts = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
        values = [0, 0]  # compared, correct
        for key in set(gold_by) | set(pred_by):
            if key[1] != label:
                continue
            g, p = gold_by.get(key, []), pred_by.get(key, [])
            exact = len({(s.start, s.end) for s in g} & {(s.start, s.end) for s in p})
            matched = _overlap_pairs(g, p)
            for kind, tp in (("exact", exact), ("overlap", len(matched))):
                counts[kind][0] += tp
                counts[kind][1] += len(g)
                counts[kind][2] += len(p)
            for gs, ps in matched:
                if gs.value is not None:
                    values[0] += 1
                    values[1] += _values_match(gs.value, ps.value)
        result["labels"][label] = {}
        for kind, (tp, ng, npred) in counts.items():
            result["labels"][label][kind] = Score(tp, ng, npred).as_dict()
            for i, v in enumerate((tp, ng, npred)):
                totals[kind][i] += v
        result["labels"][label]["value"] = _value_dict(*values)
        value_totals[0] += values[0]
        value_totals[1] += values[1]
    result["overall"] = {k: Score(*v).as_dict() for k, v in totals.items()}
    result["overall"]["value"] = _value_dict(*value_totals)
    return result


def share(part: int, whole: int) -> float | None:
    """``part / whole``, None when there is nothing to divide by: a score of an empty class is not
    known (JSON null; "n/a" as text), rather than a 0 that reads as all wrong."""
    return part / whole if whole else None


def shown(x: float | None) -> str:
    """A score as the text tables show it: three decimals, "n/a" when it is not known."""
    return "n/a" if x is None else f"{x:.3f}"


def _value_dict(compared: int, correct: int) -> dict[str, Any]:
    accuracy = share(correct, compared)
    return {"compared": compared, "correct": correct, "accuracy": None if accuracy is None else round(accuracy, 4)}

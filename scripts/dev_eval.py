"""Score the built-in suggesters on the gold corpus without a project: python scripts/dev_eval.py [LABEL...]"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from annotator.core.evaluate import Span, score
from annotator.core.suggest import default_suggesters

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main(argv: list[str]) -> None:
    labels = {a for a in argv if not a.startswith("-")} or None
    gold, pred = [], []
    for txt in sorted(CORPUS.glob("*.txt")):
        text = txt.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        for line in open(txt.with_suffix(".gold.jsonl"), encoding="utf-8"):
            d = json.loads(line)
            if labels is None or d["label"] in labels:
                gold.append(Span(txt.name, d["start"], d["end"], d["label"]))
        for sg in default_suggesters():
            for s in sg.suggest(text):
                if labels is None or s.label in labels:
                    assert text[s.start:s.end] == s.text, s
                    pred.append(Span(txt.name, s.start, s.end, s.label))
    result = score(gold, pred)
    for label, kinds in result["labels"].items():
        print(label, "exact", kinds["exact"], "overlap", kinds["overlap"])
    if "-v" in argv:
        gs, ps = set(gold), set(pred)
        for s in sorted(gs - ps):
            print("MISS", s)
        for s in sorted(ps - gs):
            print("EXTRA", s)


if __name__ == "__main__":
    main(sys.argv[1:])

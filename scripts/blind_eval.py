"""Score the built-in suggesters on the blind set (tests/data/blind), like holdout_eval.py.

python scripts/blind_eval.py [LABEL...] [-v]

The blind articles were written for this project (styles and places unlike the dev corpus
and the held-out set) before the suggester rules were read; their gold is built from
tests/data/blind/src/*.marked by tests/data/blind/build_gold.py. Once rules are tuned on
what this script prints, the set is no longer blind: record the first scores, not the last.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout_eval import evaluate  # noqa: E402

BLIND = Path(__file__).resolve().parents[1] / "tests" / "data" / "blind"


def main(argv: list[str]) -> None:
    labels = {a for a in argv if not a.startswith("-")} or None
    result, gold, pred, texts = evaluate(labels, BLIND)
    for label, kinds in result["labels"].items():
        print(label, "exact", kinds["exact"], "overlap", kinds["overlap"])
    if "-v" in argv:
        gs, ps = set(gold), set(pred)
        for tag, spans in (("MISS", gs - ps), ("EXTRA", ps - gs)):
            for s in sorted(spans):
                print(tag, s.label, s.doc, s.start, texts[s.doc][s.start:s.end])


if __name__ == "__main__":
    main(sys.argv[1:])

"""Score the built-in suggesters on a set of articles with gold annotations, without a project.

    python scripts/eval_suggesters.py {dev,reports,reports-held,holdout,blind,blind2} [LABEL ...] [-v]

dev:     ../shared/corpus or $ANNOTATOR_SHARED/corpus (the two development articles)
reports: ../shared/reports without the two held back (吉林 辽源 2015, 甘肃 天水 2020, 山西 晋城
         2020, 湖北 十堰 2025): real city work reports, the development set of issue 13
reports-held: ../shared/reports/hechi_2015 and binzhou_2024 (广西 河池, 山东 滨州), held back
         from rule work until the end: the honest estimate for unseen real reports
holdout: tests/data/holdout (original articles from other regions and years; tuned on)
blind:   tests/data/blind (written before the rules were read; record first scores, not last)
blind2:  tests/data/blind2 (a second blind set, written the same way; 晋江 2022, 南岗 2021, 凉山 2024)
Their gold is built from src/*.marked by each folder's build_gold.py. -v lists misses and extras.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from annotator.core.evaluation import score_folder
from annotator.core.suggest import default_suggesters

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ANNOTATOR_SHARED") or ROOT.parent / "shared")
HELD_BACK = ("hechi_2015", "binzhou_2024")
REPORTS_DEV = ("liaoyuan_2015", "tianshui_2020", "jincheng_2020", "shiyan_2025")
# name: (folder, file stems or None for all)
SETS = {"dev": (SHARED / "corpus", None), "reports": (SHARED / "reports", REPORTS_DEV),
        "reports-held": (SHARED / "reports", HELD_BACK),
        "holdout": (ROOT / "tests" / "data" / "holdout", None),
        "blind": (ROOT / "tests" / "data" / "blind", None), "blind2": (ROOT / "tests" / "data" / "blind2", None)}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in SETS:
        print(__doc__, file=sys.stderr)
        return 2
    labels = {a for a in argv[1:] if not a.startswith("-")} or None
    folder, names = SETS[argv[0]]
    result, gold, pred, texts = score_folder(folder, default_suggesters(), labels, names)
    for label, kinds in result["labels"].items():
        print(label, "exact", kinds["exact"], "overlap", kinds["overlap"], "value", kinds["value"])
    if "-v" in argv:
        # by place (a prediction's value key holds every field it has, gold's the one compared)
        gs, ps = {s[:4]: s for s in gold}, {s[:4]: s for s in pred}
        for tag, spans in (("MISS", gs.keys() - ps.keys()), ("EXTRA", ps.keys() - gs.keys())):
            for doc, start, end, label in sorted(spans):
                print(tag, label, doc, start, texts[doc][start:end])
        for place in sorted(gs.keys() & ps.keys()):
            g, p = gs[place], ps[place]
            if g.value is not None and not all(dict(p.value or ()).get(f) == v for f, v in g.value):
                print("VALUE", place[3], place[0], place[1], texts[place[0]][place[1]:place[2]],
                      "gold", dict(g.value), "predicted", dict(p.value or ()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

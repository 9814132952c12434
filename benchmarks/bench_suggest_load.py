"""Load time of the gazetteer and throughput of the DISTRICT and AMOUNT suggesters.

    python benchmarks/bench_suggest_load.py [REPEAT]

Prints timings only; nothing here is asserted (tests must not depend on timing).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"


def main(repeat: int = 20) -> None:
    t0 = time.perf_counter()
    from annotator.core.suggest.gazetteer import load_gazetteer
    t1 = time.perf_counter()
    g = load_gazetteer()
    t2 = time.perf_counter()
    print(f"import: {t1 - t0:.3f} s; gazetteer load: {t2 - t1:.3f} s "
          f"({len(g)} units, {len(g.automaton)} automaton keys)")

    from annotator.core.suggest.amount import AmountSuggester
    from annotator.core.suggest.district import DistrictSuggester

    texts = [p.read_text(encoding="utf-8-sig") for p in sorted(CORPUS.glob("*.txt"))]
    text = "\n".join(texts) * repeat
    for sg in (DistrictSuggester(), AmountSuggester()):
        sg.suggest(text[:1000])
        t = time.perf_counter()
        n = len(sg.suggest(text))
        dt = time.perf_counter() - t
        print(f"{sg.name:10s} {len(text) / dt:12,.0f} chars/s  ({len(text):,} chars, {n} spans)")
    # per-document calls, as the application makes them
    for sg in (DistrictSuggester(), AmountSuggester()):
        t = time.perf_counter()
        for _ in range(repeat):
            for doc in texts:
                sg.suggest(doc)
        dt = time.perf_counter() - t
        print(f"{sg.name:10s} {sum(map(len, texts)) * repeat / dt:12,.0f} chars/s per document")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)

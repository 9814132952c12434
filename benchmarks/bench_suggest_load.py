"""Load time of the gazetteer and throughput of each suggester.

    python benchmarks/bench_suggest_load.py [REPEAT]

Prints timings only; nothing here is asserted (tests must not depend on timing).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from shared_data import missing_reason, shared_files  # noqa: E402  (ANNOTATOR_SHARED or ../shared)


def main(repeat: int = 20) -> None:
    corpus = shared_files("corpus", "*.txt")
    if not corpus:
        sys.exit(missing_reason("corpus", "*.txt"))
    t0 = time.perf_counter()
    from annotator.core.suggest.gazetteer import load_gazetteer
    t1 = time.perf_counter()
    g = load_gazetteer()
    t2 = time.perf_counter()
    print(f"import: {t1 - t0:.3f} s; gazetteer load: {t2 - t1:.3f} s "
          f"({len(g)} units, {len(g.automaton)} automaton keys)")

    from annotator.core.suggest.amount import AmountSuggester
    from annotator.core.suggest.district import DistrictSuggester

    texts = [p.read_text(encoding="utf-8-sig") for p in corpus]
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
    # all four suggesters and the overlap resolution, per document, the segmentation cache
    # cleared before each document (as benchmarks/bench_suggest.py does)
    from annotator.core.suggest import default_suggesters, segment
    from annotator.core.suggest.runner import resolve_overlaps

    suggesters = default_suggesters()
    for sg in suggesters:
        sg.suggest(texts[0][:1000])
    spent = {sg.name: 0.0 for sg in suggesters} | {"resolve": 0.0}
    for _ in range(max(1, repeat // 4)):
        for doc in texts:
            segment.clear_caches()
            found = []
            for sg in suggesters:
                t = time.perf_counter()
                found += sg.suggest(doc)
                spent[sg.name] += time.perf_counter() - t
            t = time.perf_counter()
            resolve_overlaps(found)
            spent["resolve"] += time.perf_counter() - t
    chars = sum(map(len, texts)) * max(1, repeat // 4)
    for name, dt in spent.items():
        print(f"{name:10s} {chars / dt:12,.0f} chars/s per document, with the others")
    print(f"{'together':10s} {chars / sum(spent.values()):12,.0f} chars/s per document")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)

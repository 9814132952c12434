"""Throughput of the PROJECT and TARGET suggesters: python benchmarks/bench_suggest_project_target.py [REPEAT]"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from shared_data import missing_reason, shared_files  # noqa: E402  (ANNOTATOR_SHARED or ../shared)

from annotator.core.suggest import segment  # noqa: E402
from annotator.core.suggest.project import ProjectSuggester  # noqa: E402
from annotator.core.suggest.target import TargetSuggester  # noqa: E402


def main(repeat: int = 20) -> None:
    corpus = shared_files("corpus", "*.txt")
    if not corpus:
        sys.exit(missing_reason("corpus", "*.txt"))
    t0 = time.perf_counter()
    segment.warm_up()
    print(f"jieba load: {time.perf_counter() - t0:.3f} s")
    base = "\n".join(p.read_text(encoding="utf-8-sig") for p in corpus)
    total = 0.0
    for sg in (ProjectSuggester(), TargetSuggester()):
        sg.suggest("预热。")
        dt, n = 0.0, 0
        for _ in range(repeat):
            segment.clear_caches()  # no help from the per-clause cache between repeats
            t = time.perf_counter()
            n += len(sg.suggest(base))
            dt += time.perf_counter() - t
        total += dt
        chars = len(base) * repeat
        print(f"{sg.name:8s} {chars / dt:12,.0f} chars/s  ({n} suggestions, {chars} chars)")
    print(f"both     {len(base) * repeat / total:12,.0f} chars/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)

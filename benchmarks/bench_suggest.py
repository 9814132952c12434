"""Suggestion benchmark (run on demand, not in CI).

    python benchmarks/bench_suggest.py [--docs 5000] [--skip-project]

Reports: the one-off load time of the gazetteer and jieba (fresh process), suggestion speed
in characters per second for all four labels on one core, and `annotator suggest --jobs 1/2`
(spans, rules alone, the whole process) on a synthetic project of --docs documents made by
reshuffling sentences of the demo article and the shared corpus, beside ``propose()`` alone on
the same texts in the same run, with the ratio.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from shared_data import missing_reason, shared_files  # noqa: E402  (ANNOTATOR_SHARED or ../shared)

SOURCES = [*sorted((ROOT / "projects" / "demo").glob("*.txt")), *shared_files("corpus", "*.txt")]

LOAD = """
import time
t = time.perf_counter()
from annotator.core.suggest import default_suggesters
for s in default_suggesters():
    s.suggest("厦门市湖里区计划投资55.1亿元建设松元产业园，力争新增80家企业。")
print(time.perf_counter() - t)
"""


def sentences() -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in SOURCES)
    return [s for s in re.split(r"(?<=[。！？\n])", text) if len(s.strip()) > 4]


def synthetic_docs(n: int, size: int = 1500, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    pool = sentences()
    docs = []
    for _ in range(n):
        parts, length = [], 0
        while length < size:
            s = rng.choice(pool)
            parts.append(s)
            length += len(s)
        docs.append("".join(parts))
    return docs


def bench_load(runs: int = 5) -> list[float]:
    return sorted(float(subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True,
                                       check=True).stdout) for _ in range(runs))


def bench_speed(chars: int = 2_000_000) -> float:
    from annotator.core.suggest import default_suggesters, segment
    from annotator.core.suggest.runner import propose

    default_suggesters()
    docs = synthetic_docs(max(1, chars // 1500))
    propose(docs[0])  # warm
    elapsed = 0.0
    for d in docs:
        # synthetic documents reuse sentences: forget the per-clause segmentation cache so
        # that every document costs what an unseen real one would
        segment.clear_caches()
        t = time.perf_counter()
        propose(d)
        elapsed += time.perf_counter() - t
    return sum(map(len, docs)) / elapsed


def bench_project(n_docs: int) -> dict[str, float]:
    """``annotator suggest`` end to end (a fresh process, rules alone, spans only) on a fresh copy
    of one imported project for ``--jobs`` 1 and 2, and its reference in the same run: ``propose``
    alone over the same texts in this process (the same caches as the command: none cleared)."""
    from annotator.core.store import Store
    from annotator.core.suggest import default_suggesters
    from annotator.core.suggest.runner import propose
    from annotator.paths import DB_FILENAME

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        docs = [f"合成文档{i}\n{d}" for i, d in enumerate(synthetic_docs(n_docs))]
        for i, d in enumerate(docs):
            (src / f"doc{i:05d}.txt").write_text(d, encoding="utf-8")
        base = Path(tmp) / "base"
        run = [sys.executable, "-m", "annotator"]
        subprocess.run([*run, "new", str(base)], check=True, capture_output=True)
        subprocess.run([*run, "import", str(base), str(src)], check=True, capture_output=True)
        for jobs in (1, 2):
            project = Path(tmp) / f"p{jobs}"
            project.mkdir()
            shutil.copy2(base / DB_FILENAME, project / DB_FILENAME)
            t = time.perf_counter()
            subprocess.run([*run, "suggest", str(project), "--jobs", str(jobs), "--model", "none", "--no-links"],
                           check=True, capture_output=True)  # the rules, as the README's figures
            results[f"jobs {jobs}"] = time.perf_counter() - t
        with Store.open(Path(tmp) / "p1") as store:
            results["suggestions"] = sum(store.count_annotations().values())
            results["chars"] = store.stats()["characters"]
            texts = [text for _id, _name, text in store.document_texts()]
        default_suggesters()
        t = time.perf_counter()
        for text in texts:
            propose(text)
        results["propose"] = time.perf_counter() - t
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--skip-project", action="store_true")
    args = ap.parse_args()
    if not shared_files("corpus", "*.txt"):  # the figures in README include the corpus
        sys.exit(missing_reason("corpus", "*.txt"))
    loads = bench_load()
    print(f"load gazetteer + jieba + all suggesters (fresh process): median {loads[len(loads) // 2]:.3f} s "
          f"(min {loads[0]:.3f}, max {loads[-1]:.3f})")
    print(f"suggestion speed, all four labels, one core: {bench_speed():,.0f} chars/s")
    if not args.skip_project:
        r = bench_project(args.docs)
        chars = r["chars"]
        alone = chars / r["propose"]
        print(f"{args.docs} documents, {chars:,.0f} chars, {r['suggestions']:,.0f} suggestions; "
              f"reference, propose() alone in this process: {alone:,.0f} chars/s")
        for jobs in (1, 2):
            took = r[f"jobs {jobs}"]
            speed = chars / took
            print(f"  annotator suggest --jobs {jobs} (whole process): {took:.1f} s, {speed:,.0f} chars/s, "
                  f"{speed / alone:.2f}x the reference (goal: 400,000 chars/s on one core)")


if __name__ == "__main__":
    main()

"""How long importing takes in each document format, per 100,000 characters of text: one report of
``--chars`` characters (the shared reports' paragraphs) written as .txt (UTF-8 and GBK), .docx, .pdf,
.html, .mht and .ofd by ``mixed_formats.py``, each imported into a new project (``import_files``:
read, re-flowed, stored) ``--runs`` times; the median, and the seconds per 100,000 stored characters.
Run on demand (not in CI):

    python benchmarks/bench_import_formats.py [--chars 300000] [--runs 3] [--profile ofd]

``--profile KIND`` prints cProfile's top functions (cumulative) of one import of that kind.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mixed_formats import KINDS, paragraphs, pick, write  # noqa: E402

from annotator.core.imports.documents import import_files  # noqa: E402
from annotator.core.store import Store  # noqa: E402


def imported(path: Path, project: Path) -> tuple[float, int]:
    """Seconds to import ``path`` into a new project at ``project``, and the characters stored."""
    store = Store.create(project)
    try:
        start = time.perf_counter()
        report = import_files(store, [path])
        seconds = time.perf_counter() - start
        if report.failed or not report.imported:
            raise SystemExit(f"{path}: {report.lines()}")
        return seconds, report.imported[0].char_count
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=300_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--profile", choices=KINDS)
    args = ap.parse_args(argv)
    paras = pick(random.Random(46), paragraphs(), args.chars)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {}
        for kind in args.kinds.split(","):
            files[kind] = folder / f"report.{kind}"
            write(files[kind], kind, "政府工作报告", paras)
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(imported, files[args.profile], folder / "profiled.db")
            pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
            return 0
        print(f"{'format':8} {'file':>9} {'stored chars':>12} {'median s':>9} {'s / 100k chars':>14}")
        for kind, path in files.items():
            runs = [imported(path, folder / f"{kind}-{n}.db") for n in range(args.runs)]
            seconds = statistics.median(s for s, _c in runs)
            chars = runs[0][1]
            print(f"{kind:8} {path.stat().st_size / 2**20:7.2f}MB {chars:12,} {seconds:9.3f} "
                  f"{seconds * 100_000 / chars:14.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

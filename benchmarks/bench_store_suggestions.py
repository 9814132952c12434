"""Storing suggestions beside bare SQLite (run on demand, not in CI).

    python benchmarks/bench_store_suggestions.py PROJECT [--repeat 3]

``annotator suggest`` proposes, then stores what it proposed. This measures the second part
alone: the rules' proposals for every document of PROJECT (a project folder, copied first:
it is never changed) are made once, untimed; then, each on a fresh copy of the project,

- **ours**: the runner's storing (``runner._store_batch``: what is rejected or overlaps is
  left out, each span checked and inserted, a batch of documents in one write);
- **bare**: the same rows written with one ``executemany`` INSERT a batch into the same
  table with its indexes, nothing checked — the floor SQLite sets.

Prints the medians, spans per second and the ratio; both copies must end with the same rows.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scratch import scratch_folder  # noqa: E402

BATCH = 20  # documents a write (the runner writes what about half a second of proposing found)


def copy_project(source: Path) -> Path:
    from annotator.paths import DB_FILENAME

    folder = scratch_folder("annotator-bench-store-") / "p"
    folder.mkdir()
    shutil.copy2(source / DB_FILENAME, folder / DB_FILENAME)
    return folder


def proposals(folder: Path) -> list[tuple[int, list]]:
    from annotator.core.store import Store
    from annotator.core.suggest.runner import propose

    with Store.open(folder) as store:
        return [(doc_id, propose(text)) for doc_id, _name, text in store.document_texts(None)]


def ours(folder: Path, proposed: list[tuple[int, list]]) -> tuple[float, int]:
    from annotator.core.store import Store
    from annotator.core.suggest.runner import SuggestReport, _store_batch

    with Store.open(folder) as store:  # what _store_batch reads of the runner's state
        run = SimpleNamespace(store=store, rejected=store.rejected_entries(), report=SuggestReport())
        t0 = time.perf_counter()
        for i in range(0, len(proposed), BATCH):
            _store_batch(run, proposed[i:i + BATCH])
        elapsed = time.perf_counter() - t0
        return elapsed, sum(store.count_annotations().values())


def bare(folder: Path, proposed: list[tuple[int, list]]) -> tuple[float, int]:
    from annotator.core.store import Store
    from annotator.core.store.rows import INSERT_SQL, now

    with Store.open(folder) as store:
        conn, stamp = store.conn, now()
        t0 = time.perf_counter()
        for i in range(0, len(proposed), BATCH):
            rows = [(None, doc_id, s.start, s.end, s.label, s.text, "{}", "suggested", s.origin or "suggester", "",
                     s.confidence, s.reason, "", stamp, stamp)
                    for doc_id, found in proposed[i:i + BATCH] for s in found]
            with store.transaction():
                conn.executemany(INSERT_SQL, rows)
        elapsed = time.perf_counter() - t0
        return elapsed, sum(store.count_annotations().values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("project", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    proposed = proposals(copy_project(args.project))
    spans = sum(len(found) for _doc, found in proposed)
    times: dict[str, list[float]] = {"ours": [], "bare": []}
    counts: dict[str, int] = {}
    for _ in range(args.repeat):  # alternating, each on a fresh copy
        for name, run in (("ours", ours), ("bare", bare)):
            elapsed, counts[name] = run(copy_project(args.project), proposed)
            times[name].append(elapsed)
    if counts["ours"] != counts["bare"]:
        print(f"note: ours stored {counts['ours']} spans, bare {counts['bare']} (ours leaves out overlaps)")
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"{len(proposed)} documents, {spans} proposals, batches of {BATCH} documents, medians of {args.repeat}")
    for name in ("ours", "bare"):
        print(f"  {name:5s} {med[name]:7.2f} s  {counts[name] / med[name]:9,.0f} spans/s"
              f"  {med[name] / max(counts[name], 1) * 1e6:6.1f} µs a span")
    print(f"  ratio {med['ours'] / med['bare']:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

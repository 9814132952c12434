"""What grows with the corpus, each figure beside a bare reference measured in the same run.

    python benchmarks/bench_scale.py [--docs 20000] [--folder /tmp/annotator-scale-20000] [--repeat 5]

Builds (once, then reuses) a project of --docs documents mixed from real paragraphs
(``scale_project.py``: about 1,600 characters and 20 suggestions a document), then prints, per
row, our figure (median of --repeat), the reference and the ratio:

- search (a 6-character word, hit limit 1,000): ``Store.search`` against the bare query of the
  trigram index (schema 11) that names the documents it reads;
- stats: ``Store.stats`` against one GROUP BY over the covering index;
- document counts: ``Store.document_counts`` against its bare query;
- document list: ``Store.document_entries`` (the window's) and ``Store.documents`` against reading the
  same columns without building objects;
- the rejected and the accepted texts every suggest run reads (``rejected_entries``,
  ``learned_entries``) and the accepted spans the window counts after each edit (``accepted_count``),
  each against the plain query over every span (``WHERE status = ?``, what they ran before);
- accept all DISTRICT suggestions: the window's way (``review.open_suggestion_ids`` and
  ``Store.set_status``, one undoable step) on a copy of the project against one UPDATE on another
  copy (time and peak memory of a child process each). The project is open first, and its
  session's backup made as the window makes it (at open, by a worker's own connection, before any
  edit): the opening (with its quick check, since a copy is new to it) and the backup are timed
  apart and printed beside the row, with the sum as the row measured it before.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.core.store import Store, trained  # noqa: E402
from annotator.core.store.documents import trigram_query  # noqa: E402
from annotator.paths import DB_FILENAME  # noqa: E402
from benchmarks.scale_project import build  # noqa: E402

ACCEPT = r"""
import json, resource, sqlite3, sys, time
sys.path.insert(0, {root!r})
from annotator.core import review
from annotator.core.store import Store
mode, folder = {mode!r}, {folder!r}
out = {{}}


def memory(field):  # MB of this process (VmHWM: its peak; ru_maxrss also counts the parent's pages before the exec)
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith(field)) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if mode == "ours":
    t = time.perf_counter()
    store = Store.open(folder)
    out["open"] = time.perf_counter() - t
    # the window's way: its store makes no backup at the first edit; a worker's own connection
    # makes the session's backup when the project opens (gui/session_backup.py)
    store.defer_session_backup()
    t = time.perf_counter()
    with Store.open(folder) as worker:
        out["backup_error"] = worker.session_backup()
    out["backup"] = time.perf_counter() - t
    out["rss_before_mb"] = memory("VmRSS:")
    t = time.perf_counter()
    ids = review.open_suggestion_ids(store, "DISTRICT")
    n = len(store.set_status(ids, "accepted", "bench"))
    out["seconds"] = time.perf_counter() - t
    store.close()
else:
    t = time.perf_counter()
    conn = sqlite3.connect(folder + "/{db}")
    n = conn.execute("UPDATE annotations SET status = 'accepted', annotator = 'bench', updated_at = '2026' "
                     "WHERE label = 'DISTRICT' AND status = 'suggested'").rowcount
    conn.commit()
    out["seconds"] = time.perf_counter() - t
out.update(n=n, peak_mb=memory("VmHWM:"))
print(json.dumps(out))
"""


def median_ms(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        call()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def row(name: str, ours: float, ref: float, unit: str = "ms") -> None:
    places = 2 if unit == "s" else 1
    print(f"| {name} | {ours:,.{places}f} {unit} | {ref:,.{places}f} {unit} | "
          f"{ours / ref if ref else float('nan'):.2f}× |")


def accept_all(folder: Path, mode: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "p"
        copy.mkdir()
        with Store.open(folder) as store:
            store.checkpoint()
        shutil.copy(folder / DB_FILENAME, copy / DB_FILENAME)
        out = subprocess.run([sys.executable, "-c", ACCEPT.format(root=str(ROOT), mode=mode, folder=str(copy),
                                                                  db=DB_FILENAME)],
                             capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--docs", type=int, default=20_000)
    p.add_argument("--folder", type=Path)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--no-accept", action="store_true", help="skip the accept-all row (it copies the project)")
    args = p.parse_args()
    folder = build(args.folder or Path(tempfile.gettempdir()) / f"annotator-scale-{args.docs}", args.docs)
    store = Store.open(folder)
    conn, r = store.conn, args.repeat
    print(f"{args.docs:,} documents, {sum(store.stats()['annotations'].values()):,} spans\n")
    print("| figure | ours | reference | ratio |\n|---|---|---|---|")
    for needle in ("高新技术企业", "乡村振兴战略"):
        row(f"search {needle} (limit 1,000)", median_ms(lambda n=needle: store.search(n), r),
            median_ms(lambda n=needle: conn.execute("SELECT rowid FROM documents_squeezed WHERE "
                                                    "documents_squeezed MATCH ? ORDER BY rowid",
                                                    (trigram_query(n),)).fetchall(), r))
    row("stats", median_ms(store.stats, r),
        median_ms(lambda: conn.execute("SELECT label, status, annotator, COUNT(*) FROM annotations "
                                       "GROUP BY label, status, annotator").fetchall(), r))
    row("document counts", median_ms(store.document_counts, r),
        median_ms(lambda: conn.execute("SELECT document_id, status, COUNT(*) FROM annotations "
                                       "GROUP BY document_id, status").fetchall(), r))
    row("the window's document list", median_ms(store.document_entries, r),
        median_ms(lambda: conn.execute("SELECT id, name, title, metadata, done FROM documents ORDER BY id").fetchall(),
                  r))
    row("document list", median_ms(store.documents, r),
        median_ms(lambda: conn.execute("SELECT id, name, title, sha256, source_path, encoding, char_count, "
                                       "imported_at, metadata, done FROM documents ORDER BY id").fetchall(), r))
    for name, ours, status in (("rejected texts (each suggest run)", store.rejected_entries, "rejected"),
                               ("accepted texts (each suggest run)", store.learned_entries, "accepted")):
        row(name, median_ms(ours, r), median_ms(lambda s=status: conn.execute(
            "SELECT label, text, value FROM annotations WHERE status = ?", (s,)).fetchall(), r))
    row("accepted spans counted (the window, after each edit)", median_ms(lambda: trained.accepted_count(store), r),
        median_ms(lambda: conn.execute("SELECT COUNT(*) FROM annotations WHERE status = 'accepted'").fetchall(), r))
    store.close()
    if not args.no_accept:
        ours, ref = accept_all(folder, "ours"), accept_all(folder, "update")
        row(f"accept all DISTRICT suggestions ({ours['n']:,})", ours["seconds"], ref["seconds"], "s")
        row("  peak memory of that", ours["peak_mb"], ref["peak_mb"], "MB")
        if ours["backup_error"]:
            print(f"  the session's backup failed: {ours['backup_error']}")
        print(f"  (ours: {ours['rss_before_mb']:.1f} MB before the accept, the project open and backed up)")
        whole = ours["open"] + ours["backup"] + ours["seconds"]
        print(f"\nbefore the accept, in the same process: open {ours['open']:.2f} s (the quick check: a copy is new "
              f"to it), the session's backup {ours['backup']:.2f} s (the window makes it at open, off its thread); "
              f"open + backup + accept {whole:.2f} s, {whole / ref['seconds']:.2f}× the reference")


if __name__ == "__main__":
    main()

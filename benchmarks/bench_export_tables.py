"""The tabular exports (csv, facts csv, xlsx) of a real-sized project, each in a fresh process, optionally
alternating with another checkout of annotator (run on demand, not in CI):

    python benchmarks/bench_export_tables.py PROJECT [--vs OTHER_TREE] [--runs 3] [--keep DIR]

PROJECT is a project folder: use a copy (opening a project may write its backups and its uuid), e.g. the
4,704 reports of `annotator import` of 5,000 `.txt` reports then `annotator suggest` (README, Performance).
Each export runs as ``python -m annotator export PROJECT -o FILE`` under ``nice -n 10``, with this tree (and
``--vs``'s) first on ``PYTHONPATH``; it prints the wall seconds and the peak resident memory of each child
(``os.wait4``: what ``/usr/bin/time -v`` calls Maximum resident set size), and, with ``--vs``, whether the two
trees wrote the same file (csv: byte for byte; xlsx: every part of the zip but the export's time).
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = {"csv": ["out.csv"], "facts": ["facts.csv", "--table", "facts"], "xlsx": ["out.xlsx"],
           "csv-all": ["all.csv", "--status", "accepted,suggested"]}


def run(tree: Path, project: Path, args: list[str], out: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one export in a child process."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    t = time.perf_counter()
    child = subprocess.Popen(["nice", "-n", "10", sys.executable, "-m", "annotator", "export", str(project),
                              "-o", str(out), *args[1:]], env=env, stdout=subprocess.DEVNULL,
                             cwd=out.parent)  # not this tree: "-m" puts the working folder first on sys.path
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - t
    if status:
        raise SystemExit(f"export {args} failed in {tree}")
    return seconds, usage.ru_maxrss / 1024


def _equal(x: IO[bytes], y: IO[bytes]) -> bool:
    """Two streams compared a megabyte at a time: this process stays small, and each child forked from
    it starts with its size (a child's peak would count the files compared before it)."""
    while True:
        p, q = x.read(1 << 20), y.read(1 << 20)
        if p != q:
            return False
        if not p:
            return True


def same(a: Path, b: Path) -> bool:
    if a.suffix != ".xlsx":
        with open(a, "rb") as x, open(b, "rb") as y:
            return _equal(x, y)
    with zipfile.ZipFile(a) as x, zipfile.ZipFile(b) as y:
        if x.namelist() != y.namelist():
            return False
        time_cell = re.compile(rb'(<c r="C\d+" s="\d+" t="n"><v>)[\d.]+(</v>)')
        stamps = re.compile(rb"<dcterms:(created|modified)[^<]*</dcterms:\w+>")
        for name in x.namelist():
            with x.open(name) as p, y.open(name) as q:
                if _equal(p, q):
                    continue
            if x.getinfo(name).file_size > 1 << 20:  # only the About sheet and the file's dates differ
                return False
            p, q = x.read(name), y.read(name)
            if stamps.sub(b"", time_cell.sub(rb"\1\2", p)) != stamps.sub(b"", time_cell.sub(rb"\1\2", q)):
                return False
    return True


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("project", type=Path)
    p.add_argument("--vs", type=Path, help="another annotator tree, run alternately with this one")
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--only", action="append", choices=sorted(EXPORTS), help="these exports (default: all)")
    p.add_argument("--keep", type=Path, help="write the files here (default: a temporary folder)")
    a = p.parse_args()
    trees = {"this": ROOT, **({"vs": a.vs.resolve()} if a.vs else {})}
    with tempfile.TemporaryDirectory() as tmp:
        folder = a.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for name in a.only or list(EXPORTS):
            args = EXPORTS[name]
            got: dict[str, list[tuple[float, float]]] = {t: [] for t in trees}
            for _ in range(a.runs):
                for tag, tree in trees.items():
                    got[tag].append(run(tree, a.project, args, folder / f"{tag}-{args[0]}"))
            line = [f"{name:8}"]
            for tag, runs in got.items():
                line.append(f"{tag}: {statistics.median(s for s, _m in runs):6.1f} s "
                            f"({', '.join(f'{s:.1f}' for s, _m in runs)}), peak {max(m for _s, m in runs):.0f} MB")
            if a.vs:
                line.append("same file" if same(folder / f"this-{args[0]}", folder / f"vs-{args[0]}")
                            else "FILES DIFFER")
            print("  ".join(line), flush=True)


if __name__ == "__main__":
    main()

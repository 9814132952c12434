"""The window's event loop while *Run suggestions* (F5) suggests (issue 17: never blocks the window).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_window_suggest.py [--runs 5] [--copies 30]
        [--repaint-at S ...]

Builds a project of the six reports of the shared folder (``reports/*.txt``, nothing accepted)
and ``--copies`` more documents made from them (each report's lines turned round by a fraction,
so that the text is new to the project and to jieba's caches), then, for each run, starts a fresh
process that opens the window on a copy of it and measures the event loop with a 5 ms timer
while F5 suggests every document with the rules and the shipped model, the links after. What is
printed, and ``--repaint-at``, as in ``bench_window_training.py`` (whose helpers it uses).
Prints timings only; nothing is asserted.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_window_training import fresh_runs, loop_waits, open_window  # noqa: E402


def build(folder: Path, copies: int) -> Path:
    """The six reports and ``copies`` documents made from them, nothing accepted."""
    sys.path.insert(0, str(ROOT / "tests"))
    from shared_data import missing_reason, shared_files

    from annotator.core.imports.documents import import_files
    from annotator.core.store import Store

    files = shared_files("reports", "*.txt")
    if not files:
        sys.exit(missing_reason("reports", "*.txt"))
    made = folder.parent / "made"
    made.mkdir()
    for n in range(copies):
        source = files[n % len(files)]
        lines = source.read_text(encoding="utf-8").splitlines()
        turn = len(lines) * (n // len(files) + 1) // (copies // len(files) + 2)
        (made / f"{source.stem}_{n}.txt").write_text("\n".join(lines[turn:] + lines[:turn]), encoding="utf-8")
    with Store.create(folder) as store:
        import_files(store, [*files, *sorted(made.iterdir())])
    return folder


def one(project: str, repaint_at: list[float]) -> dict[str, object]:
    """One run, in this (fresh) process: the window on ``project``, F5, the loop's turns."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _app, window = open_window(project)
    window.settings.suggest_model = "seed"
    return loop_waits(window, lambda: QTest.keyClick(window.text_view, Qt.Key.Key_F5), None, repaint_at)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--copies", type=int, default=30, help="documents made from the reports, beside them")
    ap.add_argument("--repaint-at", type=float, nargs="*", default=[], metavar="S")
    ap.add_argument("--one", metavar="PROJECT", help=argparse.SUPPRESS)  # a single run, in a fresh process
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.repaint_at)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-window-") as tmp:
        fresh_runs(__file__, build(Path(tmp) / "reports", args.copies), args.runs, "suggest",
                   ["--repaint-at", *map(str, args.repaint_at)])


if __name__ == "__main__":
    main()

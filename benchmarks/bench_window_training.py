"""The window's event loop while the model trains (issue 17: training never blocks the window).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_window_training.py [--runs 5]
        [--action train|evaluate|background] [--repaint-at S ...]

Builds a project of the six reports of the shared folder (``reports/*.txt``) with their gold
accepted (1,030 spans), then, for each run, starts a fresh process (what is loaded once per
process counts: the first training of a session is the one that stopped) that opens the window on
a copy of it and measures the event loop with a 5 ms timer while *Project › Train the model*
(``Shift+F5``), the statistics panel's *Evaluate (cross-validate)* or a training by itself
(``background``, no dialog) runs. Each run prints the longest wait between two turns of the loop,
when it began (seconds after the start) and the GUI thread's own CPU time during it
(``time.thread_time``: a wait with little CPU is a wait for something else - Python's lock, with
the training in a thread); then the medians. ``--repaint-at S``: S seconds after the start, every
list and table of the window is asked to repaint (what the window greying behind a dialog, a
resize or a panel shown cost), as often as it is given. Prints timings only; nothing is asserted.
Runs on older commits too (``git archive``, then PYTHONPATH to it).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DONE = {"train": "trained", "background": "trained", "evaluate": "scored"}  # ModelWork's signals


def build(folder: Path) -> Path:
    """The six reports, their gold accepted."""
    sys.path.insert(0, str(ROOT / "tests"))
    from shared_data import missing_reason, shared_files

    from annotator.core.imports.annotations import import_annotations
    from annotator.core.imports.documents import import_files
    from annotator.core.store import Store

    files = shared_files("reports", "*.txt")
    if not files:
        sys.exit(missing_reason("reports", "*.txt"))
    with Store.create(folder) as store:
        import_files(store, files)
        import_annotations(store, [p.with_suffix(".gold.jsonl") for p in files])
    return folder


def open_window(project: str, statistics_shown: bool = False) -> tuple[Any, Any]:
    """(The QApplication, the window on ``project``), in this fresh process, shown and settled."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROOT / "tests"))
    from after_exit import remove_after_exit

    settings_dir = tempfile.mkdtemp(prefix="annotator-bench-settings-")
    remove_after_exit(settings_dir)  # once this process has ended: Qt writes into it as the application goes
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
    app = QApplication([])
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    settings = Settings()
    settings.annotator_name, settings.retrain_after = "bench", 0
    window = MainWindow(settings)
    window.confirm = lambda question: True
    window.resize(1280, 800)
    window.show()
    assert window.open_project(project)
    if statistics_shown:
        window.statistics.show()
    for _ in range(20):
        app.processEvents()
    return app, window


def loop_waits(window: Any, start: Callable[[], None], done: Any, repaint_at: list[float]) -> dict[str, object]:
    """Measure the event loop with a 5 ms timer from ``start`` (called in its first turn) until the
    signal ``done`` (None: until ``start`` returns, for an action that spins its own loop)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QAbstractItemView

    turns: list[tuple[float, float]] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: turns.append((time.perf_counter(), time.thread_time())))
    loop = QEventLoop()
    if done is not None:
        done.connect(loop.quit)

    def repaint() -> None:
        for view in window.findChildren(QAbstractItemView):
            view.viewport().update()

    def begin() -> None:
        start()
        if done is None:
            loop.quit()

    began = time.perf_counter()
    turns.append((began, time.thread_time()))
    timer.start()
    for at in repaint_at:
        QTimer.singleShot(int(at * 1000), repaint)
    QTimer.singleShot(0, begin)
    loop.exec()
    took = time.perf_counter() - began
    timer.stop()
    (wall, at, cpu) = max((b[0] - a[0], a[0] - began, b[1] - a[1]) for a, b in pairwise(turns))
    return {"seconds": round(took, 2), "longest": round(wall, 3), "at": round(at, 2), "gui_cpu": round(cpu, 3)}


def one(action: str, project: str, repaint_at: list[float]) -> dict[str, object]:
    """One run, in this (fresh) process: the window on ``project``, the action, the loop's turns."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _app, window = open_window(project, statistics_shown=action == "evaluate")

    def start() -> None:
        if action == "train":
            QTest.keyClick(window.text_view, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
        elif action == "evaluate":
            window.statistics.model.evaluate_button.click()
        else:
            window.commands.model.start_retraining(window.store.folder)

    return loop_waits(window, start, getattr(window.commands.model, DONE[action]), repaint_at)


def fresh_runs(script: str, built: Path, runs: int, what: str, args: list[str]) -> None:
    """``runs`` runs of ``script --one COPY args`` (each a fresh process on a copy of ``built``), each
    printed as it ends, then the medians."""
    results = []
    for run in range(runs):
        copy = built.parent / f"run{run}"
        shutil.copytree(built, copy, ignore=shutil.ignore_patterns("backups"))
        out = subprocess.run([sys.executable, script, "--one", str(copy), *args],
                             capture_output=True, text=True, check=True, env=os.environ)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        shutil.rmtree(copy, ignore_errors=True)
        print(f"run {run + 1}: {what} {result['seconds']} s; longest wait of the loop "
              f"{result['longest']} s at {result['at']} s (GUI thread's CPU in it {result['gui_cpu']} s)",
              flush=True)
    print(f"median of {runs}: {statistics.median(r['seconds'] for r in results)} s; longest wait "
          f"median {statistics.median(r['longest'] for r in results)} s, "
          f"worst {max(r['longest'] for r in results)} s; load average {os.getloadavg()[0]:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--action", choices=sorted(DONE), default="train")
    ap.add_argument("--repaint-at", type=float, nargs="*", default=[], metavar="S")
    ap.add_argument("--one", metavar="PROJECT", help=argparse.SUPPRESS)  # a single run, in a fresh process
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.action, args.one, args.repaint_at)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-window-") as tmp:
        fresh_runs(__file__, build(Path(tmp) / "reports"), args.runs, args.action,
                   ["--action", args.action, "--repaint-at", *map(str, args.repaint_at)])

if __name__ == "__main__":
    main()

"""The annotation table's text filter, the Statistics panel and ``Store.span_rows`` on a report of
400,000 characters and about 11,300 spans (``paragraphs.txt`` of ``bench_long_document.py``'s project).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_long_table.py [--repeat 7] [--only filter|stats|rows]

The project is built once into the temp folder (as ``bench_long_document.py`` builds it) and
copied for the run. Figures in ms, medians of ``--repeat``, each as the wall clock and as the CPU
time of the window's thread (``time.thread_time``: steadier on a machine shared with other work,
and the worker's part left out):

- filter: a piece of text typed into the table's filter (each key's change of the filter, to the
  table painted), then emptied;
- stats: the Statistics panel's first open (View › Statistics to the panel's first paint; the
  process's first, then in each later window, the panel's code and the model's loaded), an accept
  (A) before it was shown, then with the panel shown, the panel's refresh after it (150 ms after
  the key in the window, run at once here) and the project's counts from the worker, shown;
- rows: ``Store.span_rows`` of the document (the table's rows, read at each open): a connection's
  first read, then the document read again (opened again after another), no Qt work meanwhile.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_long_document import build, idle  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.store import Store  # noqa: E402
from benchmarks.scratch import scratch_folder  # noqa: E402

DOCUMENT = "paragraphs.txt"
TYPED = [["产", "产业", "产业园", ""], ["亿", "亿元", ""]]  # each a piece typed key by key, then emptied


def _window(app: QApplication, source: Path, work: Path):
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source, work)
    settings = Settings()
    settings.annotator_name = "bench"
    settings.open_panels = ""  # no panel made at the start (the last run's Statistics)
    w = MainWindow(settings)
    w.resize(1200, 800)
    w.show()
    QTest.qWaitForWindowExposed(w)
    w.open_project(work)
    w.open_document(w.store.document_id_by_name(DOCUMENT))
    idle(app, w.text_view, True)
    from annotator.gui import warming

    warmer = warming.started()  # the suggesters' word lists loaded (a worker, after the first paint)
    if warmer is not None:
        warmer.join()
    idle(app, w.text_view, True)
    return w


def _close(w) -> None:
    w.close()
    w.store and w.store.close()
    w.deleteLater()


Figure = tuple[float, float]  # ms: wall clock, the window's thread's CPU time


def _timed(app: QApplication, w, action) -> Figure:
    began, cpu = time.perf_counter(), time.thread_time()
    action()
    idle(app, w.text_view)
    return (time.perf_counter() - began) * 1000, (time.thread_time() - cpu) * 1000


def _medians(figures: list[Figure]) -> Figure:
    return statistics.median(f[0] for f in figures), statistics.median(f[1] for f in figures)


class _Painted(QObject):
    """When a widget is first painted after the watch began."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def _opened(app: QApplication, w) -> tuple[Figure, Figure]:
    """View › Statistics to the panel's first paint, and on until the event loop is idle."""
    began, cpu = time.perf_counter(), time.thread_time()
    w.docks.entries["statistics"].trigger()
    painted = _Painted(w.statistics.progress)
    while painted.at is None:
        app.processEvents()
    first = (painted.at - began) * 1000, (time.thread_time() - cpu) * 1000
    idle(app, w.text_view)
    return first, ((time.perf_counter() - began) * 1000, (time.thread_time() - cpu) * 1000)


def filter_figures(app: QApplication, source: Path, work: Path, repeat: int) -> dict[str, Figure]:
    w = _window(app, source, work)
    proxy, times = w.ann_proxy, {}
    for _ in range(repeat):
        for keys in TYPED:
            for needle in keys:
                times.setdefault(repr(needle) if needle else f"emptied (after {keys[-2]!r})", []).append(
                    _timed(app, w, lambda n=needle: proxy.set_text(n)))
    _close(w)
    return {f"text filter {k}": _medians(v) for k, v in times.items()}


def stats_figures(app: QApplication, source: Path, work: Path, repeat: int) -> dict[str, Figure]:
    first, hidden, key, refreshed, counted = [], [], [], [], []
    for _ in range(repeat):
        w = _window(app, source, work)
        w.text_view.setFocus()
        for _ in range(2):  # the same key without the panel
            QTest.keyClick(w.text_view, Qt.Key.Key_N)
            idle(app, w.text_view)
            hidden.append(_timed(app, w, lambda w=w: QTest.keyClick(w.text_view, Qt.Key.Key_A)))
        first.append(_opened(app, w))
        panel = w.statistics
        w.text_view.setFocus()
        for _ in range(3):
            while panel.counts.busy():  # the project's count after the open, or the last key's
                time.sleep(0.005)
            idle(app, w.text_view)
            QTest.keyClick(w.text_view, Qt.Key.Key_N)  # the next open suggestion, then accepted:
            idle(app, w.text_view)
            panel.timer.stop()

            key.append(_timed(app, w, lambda w=w: QTest.keyClick(w.text_view, Qt.Key.Key_A)))
            panel.timer.stop()  # the panel's refresh, 150 ms after the edit in the window, run now
            refreshed.append(_timed(app, w, panel.refresh))
            while panel.counts.busy():  # the project counted by the worker, then shown
                time.sleep(0.005)
            counted.append(_timed(app, w, lambda: None))
        _close(w)
    later = first[1:] or first
    return {"Statistics, first open in the process (the model's code not loaded yet), to its first paint":
            first[0][0],
            "… and until the event loop is idle": first[0][1],
            "Statistics, first open in a later window, to its first paint": _medians([f[0] for f in later]),
            "… and until the event loop is idle (later windows)": _medians([f[1] for f in later]),
            "A, the panel hidden": _medians(hidden),
            "A with Statistics shown, to its paint": _medians(key),
            "… the panel's refresh after it, painted": _medians(refreshed),
            "… then the worker's count of the project shown": _medians(counted)}


def rows_figures(source: Path, work: Path, repeat: int) -> dict[str, Figure]:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source, work)
    first, again = [], []
    for _ in range(repeat * 3):
        with Store.open(work) as store:
            doc, other = store.document_id_by_name(DOCUMENT), store.document_id_by_name("report.txt")
            for times in (first, again):  # read, then read again after another document's (opened again)
                began, cpu = time.perf_counter(), time.thread_time()
                rows = store.span_rows(doc)
                times.append(((time.perf_counter() - began) * 1000, (time.thread_time() - cpu) * 1000))
                store.span_rows(other)
    return {f"Store.span_rows ({len(rows):,} rows), first read": _medians(first),
            "Store.span_rows, read again (another document's read between)": _medians(again)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeat", type=int, default=7)
    p.add_argument("--only", action="append", choices=("filter", "stats", "rows"))
    args = p.parse_args()
    only = args.only or ["filter", "stats", "rows"]
    tmp = Path(tempfile.gettempdir())
    source = build(tmp / "annotator-long-documents-v1")
    work = scratch_folder("annotator-long-table-") / "project"  # both removed once the process has ended
    settings_dir = str(scratch_folder("annotator-bench-settings-"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, settings_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    figures: dict[str, Figure] = {}
    if "rows" in only:
        figures |= rows_figures(source, work, args.repeat)
    if "filter" in only:
        figures |= filter_figures(app, source, work, args.repeat)
    if "stats" in only:
        figures |= stats_figures(app, source, work, args.repeat)
    print(f"| figure (ms, median of {args.repeat}; {ROOT.name}) | wall clock | the window's thread's CPU |")
    print("|---|---|---|")
    for name, (wall, cpu) in figures.items():
        print(f"| {name} | {wall:.1f} | {cpu:.1f} |")


if __name__ == "__main__":
    main()

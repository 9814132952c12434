"""Opening a big project in the window: how long ``open_project`` holds the window's thread (wall,
this process's CPU time) and when the list is read, with the document list read on the window's
thread before the first paint (``now``) or by a worker as the start does (``later``:
``DocumentListModel.first_read_later``, ``gui/document_list_reading.py``). Usage:
python benchmarks/bench_open_list.py PROJECT [now|later] (each in a process of its own)."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(project: Path, mode: str) -> None:
    work = Path(tempfile.mkdtemp())
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work))
    app = QApplication(sys.argv[:1])
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    w = MainWindow(Settings())
    w.doc_model.first_read_later = mode == "later"
    w.show()
    QTest.qWaitForWindowExposed(w)
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticks = QTimer(interval=5)
    ticks.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    ticks.start()
    wall, cpu = time.perf_counter(), time.process_time()
    w.open_project(project)
    held, cpu = (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000
    loop = QEventLoop()  # the window's own loop (QTest.qWait keeps Python's lock and starves the worker)
    waiting = QTimer(interval=5)
    waiting.timeout.connect(lambda: None if w.doc_model.reading() else loop.quit())
    waiting.start()
    loop.exec()
    listed = (time.perf_counter() - wall) * 1000
    print(f"list read {mode}: open_project held the window {held:.0f} ms ({cpu:.0f} ms CPU); "
          f"{w.doc_model.rowCount()} documents listed after {listed:.0f} ms; longest event-loop gap until then "
          f"{max(gaps + [clock.elapsed()])} ms", flush=True)
    w.close()
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "later")

"""The window's thread while the Export dialog opens (Ctrl+E) on a big project: how long the dialog's
constructor holds it (wall and this process's CPU time), and the event loop's longest gap until
the annotators are filled. Usage: python benchmarks/bench_export_dialog.py PROJECT_FOLDER
(a copy: opening it runs the session's backup)."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(project: Path) -> None:
    work = Path(tempfile.mkdtemp())
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work))
    app = QApplication(sys.argv[:1])
    from annotator.gui.dialogs.export_dialog import ExportDialog
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    w = MainWindow(Settings())
    w.show()
    QTest.qWaitForWindowExposed(w)
    w.open_project(project)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: gaps.append(clock.restart()))
    timer.start()
    for when in ("while the backup runs", "after", "again, nothing changed"):
        if when == "after":
            QTest.qWait(4000)
        gaps.clear()
        wall, cpu = time.perf_counter(), time.process_time()
        dialog = ExportDialog(w.store, w)
        dialog.show()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        QTest.qWaitForWindowExposed(dialog)
        QTest.qWait(1500)
        print(f"Export dialog {when}: shown after {wall * 1000:.0f} ms ({cpu * 1000:.0f} ms CPU); annotators "
              f"{dialog.annotators.count()}; longest event-loop gap until 1.5 s {max(gaps, default=0)} ms", flush=True)
        dialog.close()
        dialog.deleteLater()
    w.close()
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

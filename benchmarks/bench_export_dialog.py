"""The window's thread while the Export dialog opens (Ctrl+E) on a big project: how long the dialog's
constructor holds it (wall and this process's CPU time), and the event loop's longest gap until
the annotators are filled. Usage: python benchmarks/bench_export_dialog.py PROJECT_FOLDER
(a copy: opening it runs the session's backup)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from window_on_project import window_on  # noqa: E402  (offscreen)


def main(project: Path) -> None:
    from annotator.gui.dialogs.export_dialog import ExportDialog
    app, w = window_on(project, backup_done=False)
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

"""Ctrl+R on a big project: how long the window's thread is held (wall and this process's CPU time),
with nothing changed and after another program added a span. Usage: python benchmarks/bench_reload.py
COPY_OF_PROJECT (a copy: the second case writes a span to it)."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main(project: Path, runs: int = 5) -> None:
    work = Path(tempfile.mkdtemp())
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work))
    app = QApplication(sys.argv[:1])
    from annotator.core.store import Store
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    w = MainWindow(Settings())
    w.show()
    QTest.qWaitForWindowExposed(w)
    w.open_project(project)
    QTest.qWait(5000)  # the session's backup done
    doc = w.store.documents()[-1].id
    for case in ("nothing changed", "another program added a span"):
        walls, cpus = [], []
        for _ in range(runs):
            if case != "nothing changed":
                with Store.open(project) as other:
                    other.add_annotation(doc, 0, 1, "DISTRICT", annotator=f"bench{len(walls)}", status="rejected")
            wall, cpu = time.perf_counter(), time.process_time()
            w.reloading.reload(asked=True)
            app.processEvents()
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
        print(f"Ctrl+R, {case}: median {sorted(walls)[runs // 2]:.0f} ms wall, {sorted(cpus)[runs // 2]:.0f} ms CPU "
              f"(runs: {', '.join(f'{x:.0f}' for x in walls)})", flush=True)
    w.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

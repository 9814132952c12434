"""The window open on a project, for the benchmarks that time it on a big one (``bench_reload.py``,
``bench_search_typing.py``, ``bench_export_dialog.py``): offscreen, its settings in a folder of their
own (the user's are not touched), shown and exposed, the project opened."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def window_on(project: Path, *, backup_done: bool = True) -> tuple[QApplication, Any]:
    """(the application, the main window open on ``project``); ``backup_done``: wait 5 s first for the
    session's backup, which reads the whole file in the first seconds."""
    work = Path(tempfile.mkdtemp())
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work))
    app = QApplication(sys.argv[:1])
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings
    w = MainWindow(Settings())
    w.show()
    QTest.qWaitForWindowExposed(w)
    w.open_project(project)
    if backup_done:
        QTest.qWait(5000)
    return app, w

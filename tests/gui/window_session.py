"""A user's session in a child process, for test_window_kill.py (run as a script, offscreen).

    python window_session.py PROJECT ARTICLE WORKDIR N

The window opens PROJECT and accepts one suggestion; while ``annotator stats`` and
``annotator export`` run on the project in other processes, the window imports ARTICLE and
runs suggestions as its own background tasks (each opens a second Store in this process);
then ``annotator stats`` opens and closes the project once more, and the user accepts N more
suggestions with the N and Enter keys. Every accept the window reports saved is printed as
``saved <id>``; then the process waits to be killed.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def annotator(*args: str) -> list[str]:
    return [sys.executable, "-m", "annotator", *args]


def focus(app: QApplication, window) -> None:
    """Give the window the focus back after a task's progress dialog (a desktop would)."""
    window.activateWindow()
    window.text_view.setFocus()
    deadline = QDeadlineTimer(5000)
    while app.focusWidget() is not window.text_view:  # as qtbot.waitUntil does
        if deadline.hasExpired():
            raise SystemExit("the article never got the focus")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def accept_next(app: QApplication, window) -> None:
    focus(app, window)
    QTest.keyClick(window.text_view, Qt.Key.Key_N)
    ann_id = window.selected_id
    if ann_id is None:
        raise SystemExit("no open suggestion left")
    errors_before = len(window.errors)
    QTest.keyClick(window.text_view, Qt.Key.Key_Return)
    if window.store.annotation(ann_id).status != "accepted" or len(window.errors) > errors_before:
        raise SystemExit(f"the accept of {ann_id} was not reported saved: {window.errors[errors_before:]}")
    print(f"saved {ann_id}", flush=True)


def main(project: str, article: str, workdir: str, count: int) -> None:
    work = Path(workdir)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    app = QApplication(sys.argv[:1])
    from annotator.gui import tasks
    from annotator.gui.dialogs import errors
    from annotator.gui.main_window import MainWindow
    from annotator.gui.settings import Settings

    tasks.SYNC = False  # the real background worker
    errors.HOOKS.append(lambda title, message, details: report(f"{title}: {message}\n{details}"))
    settings = Settings()
    settings.annotator_name = "session"
    settings.suggest_on_import = True
    window = MainWindow(settings)
    window.errors = []

    def report(error: str) -> None:  # instead of a modal box; a failed accept ends the session
        window.errors.append(error)
        print(error, file=sys.stderr, flush=True)

    window.show_error = lambda title, message: report(f"{title}: {message}")
    window.show()
    QTest.qWaitForWindowExposed(window)
    if not window.open_project(project):
        raise SystemExit(f"cannot open {project}: {window.errors}")
    accept_next(app, window)
    others = [subprocess.Popen(annotator("stats", project), stdout=subprocess.DEVNULL),
              subprocess.Popen(annotator("export", project, "-o", str(work / "out.jsonl")),
                               stdout=subprocess.DEVNULL)]
    window.commands.import_paths([article])  # import, then suggestions on it: two tasks
    window.commands.run_suggestions()  # and on every document
    for other in others:
        if other.wait() != 0:
            raise SystemExit("an annotator command failed")
    subprocess.run(annotator("stats", project), check=True, stdout=subprocess.DEVNULL)
    for _ in range(count):
        accept_next(app, window)
    print("done", flush=True)
    app.exec()  # until killed


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))

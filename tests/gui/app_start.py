"""The program's start (``gui/app.py:run``) in a test: its event loop replaced by one that reads the
window shown and closes it; and the application's font at a size, put back after."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


def start(qapp: Any, monkeypatch: Any, seen: Callable[[Any], Any], project: str | None = None) -> list[Any]:
    """``run(project)`` as a start, returning 0; what ``seen`` reads of each main window shown."""
    from annotator.gui import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    opened: list[Any] = []

    def fake_exec() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible())
        opened.append(seen(window))
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    font = qapp.font()
    try:
        assert app_module.run(project) == 0
    finally:
        qapp.setFont(font)  # run() sets the interface's font (its Chinese fallback): not for the tests after
    return opened


@contextmanager
def application_font(points: int) -> Iterator[QFont]:
    """The application's font at ``points`` (a user's large font), the usual one put back after."""
    old = QApplication.font()
    font = QFont(old)
    font.setPointSize(points)
    QApplication.setFont(font)
    try:
        yield font
    finally:
        QApplication.setFont(old)


LAPTOP = QRect(0, 0, 1366, 728)  # a 1366×768 screen's room beside a task bar
SMALL_SCREEN = QRect(0, 0, 1024, 728)  # a 1024×768 screen's room beside a task bar


@contextmanager
def large_font_on(monkeypatch: Any, room: QRect, points: int = 18) -> Iterator[QFont]:
    """The interface font at ``points`` on a screen of room ``room`` (what dialogs size themselves by)."""
    from annotator.gui import opening_size

    monkeypatch.setattr(opening_size, "screen_room", lambda _widget: room)
    with application_font(points) as font:
        yield font

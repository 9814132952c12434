"""The suggesters' word lists and patterns loaded in a worker once a project has painted
(``core/suggest/warm.py``), so that the session's first label key is as quick as the next.

Started a turn after the document list's first paint, as the session's backup is, so that it
does not take Python's lock from the window's opening; once per process.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from annotator.gui.after_paint import AfterFirstPaint

LATEST_MS = 1000  # a window that does not paint (hidden) starts it this long after the project opened
_started: list[threading.Thread] = []


def started() -> threading.Thread | None:
    """The worker, once begun (tests wait for it)."""
    return _started[0] if _started else None


def start(window: QObject, widget: QObject) -> None:
    """Warm up once ``widget`` (the document list) has painted; the helper lives on ``window``."""
    helper = window.findChild(Warming) or Warming(window)
    helper.after_paint(widget)


def _warm() -> None:
    from annotator.core.suggest.warm import warm_up  # not at the window's start (tests/gui/test_start.py)

    try:
        warm_up()
    except Exception:  # noqa: BLE001 - a resource that fails to load fails again, in one dialog, at the key
        pass


class Warming(AfterFirstPaint):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, LATEST_MS)

    def after_paint(self, widget: QObject) -> None:
        if _started or self._watched is not None:
            return
        self._watch(widget)

    def _start(self) -> None:
        if not _started:
            _started.append(threading.Thread(target=_warm, name="warm-suggesters", daemon=True))
            _started[0].start()

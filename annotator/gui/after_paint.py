"""Work started an event-loop turn after a widget's first paint (the document list's, when a project
opens), so that a worker thread does not take Python's lock and the disk from the window's own first
reads; a window that does not paint (hidden) starts it ``latest_ms`` after the watch began.

A subclass says what starts in :meth:`AfterFirstPaint._start` and may call :meth:`_begin` itself to
start at once (a second project opened before the first one painted, a test waiting)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class AfterFirstPaint(QObject):
    def __init__(self, parent: QObject | None = None, latest_ms: int = 1000) -> None:
        super().__init__(parent)
        self._watched: QObject | None = None
        self._latest = QTimer(self, singleShot=True, interval=latest_ms)
        self._latest.timeout.connect(self._begin)

    def _watch(self, widget: QObject) -> None:
        self._watched = widget
        widget.installEventFilter(self)
        self._latest.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._begin)  # a turn later: the paint ends first
        return False

    def _begin(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        self._latest.stop()
        self._start()

    def _start(self) -> None:
        raise NotImplementedError

"""A worker thread that reads the project for the window, the latest request only (the document list's
:mod:`~annotator.gui.document_list_reading`, the Statistics panel's :mod:`~annotator.gui.project_counts`).

Each request replaces the one not yet taken; the thread, started when there is none, takes them one
after the other and ends when none is left, so a burst of requests is read twice at most and what is
shown last is what the file held after the last of them. :meth:`LatestWorker.read` does one request on
the worker's thread (its own connection: SQLite lets go of Python's lock while it reads) and gives what
to hand to the GUI thread through :meth:`LatestWorker.deliver` (a queued signal), or None for nothing.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject


class LatestWorker(QObject):
    name = "latest-worker"  # the thread's name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._wanted: Any = None  # the next request, not yet taken by the thread

    def ask(self, wanted: Callable[[Any], Any]) -> None:
        """The next request: ``wanted`` of the one not yet taken (None when there is none), under the lock."""
        with self._lock:
            self._wanted = wanted(self._wanted)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()

    def busy(self) -> bool:
        with self._lock:
            return self._thread is not None and self._thread.is_alive()

    def drop(self) -> threading.Thread | None:
        """The request not yet taken dropped; the thread still at work, if one is."""
        with self._lock:
            self._wanted = None
            return self._thread

    def read(self, wanted: Any) -> tuple[Any, ...] | None:  # pragma: no cover - each worker has its own
        raise NotImplementedError

    def deliver(self, result: tuple[Any, ...]) -> None:  # pragma: no cover - each worker has its own
        raise NotImplementedError

    def _run(self) -> None:
        while True:
            with self._lock:
                wanted, self._wanted = self._wanted, None
                if wanted is None:
                    self._thread = None
                    return
            result = self.read(wanted)
            if result is None:
                continue
            try:
                self.deliver(result)  # a queued signal: on the GUI thread
            except RuntimeError:  # the window was closed and deleted meanwhile
                return

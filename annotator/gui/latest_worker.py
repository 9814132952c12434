"""A worker thread that reads the project for the window, the latest request only (the document list's
:mod:`~annotator.gui.document_list_reading`, the Statistics panel's :mod:`~annotator.gui.project_counts`).

Each request replaces the one not yet taken; the thread, started when there is none, takes them one
after the other and ends when none is left, so a burst of requests is read twice at most and what is
shown last is what the file held after the last of them. :meth:`LatestWorker.read` does one request on
the worker's thread (its own connection: SQLite lets go of Python's lock while it reads) and gives what
to hand to the GUI thread, or None for nothing; :meth:`LatestWorker.deliver` gets it there.

The thread never touches the QObject (the panel's, the list's: deleted with the window, maybe while
it reads): it shares plain Python with it (:class:`_Requests`), ``read`` is a static method, and what
it read goes through a carrier of its own (``carrier.py``), queued to the QObject, to nobody once the
QObject is gone.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot

from annotator.gui.carrier import Carrier


class _Requests:
    """What the window's thread and the worker share, under ``lock``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None
        self.wanted: Any = None  # the next request, not yet taken by the thread


class LatestWorker(QObject):
    name = "latest-worker"  # the thread's name

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._requests = _Requests()

    def ask(self, wanted: Callable[[Any], Any]) -> None:
        """The next request: ``wanted`` of the one not yet taken (None when there is none), under the lock."""
        requests = self._requests
        with requests.lock:
            requests.wanted = wanted(requests.wanted)
            if requests.thread is None or not requests.thread.is_alive():
                carrier = Carrier(self._delivered)
                requests.thread = threading.Thread(target=_run, args=(requests, type(self).read, carrier),
                                                   name=self.name, daemon=True)
                requests.thread.start()

    def busy(self) -> bool:
        requests = self._requests
        with requests.lock:
            return requests.thread is not None and requests.thread.is_alive()

    def drop(self) -> threading.Thread | None:
        """The request not yet taken dropped; the thread still at work, if one is."""
        requests = self._requests
        with requests.lock:
            requests.wanted = None
            return requests.thread

    @staticmethod
    def read(wanted: Any) -> tuple[Any, ...] | None:  # pragma: no cover - each worker has its own
        """On the worker's thread: what to deliver of ``wanted``, or None."""
        raise NotImplementedError

    def deliver(self, result: tuple[Any, ...]) -> None:  # pragma: no cover - each worker has its own
        """On the window's thread: hand ``result`` on (a signal)."""
        raise NotImplementedError

    @Slot(object)
    def _delivered(self, result: tuple[Any, ...]) -> None:
        self.deliver(result)


def _run(requests: _Requests, read: Callable[[Any], tuple[Any, ...] | None], carrier: Carrier) -> None:
    try:
        while True:
            with requests.lock:
                wanted, requests.wanted = requests.wanted, None
                if wanted is None:
                    requests.thread = None
                    return
            result = read(wanted)
            if result is not None:
                carrier.send(result)  # queued: on the GUI thread, if the QObject is still there
    finally:
        carrier.done()

"""The project's counts for the Statistics panel, read off the GUI thread.

``Store.stats`` reads every span's row of an index: 90-150 ms for a project of 5,000 reports
(~900,000 spans), which the panel did on the window's thread after each edit, undo and redo.
A worker thread opens its own connection (``Store.open``: under a millisecond for a project this
process has open) and counts there; SQLite lets go of Python's lock while it reads, so the window
keeps painting and taking keys. Requests while a count is under way are coalesced into one more
count after it (a burst of edits is counted twice at most), so what is shown in the end is what
the file holds after the last write, this window's or another program's.

Each count also gives how the accepted spans came about (``origins``: :meth:`Store.count_by_origin`,
a scan of every span, never on the window's thread); when a project is first shown, the panel counts
the rest itself and asks for the origins alone (``stats=False``).
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store


class ProjectCounts(QObject):
    counted = Signal(str, object, object)  # the project folder, the request's mark, Store.stats() (None: failed)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._wanted: tuple[Path, Any, bool] | None = None  # the next count asked for: (folder, mark, stats)

    def request(self, folder: Path, mark: Any, *, stats: bool = True) -> None:
        """Count ``folder``'s project in the worker (``stats=False``: the origins alone); ``counted``
        follows with ``mark``, the counts of ``Store.stats`` (when asked for) and ``origins``."""
        with self._lock:
            before = self._wanted
            self._wanted = (folder, mark, stats or (before is not None and before[0] == folder and before[2]))
            if self._thread is not None and self._thread.is_alive():
                return  # the running worker takes it when it is done
            self._thread = threading.Thread(target=self._run, name="project-counts", daemon=True)
            self._thread.start()

    def busy(self) -> bool:
        with self._lock:
            return self._thread is not None and self._thread.is_alive()

    def wait(self, seconds: float = 30.0) -> None:
        """Let a count under way finish (its connection closed): before a restore replaces the file."""
        with self._lock:
            self._wanted = None
            thread = self._thread
        if thread is not None:
            thread.join(seconds)

    def _run(self) -> None:
        while True:
            with self._lock:
                wanted, self._wanted = self._wanted, None
                if wanted is None:
                    self._thread = None
                    return
            folder, mark, full = wanted
            try:
                with Store.open(folder, read_only_ok=True) as store:
                    counts: dict[str, Any] = store.stats() if full else {}
                    counts["origins"] = store.count_by_origin()
                stats: dict[str, Any] | None = counts
            except AnnotatorError:
                stats = None  # the project went away meanwhile: the panel keeps what it showed
            try:
                self.counted.emit(str(folder), mark, stats)  # delivered on the GUI thread (queued)
            except RuntimeError:  # the window was closed and deleted meanwhile
                return

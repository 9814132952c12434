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

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.gui.latest_worker import LatestWorker


class ProjectCounts(LatestWorker):
    counted = Signal(str, object, object)  # the project folder, the request's mark, Store.stats() (None: failed)
    name = "project-counts"

    def request(self, folder: Path, mark: Any, *, stats: bool = True) -> None:
        """Count ``folder``'s project in the worker (``stats=False``: the origins alone); ``counted``
        follows with ``mark``, the counts of ``Store.stats`` (when asked for) and ``origins``."""
        self.ask(lambda before: (folder, mark, stats or (before is not None and before[0] == folder and before[2])))

    def wait(self, seconds: float = 30.0) -> None:
        """Let a count under way finish (its connection closed): before a restore replaces the file."""
        thread = self.drop()
        if thread is not None:
            thread.join(seconds)

    @staticmethod
    def read(wanted: Any) -> tuple[Any, ...] | None:
        folder, mark, full = wanted
        try:
            with Store.open(folder, read_only_ok=True) as store:
                counts: dict[str, Any] = store.stats() if full else {}
                counts["origins"] = store.count_by_origin()
            stats: dict[str, Any] | None = counts
        except AnnotatorError:
            stats = None  # the project went away meanwhile: the panel keeps what it showed
        return str(folder), mark, stats

    def deliver(self, result: tuple[Any, ...]) -> None:
        self.counted.emit(*result)

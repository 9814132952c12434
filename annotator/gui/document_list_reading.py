"""The document list read off the GUI thread (Ctrl+R after another program wrote to the project).

Reading every document's entry and counting every document's spans (``Store.document_entries``,
``Store.document_counts``) took 164-176 ms of CPU on the window's thread at each Ctrl+R after
``annotator`` on the command line had added a span to a project of 4,704 reports and 475,000 spans.
A worker thread opens its own connection and reads them there (SQLite lets go of Python's lock
while it reads), as the export dialog's annotators are read (``export_layers.py``); what it read
is handed to the GUI thread (a queued signal) and shown there. Requests are numbered: a newer one
supersedes an older one still under way, whose reading is never shown.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store


class ListReader(QObject):
    read = Signal(int, object, object, object)  # the request's number, its mark, the entries, the counts

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked = 0  # the number of the latest request: an older one's reading is dropped
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._wanted: tuple[int, Path, Any] | None = None  # the next read asked for: (number, folder, mark)

    def request(self, folder: Path, mark: Any) -> int:
        """Read ``folder``'s documents and counts in the worker; ``read`` follows with the request's
        number (returned), ``mark`` and what was read (None, None: the project went away meanwhile)."""
        with self._lock:
            self.asked += 1
            self._wanted = (self.asked, folder, mark)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="document-list", daemon=True)
                self._thread.start()
            return self.asked

    def forget(self) -> None:
        """Whatever is under way is not shown (the project closed, the list read on the window's thread)."""
        with self._lock:
            self.asked += 1
            self._wanted = None

    def _run(self) -> None:
        while True:
            with self._lock:
                wanted, self._wanted = self._wanted, None
                if wanted is None:
                    self._thread = None
                    return
            number, folder, mark = wanted
            entries: Any = None
            counts: Any = None
            try:
                with Store.open(folder, read_only_ok=True) as store:
                    entries, counts = store.document_entries(), store.document_counts()
            except AnnotatorError:
                entries = counts = None
            if number != self.asked:  # superseded meanwhile
                continue
            try:
                self.read.emit(number, mark, entries, counts)  # delivered on the GUI thread (queued)
            except RuntimeError:  # the window was closed and deleted meanwhile
                return

"""Search all documents as the user types, off the window's thread.

A word of one or two characters (松元) cannot use the trigram index (``documents_squeezed``): every
text is read and matched, 200 ms for 4,704 reports (17 million characters), which held the window
300-380 ms a pause in the typing. A worker thread opens its own connection (SQLite lets go of
Python's lock while it reads) and searches there; a key typed meanwhile stops it between two texts
(its hits are dropped) and the next pause starts another. Enter before the list follows the typing
searches here too, its first hit opened when listed (``SearchDialog._return_pressed``).
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store


class BackgroundSearch(QObject):
    found = Signal(int, str, object)  # the request's number, the needle, its Found (None: failed); on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked = 0  # the number of the latest request: an older one stops and its hits are dropped
        self._lock = threading.Lock()

    def start(self, folder: Path, needle: str, limit: int) -> int:
        """Search ``folder``'s project for ``needle`` in a worker; ``found`` follows with the returned number."""
        with self._lock:
            self._asked += 1
            number = self._asked

        def stale() -> bool:
            return number != self._asked

        def run() -> None:
            try:
                with Store.open(folder, read_only_ok=True) as store:
                    found = store.search_documents(needle, limit, cancelled=stale)
            except AnnotatorError:
                found = None  # the project went away meanwhile: the dialog searches on its own thread at Enter
            if stale():
                return
            try:
                self.found.emit(number, needle, found)
            except RuntimeError:  # the dialog was closed and deleted meanwhile
                pass

        threading.Thread(target=run, name="search-all", daemon=True).start()
        return number

    def cancel(self) -> None:
        """Drop what is under way (typed on, or searched on the window's thread)."""
        with self._lock:
            self._asked += 1

    def current(self, number: int) -> bool:
        return number == self._asked

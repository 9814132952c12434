"""Search all documents as the user types, off the window's thread.

A word of one or two characters (松元) cannot use the trigram index (``documents_squeezed``): every
text is read and matched, 200 ms for 4,704 reports (17 million characters), which held the window
300-380 ms a pause in the typing. A worker thread opens its own connection (SQLite lets go of
Python's lock while it reads) and searches there; a key typed meanwhile stops it between two texts
(its hits are dropped) and the next pause starts another. Enter before the list follows the typing
searches here too, its first hit opened when listed (``SearchDialog._return_pressed``). The hits come
through a carrier of the worker's own (``carrier.py``): the dialog may be closed and deleted meanwhile.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.gui.carrier import Carrier


class _Asked:
    """The number of the latest request: plain Python, which the worker reads (it never touches the
    dialog's QObject, which may be deleted while it searches)."""

    def __init__(self) -> None:
        self.number = 0
        self.lock = threading.Lock()


class BackgroundSearch(QObject):
    found = Signal(int, str, object)  # the request's number, the needle, its Found (None: failed); on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked = _Asked()  # an older request stops and its hits are dropped

    def start(self, folder: Path, needle: str, limit: int) -> int:
        """Search ``folder``'s project for ``needle`` in a worker; ``found`` follows with the returned number."""
        asked = self._asked
        with asked.lock:
            asked.number += 1
            number = asked.number
        carrier = Carrier(self._found)  # the dialog closed and deleted meanwhile: the hits go nowhere

        def stale() -> bool:
            return number != asked.number

        def run() -> None:
            try:
                try:
                    with Store.open(folder, read_only_ok=True) as store:
                        found = store.search_documents(needle, limit, cancelled=stale)
                except AnnotatorError:
                    found = None  # the project went away meanwhile: the dialog searches on its own thread at Enter
                if not stale():
                    carrier.send((number, needle, found))
            finally:
                carrier.done()

        threading.Thread(target=run, name="search-all", daemon=True).start()
        return number

    @Slot(object)
    def _found(self, result: tuple[int, str, Any]) -> None:
        self.found.emit(*result)

    def cancel(self) -> None:
        """Drop what is under way (typed on, or searched on the window's thread)."""
        with self._asked.lock:
            self._asked.number += 1

    def current(self, number: int) -> bool:
        return number == self._asked.number

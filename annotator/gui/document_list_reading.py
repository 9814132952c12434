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

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.gui.latest_worker import LatestWorker


class ListReader(LatestWorker):
    read_list = Signal(int, object, object, object)  # the request's number, its mark, the entries, the counts
    name = "document-list"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked = 0  # the number of the latest request (asked on the GUI thread): an older one's is dropped

    def request(self, folder: Path, mark: Any) -> int:
        """Read ``folder``'s documents and counts in the worker; ``read_list`` follows with the request's
        number (returned), ``mark`` and what was read (None, None: the project went away meanwhile)."""
        self.asked += 1
        number = self.asked
        self.ask(lambda _before: (number, folder, mark))
        return number

    def forget(self) -> None:
        """Whatever is under way is not shown (the project closed, the list read on the window's thread)."""
        self.asked += 1
        self.drop()

    @staticmethod
    def read(wanted: Any) -> tuple[Any, ...] | None:
        number, folder, mark = wanted
        entries: Any = None
        counts: Any = None
        try:
            with Store.open(folder, read_only_ok=True) as store:
                entries, counts = store.document_entries(), store.document_counts()
        except AnnotatorError:
            entries = counts = None
        return number, mark, entries, counts

    def deliver(self, result: tuple[Any, ...]) -> None:
        if result[0] == self.asked:  # superseded meanwhile (asked again, forgotten): not shown
            self.read_list.emit(*result)

"""The session's automatic backup, made off the GUI thread when a project opens.

The core makes a backup before the first write of a session (``Store._backup_if_due``); in the
window that write is a key press, and a backup of a large project would hold the key for seconds.
So the window's store is told not to (``Store.defer_session_backup``), and a worker thread opens
its own connection and makes the backup (``Store.session_backup``); a failure reaches the
status bar's backup warning. Hourly backups while editing stay with the window's store.
The worker emits on a carrier of its own (``carrier.py``: the application's, deleted on the window's
thread when the worker is done), so the window may close and be deleted while it runs: the backup is
finished all the same (the thread is not a daemon), and no one is told.

The worker starts an event-loop turn after the project's first paint (of the widget given to
:meth:`SessionBackup.start`, the document list), not before it: its first reads (the project's
fingerprint and its newest backup's, two passes over 20,000 documents and 400,000 spans) would
take the second core and the disk from the window's own reads of the new project (about 75 ms
of a 20,000-document open). A window that does not paint (hidden) starts it after
:data:`LATEST_MS`; a second project opened before, or :meth:`SessionBackup.wait`, starts it at once.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.gui.after_paint import AfterFirstPaint
from annotator.gui.carrier import Carrier

LATEST_MS = 1000  # the worker starts at the latest this long after the project opened


class SessionBackup(AfterFirstPaint):
    done = Signal(str, str)  # the project folder, what went wrong ("" when it worked or was not due)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, LATEST_MS)
        self._threads: list[threading.Thread] = []  # every worker not known to be done (one a project opened)
        self._pending: Path | None = None  # the folder whose backup waits for the first paint

    def start(self, store: Store, after: QObject | None = None) -> None:
        """Back up ``store``'s project in a worker: at once, or once ``after`` has painted."""
        store.defer_session_backup()
        self._begin()  # another project's, still waiting: not dropped
        self._pending = store.folder
        if after is None:
            self._begin()
            return
        self._watch(after)

    def wait(self, seconds: float = 30.0) -> None:
        """Let every backup under way (or waiting for its paint) finish: an earlier project's too, when
        projects were switched quickly (a restore replaces a file that worker may still read)."""
        self._begin()
        for thread in self._threads:
            thread.join(seconds)
        self._threads = [t for t in self._threads if t.is_alive()]

    def _start(self) -> None:
        folder, self._pending = self._pending, None
        if folder is not None:
            said = Carrier(self._said)  # on the GUI thread, if the window is still there
            # not a daemon: a program ending (its window closed) lets the backup finish its file first
            thread = threading.Thread(target=_run, args=(folder, said), name="session-backup")
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            thread.start()

    @Slot(object)
    def _said(self, result: tuple[str, str]) -> None:
        self.done.emit(*result)


def _run(folder: Path, said: Carrier) -> None:
    try:
        try:
            with Store.open(folder) as store:
                error = store.session_backup()
        except AnnotatorError as e:
            error = f"automatic backup of {folder} failed: {e}"
        said.send((str(folder), error))
    finally:
        said.done()

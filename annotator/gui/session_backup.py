"""The session's automatic backup, made off the GUI thread when a project opens.

The core makes a backup before the first write of a session (``Store._backup_if_due``); in the
window that write is a key press, and a backup of a large project would hold the key for seconds.
So the window's store is told not to (``Store.defer_session_backup``), and a worker thread opens
its own connection and makes the backup at once (``Store.session_backup``); a failure reaches the
status bar's backup warning. Hourly backups while editing stay with the window's store.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from annotator.core.errors import AnnotatorError
from annotator.core.store import Store


class SessionBackup(QObject):
    done = Signal(str, str)  # the project folder, what went wrong ("" when it worked or was not due)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def start(self, store: Store) -> None:
        store.defer_session_backup()
        self._thread = threading.Thread(target=self._run, args=(store.folder,), name="session-backup", daemon=True)
        self._thread.start()

    def wait(self, seconds: float = 30.0) -> None:
        """Let a backup under way finish (the window closing, a test)."""
        if self._thread is not None:
            self._thread.join(seconds)

    def _run(self, folder: Path) -> None:
        try:
            with Store.open(folder) as store:
                error = store.session_backup()
        except AnnotatorError as e:
            error = f"automatic backup of {folder} failed: {e}"
        self.done.emit(str(folder), error)  # delivered on the GUI thread (a queued connection)

"""What the window shows while another program's write keeps its own waiting.

An edit is saved at once, in the window's thread, and waits (up to the store's busy timeout, ten
seconds) while ``annotator`` on the command line or another window writes to the same project. A wait
longer than a moment (``core/store/write_lock.py``) now says so: the status bar names the project and
why nothing moves, with the wait cursor, until the write goes through (or fails with its message).
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from annotator.core.store import Store
    from annotator.gui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("LockWait", text)


def message(store: Store) -> str:
    return _t("Waiting for another program that is writing to {0} (annotator on the command line, or another "
              "window); this edit is saved as soon as it has finished…").format(store.folder.name)


def watch(w: MainWindow, store: Store) -> None:
    """Let ``store``'s writes say in ``w``'s status bar when they wait for another program."""

    @contextlib.contextmanager
    def waiting() -> Iterator[None]:
        if QThread.currentThread() is not w.thread():  # a widget is never touched from another thread
            yield
            return
        bar = w.statusBar()
        said = message(store)
        bar.showMessage(said)
        bar.repaint()  # painted now: the window's thread waits inside SQLite until the lock comes
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()
            if bar.currentMessage() == said:
                bar.clearMessage()

    store.waiting = waiting

"""A restore by another program (``annotator restore`` in a terminal, a second window's Restore from a
backup…) while the window has the project open. The window's undo steps name spans and values of the
database the restore replaced: a step's span may be gone, or its id given to another span since (Ctrl+Z
was refused saying the window's span "was changed … to '80家'", another span's text). Each restore leaves
a new mark in the project (:func:`annotator.core.store.restore.restore_mark`); the window's next look at
what another program wrote (:mod:`annotator.gui.reloading`) or its next whole read (Ctrl+R) that finds
another mark clears the undo history, the window's and the core's, and the status bar says so.

The window's own restore closes the project and opens it again (its history goes with the close); a
project opened (another store) is only taken as it is.
"""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotator.core.errors import AnnotatorError
from annotator.core.store.base import RESTORED

if TYPE_CHECKING:
    from annotator.core.store import Store
    from annotator.gui.main_window import MainWindow

SHOWN_MS = 10000


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoredElsewhere", text)


class RestoreSeen:
    """The mark of the last restore of the project the window has open, as the window last read it."""

    def __init__(self, window: MainWindow):
        self.w = window
        self._known: tuple[Store, str] | None = None  # the store it was read from, the mark

    def look(self) -> str:
        """Whether another program restored the project since the last look: then the undo history is
        cleared and what the status bar is to say returned ("" when there was no restore)."""
        w = self.w
        store = w.store
        if store is None:
            return ""
        try:
            mark = store.get_meta(RESTORED)  # (core/store/restore.py restore_mark)
        except (AnnotatorError, sqlite3.Error):  # the next look, or the next edit, says what is wrong
            return ""
        known, self._known = self._known, (store, mark)
        if known is None or known[0] is not store or known[1] == mark:
            return ""
        had_steps = w.undo_stack.count() > 0
        w.undo_stack.clear()  # its steps name the state the restore replaced
        if w.ops is not None:
            w.ops.history.clear()  # and the core's copy of them
        if had_steps:
            return _tr("Another program restored the project from a backup: the undo history was cleared")
        return _tr("Reloaded: another program restored the project from a backup")

    def say(self, said: str) -> None:
        if said:
            self.w.statusBar().showMessage(said, SHOWN_MS)

"""The label editor notices the labels another program changed while it is open (``annotator labels P
--add SECTOR`` in a terminal, a second window), as the window does (:mod:`annotator.gui.reloading`):
SQLite's ``data_version`` moves only for other connections' commits, looked at every
:data:`~annotator.gui.reloading.INTERVAL_MS` while the dialog is shown and when it becomes active
again. When the labels read differ from those shown, the table is filled again (its cells reused).

Never under a cell being edited, nor under an open list (a row's key box) or a colour being chosen:
the note above the table says the change waits, and it is shown as soon as the edit is done (the
edit itself is saved first, by its own name). The window behind the dialog goes on looking as well
(:func:`~annotator.gui.reloading.look_behind`): its form's buttons and its list show the labels at once."""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

from annotator.core.errors import AnnotatorError
from annotator.gui.dialogs.outside_watch import OutsideWatch

if TYPE_CHECKING:
    from annotator.gui.dialogs.label_editor import LabelEditorDialog


class OutsideLabels(OutsideWatch):
    def __init__(self, dialog: LabelEditorDialog) -> None:
        super().__init__(dialog)
        self.waiting = False  # another program's change not shown yet: a cell is being edited
        dialog.table.itemDelegate().closeEditor.connect(self._edit_closed)

    def _edit_closed(self) -> None:
        QTimer.singleShot(0, self, self.check)

    def busy(self) -> bool:
        """A cell being edited, a key box's list open, a colour being chosen: not filled under them."""
        dialog = self.dialog
        return (dialog.table.state() == QAbstractItemView.State.EditingState
                or QApplication.activePopupWidget() is not None
                or QApplication.activeModalWidget() not in (None, dialog))

    def check(self) -> bool:
        """Show the labels as another program left them (True if the table was filled again)."""
        version = self._version()
        if version == self.seen and not self.waiting:
            return False
        try:
            changed = self.dialog.store.labels() != self.dialog.shown
        except (AnnotatorError, sqlite3.Error):  # the next edit says what is wrong, not a timer
            return False
        if changed and self.busy():
            if not self.waiting:
                self.waiting = True
                self.dialog.say_outside(waiting=True)
            return False
        self.seen, waited, self.waiting = version, self.waiting, False
        if changed:
            self.dialog.reload()
        if changed or waited:  # (the edit's own save may have shown it already)
            self.dialog.say_outside(waiting=False)
        return changed

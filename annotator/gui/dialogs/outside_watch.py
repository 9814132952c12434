"""A dialog that shows another program's writes while it is open (``annotator labels P --add`` or
``annotator coders P --remove`` in a terminal, a second window), as the window does
(:mod:`annotator.gui.reloading`): SQLite's ``data_version``, which moves only for other connections'
commits, looked at every :data:`~annotator.gui.reloading.INTERVAL_MS` while the dialog is shown and when
it becomes active again (back from a terminal). The window behind the dialog goes on looking as well
(:func:`~annotator.gui.reloading.look_behind`). What a change shows is each dialog's own ``check``
(``label_watch.py``: the label editor; ``coders_dialog.py``: the coders)."""
from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

from annotator.gui.reloading import INTERVAL_MS, look_behind


class OutsideWatch(QObject):
    """Looks at ``dialog.store``'s ``data_version`` while ``dialog`` is shown; :meth:`check` shows a change."""

    def __init__(self, dialog: Any) -> None:
        super().__init__(dialog)
        self.seen = self._version()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        dialog.installEventFilter(self)
        look_behind(dialog)  # the window behind follows them too: its list, its table, its buttons

    @property
    def dialog(self) -> Any:
        """The dialog watched, its parent: not kept on the watch (the dialog holds its child's Python object, which
        held the dialog: a cycle, freed by Python's cycle collector on whatever thread runs it)."""
        return self.parent()

    def _version(self) -> int:
        try:
            return int(self.dialog.store.data_version())
        except sqlite3.Error:
            return -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            self.timer.start()
        elif kind == QEvent.Type.Hide:
            self.timer.stop()
        elif kind == QEvent.Type.ActivationChange and self.dialog.isActiveWindow():  # back from a terminal
            QTimer.singleShot(0, self, self.check)
        return False

    def check(self) -> bool:
        """Show what another program changed (True if the dialog shows something new)."""
        raise NotImplementedError

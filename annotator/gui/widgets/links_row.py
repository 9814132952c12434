"""The form's Links row (关联): the selected span's links, one a line, reached by Tab as the fields
are. ``Enter`` or ``Space`` on it opens *Link to…* (Ctrl+L's list, ``dialogs/link_chooser.py``),
a double-click too; ``Esc`` gives the article the keys, as on the form's buttons. A keyboard user
could read the links but reach them only through Ctrl+L.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QWidget

OPENING = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}


def frame_if_focused(row: QWidget) -> None:
    """Frame ``row`` in the palette's highlight while it has the focus (after its own painting: over its edge)."""
    if row.hasFocus():
        painter = QPainter(row)
        painter.setPen(row.palette().color(QPalette.ColorRole.Highlight))
        painter.drawRect(row.rect().adjusted(0, 0, -1, -1))
        painter.end()


class LinksRow(QLabel):
    activated = Signal()  # Enter, Space or a double-click: choose a span to link to
    left = Signal()  # Esc: the article takes the keys

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab and a click reach it

    def event(self, event: QEvent) -> bool:
        """Enter is the window's Accept and Space may be a shortcut: on this row they open the list."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and self._opening(event)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._opening(event):
            self.activated.emit()
        elif event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.left.emit()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Its lines, framed in the palette's highlight while it has the focus (drawn over its edge, not
        a border: the form's rows keep their height, focused or not)."""
        super().paintEvent(event)
        frame_if_focused(self)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        else:
            super().mouseDoubleClickEvent(event)

    @staticmethod
    def _opening(event: QKeyEvent) -> bool:
        return event.key() in OPENING and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier

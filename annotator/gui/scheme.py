"""The window following the system's colour scheme while it is open (light to dark and back).

Qt hands every widget the application's new palette and a ``PaletteChange`` event, except a widget
with a style sheet: it keeps the palette it had when its sheet was set. A bold title made with
``font-weight: bold`` stayed black on the dark panel once the system turned dark, the guide's note
kept the light palette's grey. So a look that only needs a font or a palette role is given without a
style sheet (:func:`bold_title`, :func:`placeholder_text`), and a style sheet whose colour is worked
out from the palette (a refused value's red wash) is set anew by :class:`Restyled` when the palette
its widget sits in changes.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

TITLE_TOP = 4  # pixels above a panel's bold title (was the sheet's margin-top)


def bold_title(label: QLabel) -> None:
    """A panel's title: bold, a little room above it; its colour the palette's, whichever it is."""
    font = QFont()  # only the weight set: size and family still follow the application's
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, TITLE_TOP, 0, 0)


def placeholder_text(label: QLabel) -> None:
    """A note in the palette's placeholder grey (a hint under a field), light or dark."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def palette_around(widget: QWidget) -> QPalette:
    """The palette ``widget`` is drawn in, as it is now: its parent's (a widget with a style sheet keeps
    an old one of its own), the application's for a window."""
    parent = widget.parentWidget()
    if parent is not None:
        return parent.palette()
    from PySide6.QtWidgets import QApplication

    return QApplication.palette(widget)


class Restyled(QObject):
    """Sets ``widget``'s style sheet to ``sheet(palette)`` now and again each time the palette around
    it changes; gone (and the sheet cleared) with :meth:`stop`. Lives as long as the widget."""

    NAME = "restyled"

    def __init__(self, widget: QWidget, sheet: Callable[[QPalette], str]) -> None:
        super().__init__(widget, objectName=self.NAME)
        self.widget, self.sheet = widget, sheet
        self.watched = widget.parentWidget()
        if self.watched is not None:
            self.watched.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        self.widget.setStyleSheet(self.sheet(palette_around(self.widget)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.watched and event.type() == QEvent.Type.PaletteChange:
            self.apply()
        return False

    def stop(self) -> None:
        if self.watched is not None:
            self.watched.removeEventFilter(self)
        self.widget.setStyleSheet("")
        self.setParent(None)
        self.deleteLater()

    @classmethod
    def of(cls, widget: QWidget) -> Restyled | None:
        found = widget.findChild(cls, cls.NAME)
        return found if isinstance(found, cls) else None

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

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyle, QStyleOption, QWidget

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


def is_dark(palette: QPalette) -> bool:
    """A dark colour scheme: the text lighter than the base it is written on."""
    return palette.color(QPalette.ColorRole.Text).lightness() > palette.color(QPalette.ColorRole.Base).lightness()


def check_frame(palette: QPalette) -> QColor:
    """The frame of a check box on a dark palette: the text's colour half over the base (4:1 on #1e1e1e)."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor((text.red() + base.red()) // 2, (text.green() + base.green()) // 2, (text.blue() + base.blue()) // 2)


_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)


class VisibleChecks(QProxyStyle):
    """Fusion with check boxes (and radio buttons) whose frame shows on a dark palette. Fusion draws the
    frame in the window's colour darkened (#222222 round a #1e1e1e box: 1.05:1), so an unticked box was
    all but gone, in a dialog and in a list (the Export dialog's labels and documents); on a dark palette
    :func:`check_frame` is drawn over it. A light palette's are Fusion's own, as is the keyboard focus's
    blue frame."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _BOXES or not is_dark(option.palette):
            return
        state = option.state
        if state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_KeyboardFocusChange:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(check_frame(option.palette)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.translate(0.5, 0.5)  # as Fusion draws its frame: on the pixels' middles
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        else:  # Fusion's circle, where it draws it
            radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
            painter.drawEllipse(QPointF(rect.center()) + QPointF(1, 1), radius, radius)
        painter.restore()


def visible_checks(app: QApplication) -> None:
    """The application's style with :class:`VisibleChecks` when it is Fusion (Linux's; Windows and macOS
    draw their own check boxes, left alone)."""
    style = app.style()
    if style is not None and style.name().lower() == "fusion" and not isinstance(style, VisibleChecks):
        app.setStyle(VisibleChecks("Fusion"))

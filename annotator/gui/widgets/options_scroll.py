"""A dialog's options in a scroll area that asks for the room they take whole and scrolls only
where the screen is shorter: the Export dialog's options took 811 px at 18 pt, more than a 1366×768
screen gives, and its Export button was below the screen's edge. At the usual font they show whole,
as before. The option Tab (or Shift+Tab) reaches is scrolled into view."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QFrame, QLayout, QScrollArea, QWidget

from annotator.gui.opening_size import opening_size

LEAST_LINES = 6  # the options' least height, in lines: the dialog shrinks to a screen's room, not below


class OptionsScroll(QScrollArea):
    def __init__(self, options: QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        options.setContentsMargins(0, 0, 0, 0)
        inner.setLayout(options)
        self.setWidget(inner)
        self._grown = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def sizeHint(self) -> QSize:
        """The options whole at their least (QScrollArea's own hint is cut at 24 lines)."""
        whole = self.widget().minimumSizeHint()
        return QSize(whole.width() + self.verticalScrollBar().sizeHint().width(), whole.height())

    def minimumSizeHint(self) -> QSize:
        lines = LEAST_LINES * self.fontMetrics().height()
        return QSize(self.sizeHint().width(), min(lines, self.sizeHint().height()))

    def showEvent(self, event: QShowEvent) -> None:
        """Shown the first time: the window grown (inside the screen) to the options' height, now that their
        wrapped lines have their width (before, a note's lines were not counted)."""
        super().showEvent(event)
        if self._grown:
            return
        self._grown = True
        window, more = self.window(), self.sizeHint().height() - self.height()
        if more > 0:
            window.resize(opening_size(window, window.size(), window.size() + QSize(0, more)))

    def _follow(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and self.widget().isAncestorOf(now):
            self.ensureWidgetVisible(now)

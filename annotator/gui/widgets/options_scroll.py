"""A dialog's options in a scroll area that asks for the room they take whole and scrolls only
where the screen is shorter: the Export dialog's options took 811 px at 18 pt, more than a 1366×768
screen gives, and its Export button was below the screen's edge. At the usual font they show whole,
as before. The option Tab (or Shift+Tab) reaches is scrolled into view; the area itself takes no keys (the
dialog opens with them on its first option)."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
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
        # Tab goes from option to option, not to the area: the Export dialog opened with the keys on it, an
        # unnamed, unframed stop where Down scrolled nothing and a screen reader said nothing
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        options.setContentsMargins(0, 0, 0, 0)
        inner.setLayout(options)
        self.setWidget(inner)
        self._inner = inner  # the area's widget, for good
        self._grown = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def sizeHint(self) -> QSize:
        """The options whole at their least (QScrollArea's own hint is cut at 24 lines), or as tall as the
        scroll area lays them out where a wrapped note gives them a height for their width (at their
        lists' usual heights: at 18 pt the Export dialog's documents were 58 px below the fold)."""
        inner = self._inner
        whole = inner.minimumSizeHint()
        if inner.hasHeightForWidth():
            wide = self.viewport().width() if self.isVisible() else whole.width()
            whole.setHeight(max(whole.height(), inner.heightForWidth(max(wide, whole.width()))))
        return QSize(whole.width() + self.verticalScrollBar().sizeHint().width(), whole.height())

    def minimumSizeHint(self) -> QSize:
        lines = LEAST_LINES * self.fontMetrics().height()
        return QSize(self.sizeHint().width(), min(lines, self.sizeHint().height()))

    def showEvent(self, event: QShowEvent) -> None:
        """Shown the first time: the window grown to the options' height, and again a turn later, once a
        wrapped note's lines are counted (``form_room.keep_whole`` fits it on its first resize: at 18 pt the
        Export dialog opened 48 px shorter than the screen allowed, its options scrolled)."""
        super().showEvent(event)
        if self._grown:
            return
        self._grown = True
        self.grow_twice()

    def grow_twice(self) -> None:
        """Grow now, and again a turn later, once a wrapped note's lines are counted (options that change
        after the dialog was shown: the Export dialog's coders, read in the background)."""
        self.grow()
        QTimer.singleShot(0, self, self.grow)

    def grow(self) -> None:
        """The window grown (inside the screen) by the height the options lack to show whole: their wrapped
        lines counted, or a line below them (the export's result) that took their room."""
        window = self.window()
        layout = window.layout()
        if layout is not None:
            layout.activate()  # the options' height as the window's layout now gives it
        more = self.sizeHint().height() - self.height()
        if more > 0:
            window.resize(opening_size(window, window.size(), window.size() + QSize(0, more)))

    def _follow(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and self._inner.isAncestorOf(now):
            self.ensureWidgetVisible(now)

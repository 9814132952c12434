"""A frame around the pane that has the keys. The style marks a focused field (a filter, the note)
with a coloured frame, but not the article, the annotation table, the document list or a panel's
list: Tab from a field into one of them, F6, or Esc back to the article left nothing on screen
saying where the next N or arrow key would go (the current row looked the same with or without the
focus). The pane with the focus now has a 2-pixel frame in the palette's highlight colour, drawn
inside its edges (a frame outside them was cut off by the panes beside it); it takes no clicks."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from annotator.gui.focus import is_typing_field

WIDTH = 2


class PaneFrame(QObject):
    """Follows the focus within ``window``: framed while a pane (a scroll area one does not type in) has it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.pane: QWidget | None = None
        self.edges: list[QWidget] = []  # top, bottom, left, right; made when a pane first takes the focus
        app = QApplication.instance()
        assert isinstance(app, QApplication), "widgets are made only once the QApplication is"
        app.focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        import shiboken6

        pane = new if (isinstance(new, QAbstractScrollArea) and not is_typing_field(new)
                       and new.window() is self.window) else None
        if self.pane is not None and shiboken6.isValid(self.pane):
            self.pane.removeEventFilter(self)
        self.edges = [edge for edge in self.edges if shiboken6.isValid(edge)]  # gone with a panel they were in
        self.pane = pane
        if pane is None:
            for edge in self.edges:
                edge.hide()
            return
        if len(self.edges) < 4:
            self.edges = [QWidget() for _ in range(4)]
            for edge in self.edges:
                edge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                edge.setAutoFillBackground(True)
                edge.setBackgroundRole(QPalette.ColorRole.Highlight)  # the palette's, light or dark, as it changes
                edge.setObjectName("paneFrame")
        for edge in self.edges:
            edge.setParent(pane)
            edge.show()
            edge.raise_()
        self._place()
        pane.installEventFilter(self)

    def _place(self) -> None:
        if self.pane is None:
            return
        w, h = self.pane.width(), self.pane.height()
        top, bottom, left, right = self.edges
        top.setGeometry(0, 0, w, WIDTH)
        bottom.setGeometry(0, h - WIDTH, w, WIDTH)
        left.setGeometry(0, 0, WIDTH, h)
        right.setGeometry(w - WIDTH, 0, WIDTH, h)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.pane and event.type() == QEvent.Type.Resize:
            self._place()
        return False

"""The window's status bar: a message too long for the room beside the permanent labels is never
cut mid-word.

QStatusBar draws a message from its left edge up to its first permanent widget (the project's
counts) and cuts whatever is beyond, mid-character ("… — with th"). Here, while a message does
not fit, the counts give up room (:meth:`~annotator.gui.widgets.status_label.StatusLabel.squeeze`:
elided, down to a quarter of the bar) and the message is drawn elided with "…"; its whole text is
the bar's tooltip. A message's line breaks are spaces, as Qt draws them.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QWidget

from annotator.gui.widgets.status_label import StatusLabel

MARGIN = 6  # px left of the message, as QStatusBar keeps
LEAST_SHARE = 4  # the counts keep at least a quarter of the bar while a long message shows


class MessageBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.messageChanged.connect(self._message_changed)

    def message_text(self) -> str:
        """The message on one line, as it is drawn when there is room."""
        return " ".join(self.currentMessage().split("\n"))

    def message_rect(self) -> QRect:
        """Where the message is drawn: up to the first permanent widget (the others are hidden)."""
        right = self.width() - 12
        for widget in self._permanent():
            right = min(right, widget.x() - 2)
        return QRect(MARGIN, 0, max(0, right - MARGIN), self.height())

    def shown_text(self) -> str:
        """The message as drawn: whole, or elided with "…" to the room it has."""
        return self.fontMetrics().elidedText(self.message_text(), Qt.TextElideMode.ElideRight,
                                             self.message_rect().width())

    def _permanent(self) -> list[QWidget]:
        """The visible widgets beside the message (while one shows, only the permanent ones)."""
        return [w for w in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if w.isVisible() and not isinstance(w, QSizeGrip) and not w.isWindow()]

    def _message_changed(self, message: str) -> None:
        counts = self.findChildren(StatusLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not message:
            for label in counts:
                label.squeeze(None)
            self.setToolTip("")
            return
        need = self.fontMetrics().horizontalAdvance(self.message_text())
        short = need - self.message_rect().width()
        for label in counts:
            if short <= 0 or not label.isVisible():
                continue
            width = max(self.width() // LEAST_SHARE, label.width() - short)
            if width < label.width():
                short -= label.width() - width
                label.squeeze(width)
        if self.layout() is not None:
            self.layout().activate()  # the counts' new width now, not at the next turn of the loop
        self._tip()

    def _tip(self) -> None:
        message = self.message_text()
        self.setToolTip(message if message and self.shown_text() != message else "")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._tip()  # as drawn now
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.currentMessage():
            self._tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent():
            frame = QStyleOption()
            frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = self.palette()
            frame.state = QStyle.StateFlag.State_None
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                         | Qt.TextFlag.TextSingleLine, self.shown_text())

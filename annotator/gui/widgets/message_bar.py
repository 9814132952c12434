"""The window's status bar: a message too long for the room beside the permanent labels is never
cut mid-word.

QStatusBar draws a message from its left edge up to its first permanent widget (the project's
counts) and cuts whatever is beyond, mid-character ("… — with th"). Here, while a message does
not fit, the counts give up room (:meth:`~annotator.gui.widgets.status_label.StatusLabel.squeeze`:
elided, down to a quarter of the bar) and the message is drawn elided with "…"; its whole text is
the bar's tooltip. A message's line breaks are spaces, as Qt draws them.

The counts never make the window wider than the screen: each takes a fixed width from its text
(status_label.py), which was the bar's, and so the window's, least width (two counts at a 20-pt
font: 1,314 px, wider than a 1280-px screen). The bar asks for no width of its own here; when it
is narrower than the counts' texts, they share it, each elided with its whole text as tooltip.

While a message shows, the document's counts (a widget QStatusBar hides for it) stay hidden: QStatusBar
lays itself out again when an item's height changes (a Chinese text's line is taller than a Latin one's) and
its layout then showed again each widget it had hidden, drawn over the message. In the Chinese window the
summary of Run suggestions (F5) cancelled ("……已取消：其余文档未生成关联建议") was never seen, the counts
over it at once.

Each message shown is said to a screen reader too (:mod:`~annotator.gui.widgets.announcing`).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QWidget

from annotator.gui.widgets.announcing import announce
from annotator.gui.widgets.status_label import StatusLabel

MARGIN = 6  # px left of the message, as QStatusBar keeps
LEAST_SHARE = 4  # the counts keep at least a quarter of the bar while a long message shows


class MessageBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setMinimumWidth(1)  # not the counts' widths: the window may be narrower (see _fit)
        self._fitting = False
        self._held: list[QWidget] = []  # the widgets hidden for the message shown
        self.messageChanged.connect(self._message_changed)

    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:  # noqa: N802 (Qt's name)
        """The message shown, and said to a screen reader (each time: the same answer to a key pressed again
        too; a status tip, shown by Qt's own call, is not: widgets/announcing.py)."""
        super().showMessage(text, timeout or 0)
        announce(self, text)

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

    def _hold(self, message: str) -> None:
        """The widgets QStatusBar hid for ``message`` marked hidden on purpose, so that its layout made
        again does not show them (``QLayout.addChildWidget`` shows a child hidden otherwise); shown again
        once no message shows."""
        explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        if message:
            hidden = [w for w in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                      if w.isHidden() and not w.testAttribute(explicit) and not w.isWindow()
                      and not isinstance(w, QSizeGrip)]
            for widget in hidden:
                widget.setAttribute(explicit, True)
            self._held += hidden
            return
        held, self._held = self._held, []
        for widget in held:
            widget.show()

    def _message_changed(self, message: str) -> None:
        self._hold(message)
        counts = self.findChildren(StatusLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not message:
            self._fit()
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
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the counts' new width now, not at the next turn of the loop
        self._tip()

    def _tip(self) -> None:
        message = self.message_text()
        self.setToolTip(message if message and self.shown_text() != message else "")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._tip()  # as drawn now
        if event.type() == QEvent.Type.LayoutRequest and not self.currentMessage():
            self._fit()  # a widget shown or hidden beside the counts (the read-only notice): shared again
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.currentMessage():
            self._tip()
        else:
            self._fit()

    def counts_grew(self) -> None:
        """A count's text needs more room than it had (StatusLabel): shared again unless a message shows."""
        if not self.currentMessage():
            self._fit()

    def _fit(self) -> None:
        """The counts as wide as their texts where the bar has room, else sharing it by their texts'
        widths, each elided (its whole text its tooltip)."""
        if self._fitting:
            return
        self._fitting = True  # a count unsqueezed grows: it asks again
        try:
            self._share()
        finally:
            self._fitting = False

    def _share(self) -> None:
        counts = [w for w in self._permanent() if isinstance(w, StatusLabel)]
        # the others (the read-only notice) whole: their width, not what a full bar had left them
        others = sum(max(w.width(), w.sizeHint().width()) + 8 for w in self._permanent()
                     if not isinstance(w, StatusLabel))
        needs = [label.natural_width() for label in counts]
        room = self.width() - 2 * MARGIN - others - 8 * len(counts) - 16  # spacing, the size grip
        for label, need in zip(counts, needs, strict=True):
            label.squeeze(None if sum(needs) <= room else max(40, need * room // max(1, sum(needs))))

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

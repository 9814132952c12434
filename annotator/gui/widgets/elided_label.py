"""A one-line label whose text is elided with "…" where its width is short, the whole text then in
its tooltip: a narrow panel (the Statistics beside the article in a 1024 px window) is no longer
held wider than the window gives it by a long title (a document's name), which made it scroll
sideways."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

LEAST_CHARACTERS = 4  # the least it shows: so many characters of the text's start and "…"


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""

    def whole_text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text == self._whole and self.accessibleName() == text:
            return  # (the Statistics panel sets its title again after each edit: no layout asked for)
        self._whole = text
        self.setAccessibleName(text)
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self._with_margins(self.fontMetrics().horizontalAdvance(self._whole))

    def minimumSizeHint(self) -> QSize:
        least = self._whole[:LEAST_CHARACTERS] + ("…" if len(self._whole) > LEAST_CHARACTERS else "")
        return self._with_margins(self.fontMetrics().horizontalAdvance(least))

    def _with_margins(self, width: int) -> QSize:
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right() + 2 * self.margin(),
                     self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        self._elide()  # another font

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, max(0, room))
        super().setText(shown)
        self.setToolTip(self._whole if shown != self._whole else "")

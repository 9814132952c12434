"""A status bar's label that shows counts changing at every edit without the status bar being
laid out again.

A QLabel whose text changes asks its parent's layout to run again: the status bar is laid out,
every widget in it repainted and the window's layout asked too, at each label key (0.3-0.5 ms
of a key's 10). Qt skips that for a widget of fixed size, so this label keeps a fixed size: it
grows when a text needs more room (one layout then) and keeps its width when a shorter one
comes, so the counts beside it do not jump as they change.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ROOM = 24  # pixels beyond the text: a count that gains a digit fits without a new layout


class StatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("文档 0", parent)  # the height of a line of Chinese and digits
        self.setFixedSize(0, self.sizeHint().height())
        self.clear()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        margins = self.contentsMargins()
        need = self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2 * self.margin()
        if need > self.width():
            self.setFixedWidth(need + ROOM)
        super().setText(text)

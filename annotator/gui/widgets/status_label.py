"""A status bar's label that shows counts changing at every edit without the status bar being
laid out again.

A QLabel whose text changes asks its parent's layout to run again: the status bar is laid out,
every widget in it repainted and the window's layout asked too, at each label key (0.3-0.5 ms
of a key's 10). Qt skips that for a widget of fixed size, so this label takes a fixed size at
its first text: it grows when a text needs more room (one layout then) and keeps its size when
a shorter one comes, so the counts beside it do not jump as they change.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

ROOM = 24  # pixels beyond the text: a count that gains a digit fits without a new layout


class StatusLabel(QLabel):
    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        margins = self.contentsMargins()
        need = self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2 * self.margin()
        fixed = self.minimumWidth() == self.maximumWidth()
        super().setText(text)
        if not fixed or need > self.width():  # the height of this text's line (a Chinese one is taller)
            self.setFixedSize(need + ROOM, max(self.sizeHint().height(), self.height() if fixed else 0))

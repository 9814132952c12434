"""A status bar's label that shows counts changing at every edit without the status bar being
laid out again.

A QLabel whose text changes asks its parent's layout to run again: the status bar is laid out,
every widget in it repainted and the window's layout asked too, at each label key (0.3-0.5 ms
of a key's 10). Qt skips that for a widget of fixed size, so this label takes a fixed size at
its first text: it grows when a text needs more room (one layout then) and keeps its size when
a shorter one comes, so the counts beside it do not jump as they change.

While a long message needs the room (:mod:`annotator.gui.widgets.message_bar`) it is
:meth:`StatusLabel.squeeze`-d: narrower, its text elided with "…" and whole in its tooltip.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

ROOM = 24  # pixels beyond the text: a count that gains a digit fits without a new layout


class StatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._whole = ""  # the text set, elided while squeezed
        self._limit = 0  # the width while squeezed (0: none)

    def whole_text(self) -> str:
        return self._whole

    def clear(self) -> None:
        self._whole = ""
        super().clear()

    def natural_width(self) -> int:
        """The width its whole text takes unsqueezed."""
        margins = self.contentsMargins()
        pad = margins.left() + margins.right() + 2 * self.margin()
        return self.fontMetrics().horizontalAdvance(self._whole) + pad + ROOM if self._whole else 0

    def squeeze(self, width: int | None) -> None:
        """At most ``width`` px wide, the text elided (None: as wide as the text needs again)."""
        if (width or 0) == self._limit:
            return
        self._limit = width or 0
        if not width:
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)  # QWIDGETSIZE_MAX: the next text sets the size
            self.setToolTip("")
        self.setText(self._whole)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._whole = text
        margins = self.contentsMargins()
        pad = margins.left() + margins.right() + 2 * self.margin()
        need = self.fontMetrics().horizontalAdvance(text) + pad
        if self._limit and need > self._limit:
            super().setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self._limit - pad))
            self.setToolTip(text)
            self.setFixedSize(self._limit, max(self.sizeHint().height(), self.height()))
            return
        if self._limit:
            self.setToolTip("")
        fixed = self.minimumWidth() == self.maximumWidth()
        super().setText(text)
        if not fixed or need > self.width():  # the height of this text's line (a Chinese one is taller)
            self.setFixedSize(need + ROOM, max(self.sizeHint().height(), self.height() if fixed else 0))
            grew = getattr(self.parentWidget(), "counts_grew", None)  # the bar's room shared again (message_bar)
            if grew is not None:
                grew()

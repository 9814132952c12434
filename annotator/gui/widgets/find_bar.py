"""Ctrl+F: a line under the article; every hit highlighted, Enter selects the next, Esc closes.

Closing lets the selected hit go, so that a label key never acts on text the user no longer
sees as selected.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from annotator.gui.retranslating import Retranslating
from annotator.gui.widgets.text_view import TextView


class FindBar(Retranslating, QWidget):
    """Ctrl+F: a line under the article; every hit highlighted, Enter goes to the next, Esc closes."""

    def __init__(self, view: TextView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.hits: list[tuple[int, int]] = []
        self.edit = QLineEdit()
        self.edit.textChanged.connect(self._changed)
        self.edit.returnPressed.connect(self.next_hit)
        self.count = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.count)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in this document (Enter: next, Esc: close)"))

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar; the hit it selected is let go, so that a label key cannot act on it unseen."""
        self.hide()
        self.view.set_find_hits([])
        self.view.clear_text_selection()
        self.view.setFocus()

    def _changed(self, needle: str) -> None:
        text, hits, pos = self.view.text, [], 0
        while needle and (pos := text.find(needle, pos)) >= 0 and len(hits) < 10_000:
            hits.append((pos, pos + len(needle)))
            pos += 1
        self.hits = hits
        self.view.set_find_hits(hits)
        self.count.setText(self.tr("{0} found").format(len(hits)) if needle else "")

    def next_hit(self) -> None:
        if self.hits:
            here = self.view.selection_cp()[1]
            start, end = next((h for h in self.hits if h[0] >= here), self.hits[0])
            self.view.select_range(start, end)
            self.view.ensureCursorVisible()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

"""Ctrl+F: a line under the article; every hit highlighted, Enter selects the next, Esc closes.

The text is searched in pieces of :data:`BATCH` characters, one per turn of the event loop, so
a frequent character in a long document (的, thousands of hits in 400,000 characters) never
holds the window: the count grows as the pieces are searched, and the view highlights only
the hits on screen. Enter puts the next hit in the middle of the view.

Closing lets the selected hit go, so that a label key never acts on text the user no longer
sees as selected.
"""
from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from annotator.gui.retranslating import Retranslating
from annotator.gui.widgets.text_view import TextView

BATCH = 100_000  # characters searched per event-loop turn (a few milliseconds)


class FindBar(Retranslating, QWidget):
    """Ctrl+F: a line under the article; every hit highlighted, Enter goes to the next, Esc closes."""

    def __init__(self, view: TextView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.hits: list[tuple[int, int]] = []
        self._needle, self._text, self._pos = "", "", 0  # the search under way: what, in which text, how far
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._search_batch)
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
        self._show_count()

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar; the hit it selected is let go, so that a label key cannot act on it unseen."""
        self.hide()
        self._timer.stop()
        self.view.set_find_hits([])
        self.view.clear_text_selection()
        self.view.setFocus()

    def searching(self) -> bool:
        return self._timer.isActive()

    def _changed(self, needle: str) -> None:
        """Start searching anew (the search under way is dropped)."""
        self.hits = []
        self._needle, self._text, self._pos = needle, self.view.text, 0
        self.view.set_find_hits(self.hits)
        self._timer.stop()
        if needle:
            self._timer.start()
            self._search_batch()  # the first piece at once: a short document is searched whole
        self._show_count()

    def _search_batch(self) -> None:
        """Hits starting in the next :data:`BATCH` characters."""
        if self.view.text is not self._text:  # another document is shown: search it
            self._changed(self._needle)
            return
        text, needle, hits = self._text, self._needle, self.hits
        stop = min(len(text), self._pos + BATCH)
        pos = self._pos
        while (pos := text.find(needle, pos, stop + len(needle) - 1)) >= 0:
            hits.append((pos, pos + len(needle)))
            pos += 1
        self._pos = stop
        if stop >= len(text):
            self._timer.stop()
        self.view.set_find_hits(hits)
        self._show_count()

    def _show_count(self) -> None:
        if not self._needle:
            self.count.setText("")
        elif self.searching():
            self.count.setText(self.tr("{0} found so far…").format(len(self.hits)))
        else:
            self.count.setText(self.tr("{0} found").format(len(self.hits)))

    def next_hit(self) -> None:
        """Select the next hit after the selection (from the top after the last) in the middle of the view."""
        if self.hits:
            here = self.view.selection_cp()[1]
            i = bisect_left(self.hits, (here, 0))
            start, end = self.hits[i] if i < len(self.hits) else self.hits[0]
            self.view.centre(start, end)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

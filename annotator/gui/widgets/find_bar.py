"""Ctrl+F: a line under the article; every hit highlighted, Enter selects the next, Shift+Enter
the previous, Esc closes. Full-width and half-width forms and Latin cases match each other
(:mod:`annotator.core.find`).

The text is searched in pieces of :data:`BATCH` characters, one per turn of the event loop, so
a frequent character in a long document (的, thousands of hits in 400,000 characters) never
holds the window: the count grows as the pieces are searched, and the view highlights only
the hits on screen. Enter puts the next hit in the middle of the view (the rest of the text
searched first if need be, so that it is the next one after the caret).

Closing (Esc) lets the selected hit go, so that a label key never acts on text the user no longer
sees as selected; Ctrl+Enter closes the bar keeping the hit selected in the article, in the middle
of the view, so that the next label key labels it (digits in the bar are search text). Another
project opened empties and closes the bar (:meth:`FindBar.reset`).
"""
from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from annotator.core.find import find_between
from annotator.gui.retranslating import Retranslating
from annotator.gui.widgets.elided_label import ElidedLabel
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
        self.edit.installEventFilter(self)  # Enter: the next hit; Shift+Enter: the previous one
        self.count = QLabel()
        self.hint = ElidedLabel()  # shown while a hit is selected: how to label it (elided in a narrow article)
        self.hint.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 3)  # the field keeps most of a narrow article's width (405 px at 1024×768)
        row.addWidget(self.count)
        row.addWidget(self.hint, 2)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find (Enter: next, Shift+Enter: previous, Ctrl+Enter: select to label, "
                                             "Esc: close)"))  # whole in the article's width at 1366×700
        self.edit.setAccessibleName(self.tr("Find in this document"))
        self.edit.setToolTip(self.tr("Enter: next hit, Shift+Enter: previous; Ctrl+Enter: back to the article with "
                                     "the hit selected, so that a label key labels it; Esc: close"))
        self.hint.setText(self.tr("Ctrl+Enter, then a label key: label it"))
        self._show_count()

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self, keep_hit: bool = False) -> None:
        """Hide the bar; the hit it selected is let go (Esc), so that a label key cannot act on it
        unseen, or kept selected and shown (Ctrl+Enter), so that the next label key labels it."""
        self.hide()
        self.hint.hide()
        self._timer.stop()
        self.view.set_find_hits([])
        start, end = self.view.selection_cp()
        if keep_hit and (start, end) in self.hits:
            self.view.centre(start, end)
        else:
            self.view.clear_text_selection()
        self.view.setFocus()

    def reset(self) -> None:
        """Another project opened: the old one's search and its count go, and the bar closes."""
        self.close_bar()
        self.edit.clear()

    def searching(self) -> bool:
        return self._timer.isActive()

    def _changed(self, needle: str) -> None:
        """Start searching anew (the search under way is dropped)."""
        self.hits = []
        self.hint.hide()
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
        stop = min(len(self._text), self._pos + BATCH)
        self.hits.extend(find_between(self._text, self._needle, self._pos, stop))
        self._pos = stop
        if stop >= len(self._text):
            self._timer.stop()
        self.view.set_find_hits(self.hits)
        self._show_count()

    def _search_all(self) -> None:
        """Search the rest of the text now (Enter wants the hit after the caret, wherever it is)."""
        while self.searching():
            self._search_batch()

    def _show_count(self) -> None:
        if not self._needle.strip():  # nothing sought (white space is not: a name broken by it is found whole)
            self.count.setText("")
        elif self.searching():
            self.count.setText(self.tr("{0} found so far…").format(len(self.hits)))
        else:
            self.count.setText(self.tr("{0} found").format(len(self.hits)))

    def next_hit(self, step: int = 1) -> None:
        """Select the next hit after the selection (``step`` -1: the previous one before it), from
        the first after the last (the last before the first), in the middle of the view."""
        self._search_all()
        if self.hits:
            start, end = self.view.selection_cp()
            if step > 0:
                i = bisect_left(self.hits, (end, 0))
                start, end = self.hits[i] if i < len(self.hits) else self.hits[0]
            else:
                i = bisect_left(self.hits, (start, 0))
                start, end = self.hits[i - 1]  # i == 0: the last
            self.view.centre(start, end)
            self.hint.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
            modifiers = event.modifiers()  # type: ignore[attr-defined]
            if modifiers & Qt.KeyboardModifier.ControlModifier:  # to the article, the hit selected
                if self.view.selection_cp() not in self.hits:  # none chosen yet: the next one after the caret
                    self.next_hit()
                self.close_bar(keep_hit=True)
            else:
                self.next_hit(-1 if modifiers & Qt.KeyboardModifier.ShiftModifier else 1)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

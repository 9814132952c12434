"""Selecting by words with the mouse in the article: a double-click selects the jieba word under
it (:func:`annotator.core.selection.word_at`; Qt's word is a whole run of Chinese up to the next
space, a clause or a line), and a Shift+click after it extends the selection to the click while
keeping that word whole, as word selection does in an editor."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt

from annotator.core.selection import word_at

if TYPE_CHECKING:
    from annotator.gui.widgets.text_view import TextView


class WordClicks(QObject):
    def __init__(self, view: TextView):
        super().__init__(view)
        self.view = view
        self.word: tuple[int, int] | None = None  # the word double-clicked last (until another press)

    def handles(self, event: QEvent) -> bool:
        """Does this event of the view's viewport select by words (then the view leaves it)?"""
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonPress) \
                or event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return False
        view = self.view
        cp = view.char_at(event.position().toPoint())  # type: ignore[attr-defined]
        if kind == QEvent.Type.MouseButtonDblClick:
            start, end = word_at(view.text, cp)
            if start >= end:
                return False
            self.word = (start, end)
            view.select_range(start, end)
            return True
        word, self.word = self.word, None
        if word is None or not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:  # type: ignore[attr-defined]
            return False
        # from the far side of the word to the click (the clicked character included after it)
        if cp < word[0]:
            view.select_range(word[1], cp)
        else:
            view.select_range(word[0], max(word[1], cp + 1))
        self.word = word
        return True

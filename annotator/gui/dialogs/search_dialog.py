"""Searching every document of the project; activating a hit opens it in the window.

In the box, Enter opens the current hit (searching first if the text changed), again the next one,
Shift+Enter the previous one (each wrapping round the list), Ctrl+Enter opens it and gives the
article the keys, so that a label key labels it; Up and Down move in the list. A hit whose document
another program removed or read again since the search is not opened: the search is made again.

Hits are listed keyword-in-context: the text before each hit right-aligned, the hit in
bold, the text after it, so that every hit stands in one column whatever its document.
Offsets are code points (as the store counts them); the window converts at its Qt edge.
Each hit's document is named as the window's document list names it now: a document renamed since the
search (here, or by another program, read by the window) shows its new name without searching again.
A pause in the typing, or Enter before the list followed it, searches in a worker thread
(``gui/background_search.py``); Enter's hit is opened when the list is filled.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.find import text_pattern
from annotator.core.store import Store
from annotator.core.store.documents import Found
from annotator.gui.background_search import BackgroundSearch
from annotator.gui.i18n import sentences
from annotator.gui.opening_size import in_characters, opening_size
from annotator.gui.retranslating import Retranslating

if TYPE_CHECKING:
    from annotator.gui.models.document_list import DocumentListModel

CONTEXT = 24  # characters shown each side of a hit
LIMIT = 1000
HIT_ROLE = Qt.ItemDataRole.UserRole
DOC, BEFORE, HIT, AFTER = range(4)


def _flat(s: str) -> str:
    """Line breaks and runs of spaces as one space."""
    return " ".join(s.split()) if s and not s.isspace() else ""


def context(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """(``…before``, ``after…``) of text[start:end], each on one line."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    before, after = text[lo:start], text[end:hi]
    before = ("…" if lo > 0 else "") + (_flat(before) + (" " if before[-1:].isspace() else "")).lstrip()
    after = ((" " if after[:1].isspace() else "") + _flat(after)).rstrip() + ("…" if hi < len(text) else "")
    return before, after


def snippet(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """``…before【hit】after…`` on one line."""
    before, after = context(text, start, end, width)
    return f"{before}【{text[start:end]}】{after}"


class _ElideLeft(QStyledItemDelegate):
    """The text before a hit loses its far end, not the words next to the hit."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class SearchDialog(Retranslating, QDialog):
    hit_activated = Signal(int, int, int)  # document id, start, end (code points)
    article_wanted = Signal()  # Ctrl+Enter: the window's article takes the keys, the hit selected

    def __init__(self, store: Store, parent: QWidget | None = None, names: DocumentListModel | None = None):
        super().__init__(parent)
        self.store = store
        self._names = names  # the window's document list: the hits' documents named as it names them now
        if names is not None:
            names.dataChanged.connect(self._follow_names)
            names.modelReset.connect(self._follow_names)
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setColumnCount(4)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.results.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Interactive)
        self._elide_left = _ElideLeft(self.results)
        self.results.setItemDelegateForColumn(BEFORE, self._elide_left)
        self.results.itemActivated.connect(self._activated)
        self.count = QLabel(wordWrap=True)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._search_in_background)
        self.query.textChanged.connect(self._typed)
        self._background = BackgroundSearch(self)  # a pause in the typing searches there (background_search.py)
        self._background.found.connect(self._found_in_background)
        self._searching = ""  # what the background search under way is of ("" none)
        self._after_search: tuple[int, bool] | None = None  # Enter pressed before the list followed the typing
        self.query.returnPressed.connect(self._return_pressed)
        self.query.installEventFilter(self)  # Shift/Ctrl+Enter, Up and Down
        self.results.installEventFilter(self)  # Ctrl+Enter
        self._needle = ""  # what the listed hits are of
        self._opened: QTreeWidgetItem | None = None  # the hit Enter opened last
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.resize(opening_size(self, QSize(720, 460), in_characters(self, 48, 25)))  # a hit's context whole
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search all documents"))
        self.query.setPlaceholderText(self.tr("Text to find in every document"))
        self.query.setAccessibleName(self.query.placeholderText())  # read out when it is not empty too
        self.results.setAccessibleName(self.tr("Found in the documents"))
        self.results.setHeaderLabels([self.tr("Document"), self.tr("Before"), self.tr("Found"), self.tr("After")])
        if not self.query.text():
            self.count.setText(self._idle_hint())

    def _idle_hint(self) -> str:
        """What the empty list is for (it said nothing before a search)."""
        return sentences(self.tr("Type the text to find: each place it occurs in the project's documents is listed "
                                 "here; Enter or a double-click opens it in the article."), self.tr(
            "Enter again: the next hit, Shift+Enter: the previous one; Ctrl+Enter: back to the article with the hit "
            "selected, so that a label key labels it."))

    def _typed(self, _text: str) -> None:
        self._background.cancel()  # typed on: the search under way stops, its hits never shown
        self._searching, self._after_search = "", None
        self._timer.start()

    def busy(self) -> bool:
        """A search under way in the worker (its hits not listed yet)."""
        return bool(self._searching)

    def _search_in_background(self) -> None:
        """The typing paused: search in a worker; the list is filled when it is done."""
        needle = self.query.text()
        if not needle.strip():
            self.search(needle)
            return
        self._searching = needle
        self._background.start(self.store.folder, needle, LIMIT)

    def _found_in_background(self, number: int, needle: str, found: Found | None) -> None:
        if not self._background.current(number) or needle != self.query.text():
            return  # typed on meanwhile
        self._searching = ""
        if found is None:
            self.search(needle)  # say what went wrong as a search here says it
        else:
            self._show(needle, found)
        pending, self._after_search = self._after_search, None
        if pending is not None:  # Enter was pressed meanwhile: its hit opened now
            self._return_pressed(*pending, searched=True)

    def search(self, needle: str) -> int:
        """Fill the list with every occurrence of ``needle`` (on this thread); returns the number of hits."""
        self._timer.stop()
        self._background.cancel()
        self._searching, self._after_search = "", None
        if not needle.strip():  # white space alone is sought nowhere (it may stand between a hit's characters)
            self.results.clear()
            self._needle, self._opened = needle, None
            self.count.setText(self._idle_hint())
            return 0
        return self._show(needle, self.store.search_documents(needle, limit=LIMIT))

    def _show(self, needle: str, found: Found) -> int:
        self.results.clear()
        self._needle, self._opened = needle, None
        hits, texts = found.hits, found.texts  # each text as the search read it: not read again
        items = []
        bold = QFont(self.results.font())
        bold.setBold(True)
        for doc_id, name, start, end in hits:  # a hit may span a line break: 松元产⏎业园
            text = texts.get(doc_id, "")
            before, after = context(text, start, end)
            item = QTreeWidgetItem([name, before, _flat(text[start:end]), after])
            item.setData(DOC, HIT_ROLE, (doc_id, start, end))
            item.setTextAlignment(BEFORE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFont(HIT, bold)
            item.setToolTip(DOC, name)
            items.append(item)
        self.results.addTopLevelItems(items)
        self._size_columns()
        if items:
            self.results.setCurrentItem(items[0])
        self.count.setText(self._count_text(found) if hits else
                           self.tr("“{0}” is in none of the project's documents.").format(needle))
        return len(hits)

    def _follow_names(self, first: QModelIndex | None = None, _last: object = None, _roles: object = None) -> None:
        """The document list's names changed (a rename, its undo, another program's): the hits name their
        documents so (a document the list no longer holds keeps the name the search found)."""
        from annotator.gui.models.document_list import NAME

        if self._names is None or first is not None and first.column() > NAME:  # counts alone (a label key)
            return
        for row in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(row)
            if item is None:
                continue
            name = self._names.name_of(int(item.data(DOC, HIT_ROLE)[0]))
            if name and name != item.text(DOC):
                item.setText(DOC, name)
                item.setToolTip(DOC, name)

    def _count_text(self, found: Found) -> str:
        """How many hits in how many documents; the limit reached, that only the first are listed and
        what else holds it (the last document listed, more documents, how many in all)."""
        hits, documents = f"{len(found.hits):,}", f"{len(found.texts):,}"  # 1,035
        if found.more_documents and found.documents is not None:
            return self.tr("The first {0} hits are shown, from {1} document(s); more documents hold it: "
                           "{2} in all.").format(hits, documents, f"{found.documents:,}")
        if found.more_documents:
            return self.tr("The first {0} hits are shown, from {1} document(s); more documents hold it.").format(
                hits, documents)
        if found.last_holds_more:
            return self.tr("The first {0} hits are shown, from {1} document(s); the last of them holds more.").format(
                hits, documents)
        return self.tr("{0} found in {1} document(s)").format(hits, documents)

    def _size_columns(self) -> None:
        """Document and hit as wide as they need (documents at most a quarter); the rest split evenly."""
        total = self.results.viewport().width()
        self.results.resizeColumnToContents(DOC)
        self.results.setColumnWidth(DOC, min(self.results.columnWidth(DOC), total // 4))
        self.results.resizeColumnToContents(HIT)
        rest = total - self.results.columnWidth(DOC) - self.results.columnWidth(HIT)
        self.results.setColumnWidth(BEFORE, max(rest // 2, 40))

    def hideEvent(self, event) -> None:
        """Closed (Esc) while a search was under way: it stops, and the hit Enter asked for is not opened."""
        self._background.cancel()
        self._searching, self._after_search = "", None
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._size_columns()

    def hit(self, row: int) -> tuple[int, int, int] | None:
        item = self.results.topLevelItem(row)
        return tuple(item.data(0, HIT_ROLE)) if item is not None else None

    def activate(self, row: int) -> None:
        item = self.results.topLevelItem(row)
        if item is not None:
            self._activated(item)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> bool:
        """Open the hit in the window, if it is still there; else search again, saying why."""
        doc_id, start, end = item.data(0, HIT_ROLE)
        if not self._still_there(int(doc_id), int(start), int(end)):
            self.search(self._needle)
            self.count.setText(sentences(self.tr("The documents changed since the search (another program imported, "
                                                 "removed or read them again): searched again."), self.count.text()))
            return False
        self._opened = item
        self.hit_activated.emit(int(doc_id), int(start), int(end))
        return True

    def _still_there(self, doc_id: int, start: int, end: int) -> bool:
        pattern = text_pattern(self._needle)
        texts = [text for _id, _name, text in self.store.document_texts([doc_id])]
        return bool(pattern and texts and pattern.fullmatch(texts[0], start, end))

    def _return_pressed(self, step: int = 1, to_article: bool = False, searched: bool = False) -> None:
        """Enter: the current hit, else (opened already) the next; ``step`` -1: the previous one.
        Typed faster than the list follows: searched now (in the worker), its first hit opened when listed."""
        if not searched and (self._timer.isActive() or self._searching or self.query.text() != self._needle
                             or self.results.topLevelItemCount() == 0):
            if not self.query.text().strip():
                self.search(self.query.text())
                return
            if self._searching != self.query.text():
                self._search_in_background()
            self._timer.stop()
            self._after_search = (step, to_article)
            return
        current, n = self.results.currentItem(), self.results.topLevelItemCount()
        if n == 0:
            return
        if current is None or step < 0 or (current is self._opened and not to_article):
            row = self.results.indexOfTopLevelItem(current) if current is not None else -1
            current = self.results.topLevelItem((row + step) % n)
            if current is None:
                return
            self.results.setCurrentItem(current)
        if self._activated(current) and to_article:
            self.article_wanted.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, modifiers = event.key(), event.modifiers()  # type: ignore[attr-defined]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            current = self.results.currentItem()
            if modifiers & Qt.KeyboardModifier.ControlModifier and watched is self.results:
                if current is not None and self._activated(current):  # the hit chosen in the list
                    self.article_wanted.emit()
            elif modifiers & Qt.KeyboardModifier.ControlModifier:
                self._return_pressed(to_article=True)
            else:
                self._return_pressed(-1)
            return True
        if watched is self.query and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QApplication.sendEvent(self.results, event)  # the list's current row moves, the box keeps the keys
            return True
        return super().eventFilter(watched, event)

"""Searching every document of the project; activating a hit opens it in the window.

Hits are listed keyword-in-context: the text before each hit right-aligned, the hit in
bold, the text after it, so that every hit stands in one column whatever its document.
Offsets are code points (as the store counts them); the window converts at its Qt edge.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from annotator.core.store import Store
from annotator.gui.retranslating import Retranslating

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

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
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
        self._timer.timeout.connect(lambda: self.search(self.query.text()))
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._return_pressed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.resize(720, 460)
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
        return self.tr("Type the text to find: each place it occurs in the project's documents is listed here; "
                       "Enter or a double-click opens it in the article.")

    def search(self, needle: str) -> int:
        """Fill the list with every occurrence of ``needle``; returns the number of hits."""
        self._timer.stop()
        self.results.clear()
        if not needle:
            self.count.setText(self._idle_hint())
            return 0
        hits = self.store.search(needle, limit=LIMIT)
        texts = {doc_id: text for doc_id, _name, text in self.store.document_texts(sorted({h[0] for h in hits}))}
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
        more = self.tr(" (only the first {0} shown)").format(f"{LIMIT:,}") if len(hits) >= LIMIT else ""
        found = self.tr("{0} found in {1} document(s)").format(f"{len(hits):,}", f"{len(texts):,}")  # 1,035
        self.count.setText(found + more if hits else
                           self.tr("“{0}” is in none of the project's documents.").format(needle))
        return len(hits)

    def _size_columns(self) -> None:
        """Document and hit as wide as they need (documents at most a quarter); the rest split evenly."""
        total = self.results.viewport().width()
        self.results.resizeColumnToContents(DOC)
        self.results.setColumnWidth(DOC, min(self.results.columnWidth(DOC), total // 4))
        self.results.resizeColumnToContents(HIT)
        rest = total - self.results.columnWidth(DOC) - self.results.columnWidth(HIT)
        self.results.setColumnWidth(BEFORE, max(rest // 2, 40))

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

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        doc_id, start, end = item.data(0, HIT_ROLE)
        self.hit_activated.emit(int(doc_id), int(start), int(end))

    def _return_pressed(self) -> None:
        if self._timer.isActive() or self.results.topLevelItemCount() == 0:
            self.search(self.query.text())  # Enter in the box searches at once
        else:
            current = self.results.currentItem()
            if current is not None:
                self._activated(current)

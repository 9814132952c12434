"""Searching every document of the project; activating a hit opens it in the window.

Offsets are code points (as the store counts them); the window converts at its Qt edge.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHeaderView, QLabel, QLineEdit, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from annotator.core.store import Store

CONTEXT = 24  # characters shown each side of a hit
LIMIT = 1000
HIT_ROLE = Qt.ItemDataRole.UserRole


def snippet(text: str, start: int, end: int, context: int = CONTEXT) -> str:
    """``…before[hit]after…`` on one line."""
    lo, hi = max(0, start - context), min(len(text), end + context)
    before, hit, after = text[lo:start], text[start:end], text[end:hi]
    flat = lambda s: " ".join(s.split())  # noqa: E731 — line breaks and runs of spaces as one space
    return f"{'…' if lo > 0 else ''}{flat(before)}【{hit}】{flat(after)}{'…' if hi < len(text) else ''}"


class SearchDialog(QDialog):
    hit_activated = Signal(int, int, int)  # document id, start, end (code points)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setColumnCount(2)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.itemActivated.connect(self._activated)
        self.count = QLabel()
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search all documents"))
        self.query.setPlaceholderText(self.tr("Text to find in every document"))
        self.results.setHeaderLabels([self.tr("Document"), self.tr("Context")])

    def search(self, needle: str) -> int:
        """Fill the list with every occurrence of ``needle``; returns the number of hits."""
        self._timer.stop()
        self.results.clear()
        if not needle:
            self.count.clear()
            return 0
        hits = self.store.search(needle, limit=LIMIT)
        texts = {doc_id: text for doc_id, _name, text in self.store.document_texts(sorted({h[0] for h in hits}))}
        items = []
        for doc_id, name, start in hits:
            end = start + len(needle)
            item = QTreeWidgetItem([name, snippet(texts.get(doc_id, ""), start, end)])
            item.setData(0, HIT_ROLE, (doc_id, start, end))
            item.setToolTip(0, name)
            items.append(item)
        self.results.addTopLevelItems(items)
        self.results.resizeColumnToContents(0)
        if items:
            self.results.setCurrentItem(items[0])
        more = self.tr(" (only the first {0} shown)").format(LIMIT) if len(hits) >= LIMIT else ""
        self.count.setText(self.tr("{0} found in {1} document(s)").format(len(hits), len(texts)) + more)
        return len(hits)

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

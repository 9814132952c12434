"""The document list's filter: a piece of the name, title or date, and documents with open suggestions only."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex

from annotator.core.suggest.traditional import simplified
from annotator.gui.models.document_list import SORT_ROLE, DocumentListModel
from annotator.gui.models.filter_proxy import FilterProxy

Index = QModelIndex | QPersistentModelIndex


class DocumentFilterProxy(FilterProxy):
    """Filters by a piece of the name, title or date, and optionally to documents with open suggestions.

    Qt asks ``filterAcceptsRow`` for each of the project's documents at each reset (20,000 calls
    into Python); the method is this proxy's only while a filter is set, as the annotation
    table's (:mod:`annotator.gui.models.annotation_filter_proxy`): else Qt's own accepts every row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._open_only = False
        self.setSortRole(SORT_ROLE)

    def set_text(self, needle: str) -> None:
        with self.changing_filter():
            self._needle = simplified(needle.strip()).casefold()  # 政府工作报告 finds 政府工作報告
            self._filter_rows()

    def set_open_only(self, on: bool) -> None:
        with self.changing_filter():
            self._open_only = bool(on)
            self._filter_rows()

    def _filter_rows(self) -> None:
        """Give this proxy its Python filter while one is set, else take it away."""
        self._use_filter(self._accepts if self._needle or self._open_only else None)

    def _accepts(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DocumentListModel) or source_parent.isValid():
            return True
        doc = model.document(source_row)
        if self._open_only and not model.counts(doc.id).get("suggested", 0):
            return False
        return not self._needle or self._needle in simplified("\n".join((doc.name, doc.title, doc.date))).casefold()

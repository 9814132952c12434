"""A QSortFilterProxyModel that filters (its settings change through one context manager) and
leaves sorting to its source model (:mod:`annotator.gui.models.sorting`)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSortFilterProxyModel, Qt


class FilterProxy(QSortFilterProxyModel):
    @contextmanager
    def changing_filter(self) -> Iterator[None]:
        """Wrap a change of the filter's settings so the view re-filters its rows once."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateFilter() is deprecated there
            self.beginFilterChange()
        yield
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header clicked: the source model sorts its own rows, a key a row; this proxy keeps
        their order (its own sort would call the model's Python data() twice a comparison)."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

"""A QSortFilterProxyModel whose filter settings change through one context manager."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSortFilterProxyModel


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

"""A QSortFilterProxyModel that filters (its settings change through one context manager) and
leaves sorting to its source model (:mod:`annotator.gui.models.sorting`)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal

Accepts = Callable[[int, QModelIndex | QPersistentModelIndex], bool]  # (source row, source parent): shown
_ACCEPTS = "filterAcceptsRow"  # the virtual a filter in Python overrides


class FilterProxy(QSortFilterProxyModel):
    filter_set = Signal()  # the filter's settings changed, its rows filtered anew (not a row's data changed)
    changing = False  # while they change: a view's current row moved then is Qt's, not the user's choice

    @contextmanager
    def changing_filter(self) -> Iterator[None]:
        """Wrap a change of the filter's settings so the view re-filters its rows once."""
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateFilter() is deprecated there
            self.beginFilterChange()
        self.changing = True
        try:
            yield
            if hasattr(self, "endFilterChange"):
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            else:
                self.invalidateFilter()
        finally:
            self.changing = False
        self.filter_set.emit()

    def _use_filter(self, accepts: Accepts | None) -> None:
        """Make ``accepts`` this proxy's ``filterAcceptsRow``, on the instance (Qt calls into Python
        only while something is to be filtered out), or take it away (None: Qt's own accepts every row)."""
        # setattr, not the instance's dict: Shiboken's setattr tells the C++ side an override came or went
        if accepts is None and _ACCEPTS in vars(self):
            delattr(self, _ACCEPTS)
        elif accepts is not None and _ACCEPTS not in vars(self):
            setattr(self, _ACCEPTS, accepts)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header clicked: the source model sorts its own rows, a key a row; this proxy keeps
        their order (its own sort would call the model's Python data() twice a comparison)."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

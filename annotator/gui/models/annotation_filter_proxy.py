"""The annotation table's filter: rejected spans hidden unless asked (or filtered for); label,
status, annotator, origin and a piece of the text (None: any; all but the status tested by
:class:`~annotator.core.span_filter.SpanFilter`, as N / P test them). Sorting is the source model's.

Qt asks a proxy's ``filterAcceptsRow`` for every row of a document that opens: 10,000 calls
into Python, about 8–12 ms. Here that method is the proxy's only while something is to be
filtered out (a filter set, or rejected rows to hide): PySide calls a virtual method given to
the instance (``self.filterAcceptsRow = …``, its "duck punching") and, without one, Qt's own,
which accepts every row in C++ when no pattern is set.

While it hides no row, a row here is the source's row (this proxy never sorts: a row hidden
is all it changes), and a cell's data is asked of the model at once: Qt's own ``data`` maps
each cell to the source through the model's ``index()``, whose check calls the model's Python
``rowCount`` and ``columnCount``, two calls more for each of the seven roles a painted cell
asks for (a table of 14 rows painted: about 600 calls, 0.8 ms of its 3 ms).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.span_filter import SpanFilter
from annotator.gui.models.filter_proxy import FilterProxy
from annotator.gui.models.table_roles import DISPLAY, SERVED, SORT_ROLE


class AnnotationFilterProxy(FilterProxy):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._show_rejected = False
        self._filter = SpanFilter()  # label, annotator, origin, text
        self._status: str | None = None
        self._model = None  # the source AnnotationTableModel
        self._rejected_held = False  # some source row is rejected
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_show_rejected(self, on: bool) -> None:
        with self.changing_filter():
            self._show_rejected = bool(on)
            self._filter_rows()

    def set_labels(self, labels: Iterable[str] | None) -> None:
        with self.changing_filter():
            self._filter = self._filter.with_labels(labels)
            self._filter_rows()

    def set_text(self, needle: str) -> None:
        with self.changing_filter():
            self._filter = self._filter.with_text(needle)
            self._filter_rows()

    def set_only(self, field: str, value: str | None) -> None:
        """Show only spans whose ``field`` ("status", "annotator", "origin") is ``value`` (None: any)."""
        with self.changing_filter():
            if field == "status":
                self._status = value
            else:
                self._filter = self._filter.with_field(field, value)
            self._filter_rows()

    def span_filter(self) -> SpanFilter:
        """The filters of label, annotator, origin and text (what N / P follow)."""
        return self._filter

    def status_only(self) -> str | None:
        """The status filtered for (None: any)."""
        return self._status

    def setSourceModel(self, model) -> None:
        from annotator.gui.models.annotation_table import AnnotationTableModel
        if isinstance(self._model, AnnotationTableModel):
            self._model.rejected_held.disconnect(self._held)
        super().setSourceModel(model)
        self._model = model if isinstance(model, AnnotationTableModel) else None
        if self._model is not None:
            self._model.rejected_held.connect(self._held)
            self._rejected_held = self._model.has_rejected()
        self._filter_rows()

    def data(self, index, role: int = DISPLAY) -> Any:
        if role not in SERVED:  # what the model answers None to (font, alignment …: Qt's defaults)
            return None
        model = self._model
        # as many rows as the source, in its order (this proxy only hides rows): the same rows
        if model is not None and self.rowCount() == model.count():
            return model.cell(index.row(), index.column(), role)  # an invalid index: row -1, None
        return super().data(index, role)

    def _held(self, rejected: bool) -> None:
        """The source is about to change (a new document, a span rejected): filter its rows in
        Python only if some are to be hidden."""
        self._rejected_held = rejected
        self._filter_rows()

    def _filter_rows(self) -> None:
        """Give this proxy its Python filter when something is to be filtered out, else take it away."""
        hide_rejected = self._rejected_held and not self._show_rejected and self._status != "rejected"
        wanted = self._model is not None and bool(hide_rejected or self._status is not None or self._filter)
        if wanted and "filterAcceptsRow" not in self.__dict__:
            self.filterAcceptsRow = self._accepts
        elif not wanted and "filterAcceptsRow" in self.__dict__:
            del self.filterAcceptsRow

    def _accepts(self, source_row: int, source_parent) -> bool:
        model = self._model
        if model is None or source_parent.isValid():
            return True
        r = model.row(source_row)
        if r.status == "rejected" and not self._show_rejected and self._status != "rejected":
            return False
        if self._status is not None and r.status != self._status:
            return False
        return self._filter.passes(r, model.text_of)

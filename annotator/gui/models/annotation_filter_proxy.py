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

While it filters, Qt still asks about every row at each change (a key typed in the text filter:
11,300 calls for a long report): the rows that pass are worked out for them all in one pass at
the first call (:class:`PassingRows`), and each call is a list look-up (before: a row, its text
sliced and tested, 70–210 ms a key; the calls into Python alone cost about 30 ms of Qt's part).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from annotator.core.span_filter import SpanFilter
from annotator.core.span_row import SpanRow
from annotator.gui.models.filter_proxy import FilterProxy
from annotator.gui.models.table_roles import DISPLAY, SERVED, SORT_ROLE

if TYPE_CHECKING:
    from annotator.gui.models.annotation_table import AnnotationTableModel


class PassingRows:
    """Which of the source's rows pass the filter: all of them tested in one pass (``test``) at the
    first row asked about since :meth:`forget`, then a list look-up a row (``accepts``, the proxy's
    ``filterAcceptsRow``). A row that is not the one seen at its place (a span edited, added or
    removed since: rows are immutable, an edit puts another in its place) is tested on its own.
    ``rows`` gives the source's own list of rows, changed in place by such edits; it is forgotten
    when that list is replaced (a reset, a sort)."""

    __slots__ = ("_rows_now", "_test", "_rows", "_seen", "_passing")

    def __init__(self, rows: Callable[[], list[SpanRow]], test: Callable[[Sequence[SpanRow]], list[bool]]):
        self._rows_now = rows
        self._test = test
        self._rows: list[SpanRow] | None = None  # the source's list, None: not tested since forgotten
        self._seen: list[SpanRow] = []  # its rows as they were tested
        self._passing: list[bool] = []

    def forget(self) -> None:
        self._rows = None

    def accepts(self, source_row: int, _parent: object = None) -> bool:
        rows = self._rows
        if rows is None:
            rows = self._rows = self._rows_now()
            self._seen = list(rows)
            self._passing = self._test(rows)
        if source_row < len(self._seen) and rows[source_row] is self._seen[source_row]:
            return self._passing[source_row]
        return self._test([rows[source_row]])[0]


class AnnotationFilterProxy(FilterProxy):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_rejected = False
        self._filter = SpanFilter()  # label, annotator, origin, text
        self._status: str | None = None
        self._model: AnnotationTableModel | None = None  # the source
        self._rejected_held = False  # some source row is rejected
        self._passing = PassingRows(lambda: self._model.row_list() if self._model is not None else [], self._test)
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
            self._model.modelAboutToBeReset.disconnect(self._forget)
            self._model.layoutAboutToBeChanged.disconnect(self._forget)
        super().setSourceModel(model)
        self._model = model if isinstance(model, AnnotationTableModel) else None
        if self._model is not None:
            self._model.rejected_held.connect(self._held)
            self._model.modelAboutToBeReset.connect(self._forget)  # its list of rows replaced
            self._model.layoutAboutToBeChanged.connect(self._forget)
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

    def _forget(self) -> None:
        """The source's list of rows is about to be replaced: its rows are tested anew."""
        self._passing.forget()

    def _filter_rows(self) -> None:
        """Give this proxy its Python filter when something is to be filtered out, else take it away."""
        self._passing.forget()
        hide_rejected = self._rejected_held and not self._show_rejected and self._status != "rejected"
        wanted = self._model is not None and bool(hide_rejected or self._status is not None or self._filter)
        self._use_filter(self._passing.accepts if wanted else None)

    def _test(self, rows: Sequence[SpanRow]) -> list[bool]:
        """Whether each of ``rows`` (the source's) passes: the filters set, a rejected span hidden
        unless shown or filtered for."""
        model = self._model
        if model is None:
            return [True] * len(rows)
        kept = self._filter.passing(rows, model.texts_of)
        status = self._status
        hide_rejected = not self._show_rejected and status != "rejected"
        if status is not None:
            return [k and r.status == status for k, r in zip(kept, rows, strict=True)]
        if hide_rejected and self._rejected_held:  # (none rejected: none to hide)
            return [k and r.status != "rejected" for k, r in zip(kept, rows, strict=True)]
        return kept

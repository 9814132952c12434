"""The open document's annotations as a table: label, text, status, value, origin, confidence,
start, end (the confidence a suggester's or the model's, empty for a span made by hand, imported
or adjudicated: see ``core.span_row``).

The model holds each span as its narrow row (:class:`~annotator.core.span_row.SpanRow`, read
bare by ``Store.span_rows``: offsets, id, label, status, origin, annotator, value, confidence) and the
document's text, which gives each row's text; a span whole (its reason, note …) is read from
the store when it is shown or edited (:meth:`AnnotationTableModel.by_id`, a tooltip). Rows are
kept in text order (a row is its own key) or by the column sorted by (``models.sorting``).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from annotator.core.errors import AnnotatorError
from annotator.core.models import Annotation, ChangeSet
from annotator.core.span_row import CONFIDENCE as _ROW_CONFIDENCE
from annotator.core.span_row import STATUS as _ROW_STATUS
from annotator.core.span_row import SpanRow, TextSpan, span_row, span_rows, text_spans
from annotator.core.value_text import format_value, is_whole
from annotator.gui.contrast import muted_text
from annotator.gui.display import label_text, origin_text, status_text
from annotator.gui.models.sorting import SortsItself, descending, reordered
from annotator.gui.models.table_roles import ANN_ID as _ANN_ID
from annotator.gui.models.table_roles import ANN_ID_ROLE, SORT_ROLE
from annotator.gui.models.table_roles import DECORATION as _DECORATION
from annotator.gui.models.table_roles import DISPLAY as _DISPLAY
from annotator.gui.models.table_roles import FOREGROUND as _FOREGROUND
from annotator.gui.models.table_roles import SERVED as _SERVED
from annotator.gui.models.table_roles import SORT as _SORT
from annotator.gui.models.table_roles import TOOLTIP as _TOOLTIP
from annotator.gui.reasons import reason_text

LABEL, TEXT, STATUS, VALUE, ORIGIN, CONFIDENCE, START, END = range(8)
COLUMN_COUNT = END + 1
Index = QModelIndex | QPersistentModelIndex
_statuses = itemgetter(_ROW_STATUS)


class SpanReader(Protocol):
    """Where whole spans are read (the store)."""

    def annotation(self, ann_id: int) -> Annotation: ...
    def annotations(self, doc_id: int | None = None) -> list[Annotation]: ...


def value_sort_key(value: dict) -> tuple[bool, float, str]:
    """Values with a number (yuan, a quantity) by that number, before those without (names,
    codes) by their text: 45亿元 before 230亿元, which their digits as text put the other way."""
    number = next((v for v in value.values() if is_whole(v) or isinstance(v, float)), None)
    return (number is None, number or 0, format_value(value))


class AnnotationTableModel(SortsItself[int], QAbstractTableModel):
    """Its cells are enabled and selectable: Qt's own ``flags`` (no Python call a painted cell)."""

    sort_columns = COLUMN_COUNT  # a header click sorts the rows here, ties in text order (see models.sorting)
    rejected_held = Signal(bool)  # before the rows change: whether some row is rejected (for the proxy)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SpanRow] = []  # in text order, or by the sorted column, then so
        self._keys: list[tuple] = []  # each row's sort key when sorted (unsorted, a row is its own key)
        self._by_id: dict[int, SpanRow] = {}
        self._sorted: tuple[int, bool] | None = None  # (column, descending) the rows are sorted by
        self._colors: dict[str, QColor] = {}
        self._text = ""  # the document's text: a row's text is its piece of it
        self._reader: SpanReader | None = None  # whole spans, read when asked for
        self._full: dict[int, Annotation] = {}  # whole spans given (without a reader)
        self._rejected = 0  # rows rejected
        self.doc_id: int | None = None

    # ------------------------------------------------------------- loading
    def set_label_colors(self, colors: dict[str, str]) -> None:
        self._colors = {name: QColor(c) for name, c in colors.items()}

    def label_names(self) -> list[str]:
        return list(self._colors)

    def set_rows(self, doc_id: int | None, rows: list[SpanRow], text: str, reader: SpanReader | None) -> None:
        """The document's rows in text order (as ``Store.span_rows`` gives them), its text, and
        where its spans are read whole."""
        self._set(doc_id, rows, text, reader, {})

    def set_annotations(self, doc_id: int | None, annotations: Iterable[Annotation]) -> None:
        """Whole spans, in text order (start, end, id), kept as they are given (no store behind)."""
        spans = list(annotations)
        self._set(doc_id, span_rows(spans), "", None, {a.id: a for a in spans if a.id is not None})

    def _set(self, doc_id, rows, text, reader, full) -> None:
        self._rejected = list(map(_statuses, rows)).count("rejected")
        self.rejected_held.emit(self._rejected > 0)
        self.beginResetModel()
        self.doc_id, self._text, self._reader, self._full = doc_id, text, reader, full
        self._rows = rows
        self._by_id = dict(zip(map(itemgetter(2), rows), rows, strict=True))
        self._order_rows()
        self.endResetModel()

    # ------------------------------------------------------------- sorting
    def _row_ids(self) -> list[int]:
        return list(map(itemgetter(2), self._rows))

    def table_order(self) -> Callable[[SpanRow | Annotation], tuple] | None:
        """Where a span (a row, or a span whole of any document) stands in the rows' order while a column
        sorts them (the order N / P walk: ``core.review.step_suggestion``); None: text order."""
        if self._sorted is None:
            return None
        return lambda a: self._key(a) if isinstance(a, SpanRow) else self._key(span_row(a), a.text)

    def _key(self, r: SpanRow, text: str | None = None) -> tuple:
        if self._sorted is None:
            return r[:3]
        column, reverse = self._sorted
        if column == CONFIDENCE:  # a span without one after those with one, either way round
            c = r.confidence
            return (c is None, descending(c or 0.0) if reverse else c or 0.0, r.start, r.end, r.id)
        if column == VALUE:  # numbers by number, then texts; either way round, numbers first
            no_number, number, shown = value_sort_key(r.value)
            return (no_number, -number if reverse else number, descending(shown) if reverse else shown,
                    r.start, r.end, r.id)
        value = self._sort_value(r, column, text)
        return (descending(value) if reverse else value, r.start, r.end, r.id)

    def _sort_value(self, r: SpanRow, column: int, text: str | None = None) -> str | int:
        """What a row is sorted by in ``column`` (the confidence and value columns: see :meth:`_key`); ``text``
        the row's text, when it is not of this document."""
        if column == LABEL:
            return label_text(r.label)
        if column == TEXT:
            return self.text_of(r) if text is None else text
        if column == STATUS:
            return r.status
        if column == ORIGIN:
            return origin_text(r.origin)
        return r.start if column == START else r.end

    def _order_rows(self) -> None:
        """The rows in the order of their keys (text order from the store needs no sorting)."""
        if self._sorted is None:
            self._rows = sorted(self._rows)  # in order already (the store's): one pass; a row starts with its key
            self._keys = []
            return
        pairs = sorted(((self._key(r), r) for r in self._rows), key=lambda p: p[0])
        self._keys, self._rows = [k for k, _r in pairs], [r for _k, r in pairs]

    def _find(self, key: tuple) -> int:
        return bisect_left(self._keys if self._sorted is not None else self._rows, key)

    def apply(self, changeset: ChangeSet) -> None:
        """Update only the rows the ChangeSet touched in this document (a label change: the label column)."""
        self._rename_labels(changeset)
        for change in changeset.annotation_changes:
            before = change.before if change.before and change.before.document_id == self.doc_id else None
            after = change.after if change.after and change.after.document_id == self.doc_id else None
            either = before or after
            ann_id = either.id if either else None
            if ann_id is None:
                continue
            row = self.row_of(ann_id)
            new = span_row(after) if after is not None else None
            if new is not None and not self._reader:
                self._full[ann_id] = after  # type: ignore[assignment]
            if new is not None and new.status == "rejected":
                self._rejected += 1
                if self._rejected == 1:
                    self.rejected_held.emit(True)
            if row >= 0 and self._rows[row].status == "rejected":
                self._rejected -= 1
            key = self._key(new) if new is not None else None
            if key is not None and row >= 0 and key == (self._keys[row] if self._sorted else self._rows[row][:3]):
                self._rows[row] = self._by_id[ann_id] = new  # type: ignore[assignment]
                self.dataChanged.emit(self.index(row, 0), self.index(row, END))
                continue
            if row >= 0:  # removed, or moved (its offsets or sorted column changed): out of its place
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row], self._by_id[ann_id]
                if self._sorted is not None:
                    del self._keys[row]
                if new is None:
                    self._full.pop(ann_id, None)
                self.endRemoveRows()
            if new is not None and key is not None:  # at its place in the order shown
                n = self._find(key)
                self.beginInsertRows(QModelIndex(), n, n)
                self._rows.insert(n, new)
                if self._sorted is not None:
                    self._keys.insert(n, key)
                self._by_id[ann_id] = new
                self.endInsertRows()

    def _rename_labels(self, changeset: ChangeSet) -> None:
        """A label changed: rows carry its new name, and the label column its colour."""
        if not changeset.label_changes:
            return
        if any(c.renamed for c in changeset.label_changes):
            def rename() -> None:
                self._rows = [r if changeset.renamed(r.label) == r.label
                              else r.replaced(label=changeset.renamed(r.label)) for r in self._rows]
                self._by_id = {r.id: r for r in self._rows}
                self._full = {i: a.with_(label=changeset.renamed(a.label)) for i, a in self._full.items()}
                self._order_rows()
            reordered(self, self._row_ids(), rename, self.row_of)
        if self._rows:
            self.dataChanged.emit(self.index(0, LABEL), self.index(len(self._rows) - 1, LABEL))

    def retranslate(self) -> None:
        """The interface's language changed: headers, labels, statuses and origins are shown anew
        (and sorted anew when sorted by a translated column)."""
        if self._sorted is not None and self._sorted[0] in (LABEL, ORIGIN):
            reordered(self, self._row_ids(), self._order_rows, self.row_of)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, END)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, END))

    # ------------------------------------------------------------- queries
    def rows(self) -> list[SpanRow]:
        """The rows in text order (start, end, id), whatever column the table is sorted by."""
        return list(self._rows) if self._sorted is None else sorted(self._rows)

    def row(self, n: int) -> SpanRow:
        return self._rows[n]

    def row_list(self) -> list[SpanRow]:
        """The rows as shown: the model's own list, to read, not to change (the filter proxy's, a
        list look-up a row Qt asks about). It changes in place as spans change, and is replaced
        only inside a reset or a layout change (a document opened, a column sorted)."""
        return self._rows

    def texts_of(self, rows: Iterable[SpanRow]) -> list[str]:
        """The rows' texts, as :meth:`text_of` gives each."""
        if self._reader is None:
            return [self.text_of(r) for r in rows]
        text = self._text
        return [text[r.start:r.end] for r in rows]

    def text_spans(self, label: str) -> list[TextSpan]:
        """The rows of ``label`` in text order, with their text and value."""
        if self._reader is None:
            return [TextSpan(a.start, a.end, a.id, a.label, a.status, a.text, a.value)  # type: ignore[arg-type]
                    for a in self.annotations() if a.label == label]
        return text_spans(self.rows(), self._text, label)

    def has_rejected(self) -> bool:
        return self._rejected > 0

    def text_of(self, r: SpanRow) -> str:
        """A row's text: its piece of the document's text."""
        if self._reader is None and r.id in self._full:
            return self._full[r.id].text
        return self._text[r.start:r.end]

    def annotations(self) -> list[Annotation]:
        """The spans whole, in text order (start, end, id), read from the store (10,000 spans:
        ~50 ms; for what needs them all whole, not for what is drawn)."""
        if self._reader is None or self.doc_id is None:
            return [self._full[r.id] for r in self.rows()]
        shown = self._by_id
        return [a for a in self._reader.annotations(self.doc_id) if a.id in shown]

    def by_id(self, ann_id: int) -> Annotation | None:
        """A span of this document whole (read from the store, as stored now), or None."""
        if ann_id not in self._by_id:
            return None
        if self._reader is None:
            return self._full.get(ann_id)
        try:
            return self._reader.annotation(ann_id)
        except AnnotatorError:  # deleted by another program since this document was read
            return None

    def span_row(self, ann_id: int) -> SpanRow | None:
        """The narrow row of a span of this document (no read of the store), or None."""
        return self._by_id.get(ann_id)

    def row_of(self, ann_id: int) -> int:
        r = self._by_id.get(ann_id)
        return -1 if r is None else self._find(self._key(r))

    # --------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < COLUMN_COUNT:
            return (self.tr("Label"), self.tr("Text"), self.tr("Status"), self.tr("Value"), self.tr("Origin"),
                    self.tr("Confidence"), self.tr("Start"), self.tr("End"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED:  # a painted cell asks for seven roles; font, alignment, background … are Qt's
            return None
        return self.cell(index.row(), index.column(), role) if index.isValid() else None

    def count(self) -> int:
        """The rows (``rowCount`` without its index: for the filter proxy, a call a painted cell)."""
        return len(self._rows)

    def cell(self, row: int, col: int, role: int) -> Any:
        """What :meth:`data` gives for the cell at (row, col) (the filter proxy asks here directly)."""
        if role not in _SERVED or not 0 <= row < len(self._rows):
            return None
        r = self._rows[row]
        if role == _DISPLAY or role == _SORT:
            if col == LABEL:  # stored codes are shown (and sorted) in the interface's language
                return label_text(r.label)
            if col == TEXT:
                return self.text_of(r)
            if col == STATUS:
                return status_text(r.status) if role == _DISPLAY else r.status
            if col == VALUE:
                return format_value(r.value)
            if col == ORIGIN:
                return origin_text(r.origin)
            if col == CONFIDENCE:  # 0.95; none (empty): made by hand, imported, adjudicated
                c = r[_ROW_CONFIDENCE]
                return c if role == _SORT or c is None else f"{c:.2f}"
            return r.start if col == START else r.end
        if role == _ANN_ID:
            return r.id
        if role == _DECORATION and col == LABEL:
            return self._colors.get(r.label)
        if role == _TOOLTIP:  # a narrow column elides: the whole text, then why (the span read whole)
            a = self.by_id(r.id)
            whole = self.text_of(r) if col == TEXT else format_value(r.value) if col == VALUE else ""
            return "\n".join(t for t in (whole, reason_text(a.reason) if a else "", a.note if a else "") if t) or None
        if role == _FOREGROUND and r.status == "rejected":
            return muted_text()  # greyed, still readable (light or dark palette)
        return None


from annotator.gui.models.annotation_filter_proxy import AnnotationFilterProxy  # noqa: E402  (it filters these)

__all__ = ["ANN_ID_ROLE", "SORT_ROLE", "AnnotationFilterProxy", "AnnotationTableModel", "format_value"]

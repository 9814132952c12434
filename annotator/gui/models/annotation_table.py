"""The open document's annotations as a table: label, text, status, value, origin, start, end."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from annotator.core.models import Annotation, ChangeSet
from annotator.gui.display import label_text, origin_text, status_text
from annotator.gui.models.filter_proxy import FilterProxy
from annotator.gui.models.sorting import SortsItself, descending, reordered
from annotator.gui.reasons import reason_text

LABEL, TEXT, STATUS, VALUE, ORIGIN, START, END = range(7)
ANN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
# plain ints: data() runs for each role of each cell painted, and an enum's attribute costs more
_DISPLAY, _SORT, _ANN_ID = int(Qt.ItemDataRole.DisplayRole), int(SORT_ROLE), int(ANN_ID_ROLE)
_DECORATION, _TOOLTIP = int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_SERVED = frozenset((_DISPLAY, _SORT, _ANN_ID, _DECORATION, _TOOLTIP, _FOREGROUND))  # the rest: None at once
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _order(a: Annotation) -> tuple[int, int, int]:
    return (a.start, a.end, a.id)


def format_value(value: dict) -> str:
    return " ".join(str(v) for v in value.values() if v not in (None, ""))


class AnnotationTableModel(SortsItself, QAbstractTableModel):
    sort_columns = 7  # a header click sorts the rows here, ties in text order (see models.sorting)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Annotation] = []  # in text order (start, end, id), or by the sorted column, then so
        self._keys: list[tuple] = []  # each row's sort key: a row is found by bisection, an insert renumbers nothing
        self._by_id: dict[int, Annotation] = {}
        self._sorted: tuple[int, bool] | None = None  # (column, descending) the rows are sorted by
        self._colors: dict[str, QColor] = {}
        self.doc_id: int | None = None

    # ------------------------------------------------------------- loading
    def set_label_colors(self, colors: dict[str, str]) -> None:
        self._colors = {name: QColor(c) for name, c in colors.items()}

    def label_names(self) -> list[str]:
        return list(self._colors)

    def set_annotations(self, doc_id: int | None, annotations: Iterable[Annotation]) -> None:
        """The document's annotations, in the order the store lists them: (start, end, id)."""
        self.beginResetModel()
        self.doc_id = doc_id
        self._rows = list(annotations)
        self._by_id = {a.id: a for a in self._rows}
        self._order_rows()
        self.endResetModel()

    # ------------------------------------------------------------- sorting
    def _row_ids(self) -> list[int | None]:
        return [a.id for a in self._rows]

    def _key(self, a: Annotation) -> tuple:
        if self._sorted is None:
            return _order(a)
        column, reverse = self._sorted
        value = self._sort_value(a, column)
        return (descending(value) if reverse else value, a.start, a.end, a.id)

    @staticmethod
    def _sort_value(a: Annotation, column: int) -> str | int:
        if column == LABEL:
            return label_text(a.label)
        if column == TEXT:
            return a.text
        if column == STATUS:
            return a.status
        if column == VALUE:
            return format_value(a.value)
        if column == ORIGIN:
            return origin_text(a.origin)
        return a.start if column == START else a.end

    def _order_rows(self) -> None:
        """The rows in the order of their keys (text order from the store needs no sorting)."""
        if self._sorted is None:  # _key inlined: a document of 10,000 spans opens with these
            self._keys = [(a.start, a.end, a.id) for a in self._rows]
            return
        pairs = sorted(((self._key(a), a) for a in self._rows), key=lambda p: p[0])
        self._keys, self._rows = [k for k, _a in pairs], [a for _k, a in pairs]

    def apply(self, changeset: ChangeSet) -> None:
        """Update only the rows the ChangeSet touched in this document (a label change: the label column)."""
        self._rename_labels(changeset)
        for change in changeset.annotation_changes:
            before = change.before if change.before and change.before.document_id == self.doc_id else None
            after = change.after if change.after and change.after.document_id == self.doc_id else None
            ann_id = (before or after).id if (before or after) else None
            if ann_id is None:
                continue
            row = self.row_of(ann_id)
            key = self._key(after) if after is not None else None
            if key is not None and row >= 0 and key == self._keys[row]:
                self._rows[row] = self._by_id[ann_id] = after
                self.dataChanged.emit(self.index(row, 0), self.index(row, END))
                continue
            if row >= 0:  # removed, or moved (its offsets or sorted column changed): out of its place
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row], self._keys[row]
                del self._by_id[ann_id]
                self.endRemoveRows()
            if after is not None:  # at its place in the order shown
                n = bisect_left(self._keys, key)
                self.beginInsertRows(QModelIndex(), n, n)
                self._rows.insert(n, after)
                self._keys.insert(n, key)
                self._by_id[ann_id] = after
                self.endInsertRows()

    def _rename_labels(self, changeset: ChangeSet) -> None:
        """A label changed: rows carry its new name, and the label column its colour."""
        if not changeset.label_changes:
            return
        if any(c.renamed for c in changeset.label_changes):
            def rename() -> None:
                self._rows = [a if changeset.renamed(a.label) == a.label
                              else a.with_(label=changeset.renamed(a.label)) for a in self._rows]
                self._by_id = {a.id: a for a in self._rows}
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
    def annotations(self) -> list[Annotation]:
        """The rows in text order (start, end, id), whatever column the table is sorted by."""
        return list(self._rows) if self._sorted is None else sorted(self._rows, key=_order)

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def by_id(self, ann_id: int) -> Annotation | None:
        return self._by_id.get(ann_id)

    def row_of(self, ann_id: int) -> int:
        a = self._by_id.get(ann_id)
        if a is None:
            return -1
        return bisect_left(self._keys, self._key(a))

    # --------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 7:
            return (self.tr("Label"), self.tr("Text"), self.tr("Status"), self.tr("Value"), self.tr("Origin"),
                    self.tr("Start"), self.tr("End"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED:  # a painted cell asks for seven roles; font, alignment, background … are Qt's
            return None
        row = index.row()
        if not 0 <= row < len(self._rows) or not index.isValid():
            return None
        a, col = self._rows[row], index.column()
        if role == _DISPLAY or role == _SORT:
            if col == LABEL:  # stored codes are shown (and sorted) in the interface's language
                return label_text(a.label)
            if col == TEXT:
                return a.text
            if col == STATUS:
                return status_text(a.status) if role == _DISPLAY else a.status
            if col == VALUE:
                return format_value(a.value)
            if col == ORIGIN:
                return origin_text(a.origin)
            return a.start if col == START else a.end
        if role == _ANN_ID:
            return a.id
        if role == _DECORATION and col == LABEL:
            return self._colors.get(a.label)
        if role == _TOOLTIP:  # a narrow column elides: the whole text, then why
            whole = a.text if col == TEXT else format_value(a.value) if col == VALUE else ""
            return "\n".join(t for t in (whole, reason_text(a.reason), a.note) if t) or None
        if role == _FOREGROUND and a.status == "rejected":
            return QColor("#999999")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS


class AnnotationFilterProxy(FilterProxy):
    """Hides rejected spans unless asked (or filtered for), and filters by label, status,
    annotator, origin and a piece of the text (None: any); sorting is the source model's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._show_rejected = False
        self._labels: set[str] | None = None
        self._needle = ""
        self._only: dict[str, str | None] = {"status": None, "annotator": None, "origin": None}
        self._required: list[tuple[str, str]] = []  # the (field, value) pairs of _only that are set
        self._annotation: Callable[[int], Annotation] | None = None  # the source model's rows
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_show_rejected(self, on: bool) -> None:
        with self.changing_filter():
            self._show_rejected = bool(on)

    def set_labels(self, labels: Iterable[str] | None) -> None:
        with self.changing_filter():
            self._labels = set(labels) if labels is not None else None

    def set_text(self, needle: str) -> None:
        with self.changing_filter():
            self._needle = needle.strip()

    def set_only(self, field: str, value: str | None) -> None:
        """Show only spans whose ``field`` ("status", "annotator", "origin") is ``value`` (None: any)."""
        with self.changing_filter():
            self._only[field] = value
            self._required = [(f, v) for f, v in self._only.items() if v is not None]

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        self._annotation = model.annotation if isinstance(model, AnnotationTableModel) else None

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # called for each of a document's spans when it opens: the usual case first, in few steps
        if self._annotation is None or source_parent.isValid():
            return True
        a = self._annotation(source_row)
        if a.status == "rejected" and not self._show_rejected and self._only["status"] != "rejected":
            return False
        if not self._required and self._labels is None and not self._needle:
            return True
        for field, value in self._required:
            if getattr(a, field) != value:
                return False
        if self._labels is not None and a.label not in self._labels:
            return False
        return not self._needle or self._needle in a.text

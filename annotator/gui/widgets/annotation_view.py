"""The table of the open document's annotations (over the filter proxy), sized for a narrow
column: label, text, value and status are in view at the window's default size (the value
right after the text), origin, confidence and offsets to the right. Widths come from the font and the
longest values, measured once per document, never per row on each change; a long text or
value is elided in the middle, its full text in the tooltip.

A new document's table is laid out whole before its first paint: its columns are sized
without Qt's repaint a turn later (:mod:`~annotator.gui.widgets.columns`) and its scroll bars
shown or hidden at once (Qt does it a turn later too: the viewport resized after the first
paint, the table painted again; together 5-9 ms of each open of a 10,000-span document).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from operator import itemgetter

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from annotator.core import span_row
from annotator.gui.display import label_text, origin_text, status_text
from annotator.gui.models.annotation_table import (
    ANN_ID_ROLE,
    CONFIDENCE,
    END,
    LABEL,
    ORIGIN,
    START,
    STATUS,
    TEXT,
    VALUE,
    AnnotationFilterProxy,
    AnnotationTableModel,
    format_value,
)
from annotator.gui.retranslating import Retranslating
from annotator.gui.widgets.columns import resizing_columns
from annotator.gui.widgets.empty_said import paint_said
from annotator.gui.widgets.table_columns import ColumnChoices, show_column_menu

PAD = 18  # a header's margins and the sort arrow's room
CELL = 8  # a cell's margins (the style's 3 px a side) and 2 px to spare: a cell's text needs no sort arrow's room
VALUE_ROOM = PAD - CELL  # the value's column as wide as before: whole at 1280×800, 8 characters of text at 1366
MIN_TEXT, MIN_VALUE, MAX_VALUE_SHARE = 60, 80, 0.45  # the text narrowest before the value elides
NO_ROW = -1  # select_span: the current row left the table and none is left (no span's id)
TEXT_FIRST = 8  # characters of text shown whole before the value takes room (a project's name: 京津冀产业园区)


class _ValueElidedAtItsEnd(QStyledItemDelegate):
    """A value cut at its end, its start kept: elided in the middle, as the other cells are, the sum
    38,650,000,000 (386.5亿元) read "38,…000" in a narrowed column (thirty-eight thousand?) and 海沧区 350205
    "海沧…05"; now "38,650,…" and "海沧区 35…", the whole in the tooltip and the form."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


class AnnotationView(Retranslating, QTableView):
    def __init__(self, proxy: AnnotationFilterProxy, model: AnnotationTableModel, parent: QWidget | None = None,
                 settings: object = None):
        super().__init__(parent)
        self.source = model
        self._proxy = proxy  # the view's model, for good
        self.choices = ColumnChoices(settings)
        self.setObjectName("annotationTable")
        self.setModel(proxy)
        self.setTabKeyNavigation(False)  # Tab leaves the table (it walked its cells for ever: a keyboard trap)
        # rows come in text order; a header click sorts the model's rows by a key a row (the
        # proxy only filters: its sort would cost seconds of Python calls at every document switch)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift/Ctrl pick several rows: Delete, X, Enter act on them all (Editing.chosen_ids)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setItemDelegateForColumn(VALUE, _ValueElidedAtItsEnd(self))
        self.setWordWrap(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.moveSection(header.visualIndex(VALUE), header.visualIndex(TEXT) + 1)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # which columns show
        header.customContextMenuRequested.connect(
            lambda pos: show_column_menu(self, self.choices, self.fit_columns, pos))
        header.sectionResized.connect(self._user_resized)  # the view's own resizes hold the header's signals
        self._value_width = 0
        self._gap = -1  # the row a span hidden or deleted from the table was at (-1: none)
        self._row = -1  # the current row as the user or the window last chose it
        self._current_id: int | None = None  # its span
        # (a span whose row left the table, the span of the row selected in its place: N goes on from the first)
        self.left_from: tuple[int, int] | None = None
        self.filtered_out: int | None = None  # the span a filter set hid while selected (gui/row_left.py)
        proxy.modelReset.connect(self._new_rows)  # after the view's own reset (connected by setModel)
        model.dataChanged.connect(lambda top, bottom, *_a: self._grow_value(top.row(), bottom.row()))
        model.rowsInserted.connect(lambda _parent, first, last: self._grow_value(first, last))
        self.setAccessibleName(self.tr("Spans of this document"))  # again in retranslate

    def _new_rows(self) -> None:
        """A new document (or all rows anew): columns fitted and rows laid out (Qt's delayed
        layout called off), then the scroll bars shown or hidden, all before the next paint."""
        self._gap, self._current_id, self.left_from = -1, None, None
        self.fit_columns()
        QApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def empty_text(self) -> str:
        """What the table says while it shows no row ("" while it shows some, or no document is open): an
        empty table said nothing, neither that the document has no spans yet nor that the filters hide them."""
        if self.source.doc_id is None or self.model().rowCount():
            return ""
        if not self.source.rowCount():
            return self.tr("No spans in this document yet: select text and press 1–4 to label it, or run "
                           "suggestions (F5).")
        return self.tr("No span matches the filters above (rejected spans are shown only by View › Show "
                       "rejected spans).")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_said(self, self.empty_text())

    def retranslate(self) -> None:  # the headers and statuses change width
        self.setAccessibleName(self.tr("Spans of this document"))
        self.fit_columns()

    def select_source_row(self, row: int) -> None:
        """Make the row of the source model current (none when ``row`` < 0 or filtered out),
        without the selection's signals."""
        selection = self.selectionModel()
        selection.blockSignals(True)
        index = self._proxy.mapFromSource(self.source.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.scrollTo(index)
            self._gap, self._row, self._current_id = -1, index.row(), index.data(ANN_ID_ROLE)
        else:  # the row rejected (hidden) or deleted: Down and Up go on from where it was
            self._gap, self._current_id = self._row, None
            selection.clear()
        selection.blockSignals(False)

    def select_span(self, ann_id: int | None) -> int | None:
        """Make the row of the span ``ann_id`` current (none: deleted or filtered out). When the current row
        left the table while its span stays (X or A in a table of suggestions only, a relabel out of the label
        filtered for), the span of the row that took its place (at the end, the row before it) is given back,
        for the window to select (:data:`NO_ROW`: the table has none left, nothing is to be selected): the
        form and the article kept the span no row showed, and a Delete next deleted it unseen. None otherwise
        (a span deleted: no row is current, Down goes on from its place)."""
        was, self.left_from = self._current_id, None
        row = self.source.row_of(ann_id) if ann_id is not None else -1
        self.select_source_row(row)
        if row < 0 or ann_id != was or self._gap < 0:
            return None
        rows = self.model().rowCount()
        return self.model().index(min(self._gap, rows - 1), 0).data(ANN_ID_ROLE) if rows else NO_ROW

    def select_also(self, ids: Iterable[int]) -> None:
        """The rows of ``ids`` the table still shows selected too, without the selection's signals
        (several rows accepted at once stay highlighted; the current row stays the current)."""
        selection = self.selectionModel()
        selection.blockSignals(True)
        for ann_id in ids:
            row = self.source.row_of(ann_id)
            index = self._proxy.mapFromSource(self.source.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.viewport().update()

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        if current.isValid():
            self._row, self._current_id, self.left_from = current.row(), current.data(ANN_ID_ROLE), None

    def shows(self, ann_id: int | None) -> bool:
        """Whether the span ``ann_id`` is one of the table's rows (not filtered out, nor hidden as rejected)."""
        row = self.source.row_of(ann_id) if ann_id is not None else -1
        return row >= 0 and self._proxy.mapFromSource(self.source.index(row, 0)).isValid()

    def selected_ids(self) -> list[int]:
        """The spans of the selected rows, in the table's order."""
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [self.model().index(r, 0).data(ANN_ID_ROLE) for r in rows]

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """With no current row after a reject or delete, Down is the row after it, Up the row before
        it (Qt's is the first row of the table: a reviewer going down the table was sent to its top)."""
        gap, rows = self._gap, self.model().rowCount()
        if self.currentIndex().isValid() or gap < 0 or not rows:
            return super().moveCursor(action, modifiers)
        moves = QAbstractItemView.CursorAction
        if action in (moves.MoveDown, moves.MoveNext):
            return self.model().index(min(gap, rows - 1), 0)
        if action in (moves.MoveUp, moves.MovePrevious):
            return self.model().index(max(0, min(gap, rows) - 1), 0)
        return super().moveCursor(action, modifiers)

    def _fit(self, col: int, texts: Iterable[str], extra: int = 0) -> int:
        """The width that shows ``col``'s header (with its sort arrow) and each of ``texts`` whole (``extra``: a
        cell's colour square); the cells' margins are narrower than the header's (the Label and Status columns
        gave the text 20 px less than it could have at 1024 px)."""
        head = str(self.source.headerData(col, Qt.Orientation.Horizontal))
        fm = self.fontMetrics()
        return max(self.horizontalHeader().fontMetrics().horizontalAdvance(head) + PAD,
                   max((fm.horizontalAdvance(t) for t in texts), default=0) + CELL + extra)

    def fit_columns(self) -> None:
        """Label, status, origin, confidence and offsets fit their longest possible text; the value fits the
        document's longest values (up to nearly half the view); the text takes what is left."""
        with resizing_columns(self) as header:
            self._fit_columns(header)

    def _fit_columns(self, header: QHeaderView) -> None:
        rows = self.source.rows()
        option = QStyleOptionViewItem()  # the size the colour square is drawn at (no QStyle: its enums cost 8 ms)
        self.initViewItemOption(option)
        icon = option.decorationSize.width()
        labels = {label_text(n) for n in {*self.source.label_names(), *map(itemgetter(span_row.LABEL), rows)}}
        width = self.choices.width  # a width the user dragged, else the fitted one
        header.resizeSection(LABEL, width(LABEL, self._fit(LABEL, labels, extra=icon + 6)))  # the colour square
        statuses = map(status_text, ("accepted", "suggested", "rejected"))
        header.resizeSection(STATUS, width(STATUS, self._fit(STATUS, statuses)))
        origins = {"gazetteer", *map(itemgetter(span_row.ORIGIN), rows)}
        header.resizeSection(ORIGIN, width(ORIGIN, self._fit(ORIGIN, {origin_text(o) for o in origins})))
        header.resizeSection(CONFIDENCE, width(CONFIDENCE, self._fit(CONFIDENCE, ["0.00"])))  # two decimals
        longest = str(max(max(map(itemgetter(span_row.END), rows), default=0), 99999))  # map: 10,000 rows at C speed
        for col in (START, END):
            header.resizeSection(col, width(col, self._fit(col, [longest])))
        for col in (LABEL, STATUS, ORIGIN, CONFIDENCE, START, END):  # hidden only by the user's choice
            if header.isSectionHidden(col) != (self.choices.shown.get(col) is False):
                header.setSectionHidden(col, self.choices.shown.get(col) is False)
        # None: no value; each value once (a long report's 7,800 values are 500: 80 ms read one by one)
        values = map(json.loads, set(filter(None, map(itemgetter(span_row.VALUE), rows))))
        self._value_width = self._fit(VALUE, sorted(map(format_value, values), key=len)[-20:], extra=VALUE_ROOM)
        self._fit_text()

    def _grow_value(self, first: int, last: int) -> None:
        """Rows changed or added: the value column widens for a longer value (only those rows measured)."""
        if last - first > 200:
            self.fit_columns()
            return
        width = self._fit(VALUE, (format_value(self.source.row(r).value) for r in range(first, last + 1)),
                          extra=VALUE_ROOM)
        if width > self._value_width:
            self._value_width = width
            self._fit_text()

    def _fit_text(self) -> None:
        """Label, text, value and status in the view's width: the document's values whole where the text
        keeps :data:`MIN_TEXT` px; else (they would be cut anyway) the text's first :data:`TEXT_FIRST`
        characters come first (a project's name whole: a value, a district's code or a sum, is in the
        form too, and PROJECT rows have none) while the value narrows (elided) down to :data:`MIN_VALUE`
        px; narrower still the text gives up those characters down to :data:`MIN_TEXT` px (elided: the four
        columns in view at 1024 px in English as in Chinese; the value hid first and left the English table
        without it), and only then the value hides (unless the user showed it from the header's menu)
        before the status leaves the view; the text takes the rest."""
        fm = self.fontMetrics()  # at a large font the least widths grow: four characters of text, eight digits
        min_text = max(MIN_TEXT, fm.horizontalAdvance("中" * 4) + 12)  # (60 px held two at 20 pt: 海沧区 was "…")
        min_value = max(MIN_VALUE, fm.horizontalAdvance("0" * 8) + 12)
        text_first = max(min_text, fm.horizontalAdvance("中" * TEXT_FIRST) + CELL)
        with resizing_columns(self) as header:
            room = self.viewport().width()
            rest = room - sum(header.sectionSize(c) for c in (LABEL, STATUS) if not header.isSectionHidden(c))
            wanted = self.choices.width(VALUE, self._value_width)
            share = max(int(room * MAX_VALUE_SHARE), header.sectionSize(STATUS))
            share = wanted if VALUE in self.choices.widths else share  # a dragged width as it was dragged
            whole = min(wanted, share)
            fits = rest - min_text >= whole  # the value whole beside a short text keeps its room
            value = whole if fits else min(whole, max(min_value, rest - text_first))  # else the text's first ones
            value = max(value, header.minimumSectionSize())  # as the header gives it: 值's 30 px was 40, the status cut
            chosen = self.choices.shown.get(VALUE)
            shown = chosen if chosen is not None else rest - min_text >= min(wanted, min_value)
            if header.isSectionHidden(VALUE) == shown:
                header.setSectionHidden(VALUE, not shown)
            if shown:
                header.resizeSection(VALUE, value)
            header.resizeSection(TEXT, max(min_text, rest - (value if shown else 0)))

    def _user_resized(self, column: int, _old: int, new: int) -> None:
        """A column's edge dragged: its width kept (the text's is what the others leave)."""
        if not self.horizontalHeader().isSectionHidden(column):
            self.choices.resized(column, new)
            if column != TEXT:
                self._fit_text()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._value_width:
            self._fit_text()

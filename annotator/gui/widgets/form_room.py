"""How the form and the annotation table share the window's right column.

The form's label buttons and its Accept / Reject / Delete buttons always show; its rows of
fields between them (label, text, values, note, status … jurisdiction) are in a scroll area
that asks for their whole height but can do with a few rows (:class:`FieldsArea`). The table
below keeps at least :data:`TABLE_ROWS` rows (:func:`share_room`): a tall window gives the form
the height it needs and the table the rest; a short one (1024×600, the Adjudication panel
below the article) takes from the table down to its rows first, then from the form's fields,
which scroll. A panel docked below the article gives up its height first, down to its least,
when it is shown (:func:`room_for_column`, the window's Docks), except the rows it wants (the
Adjudication panel's table): for those the form's fields give theirs down to two rows
(:func:`room_beside_panel`). So the column's least height is
some 400 px, not the form's whole ~400 plus the table's, and the window can be made as short as
~560 px. The form is as tall as it needs and no taller (:class:`_Share`): the table takes every
pixel the form does not use, also when the form's rows shrink (a span with fewer links) or a
saved handle gave it more; the rows of the label with the most value fields are kept for every
label (``reserve``), so Accept / Reject / Delete stay put from one span to the next.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QScrollArea,
    QSplitter,
    QWidget,
)

TABLE_ROWS = 5  # the table's rows a short window still shows
LARGE_ROW, LARGE_FONT_ROWS = 36, 2  # rows taller than this (a large font): the least is two rows
FIELD_ROWS = 1  # the form's rows of fields a short window still shows (the rest scroll)
PANEL_FIELD_ROWS = 2  # those the Adjudication panel's rows leave it (room_beside_panel)


class FieldsArea(QScrollArea):
    """The form's rows of fields, scrolled when the column is short. A scroll area asks its
    widget for the height its wrapped rows need, but not again when its own scroll bar appears
    and narrows them: so the rows' least height is set here from their layout at the width they
    have, each time they or their width change (else a splitter drew the wrapped rows — links,
    reason, text — over each other)."""

    def __init__(self, fields: QWidget, reserve: Callable[[], int] = lambda: 0) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.fields = fields  # the area's widget, for good
        self.reserve = reserve  # height kept below the rows shown (another label's value rows)
        self._hint = QSize()  # the rows' least size last passed on to the column
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to the area
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(fields)
        fields.installEventFilter(self)

    def sizeHint(self) -> QSize:
        fields = self.fields.minimumSizeHint().expandedTo(self.fields.minimumSize())  # with the reserve
        return QSize(fields.width() + self.verticalScrollBar().sizeHint().width(), fields.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), self.rows_height(FIELD_ROWS))

    def rows_height(self, rows: int) -> int:
        """Its height with ``rows`` rows of fields in view (all of them, when they are fewer)."""
        return min(self.sizeHint().height(), rows * self._first_row())

    def _first_row(self) -> int:
        """The height of the first row of fields and the spacing below it (none of the next shows)."""
        layout = self.fields.layout()
        if not isinstance(layout, QFormLayout) or layout.rowCount() == 0:
            return self.fontMetrics().height() + 14  # a line edit's row of the form
        items = [layout.itemAt(0, role) for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole)]
        return max(item.sizeHint().height() for item in items if item is not None) + max(0, layout.verticalSpacing())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.fields and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            fields = self.fields
            layout = fields.layout()
            need = self.reserve()
            if layout is not None and layout.hasHeightForWidth():
                need += layout.totalHeightForWidth(fields.width())
            hint = fields.minimumSizeHint()  # rows added without wrapping (a project's labels): its hint grows
            if need != fields.minimumHeight() or hint != self._hint:
                fields.setMinimumHeight(need)
                self._hint = fields.minimumSizeHint()
                self.updateGeometry()  # the column gives the form the room it needs (_Share)
        return super().eventFilter(watched, event)


def least_rows(table: QAbstractItemView) -> int:
    """:data:`TABLE_ROWS`, or :data:`LARGE_FONT_ROWS` at a large font (a 20-pt interface font's rows
    are 43 px: five of them, the form's and the Adjudication panel's least made a 1366×700 window
    too short)."""
    row = table.verticalHeader().defaultSectionSize() if hasattr(table, "verticalHeader") else 24
    return TABLE_ROWS if row <= LARGE_ROW else LARGE_FONT_ROWS


def table_height(table: QAbstractItemView, rows: int | None = None) -> int:
    """The table's height for ``rows`` rows (its least: :func:`least_rows`), its header and scroll bar."""
    header = table.horizontalHeader().sizeHint().height() if hasattr(table, "horizontalHeader") else 0
    row = table.verticalHeader().defaultSectionSize() if hasattr(table, "verticalHeader") else 24
    rows = least_rows(table) if rows is None else rows
    return header + rows * row + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth()


class _Share(QObject):
    """Gives the form (the splitter's first widget) the height it asks for and the table the rest,
    when the form's rows change or the window's height does. Once the user has dragged the handle
    the form keeps the height they gave it, growing only when its rows need more."""

    def __init__(self, splitter: QSplitter, table: QAbstractItemView) -> None:
        super().__init__(splitter)
        self.splitter, self.table = splitter, table
        self.user_sized = False
        self._later = QTimer(self, singleShot=True, interval=0)  # once the splitter has laid out its new size
        self._later.timeout.connect(self.make_room)
        splitter.splitterMoved.connect(self._moved)  # a drag (setSizes and restoreState do not emit it)
        form, below = splitter.widget(0), splitter.widget(1)
        assert form is not None and below is not None, "share_room is called with the form and the table in place"
        form.installEventFilter(self)
        below.installEventFilter(self)  # the table's filters in two rows or one: its least height
        splitter.installEventFilter(self)

    def _moved(self, _pos: int, _index: int) -> None:
        self.user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.splitter:
            if kind in (QEvent.Type.Resize, QEvent.Type.Show):
                self._later.start()
        elif kind == QEvent.Type.LayoutRequest:  # the form's rows changed, or the table's least height
            self.make_room()
        return False

    def make_room(self) -> None:
        splitter = self.splitter
        form, below = splitter.widget(0), splitter.widget(1)
        if splitter.count() != 2 or form is None or below is None or not splitter.isVisible():
            return
        sizes = splitter.sizes()
        total = sum(sizes)
        need = form.sizeHint().height()
        room = total - below.minimumSizeHint().height()  # the most the form can have
        if self.user_sized:  # the user's height, unless the rows need more
            target = sizes[0] if sizes[0] >= need else min(need, max(room, sizes[0]))
        else:
            target = max(min(need, room), form.minimumSizeHint().height())
        if target < need:  # the rows scroll: as many whole rows as fit, the table the few pixels left
            target = max(target - _part_row(form, target, need), form.minimumSizeHint().height())
        if target != sizes[0] and total > 0:
            table, current = self.table, self.table.currentIndex()
            shown = current.isValid() and table.viewport().rect().intersects(table.visualRect(current))
            splitter.setSizes([target, total - target])
            if shown:  # the selected span's row stays in view (the form grew over the table's bottom rows)
                table.scrollTo(current)


def _part_row(form: QWidget, height: int, need: int) -> int:
    """The pixels of a row of fields cut off at the bottom of the form's scroll area when the form
    is ``height`` tall (it wants ``need``): a label's upper half showed under the last whole row."""
    area = getattr(form, "fields_area", None)
    if not isinstance(area, FieldsArea):
        return 0
    shown = height - (need - area.sizeHint().height())  # the area's height: the form less its buttons
    fields = area.fields
    rows = [w.geometry() for w in fields.findChildren(QWidget) if w.parent() is fields and not w.isHidden()]
    # a cut under a caption still halved its field beside it when that wraps (a reason's second line)
    whole = max((r.bottom() + 1 for r in rows if r.bottom() < shown
                 and not any(o.top() <= r.bottom() < o.bottom() for o in rows)), default=shown)
    return max(0, shown - whole)


def room_for_column(splitter: QSplitter) -> int:
    """The height the column wants: the whole form and the table's least."""
    form, below = splitter.widget(0), splitter.widget(1)
    assert form is not None and below is not None, "the column holds the form and the table (share_room)"
    return form.sizeHint().height() + splitter.handleWidth() + below.minimumSizeHint().height()


def room_beside_panel(splitter: QSplitter) -> int:
    """The column's least height with :data:`PANEL_FIELD_ROWS` rows of the form's fields: a panel below the
    article grows to the rows it wants (the Adjudication panel's table) down to this, not to one row."""
    area = getattr(splitter.widget(0), "fields_area", None)
    more = area.rows_height(PANEL_FIELD_ROWS) - area.minimumSizeHint().height() if isinstance(area, FieldsArea) else 0
    return splitter.minimumSizeHint().height() + max(0, more)


def share_room(splitter: QSplitter, table: QAbstractItemView) -> None:
    """The form above ``table`` in ``splitter``: the table takes a window's change in height down
    to :data:`TABLE_ROWS` rows, then the form's fields give theirs; neither ever collapses."""
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    table.setMinimumHeight(table_height(table))
    _Share(splitter, table)


class SideBySide(QWidget):
    """Short fields in one row of the form (the status, then the annotator's caption and name): a row
    less than one each. Where the column is too narrow for them (a large font, a long name), the first
    stays and the others go below it, so the row never makes the form wider than it was; arranged anew
    when the width changes and when a field's text does (a coder's e-mail address after a short name,
    at the same width, was cut off at its end: tests/gui/test_form_status_row_fits.py)."""

    def __init__(self, first: QWidget, *rest: QWidget, fill: bool = True) -> None:
        super().__init__()
        self._first, self._rest, self._fill = first, rest, fill  # fill: the last takes the rest of the width
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(3)
        self._one_row: bool | None = None
        self._arrange(True)

    def _row_width(self) -> int:
        widgets = (self._first, *self._rest)
        return sum(w.minimumSizeHint().expandedTo(w.minimumSize()).width() for w in widgets) + 20 * len(self._rest)

    def _arrange(self, one_row: bool) -> None:
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for widget in (self._first, *self._rest):
            self._grid.removeWidget(widget)
        self._grid.addWidget(self._first, 0, 0)
        for i, widget in enumerate(self._rest):
            self._grid.addWidget(widget, 0 if one_row else 1, i + 1 if one_row else i)
        last = len(self._rest) if one_row else max(0, len(self._rest) - 1)
        last += 0 if self._fill else 1  # else an empty column after them takes it
        for column in range(len(self._rest) + 2):
            self._grid.setColumnStretch(column, 1 if column == last else 0)
        self._grid.setHorizontalSpacing(20 if one_row else 6)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        widths = [self._first.minimumSizeHint().expandedTo(self._first.minimumSize()).width(),
                  sum(w.minimumSizeHint().width() for w in self._rest) + 6 * max(0, len(self._rest) - 1)]
        return QSize(max(widths), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.width() >= self._row_width())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a field's text changed (another span's annotator): at
            self._arrange(self.width() >= self._row_width())  # the same width a longer name no longer fits
        return super().event(event)


def fit_lines(label: QWidget) -> None:
    """A wrapped label at least as tall as its lines at its width (call it after its text changed)."""
    need = label.heightForWidth(label.width())
    if need > 0 and need != label.minimumHeight():
        label.setMinimumHeight(need)


class _Whole(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            fit_lines(watched)
        return False


def keep_whole(label: QWidget) -> None:
    """A wrapped label as tall as its lines at the width it has: in a dock (whose layout asks no
    height for a width) a narrow one was given the height of fewer lines and drew them cut."""
    label.installEventFilter(_Whole(label))

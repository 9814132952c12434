"""How the form and the annotation table share the window's right column.

The form's label buttons and its Accept / Reject / Delete buttons always show; its rows of
fields between them (label, text, values, note, status … jurisdiction) are in a scroll area
that asks for their whole height but can do with a few rows (:class:`FieldsArea`). The table
below keeps at least :data:`TABLE_ROWS` rows (:func:`share_room`): a tall window gives the form
the height it needs and the table the rest; a short one (1024×600, the Adjudication panel
below the article) takes from the table down to its rows first, then from the form's fields,
which scroll. A panel docked below the article gives up its height first, down to its least,
when it is shown (:func:`room_for_column`, the window's Docks). So the column's least height is
some 400 px, not the form's whole ~400 plus the table's, and the window can be made as short as
~560 px. The form is as tall as it needs and no taller (:class:`_Share`): the table takes every
pixel the form does not use, also when the form's rows shrink (a span with fewer links) or a
saved handle gave it more; the rows of the label with the most value fields are kept for every
label (``reserve``), so Accept / Reject / Delete stay put from one span to the next.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QFrame, QScrollArea, QSplitter, QWidget

TABLE_ROWS = 5  # the table's rows a short window still shows
FIELD_ROWS = 1  # the form's rows of fields a short window still shows (the rest scroll)


class FieldsArea(QScrollArea):
    """The form's rows of fields, scrolled when the column is short. A scroll area asks its
    widget for the height its wrapped rows need, but not again when its own scroll bar appears
    and narrows them: so the rows' least height is set here from their layout at the width they
    have, each time they or their width change (else a splitter drew the wrapped rows — links,
    reason, text — over each other)."""

    def __init__(self, fields: QWidget, reserve: Callable[[], int] = lambda: 0) -> None:
        super().__init__(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.reserve = reserve  # height kept below the rows shown (another label's value rows)
        self._hint = QSize()  # the rows' least size last passed on to the column
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field, not to the area
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(fields)
        fields.installEventFilter(self)

    def sizeHint(self) -> QSize:
        fields = self.widget().minimumSizeHint().expandedTo(self.widget().minimumSize())  # with the reserve
        return QSize(fields.width() + self.verticalScrollBar().sizeHint().width(), fields.height())

    def minimumSizeHint(self) -> QSize:
        whole = self.sizeHint()
        row = self.fontMetrics().height() + 14  # a line edit's row of the form
        return QSize(whole.width(), min(whole.height(), FIELD_ROWS * row))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            fields = self.widget()
            layout = fields.layout()
            need = layout.totalHeightForWidth(fields.width()) if layout.hasHeightForWidth() else 0
            need += self.reserve()
            hint = fields.minimumSizeHint()  # rows added without wrapping (a project's labels): its hint grows
            if need != fields.minimumHeight() or hint != self._hint:
                fields.setMinimumHeight(need)
                self._hint = fields.minimumSizeHint()
                self.updateGeometry()  # the column gives the form the room it needs (_Share)
        return super().eventFilter(watched, event)


def table_height(table: QAbstractItemView, rows: int = TABLE_ROWS) -> int:
    """The table's height for ``rows`` rows, its header and scroll bar."""
    header = table.horizontalHeader().sizeHint().height() if hasattr(table, "horizontalHeader") else 0
    row = table.verticalHeader().defaultSectionSize() if hasattr(table, "verticalHeader") else 24
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
        splitter.widget(0).installEventFilter(self)
        splitter.installEventFilter(self)

    def _moved(self, _pos: int, _index: int) -> None:
        self.user_sized = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.splitter:
            if kind in (QEvent.Type.Resize, QEvent.Type.Show):
                self._later.start()
        elif kind == QEvent.Type.LayoutRequest:  # the form's rows changed
            self.make_room()
        return False

    def make_room(self) -> None:
        splitter = self.splitter
        if splitter.count() != 2 or not splitter.isVisible():
            return
        form, below = splitter.widget(0), splitter.widget(1)
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
    fields = area.widget()
    rows = [w.geometry() for w in fields.findChildren(QWidget) if w.parent() is fields and not w.isHidden()]
    # a cut under a caption still halved its field beside it when that wraps (a reason's second line)
    whole = max((r.bottom() + 1 for r in rows if r.bottom() < shown
                 and not any(o.top() <= r.bottom() < o.bottom() for o in rows)), default=shown)
    return max(0, shown - whole)


def room_for_column(splitter: QSplitter) -> int:
    """The height the column wants: the whole form and the table's least."""
    form, below = splitter.widget(0), splitter.widget(1)
    return form.sizeHint().height() + splitter.handleWidth() + below.minimumSizeHint().height()


def share_room(splitter: QSplitter, table: QAbstractItemView) -> None:
    """The form above ``table`` in ``splitter``: the table takes a window's change in height down
    to :data:`TABLE_ROWS` rows, then the form's fields give theirs; neither ever collapses."""
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    table.setMinimumHeight(table_height(table))
    _Share(splitter, table)

"""The filters above the annotation table: label, status, annotator, origin and a piece of the
text. They set :class:`~annotator.gui.models.annotation_table.AnnotationFilterProxy`; the
annotator and origin boxes offer what the open document's spans hold (kept up to date as
spans change), the label box the project's labels. ``Enter`` or ``Down`` in the text filter
goes on into the table at its first row (the span selected: the review keys act on the rows the
filter leaves); with no row left, Enter leaves the field (the next N was typed into it).
"""
from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QStyle, QToolButton, QVBoxLayout, QWidget

from annotator.core.models import Label
from annotator.core.span_row import ANNOTATOR, ORIGIN
from annotator.gui.display import followed_label, label_text, origin_text, status_text
from annotator.gui.models.annotation_table import AnnotationFilterProxy, AnnotationTableModel
from annotator.gui.retranslating import Retranslating

STATUSES = ("accepted", "suggested", "rejected")
# a window shorter than this shows the filters in one row: the text filter behind a button, shown
# while it is wanted or holds text (at 1024x600 with a panel below the article its row cost the
# form its second row of fields)
SHORT_WINDOW = 720
SLACK = 2  # pixels of a box's margin its name may lose (see resizeEvent)


class AnnotationFilterBar(Retranslating, QWidget):
    left = Signal()  # Enter in the text filter with no row left: the article takes the keys

    def __init__(self, proxy: AnnotationFilterProxy, model: AnnotationTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.proxy, self.model = proxy, model
        self.label_box, self.status_box = QComboBox(), QComboBox()
        self.annotator_box, self.origin_box = QComboBox(), QComboBox()
        self.label_box.setObjectName("labelFilter")
        self.status_box.setObjectName("statusFilter")
        self.annotator_box.setObjectName("annotatorFilter")
        self.origin_box.setObjectName("originFilter")
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("textFilter")
        self.text_edit.setClearButtonEnabled(True)
        self.text_button = QToolButton()
        self.text_button.setObjectName("textFilterButton")
        self.text_button.setCheckable(True)
        self.text_button.setAutoRaise(True)
        self.text_button.setIcon(QIcon.fromTheme("edit-find", self.style().standardIcon(
            QStyle.StandardPixmap.SP_FileDialogContentsView)))
        self.text_button.toggled.connect(self._text_wanted)
        self.short = False  # one row (a short window)
        self.text_edit.textChanged.connect(proxy.set_text)
        self.text_edit.returnPressed.connect(self._into_table)
        self.text_edit.installEventFilter(self)  # Down: into the table
        self.table: QWidget | None = None  # wrap's
        self.label_box.activated.connect(self._label_chosen)
        for box, field in ((self.status_box, "status"), (self.annotator_box, "annotator"),
                           (self.origin_box, "origin")):
            box.activated.connect(lambda _i, b=box, f=field: proxy.set_only(f, b.currentData()))
        for box in (self.label_box, self.status_box, self.annotator_box, self.origin_box):
            # narrow enough for the right column at the window's default size; the list shows all
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setIconSize(QSize(0, 0))  # its items have none: no room kept for one (20 px a box)
            box.setMinimumContentsLength(2)  # the row shared by name length (_share_width)
            box.view().setMinimumWidth(160)
        self._labels: list[str] = []
        self._label_list: list[Label] = []  # the labels as set: a rename is followed by the label's id
        self._held: tuple[set[str], set[str]] = (set(), set())  # annotators and origins of the spans
        self._refresh = QTimer(self, singleShot=True, interval=0)  # once per burst of changes
        self._refresh.timeout.connect(self.refresh_choices)
        for signal in (model.modelReset, model.rowsRemoved, model.dataChanged):  # a value may be gone
            signal.connect(self._refresh.start)
        model.rowsInserted.connect(self._rows_added)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.two_rows: bool | None = None  # the boxes in two rows of two (a column too narrow for their names)
        self._arrange(False)
        self.text_button.hide()
        self.retranslate()

    def _arrange(self, two_rows: bool) -> None:
        """The four boxes in one row, or in two rows of two where one row would cut their names (a
        large font: "Labe", "Statu", "Annotato"); the text filter below them."""
        if two_rows == self.two_rows:
            return
        self.two_rows = two_rows
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        boxes = (self.label_box, self.status_box, self.annotator_box, self.origin_box)
        for widget in (*boxes, self.text_button, self.text_edit):
            grid.removeWidget(widget)
        for i, box in enumerate(boxes):
            grid.addWidget(box, *((i // 2, i % 2) if two_rows else (0, i)))
        grid.addWidget(self.text_button, 0, 2 if two_rows else 4)
        grid.addWidget(self.text_edit, 2 if two_rows else 1, 0, 1, 5)
        self._share_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        # each box's width for its name whole, less SLACK (the style's size keeps a few pixels of margin
        # a name does without: "Annotator" whole in a 1024-px window, tests/gui/test_short_filters.py)
        need = sum(_width_for_name(b) - SLACK for b in (self.label_box, self.status_box, self.annotator_box,
                                                        self.origin_box))
        button = self.text_button.sizeHint().width() + grid.horizontalSpacing() if self.text_button.isVisible() else 0
        self._arrange(event.size().width() < need + 3 * grid.horizontalSpacing() + button)

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not self:
            window.installEventFilter(self)
            self._fit_height(window.height())
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.text_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down and self.proxy.rowCount()):
            self._into_table()
            return True
        if event.type() == QEvent.Type.Resize and watched is self.window() and isinstance(watched, QWidget):
            self._fit_height(watched.height())
        return super().eventFilter(watched, event)

    def _fit_height(self, height: int) -> None:
        """One row in a short window (the text filter behind its button), two in a taller one."""
        short = height < SHORT_WINDOW
        if short == self.short:
            return
        self.short = short
        self.text_button.setVisible(short)
        self.text_button.setChecked(short and bool(self.text_edit.text()))
        self.text_edit.setVisible(not short or bool(self.text_edit.text()))

    def _text_wanted(self, on: bool) -> None:
        """The button of a short window: the text filter shown and given the keys; hidden, it is
        emptied (a filter never hides while it filters)."""
        if not self.short:
            return
        self.text_edit.setVisible(on)
        if on:
            self.text_edit.setFocus()
        else:
            self.text_edit.clear()

    def _into_table(self) -> None:
        """Enter or Down in the text filter: the table takes the keys on its first row, which selects
        its span; Enter with no row left gives the article the keys (Esc's way out of a field)."""
        table = self.table
        if table is None:
            return
        if not self.proxy.rowCount():
            self.left.emit()
            return
        table.setFocus(Qt.FocusReason.TabFocusReason)
        table.selectionModel().setCurrentIndex(  # type: ignore[attr-defined]
            self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def wrap(self, table: QWidget) -> QWidget:
        """This bar above ``table``, as one widget."""
        self.table = table
        pane = QWidget()
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self)
        column.addWidget(table)
        return pane

    def retranslate(self) -> None:
        # each box's first item ("any") is named after its column, to stay narrow; the tooltip says it
        self.text_edit.setPlaceholderText(self.tr("Filter by text"))
        self.text_edit.setAccessibleName(self.text_edit.placeholderText())  # read out when it is not empty too
        self.text_button.setToolTip(self.tr("Filter by text"))
        for box, tip in ((self.label_box, self.tr("All labels")), (self.status_box, self.tr("All statuses")),
                         (self.annotator_box, self.tr("All annotators")), (self.origin_box, self.tr("All origins"))):
            box.setToolTip(tip)
        for box, name in ((self.label_box, self.tr("Filter by label")), (self.status_box, self.tr("Filter by status")),
                          (self.annotator_box, self.tr("Filter by annotator")),
                          (self.origin_box, self.tr("Filter by origin"))):
            box.setAccessibleName(name)  # the box shows its column's name only while it filters nothing
        self._fill(self.label_box, self.tr("Label"), [(label_text(n), n) for n in self._labels])
        self._fill(self.status_box, self.tr("Status"), [(status_text(s), s) for s in STATUSES])
        self.refresh_choices()
        self._share_width()

    def _share_width(self) -> None:
        """Each box's share of the row by the length of its name (with room for its arrow): shared
        evenly, "Annotator" was cut to "Annotato" in a 1024-px window."""
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        boxes = (self.label_box, self.status_box, self.annotator_box, self.origin_box)
        for i in range(4):  # two rows: two even columns
            grid.setColumnStretch(i, (1 if i < 2 else 0) if self.two_rows else _width_for_name(boxes[i]))


    def set_labels(self, labels: Iterable[Label]) -> None:
        """The project's labels; a chosen label renamed stays chosen under its new name, one deleted
        gives way to all labels (the table showed none of its spans, and the box a name gone)."""
        before, self._label_list = self._label_list, list(labels)
        self._labels = [label.name for label in self._label_list]
        chosen = self.label_box.currentData()
        now = chosen if chosen is None or chosen in self._labels else followed_label(chosen, before, self._label_list)
        self.label_box.blockSignals(True)
        if now != chosen:
            self.label_box.setCurrentIndex(0)  # _fill keeps a choice no label has: this one went
        self._fill(self.label_box, self.tr("Label"), [(label_text(n), n) for n in self._labels])
        if now != chosen and now is not None:
            self.label_box.setCurrentIndex(self.label_box.findData(now))
        self.label_box.blockSignals(False)
        self._label_chosen()

    def refresh_choices(self) -> None:
        """The annotators and origins of the open document's spans (after a document is opened, spans
        are removed or changed: the boxes are refilled only when these changed, so a key press does
        not lay the window out anew)."""
        rows = self.model.rows()
        self._held = set(map(itemgetter(ANNOTATOR), rows)), set(map(itemgetter(ORIGIN), rows))
        self._fill_choices()

    def _fill_choices(self) -> None:
        nobody = self.tr("(nobody)")
        self._fill(self.annotator_box, self.tr("Annotator"), [(a or nobody, a) for a in sorted(self._held[0])])
        self._fill(self.origin_box, self.tr("Origin"), [(origin_text(o), o) for o in sorted(self._held[1])])

    def _rows_added(self, _parent, first: int, last: int) -> None:
        """New spans (a label key): the boxes gain what they bring that the spans did not hold, from
        these rows alone (a pass over all the spans took 2 ms a key for 10,000 spans)."""
        if last - first > 1000:
            self._refresh.start()
            return
        annotators, origins = self._held
        rows = [self.model.row(r) for r in range(first, last + 1)]
        new_annotators = {a.annotator for a in rows} - annotators
        new_origins = {a.origin for a in rows} - origins
        if new_annotators or new_origins:
            annotators |= new_annotators
            origins |= new_origins
            self._fill_choices()

    def _fill(self, box: QComboBox, anything: str, items: list[tuple[str, str]]) -> None:
        """Refill a box; what was chosen stays chosen (also when no span holds it now)."""
        chosen = box.currentData()
        if chosen is not None and chosen not in [value for _text, value in items]:
            items.append((chosen, chosen))
        if [(box.itemText(i), box.itemData(i)) for i in range(box.count())] == [(anything, None), *items]:
            return  # as it is
        box.blockSignals(True)
        box.clear()
        box.addItem(anything, None)
        for text, value in items:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
        box.blockSignals(False)

    def clear_status(self) -> None:
        """The status box back to any status (N selected an open suggestion the box hid)."""
        self.status_box.setCurrentIndex(0)
        self.proxy.set_only("status", None)

    def _label_chosen(self, _index: int = 0) -> None:
        name = self.label_box.currentData()
        self.proxy.set_labels(None if name is None else [name])


def _width_for_name(box: QComboBox) -> int:
    """The box's width that shows its first item's text whole: the text, the frame and the arrow
    (as the style draws them; a share by the text and a guess of the arrow left "Annotator"
    three pixels to spare in one row, and cut in a wider font)."""
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    text = box.fontMetrics().horizontalAdvance(box.itemText(0))
    return box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                        QSize(text, box.fontMetrics().height()), box).width()

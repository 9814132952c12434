"""The filters above the annotation table: label, status, annotator, origin and a piece of the
text. They set :class:`~annotator.gui.models.annotation_table.AnnotationFilterProxy`; the
annotator and origin boxes offer what the open document's spans hold (kept up to date as
spans change), the label box the project's labels.
"""
from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from annotator.core.models import Label
from annotator.core.span_row import ANNOTATOR, ORIGIN
from annotator.gui.display import label_text, origin_text, status_text
from annotator.gui.models.annotation_table import AnnotationFilterProxy, AnnotationTableModel
from annotator.gui.retranslating import Retranslating

STATUSES = ("accepted", "suggested", "rejected")


class AnnotationFilterBar(Retranslating, QWidget):
    def __init__(self, proxy: AnnotationFilterProxy, model: AnnotationTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.proxy, self.model = proxy, model
        self.label_box, self.status_box = QComboBox(objectName="labelFilter"), QComboBox(objectName="statusFilter")
        self.annotator_box, self.origin_box = QComboBox(objectName="annotatorFilter"), QComboBox(
            objectName="originFilter")
        self.text_edit = QLineEdit(objectName="textFilter")
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.textChanged.connect(proxy.set_text)
        self.label_box.activated.connect(self._label_chosen)
        for box, field in ((self.status_box, "status"), (self.annotator_box, "annotator"),
                           (self.origin_box, "origin")):
            box.activated.connect(lambda _i, b=box, f=field: proxy.set_only(f, b.currentData()))
        for box in (self.label_box, self.status_box, self.annotator_box, self.origin_box):
            # narrow enough for the right column at the window's default size; the list shows all
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(2)  # the row shared by name length (_share_width)
            box.view().setMinimumWidth(160)
        self._labels: list[str] = []
        self._held: tuple[set[str], set[str]] = (set(), set())  # annotators and origins of the spans
        self._refresh = QTimer(self, singleShot=True, interval=0)  # once per burst of changes
        self._refresh.timeout.connect(self.refresh_choices)
        for signal in (model.modelReset, model.rowsRemoved, model.dataChanged):  # a value may be gone
            signal.connect(self._refresh.start)
        model.rowsInserted.connect(self._rows_added)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, widget in enumerate((self.label_box, self.status_box, self.annotator_box, self.origin_box)):
            grid.addWidget(widget, 0, i)
        grid.addWidget(self.text_edit, 1, 0, 1, 4)
        self.retranslate()

    def wrap(self, table: QWidget) -> QWidget:
        """This bar above ``table``, as one widget."""
        pane = QWidget()
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self)
        column.addWidget(table)
        return pane

    def retranslate(self) -> None:
        # each box's first item ("any") is named after its column, to stay narrow; the tooltip says it
        self.text_edit.setPlaceholderText(self.tr("Filter by text"))
        for box, tip in ((self.label_box, self.tr("All labels")), (self.status_box, self.tr("All statuses")),
                         (self.annotator_box, self.tr("All annotators")), (self.origin_box, self.tr("All origins"))):
            box.setToolTip(tip)
        self._fill(self.label_box, self.tr("Label"), [(label_text(n), n) for n in self._labels])
        self._fill(self.status_box, self.tr("Status"), [(status_text(s), s) for s in STATUSES])
        self.refresh_choices()
        self._share_width()

    def _share_width(self) -> None:
        """Each box's share of the row by the length of its name (with room for its arrow): shared
        evenly, "Annotator" was cut to "Annotato" in a 1024-px window."""
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        for i, box in enumerate((self.label_box, self.status_box, self.annotator_box, self.origin_box)):
            metrics = box.fontMetrics()
            grid.setColumnStretch(i, metrics.horizontalAdvance(box.itemText(0)) + 2 * metrics.height())

    def set_labels(self, labels: Iterable[Label]) -> None:
        self._labels = [label.name for label in labels]
        self._fill(self.label_box, self.tr("Label"), [(label_text(n), n) for n in self._labels])
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

    def _label_chosen(self, _index: int = 0) -> None:
        name = self.label_box.currentData()
        self.proxy.set_labels(None if name is None else [name])

"""A table's first columns kept in view while it scrolls sideways (what a row is: the coders and the label
of an agreement row), as Qt's frozen-column example does it: a second view of the same model and
selection laid over those columns, their widths and the rows' heights kept the table's, scrolled up and
down with it; shown only while the table is wider than its window."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView


class FrozenColumns(QTableView):
    def __init__(self, table: QTableView, count: int) -> None:
        super().__init__(table)
        self.table, self.count = table, count
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the table's
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # no column half under it
        for column in range(count, table.model().columnCount()):
            self.setColumnHidden(column, True)
        table.viewport().stackUnder(self)
        table.horizontalHeader().sectionResized.connect(self._column_resized)
        table.verticalHeader().sectionResized.connect(lambda row, _old, new: self.setRowHeight(row, new))
        table.horizontalScrollBar().rangeChanged.connect(self.place)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        table.selectionModel().currentChanged.connect(self._uncover)
        self.place()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column < self.count:
            self.setColumnWidth(column, new)
            self.place()

    def place(self) -> None:
        """Over the table's first columns and their headings, while the table scrolls sideways."""
        table = self.table
        for column in range(self.count):
            self.setColumnWidth(column, table.columnWidth(column))
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        frame = table.frameWidth()
        self.setGeometry(frame, frame, sum(table.columnWidth(c) for c in range(self.count)),
                         table.horizontalHeader().height() + table.viewport().height())
        self.setVisible(table.horizontalScrollBar().maximum() > 0)

    def _uncover(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        """A cell the keys moved to scrolled out from under the frozen columns (Qt scrolled it to the edge)."""
        if not self.isVisible() or current.column() < self.count:
            return
        left = self.table.visualRect(current).left()
        if left < self.width():
            bar = self.table.horizontalScrollBar()
            bar.setValue(bar.value() - (self.width() - left))

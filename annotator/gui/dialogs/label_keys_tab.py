"""The keys in *Project › Labels…*: Tab goes from the table to the key box of the selected row alone,
then to the buttons, so the buttons act on the row the user chose. Every row's key box was a Tab stop,
and each made its row the selected one as Tab passed it: a keyboard user who chose AMOUNT and tabbed
on to *Colour…*, *Delete label* or *Move up* acted on the last row, TARGET. The other rows' boxes take
the keys from a click, or from the arrows into their cell, as before.

A label moved stays selected in its new place, and the keys stay where they were: *Move up* pressed by
Space gave them to the moved label's key box (the next Space opened its list, not another move); once
the button greys at the top, the table takes them (not the next button in tab order).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget


class KeysInTheLabels(QObject):
    def __init__(self, table: QTableWidget, column: int) -> None:
        super().__init__(table)
        self.column = column
        table.currentCellChanged.connect(self.follow)

    def table(self) -> QTableWidget:
        table = self.parent()
        assert isinstance(table, QTableWidget)
        return table

    def chain(self, after: QWidget) -> None:
        """Tab: the table, each row's key box (the selected row's alone a stop), then ``after``."""
        table = self.table()
        boxes = [table.cellWidget(row, self.column) for row in range(table.rowCount())]
        chain = [table, *(box for box in boxes if box is not None), after]
        for before, then in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, then)
        self.follow()

    def follow(self, *_cells: int) -> None:
        """The selected row's key box a Tab stop, the others reached by a click (and the arrows)."""
        table = self.table()
        current = table.currentRow()
        for row in range(table.rowCount()):
            box = table.cellWidget(row, self.column)
            if box is not None:
                box.setFocusPolicy(Qt.FocusPolicy.StrongFocus if row == current else Qt.FocusPolicy.ClickFocus)

    def select(self, row: int, column: int) -> None:
        """``row`` selected (a label moved: in its new place). Keys that were in the table stay there (in a key
        box: the moved label's box takes them); on a button (Move up) they stay on it, or go to the table
        once it is greyed (the first row reached), not to a key box."""
        table = self.table()
        focused = QApplication.focusWidget()
        table.setCurrentCell(row, column)  # (its key box takes the keys where the key column is the current one)
        if focused is None or focused is table or table.isAncestorOf(focused) or focused.window() is not table.window():
            return
        kept = focused.isVisible() and focused.isEnabled()
        (focused if kept else table).setFocus(Qt.FocusReason.OtherFocusReason)

"""A table whose rows are as tall as their cells' wrapped text, on each PySide6 the pin allows.

A vertical header's ResizeToContents alone left every row at its default height on PySide6 6.9.0
(Project › Labels… at 18 pt cut a description's second line off); 6.10 and later size them. Resizing
the rows whenever a column's width, a row or a cell changes does it on all of them."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def rows_fit_contents(table: QTableView) -> None:
    """Keep ``table``'s rows as tall as their contents (its model set before)."""
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().sectionResized.connect(table.resizeRowsToContents)
    model = table.model()
    model.rowsInserted.connect(table.resizeRowsToContents)
    model.dataChanged.connect(table.resizeRowsToContents)

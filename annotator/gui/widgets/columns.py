"""Resizing a table's columns without the second paint Qt schedules for it.

Told of a resized column, a QTableView starts a timer that lays it out and repaints the columns
right of it a turn of the event loop later: after the paint under way, so a table just filled
and fitted (a new document, a project opened) was painted twice. Inside
:func:`resizing_columns` the header's signals are held and the table is laid out and repainted
once, at the end.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QHeaderView, QTableView


@contextmanager
def resizing_columns(view: QTableView) -> Iterator[QHeaderView]:
    """Resize ``view``'s columns inside (nested: laid out once, at the outermost)."""
    header = view.horizontalHeader()
    held = header.blockSignals(True)
    try:
        yield header
        if not held:  # still held: a stretched column resized by the layout starts no timer either
            view.doItemsLayout()  # the columns' places, the scroll ranges; repainted with the paint to come
    finally:
        header.blockSignals(held)

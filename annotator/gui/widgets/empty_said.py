"""A list or a table that shows no row says why in its empty viewport, greyed as a placeholder (the
Annotations table and the document list were blank white boxes: a document without spans and a filter
that matched nothing looked alike, as did a project's documents all hidden by a filter)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView


def paint_said(view: QAbstractItemView, said: str) -> None:
    """Paint ``said`` at the top of ``view``'s viewport (from the view's paintEvent, after its own)."""
    if not said:
        return
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    margin = view.fontMetrics().averageCharWidth()
    painter.drawText(view.viewport().rect().adjusted(margin, margin, -margin, -margin),
                     Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, said)
    painter.end()

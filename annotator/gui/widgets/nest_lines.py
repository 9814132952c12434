"""The lines under nested spans in the text view: where a span lies inside (or across) another,
the inner one's background hides the outer one there, so each span another is drawn over gets a
line under its whole extent in its colour, one row below the text per nesting level; solid
when accepted, dashed when suggested, dotted grey when rejected (and shown).

Which spans get a line, and at which level, is the core's (:func:`annotator.core.span_layout.nest_lines`);
this module only finds the spans near the screen (by bisection in the view's spans, kept
sorted) and paints the lines of the visible range after the text, a few Qt calls per
line on screen: nothing per character, nothing for the rest of a long document.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from annotator.core.span_layout import Line, nest_lines
from annotator.core.span_row import SpanRow
from annotator.gui.contrast import base_and_text, muted

if TYPE_CHECKING:
    from annotator.gui.widgets.text_view import TextView

ROWS = 3  # rows of lines below the text (deeper levels share the last one)
PENS = {"accepted": Qt.PenStyle.SolidLine, "suggested": Qt.PenStyle.DashLine, "rejected": Qt.PenStyle.DotLine}


class NestLines:
    def __init__(self, view: TextView):
        self.view = view

    def near(self, lo: int, hi: int) -> list[SpanRow]:
        """The spans overlapping [lo, hi) and every span overlapping those (so that their levels
        are whole), sorted by start (the view's spans, kept sorted: found by bisection)."""
        spans = self.view.span_index()
        found = spans.overlapping(lo, hi)
        return spans.overlapping(min(a.start for a in found), max(a.end for a in found)) if found else []

    def on_screen(self) -> list[Line]:
        """The lines painted now: (start, end, level, label, status), in code points."""
        if self.view.span_count() < 2:
            return []
        lo, hi = self.view.visible_range()
        return nest_lines(self.near(lo, hi), lo, hi)

    def pieces(self, start: int, end: int) -> list[tuple[float, float, float]]:
        """(left x, right x, baseline y) in the viewport of each visual line text[start:end] is on."""
        view = self.view
        qs, qe = view.offsets.to_qt(start), view.offsets.to_qt(end)
        offset, pieces = view.contentOffset(), []
        block = view.document().findBlock(qs)
        while block.isValid() and block.position() < qe:
            pos, layout = block.position(), block.layout()
            a, b = max(qs, pos) - pos, min(qe, pos + block.length() - 1) - pos
            top = view.blockBoundingGeometry(block).translated(offset).top()
            n = layout.lineForTextPosition(a).lineNumber() if a < b else -1
            while 0 <= n < layout.lineCount():
                line = layout.lineAt(n)
                if line.textStart() >= b:
                    break
                left = _x(line.cursorToX(max(a, line.textStart())))
                right = _x(line.cursorToX(min(b, line.textStart() + line.textLength())))
                pieces.append((left, right, top + line.y() + line.ascent()))
                n += 1
            block = block.next()
        return pieces

    def y(self, baseline: float, level: int) -> float:
        """Where the line of ``level`` lies: below the underline, one row per level."""
        fm = QFontMetricsF(self.view.font())
        row = 2.5 * max(1.0, fm.lineWidth())
        return baseline + fm.underlinePos() + row * min(level, ROWS)

    def paint(self) -> None:
        lines = self.on_screen()
        if not lines:
            return
        painter = QPainter(self.view.viewport())
        try:
            width = 1.5 * max(1.0, QFontMetricsF(self.view.font()).lineWidth())
            base, text = base_and_text(self.view.palette())
            for start, end, level, label, status in lines:
                color = muted(text, base) if status == "rejected" else self.view.label_color(label)
                painter.setPen(QPen(color, width, PENS.get(status, Qt.PenStyle.SolidLine)))
                for left, right, baseline in self.pieces(start, end):
                    y = self.y(baseline, level)
                    painter.drawLine(QPointF(left, y), QPointF(right, y))
        finally:
            painter.end()


def _x(value: object) -> float:
    """QTextLine.cursorToX's x (PySide6 returns it with the position; its stub says ``object``)."""
    x = value[0] if isinstance(value, tuple) else value
    assert isinstance(x, int | float), "cursorToX gives a number"
    return float(x)

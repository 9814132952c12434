"""The spans' formats written into the text view's QTextDocument.

The view plans what each piece of text looks like (:func:`annotator.core.span_layout.plan`)
and this module turns each style into one QTextCharFormat (made once per style) and writes it
over its piece: three Qt calls a piece, inside one edit block, nothing per character (a span
overlapping no other is written in the planning loop itself, no piece made). A new
document gets the lines around the caret at once (before the first paint); the rest is queued
as ranges and formatted from the event loop, :data:`CHUNK` spans at a time up to the end of a
line (found by bisection in the view's :class:`~annotator.core.span_layout.SortedSpans`), for at
most :data:`BUDGET` seconds a turn, so that the window keeps answering while a long document is
formatted; a label's new colour is written the same way (:meth:`SpanFormats.redraw`).
"""
from __future__ import annotations

import time
from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument

from annotator.core.span_layout import Piece, Style, plan
from annotator.core.span_row import END, LABEL, START, STATUS, SpanRow
from annotator.gui.contrast import base_and_text, ink_on, muted, paler, wash

if TYPE_CHECKING:
    from annotator.gui.widgets.text_view import TextView

CHUNK = 200  # spans planned and written at once
BUDGET = 0.006  # seconds of formatting per event-loop turn, at most (one chunk more)
_ALPHA = {"accepted": 110, "suggested": 45, "rejected": 0}  # of 255, over the view's base
FIND_HIT = QColor("#ffe066")
_KEEP = QTextCursor.MoveMode.KeepAnchor
# PySide reads an enum argument's ``value``, which Python's Enum gives through a property written
# in Python (two Python calls, about 0.5 us, for each of the 10,000 KeepAnchor of a long
# document's open: 5 ms). The same value, read by a getter in C, for this one enum class.
type.__setattr__(QTextCursor.MoveMode, "value", property(attrgetter("_value_")))


def whole_lines(text: str, lo: int, hi: int) -> tuple[int, int]:
    """text[lo:hi] (clamped to the text) widened to the lines it touches. Qt lays out a line (a
    QTextBlock) whole again at each change of its formats: a long line formatted piece by piece
    was laid out once a piece (a report of 400,000 characters in one line: 24 s of 100 ms turns
    after its open, where once takes 1 s)."""
    lo, hi = max(0, min(lo, len(text))), max(0, min(hi, len(text)))
    end = text.find("\n", max(lo, hi - 1))  # the line of the last character, up to its line break
    return text.rfind("\n", 0, lo) + 1, len(text) if end < 0 else end + 1


class SpanFormats(QObject):
    def __init__(self, view: TextView):
        super().__init__(view)
        self.view = view
        self._formats: dict[Style, QTextCharFormat] = {}
        self._lone: dict[tuple[str, str], QTextCharFormat] = {}  # (label, status): a span alone
        self._todo: list[tuple[int, int]] = []  # ranges of code points still to format, in order
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    def forget_styles(self) -> None:
        """The labels' colours changed: make the formats anew."""
        self._formats.clear()
        self._lone.clear()

    # ------------------------------------------------------------ queue
    def later(self, ranges: list[tuple[int, int]]) -> None:
        """Format these ranges from the event loop (instead of what was queued)."""
        self._todo = [(lo, hi) for lo, hi in ranges if lo < hi]
        if self._todo:
            self._timer.start()
        else:
            self._timer.stop()

    def busy(self) -> bool:
        return bool(self._todo)

    def from_here(self, at: int) -> None:
        """What is queued from ``at`` (a little above the screen) on is formatted first, then what lies
        before it: the end of a report shown by Ctrl+End right after its open waited, uncoloured,
        for all the text before it (250 ms and more)."""
        after = [(max(lo, at), hi) for lo, hi in self._todo if hi > at]
        self._todo = after + [(lo, min(hi, at)) for lo, hi in self._todo if lo < at]

    def flush(self) -> None:
        """Write every range still queued, now."""
        todo, self._todo = self._todo, []
        self._timer.stop()
        if todo:
            cursor = QTextCursor(self.view.document())
            cursor.beginEditBlock()
            for lo, hi in todo:
                self.put_range(cursor, lo, hi)
            cursor.endEditBlock()

    def _turn(self) -> None:
        deadline = time.perf_counter() + BUDGET
        doc = self.view.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        first = last = None
        while self._todo and time.perf_counter() < deadline:
            lo, hi = self._next()
            first, last = lo if first is None else min(first, lo), hi if last is None else max(last, hi)
            self.put_range(cursor, lo, hi)
        # text off screen: the layout is told (its blocks are laid out anew when shown), the
        # viewport is not repainted for it (the layout's "update" signal held back)
        layout = doc.documentLayout()
        quiet = first is not None and last is not None and not self.view.is_on_screen(first, last)
        if quiet:
            layout.blockSignals(True)
        try:
            cursor.endEditBlock()
        finally:
            if quiet:
                layout.blockSignals(False)
        if not self._todo:
            self._timer.stop()

    def _next(self) -> tuple[int, int]:
        """The next range to format: up to where the CHUNK-th span from its start begins."""
        lo, hi = self._todo[0]
        spans = self.view.span_index()
        after = spans.index_at(lo) + CHUNK
        if after < len(spans):
            cut = whole_lines(self.view.text, lo, max(lo + 1, spans.spans[after].start))[1]
            if cut < hi:
                self._todo[0] = (cut, hi)
                return lo, cut
        del self._todo[0]
        return lo, hi

    def write_range(self, doc: QTextDocument, lo: int, hi: int) -> None:
        """Write the formats of the spans drawn over text[lo:hi] in one edit block."""
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        self.put_range(cursor, lo, hi)
        cursor.endEditBlock()

    def redraw(self, lo: int, hi: int, near: tuple[int, int]) -> None:
        """Clear text[lo:hi] of every format and write its spans' again: the part within ``near``
        (code points around the screen) at once, the rest from the event loop."""
        now_lo, now_hi = whole_lines(self.view.text, *near)
        now_lo, now_hi = max(lo, now_lo), min(hi, now_hi)
        if now_lo >= now_hi:
            now_lo = now_hi = lo
        offsets = self.view.offsets
        cursor = QTextCursor(self.view.document())
        cursor.beginEditBlock()
        cursor.setPosition(offsets.to_qt(lo))
        cursor.setPosition(offsets.to_qt(hi), _KEEP)
        cursor.setCharFormat(QTextCharFormat())
        self.put_range(cursor, now_lo, now_hi)
        cursor.endEditBlock()
        self.later([(lo, now_lo), (now_hi, hi)])

    def drawn_at(self, pos: int) -> QTextCharFormat:
        """The character format written at Qt's position ``pos``."""
        it = self.view.document().findBlock(pos).begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.contains(pos):
                return fragment.charFormat()
            it += 1
        return QTextCharFormat()  # the paragraph separator: nothing drawn

    def put_range(self, cursor: QTextCursor, lo: int, hi: int) -> None:
        self._put_spans(cursor, self.view.span_index().overlapping(lo, hi), lo, hi)

    # ------------------------------------------------------------ writing
    def write(self, doc: QTextDocument, pieces: list[Piece], clear: tuple[int, int] | None = None) -> None:
        """Write ``pieces`` in one edit block (after clearing the range ``clear`` of every format)."""
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        if clear is not None:
            offsets = self.view.offsets
            cursor.setPosition(offsets.to_qt(clear[0]))
            cursor.setPosition(offsets.to_qt(clear[1]), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(QTextCharFormat())
        self._put(cursor, pieces)
        cursor.endEditBlock()

    def _put(self, cursor: QTextCursor, pieces: list[Piece]) -> None:
        """Each piece's format over its text: three Qt calls a piece (bound once, the enum taken
        once: at 10,000 pieces the lookups cost as much as the calls)."""
        formats, offsets, keep = self._formats, self.view.offsets, _KEEP
        set_position, set_format, get = cursor.setPosition, cursor.setCharFormat, formats.get
        if not offsets.identity:  # a character outside the BMP: Qt's offsets differ after it
            to_qt = offsets.to_qt
            pieces = [(to_qt(start), to_qt(end), style) for start, end, style in pieces]
        for start, end, style in pieces:
            fmt = get(style)
            if fmt is None:
                fmt = formats[style] = self._make_format(style)
            set_position(start)
            set_position(end, keep)
            set_format(fmt)

    def _put_spans(self, cursor: QTextCursor, spans: list[SpanRow], lo: int, hi: int) -> None:
        """The formats of ``spans`` (rows sorted by start, those overlapping [lo, hi)) over the
        text: :func:`plan` and :meth:`_put` in one loop for a span that overlaps no other and
        lies inside the range (most of them: its piece is the span, its style its label and
        status; no piece made, no style looked up; 10,000 spans at each open); a cluster of
        overlapping spans, or one cut by the range, is planned as before."""
        if not self.view.offsets.identity:
            self._put(cursor, plan(spans, lo, hi))
            return
        formats, get, keep = self._lone, self._lone.get, _KEEP
        set_position, set_format = cursor.setPosition, cursor.setCharFormat
        i, n = 0, len(spans)
        while i < n:
            a = spans[i]
            start, reach = a[START], a[END]
            j = i + 1
            while j < n and spans[j][START] < reach:
                reach = max(reach, spans[j][END])
                j += 1
            if j == i + 1 and lo <= start and reach <= hi:
                key = a[LABEL], a[STATUS]
                fmt = get(key)
                if fmt is None:
                    fmt = formats[key] = self._format((*key, None, None))
                set_position(start)
                set_position(reach, keep)
                set_format(fmt)
            else:
                self._put(cursor, plan(spans[i:j], lo, hi))
            i = j

    def _format(self, style: Style) -> QTextCharFormat:
        fmt = self._formats.get(style)
        if fmt is None:
            fmt = self._formats[style] = self._make_format(style)
        return fmt

    def _make_format(self, style: Style) -> QTextCharFormat:
        """A span's look: its label's colour washed over the view's base, as strongly as the
        palette's text stays readable on it (:func:`~annotator.gui.contrast.wash`; a dark palette's
        light text too); a rejected span's text muted as far as it stays readable."""
        label, status, outer, _outer_status = style
        color = self.view.label_color(label)
        base, text = base_and_text(self.view.palette())
        fmt = QTextCharFormat()
        if status == "rejected":
            fmt.setFontStrikeOut(True)
            fmt.setForeground(muted(text, base))
        else:  # inner spans of a nest: stronger
            fmt.setBackground(wash(color, (_ALPHA[status] + (40 if outer else 0)) / 255, base, text))
        if status == "suggested":
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(color)
        return fmt  # an outer span shows by its nest line (paintEvent), not by this format

    # ------------------------------------------------------------ over the text (ExtraSelections)
    @staticmethod
    def on(fmt: QTextCharFormat, background: QColor) -> QTextCharFormat:
        """``fmt`` filled with ``background`` and the ink that reads on it (black or white),
        whatever the palette's text colour: the selected span, the spans linked to it, find hits."""
        fmt.setBackground(background)
        fmt.setForeground(ink_on(background))
        return fmt

    def selected(self, fmt: QTextCharFormat, label: str) -> QTextCharFormat:
        return self.on(fmt, self.view.label_color(label))

    def linked(self, fmt: QTextCharFormat, label: str) -> QTextCharFormat:
        fmt.setFontUnderline(True)
        base = self.view.palette().color(QPalette.ColorRole.Base)  # paler: lighter on white, dimmer on a dark base
        return self.on(fmt, paler(self.view.label_color(label), 130, base))

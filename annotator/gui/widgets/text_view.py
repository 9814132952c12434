"""The article, read-only, every span coloured by its label.

Where each span lies and how each piece of text looks is computed in the core
(:mod:`annotator.core.span_layout`: segments, nesting, styles); this view turns styles into
formats (:mod:`.span_formats`), written into its own QTextDocument when a document opens (the
part on screen before the first paint, the rest from the event loop) and afterwards only over
the range a ChangeSet touched. The innermost span gives the background (suggestions paler, with a
wave underline); rejected spans are hidden unless ``show_rejected``. A span another is drawn over
(an outer one of a nest, of any label) gets a line under its whole extent in its colour, one row
below the text per nesting level (``span_layout.nest_lines``: solid when accepted, dashed when
suggested), painted over the text for the spans on screen only: a long document costs no more.
The selected span and find hits are ExtraSelections. Spans sorted (SortedSpans) find what an edit
touched, the spans near the screen and each chunk of formatting by bisection: a key costs the same
with 10 or 10,000 spans. A double-click selects a word (.word_clicks)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from operator import itemgetter

import shiboken6
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from annotator.core.models import Annotation, ChangeSet, Label
from annotator.core.span_layout import SortedSpans, spans_at, touched, visible
from annotator.core.span_row import END, ID, START, STATUS, SpanRow, rows_only, span_row, span_rows
from annotator.gui.display import label_text, status_text
from annotator.gui.offsets import OffsetMap
from annotator.gui.reasons import reason_text
from annotator.gui.widgets.nest_lines import NestLines
from annotator.gui.widgets.span_formats import FIND_HIT, SpanFormats, whole_lines
from annotator.gui.widgets.word_clicks import WordClicks

CJK_FAMILIES = ["Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"]
VISIBLE_BEFORE, VISIBLE_AFTER = 3_000, 12_000  # characters formatted before the first paint


class TextView(QPlainTextEdit):
    word_clicks: WordClicks | None = None  # made after QPlainTextEdit's own __init__, which has events
    annotation_clicked = Signal(int)  # the innermost span under a click
    background_clicked = Signal()  # a click outside every span

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont()
        font.setFamilies(CJK_FAMILIES)
        font.setPointSize(14)
        self.setFont(font)
        self.text = ""
        self.offsets = OffsetMap("")
        self.show_rejected = False
        self._spans: dict[int, SpanRow] = {}  # the spans drawn, as narrow rows
        self.read_span: Callable[[int], Annotation | None] = lambda _id: None  # a span whole (its tooltip)
        self._sorted: SortedSpans[SpanRow] = SortedSpans()  # the same spans, by offset
        self.nests = NestLines(self)  # the lines under nested spans
        self.formats, self.word_clicks = SpanFormats(self), WordClicks(self)
        self._colors: dict[str, QColor] = {}
        self._selected: int | None = None
        self._linked: list[int] = []  # spans linked to the selected one, highlighted with it
        self._find: list[tuple[int, int]] = []  # code points, ascending; only those on screen are drawn
        self._extra: tuple | None = None  # what the extra selections show now (None: to be set anew)
        self._setting_extra = False
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # ------------------------------------------------------------- content
    def set_labels(self, labels: Iterable[Label]) -> None:
        self._colors = {label.name: QColor(label.color) for label in labels}
        self._extra = None
        self.formats.forget_styles()

    def set_font_size(self, size: int) -> None:
        font = self.font()
        font.setPointSize(max(6, min(size, 48)))
        self.setFont(font)
        self.document().setDefaultFont(font)

    def set_document(self, text: str, annotations: Iterable[Annotation | SpanRow], around: int = 0,
                     read: Callable[[int], Annotation | None] | None = None) -> None:
        """Show a new text with its spans: one QTextDocument; the formats near ``around`` are
        written at once, the rest in chunks from the event loop (see :meth:`flush_formatting`).
        ``read``: where a span is read whole (for its tooltip)."""
        if read is not None:
            self.read_span = read
        old = self.document()
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.font())
        doc.setPlainText(text)
        self.text, self.offsets = text, OffsetMap(text)
        self._set_spans(annotations)
        self._selected, self._find, self._extra = None, [], None
        lo, hi = whole_lines(text, around - VISIBLE_BEFORE, around + VISIBLE_AFTER)  # each line formatted once
        self.formats.later([])
        self.formats.write_range(doc, lo, hi)
        doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
        self.setDocument(doc)
        if shiboken6.isValid(old) and old.parent() is self:  # Qt deleted its own first document
            old.deleteLater()
        self.formats.later([(0, lo), (hi, len(text))])  # the rest from the event loop, after the first paint
        self._update_extra()
        self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy())  # its scroll bar now: no rewrap later
        self.verticalScrollBar().setValue(0)  # its start: Qt kept the scroll of the text before (its end, often)

    def _set_spans(self, annotations: Iterable[Annotation | SpanRow]) -> None:
        given: list[Annotation | SpanRow] = annotations if isinstance(annotations, list) else list(annotations)
        rows = given if rows_only(given) else span_rows(given)  # rows as read: no step a row
        if not self.show_rejected and "rejected" in map(itemgetter(STATUS), rows):  # span_layout.visible
            rows = [r for r in rows if r[STATUS] != "rejected"]
        self._spans = dict(zip(map(itemgetter(ID), rows), rows, strict=True))
        self._sorted = SortedSpans(rows)

    def reload_spans(self, annotations: Iterable[Annotation | SpanRow]) -> None:
        """Re-colour the whole text (after show_rejected changes), around the screen at once."""
        self.formats.later([])
        self._set_spans(annotations)
        self.formats.redraw(0, len(self.text), near=self._near())
        self._update_extra()

    def replace_spans(self, annotations: Iterable[Annotation | SpanRow], everything: bool = False) -> None:
        """The same text, its spans as the store holds them now (another program changed them): the
        range where they differ (``everything``: the whole text) is coloured again, around the screen
        at once; the text, the caret, the text selection and the scroll stay."""
        self.flush_formatting()
        old = self._spans
        self._set_spans(annotations)
        changed = [r for r in (*old.values(), *self._spans.values()) if old.get(r[ID]) != self._spans.get(r[ID])]
        if everything or changed:
            self.formats.redraw(0 if everything else min(r[START] for r in changed),
                                len(self.text) if everything else max(r[END] for r in changed), near=self._near())
        self._selected = self._selected if self._selected in self._spans else None
        self._update_extra()

    def apply(self, changeset: ChangeSet, doc_id: int | None) -> None:
        """Re-colour only the ranges this ChangeSet touched in the shown document; after a label
        change (its colour, its name) every span, around the screen at once (a report's 12,000: 350
        ms in one turn) and the rest from the event loop (call :meth:`set_labels` first)."""
        self.flush_formatting()
        if any(c.renamed for c in changeset.label_changes):
            self._spans = {i: a.replaced(label=changeset.renamed(a.label)) for i, a in self._spans.items()}
            self._sorted = SortedSpans(self._spans.values())
        for change in changeset.annotation_changes:
            before, after = change.before, change.after
            if before is not None and before.document_id == doc_id and before.id is not None:
                gone = self._spans.pop(before.id, None)
                if gone is not None:
                    self._sorted.remove(gone)
            if after is not None and after.document_id == doc_id and after.id is not None and self._visible(after):
                if after.id in self._spans:
                    self._sorted.remove(self._spans[after.id])
                row = self._spans[after.id] = span_row(after)
                self._sorted.add(row)
        where = touched(changeset, doc_id, len(self.text))
        if where is None:
            return
        # the spans' range at once (they may be scrolled to next); a label's whole text around the screen
        self.formats.redraw(*where, near=self._near() if changeset.label_changes else where)
        if self._selected is not None and self._selected not in self._spans:
            self._selected = None
        self._update_extra()

    # ------------------------------------------------- deferred formatting
    def _near(self) -> tuple[int, int]:
        """The code points formatted at once around the screen (the rest from the event loop)."""
        lo, hi = self.visible_range()
        return lo - VISIBLE_BEFORE, hi + VISIBLE_AFTER

    def is_formatting(self) -> bool:
        return self.formats.busy()

    def flush_formatting(self) -> None:
        """Write every format still queued (before an edit, or for a test)."""
        self.formats.flush()

    def _visible(self, a: Annotation | SpanRow) -> bool:
        return visible(a, self.show_rejected)

    # ------------------------------------------------------------ painting
    def _scrolled(self, _value: int) -> None:
        if self.formats.busy():  # scrolled on before every span is coloured (Ctrl+End after an open): here first
            self.formats.from_here(max(0, self.top_position() - VISIBLE_BEFORE))
        if (self._find or self._selected is not None) and not self._setting_extra:
            self._update_extra()

    def _update_extra(self) -> None:
        """The find hits, the selected span and those linked to it that are on screen, drawn over
        the text; set only when they change (a label key asks four or five times, each a relayout).
        Only what is on screen: Qt measures each selection it adds or drops by walking the blocks
        from the top of the view to it, laying out each (a span selected far away: hundreds of
        blocks, the scroll bar's range changed and redrawn), so one that left the screen is
        dropped as it leaves (at each scroll), when it is a few blocks away."""
        selected = [self._spans.get(i) for i in (self._selected, *self._linked)] if self._selected is not None else []
        lo, hi = self.visible_range() if self._find or any(selected) else (0, 0)
        hits = self._hits_between(lo, hi)
        a, *near = [b if b is not None and b.start < hi and b.end > lo else None for b in selected] or [None]
        linked = [b for b in near if b is not None]
        shown = (tuple(hits), tuple((b.start, b.end, b.label) for b in linked),
                 (a.start, a.end, a.label) if a is not None else None)
        if shown == self._extra:
            return
        self._extra = shown
        formats = self.formats
        extras = [self._extra_at(start, end, lambda f: formats.on(f, FIND_HIT)) for start, end in hits]
        extras += [self._extra_at(b.start, b.end, lambda f, b=b: formats.linked(f, b.label)) for b in linked]
        if a is not None:
            sel = self._extra_at(a.start, a.end, lambda f: formats.selected(f, a.label))
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            extras.append(sel)
        self._setting_extra = True  # Qt's walk may move the scroll bar: no second update from inside
        try:
            self.setExtraSelections(extras)
        finally:
            self._setting_extra = False

    def _extra_at(self, start: int, end: int, made: Callable) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()  # its look made by ``made`` (over the text: ink on its own background)
        sel.cursor, _ = self._cursor(self.offsets.to_qt(start), self.offsets.to_qt(end)), made(sel.format)
        return sel

    def _cursor(self, qs: int, qe: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(qs)
        cursor.setPosition(qe, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.text:  # light to dark: every span's look anew
            self.formats.forget_styles()
            self._extra = None
            self.replace_spans(list(self._spans.values()), everything=True)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.nests.paint()

    def span_count(self) -> int:
        return len(self._spans)

    def label_color(self, label: str) -> QColor:
        return QColor(self._colors.get(label, QColor("#888888")))

    def shown_spans(self) -> dict[int, SpanRow]:
        """The spans drawn now, by id."""
        return dict(self._spans)

    def span_index(self) -> SortedSpans[SpanRow]:
        """The spans drawn now, sorted by offset (not to be changed)."""
        return self._sorted

    def spans_between(self, start: int, end: int) -> list[SpanRow]:
        """The spans drawn now with some of text[start:end], by offset."""
        return self._sorted.overlapping(start, end)

    def format_at(self, cp: int) -> QTextCharFormat:
        """The character format drawn for the character at ``cp``."""
        return self.formats.drawn_at(self.offsets.to_qt(cp))

    # ---------------------------------------------------------- selection
    def selected_id(self) -> int | None:
        return self._selected

    def select_annotation(self, ann_id: int | None, scroll: bool = True) -> None:
        self._selected = ann_id if ann_id in self._spans else None
        a = self._spans.get(self._selected) if self._selected is not None else None
        if a is not None and scroll:
            self.centre(a.start)
        self._update_extra()

    def set_linked(self, ids: list[int]) -> None:
        """Highlight the spans linked to the selected one (until the selection changes)."""
        self._linked = list(ids)
        self._update_extra()

    def linked_ids(self) -> list[int]:
        return [i for i in self._linked if i in self._spans and self._selected is not None]

    def selection_cp(self) -> tuple[int, int]:
        """The text selection in code points (start == end when nothing is selected)."""
        c = self.textCursor()
        return self.offsets.to_cp(c.selectionStart()), self.offsets.to_cp(c.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        self.setTextCursor(self._cursor(self.offsets.to_qt(start), self.offsets.to_qt(end)))

    def clear_text_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def spans_at(self, cp: int) -> list[SpanRow]:
        """Visible spans covering the character at ``cp``, innermost first."""
        return spans_at(self._spans.values(), cp)

    def char_at(self, point: QPoint) -> int:
        """Code-point index of the character under a viewport point."""
        cursor = self.cursorForPosition(point)
        pos = cursor.position()
        if pos > 0 and point.x() < self.cursorRect(cursor).left():
            pos -= 1
        return self.offsets.to_cp(pos)

    def top_position(self) -> int:
        return self.offsets.to_cp(self.cursorForPosition(QPoint(2, 2)).position())

    def visible_range(self) -> tuple[int, int]:
        """Code points from the first to the last character the viewport shows (end exclusive)."""
        rect = self.viewport().rect()
        first = self.cursorForPosition(rect.topLeft()).position()
        last = self.cursorForPosition(rect.bottomRight()).position()
        return self.offsets.to_cp(first), min(len(self.text), self.offsets.to_cp(last) + 1)

    def is_on_screen(self, start: int, end: int) -> bool:
        """Is some of text[start:end] visible in the viewport?"""
        lo, hi = self.visible_range()
        return start < hi and end > lo

    def reveal(self, start: int, end: int) -> None:
        """Scroll text[start:end] into view unless it is on screen already (the caret goes there)."""
        if not self.is_on_screen(start, end):
            self.centre(start)

    def centre(self, start: int, end: int | None = None) -> None:
        """Put the caret at ``start`` (text[start:end] selected if given) and scroll it to the middle
        of the view, with context above and below, unless it is in the middle part already."""
        qs = self.offsets.to_qt(start)
        self.setTextCursor(self._cursor(qs, self.offsets.to_qt(end) if end is not None else qs))
        rect, height = self.cursorRect(), self.viewport().height()
        if rect.top() < height * 0.25 or rect.bottom() > height * 0.75:
            self.centerCursor()

    def scroll_to(self, cp: int) -> None:
        """Scroll so that ``cp`` is at the top of the view."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(self.offsets.to_qt(min(cp, len(self.text))))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --------------------------------------------------------------- find
    def set_find_hits(self, hits: list[tuple[int, int]]) -> None:
        """The find bar's hits (code points, ascending): those on screen are highlighted, again at
        each scroll, so that thousands of hits cost no more than the few one sees."""
        self._find = hits
        self._update_extra()

    def find_hits_on_screen(self) -> list[tuple[int, int]]:
        return self._hits_between(*self.visible_range()) if self._find else []

    def _hits_between(self, lo: int, hi: int) -> list[tuple[int, int]]:
        if not self._find:
            return []
        return [h for h in self._find[bisect_left(self._find, (lo - 100, 0)):bisect_left(self._find, (hi, 0))]
                if h[1] > lo]

    # ------------------------------------------------------------- events
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._find or self._selected is not None:  # other hits are on screen now, the selection maybe not
            self._update_extra()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        spans = self.spans_at(self.char_at(event.position().toPoint()))
        if spans:
            self.annotation_clicked.emit(spans[0].id)
        else:
            self.background_clicked.emit()

    def viewportEvent(self, event: QEvent) -> bool:
        if self.word_clicks is not None and self.word_clicks.handles(event):  # a double-click: a word
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QtGui.QHelpEvent):
            spans = self.spans_at(self.char_at(event.pos()))
            if spans:
                whole = [a for a in map(self.read_span, (s.id for s in spans)) if a is not None]
                QToolTip.showText(event.globalPos(), "\n".join(map(self._tip, whole)), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _tip(self, a: Annotation) -> str:
        line = f"{label_text(a.label)} · {status_text(a.status)}: {a.text}"
        if a.reason:
            line += "\n" + self.tr("Reason: {0}").format(reason_text(a.reason))
        if a.note:
            line += "\n" + self.tr("Note: {0}").format(a.note)
        return line

"""How much work the text view does, counted (not timed): opening a long document formats the
part on screen before the first paint and the rest in chunks, each piece once; a key press
plans and writes only the spans near the change; painting the nest lines sorts nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core import span_layout
from annotator.core.models import Annotation, Change, ChangeSet, Label, LabelChange
from annotator.core.span_row import span_row
from annotator.gui.widgets import span_formats, text_view
from annotator.gui.widgets.text_view import TextView

SENTENCE = "集美区新增投资12亿元建设软件园三期。\n"
COPIES = 2000


def spans() -> list[Annotation]:
    n = len(SENTENCE)
    return [Annotation(i + 1, 1, i * n, i * n + 3, "DISTRICT", "集美区", status="suggested" if i % 2 else "accepted")
            for i in range(COPIES)]


@pytest.fixture
def counted(monkeypatch):
    """Each piece written (three Qt calls each), the spans each plan was made of, and each
    build of a sorted span list."""
    seen = {"written": [], "planned": [], "sorted": 0}
    put, put_spans = span_formats.SpanFormats._put, span_formats.SpanFormats._put_spans
    inside = []

    def counted_put(self, cursor, pieces):
        if not inside:
            seen["written"].extend((start, end) for start, end, _style in pieces)
        put(self, cursor, pieces)

    def counted_put_spans(self, cursor, spans, lo, hi):  # plan and _put in one loop: what it writes
        seen["planned"].append(len(spans))
        seen["written"].extend((start, end) for start, end, _style in span_layout.plan(spans, lo, hi))
        inside.append(1)
        try:
            put_spans(self, cursor, spans, lo, hi)
        finally:
            inside.pop()

    class Sorted(span_layout.SortedSpans):
        def __init__(self, spans=()):
            seen["sorted"] += 1
            super().__init__(spans)

    monkeypatch.setattr(span_formats.SpanFormats, "_put", counted_put)
    monkeypatch.setattr(span_formats.SpanFormats, "_put_spans", counted_put_spans)
    monkeypatch.setattr(text_view, "SortedSpans", Sorted)
    return seen


@pytest.fixture
def view(qtbot):
    v = TextView()
    v.set_labels([Label("DISTRICT", "#1f77b4"), Label("PROJECT", "#2ca02c")])
    qtbot.addWidget(v)
    v.resize(500, 400)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_opening_formats_the_screen_first_and_then_each_piece_once_in_chunks(view, qtbot, counted):
    text = SENTENCE * COPIES
    view.set_document(text, spans())
    on_screen = [a for a in spans() if a.start < text_view.VISIBLE_AFTER]
    assert len(counted["written"]) == len(on_screen)  # before the first paint: the part around the caret
    assert view.is_formatting()
    qtbot.waitUntil(lambda: not view.is_formatting(), timeout=20_000)
    assert sorted(counted["written"]) == [(a.start, a.end) for a in spans()]  # each piece once
    assert max(counted["planned"][1:]) <= span_formats.CHUNK + 1  # the rest: chunk by chunk
    assert counted["sorted"] == 1


def test_a_new_span_plans_and_writes_only_near_it_and_sorts_nothing(view, qtbot, counted):
    text = SENTENCE * COPIES
    view.set_document(text, spans())
    view.flush_formatting()
    for key in ("written", "planned"):
        counted[key].clear()
    start = text.index("软件园", len(SENTENCE) * 1000)
    new = Annotation(COPIES + 1, 1, start, start + 3, "PROJECT", "软件园")
    view.apply(ChangeSet((Change(None, new),)), 1)
    assert counted["written"] == [(new.start, new.end)] and counted["planned"] == [1]
    moved = new.with_(start=start - 2)  # its boundaries changed
    view.apply(ChangeSet((Change(new, moved),)), 1)
    assert counted["written"] == [(new.start, new.end), (moved.start, moved.end)] and counted["planned"] == [1, 1]
    view.scroll_to(start)
    view.repaint()  # the nest lines: the spans on screen, found by bisection
    assert counted["sorted"] == 1  # the one of set_document
    assert view.spans_between(moved.start, moved.end) == [span_row(moved)]  # drawn from its narrow row
    assert view.span_index().spans == sorted(view.shown_spans().values(), key=lambda a: (a.start, a.end, a.id))


def test_the_selection_drawn_over_the_text_is_set_only_when_it_changes(view, monkeypatch):
    """A label key asks the view to redraw its selection four or five times; Qt lays the
    selections out again at each setExtraSelections, so they are set only when what they show
    changes: another span, a label's colour, another document."""
    text = SENTENCE * 3
    view.set_document(text, spans()[:3])
    calls: list[int] = []
    real = TextView.setExtraSelections
    monkeypatch.setattr(TextView, "setExtraSelections", lambda self, extras: (calls.append(len(extras)),
                                                                           real(self, extras)))
    view.select_annotation(1)
    view.select_annotation(1)
    assert calls == [1]
    assert view.extraSelections()[0].format.background().color().name() == "#1f77b4"
    view.set_labels([Label("DISTRICT", "#d62728")])
    view.select_annotation(1)
    assert calls == [1, 1] and view.extraSelections()[0].format.background().color().name() == "#d62728"
    view.select_annotation(None)
    assert calls == [1, 1, 0] and view.extraSelections() == []
    view.select_annotation(2)
    view.set_document(text, spans()[:3])  # another document: nothing selected in it
    assert calls[-1] == 0 and view.extraSelections() == []


def test_a_text_in_one_line_is_formatted_whole_before_its_first_paint(view, counted):
    """Qt lays a line out whole at each change of its formats: a report without line breaks,
    formatted piece by piece from the event loop, was laid out again at each piece (400,000
    characters: 24 s of 100 ms turns after its open)."""
    text = SENTENCE.strip() * COPIES  # one line
    n = len(SENTENCE) - 1
    view.set_document(text, [a.with_(start=a.id * n - n, end=a.id * n - n + 3) for a in spans()])
    assert not view.is_formatting()  # nothing left for the event loop: laid out once
    assert len(counted["written"]) == COPIES
    assert view.format_at(text.rindex("集美区")).background().style() != Qt.BrushStyle.NoBrush


def test_each_long_line_is_formatted_in_one_piece(view, qtbot, monkeypatch):
    """A text of long lines (a PDF export, a page a line) is formatted a line at a time, not a
    chunk of spans at a time: a chunk ending inside a line had Qt lay that line out once more."""
    line = SENTENCE.strip() * 500  # about 9,000 characters, 500 spans a line
    text = "\n".join([line] * 6)
    n = len(SENTENCE) - 1
    starts = [i * (len(line) + 1) + k * n for i in range(6) for k in range(500)]
    view.set_document(text, [Annotation(j + 1, 1, s, s + 3, "DISTRICT", "集美区") for j, s in enumerate(starts)])
    ranges: list[tuple[int, int]] = []
    step = span_formats.SpanFormats._next
    monkeypatch.setattr(span_formats.SpanFormats, "_next", lambda self: ranges.append(step(self)) or ranges[-1])
    qtbot.waitUntil(lambda: not view.is_formatting(), timeout=20_000)
    assert ranges and all(hi == len(text) or text[hi - 1] == "\n" for _lo, hi in ranges)
    assert view.format_at(starts[-1]).background().style() != Qt.BrushStyle.NoBrush


def test_a_labels_new_colour_is_written_around_the_screen_first(view, qtbot, counted):
    """A label's colour changed (Project › Labels…) re-coloured every span of the document in one
    turn (a report's 12,000: 350 ms); the part on screen is written at once, the rest as at an open."""
    text = SENTENCE * COPIES
    view.set_document(text, spans())
    view.flush_formatting()
    first, last = spans()[0], spans()[-2]  # accepted, at the top and at the end
    old = view.format_at(last.start).background().color()
    counted["written"].clear()
    before = Label("DISTRICT", "#1f77b4")
    view.set_labels([Label("DISTRICT", "#d62728"), Label("PROJECT", "#2ca02c")])
    view.apply(ChangeSet((LabelChange(before, Label("DISTRICT", "#d62728")),)), 1)
    _lo, hi = view.visible_range()
    assert counted["written"] and all(start < hi + text_view.VISIBLE_AFTER for start, _end in counted["written"])
    assert view.is_formatting() and view.format_at(first.start).background().color() != old
    qtbot.waitUntil(lambda: not view.is_formatting(), timeout=20_000)
    assert sorted(counted["written"]) == [(a.start, a.end) for a in spans()]  # each once
    assert view.format_at(last.start).background().color() == view.format_at(first.start).background().color()


def test_the_text_scrolled_to_before_the_formatting_ends_is_formatted_first(view, qtbot):
    """Ctrl+End right after a long report opened showed its end uncoloured until all the text before
    it was formatted (250 ms and more); what the screen shows now is formatted next."""
    text, n = SENTENCE * COPIES * 10, len(SENTENCE)
    many = [Annotation(i + 1, 1, i * n, i * n + 3, "DISTRICT", "集美区") for i in range(COPIES * 10)]
    view.set_document(text, many)
    last, middle = many[-1], many[len(many) // 2]
    view.scroll_to(last.start)
    assert view.is_formatting() and view.is_on_screen(last.start, last.end)
    qtbot.waitUntil(lambda: view.format_at(last.start).background().style() != Qt.BrushStyle.NoBrush,
                    timeout=20_000)
    assert view.format_at(middle.start).background().style() == Qt.BrushStyle.NoBrush  # that one after
    qtbot.waitUntil(lambda: not view.is_formatting(), timeout=20_000)
    assert view.format_at(middle.start).background().style() != Qt.BrushStyle.NoBrush

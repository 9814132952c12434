"""How the spans of a document are laid over its text, without drawing anything.

:func:`segments` cuts a range of the text into maximal pieces covered by the same spans;
:func:`style_of` says how such a piece looks: the innermost span gives its label and status
(the background), with the outermost span of another label around it if any (the inner
background is then drawn stronger); :func:`plan` gives the pieces to draw, equal neighbours
merged. The text view (``annotator.gui.widgets.text_view``) turns each style into a format.

Where spans nest (湖里 inside 数字湖里网格化管理服务平台) or overlap, the inner one's
background hides the outer one there; :func:`levels` gives every span drawn over by another
a level (1 + the deepest level of the spans drawn over it) and :func:`nest_lines` one line
under its whole extent per such span, one row per level, so the outer span runs visibly
under the inner one (the view paints the lines of the spans on screen only).
:class:`SortedSpans` keeps a document's spans by offset as they change, so that the view
finds those of a range (on screen, touched by an edit, the next chunk to format) by bisection.
Offsets are code points, ``end`` exclusive.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import itemgetter, sub
from typing import Generic, TypeVar

from annotator.core.models import Annotation, ChangeSet
from annotator.core.span_row import SpanRow

Span = Annotation | SpanRow  # a span whole, or the narrow row the window draws from
S = TypeVar("S", bound=Span)  # spans of one kind (the text view's are all rows)
# (inner label, inner status, outer label or None, outer status or None)
Style = tuple[str, str, str | None, str | None]
Piece = tuple[int, int, Style]
# (start, end, level, label, status): a line under text[start:end] in the span's colour
Line = tuple[int, int, int, str, str]


def depth_key(a: Span) -> tuple[bool, int, int, int]:
    """The order in which overlapping spans are drawn over each other: the first is innermost
    (its background shows): live before rejected, then shorter, then earlier, then older."""
    return (a.status == "rejected", a.end - a.start, a.start, a.id if a.id is not None else -1)


def visible(a: Span, show_rejected: bool) -> bool:
    """Rejected spans are drawn only when asked for."""
    return a.status != "rejected" or show_rejected


def segments(spans: Sequence[Span], lo: int, hi: int) -> list[tuple[int, int, list[Span]]]:
    """Split [lo, hi) into maximal pieces covered by the same spans (``spans`` sorted by start);
    pieces no span covers are left out."""
    points = {lo, hi}
    for a in spans:
        if lo < a.start < hi:
            points.add(a.start)
        if lo < a.end < hi:
            points.add(a.end)
    bounds = sorted(points)
    out: list[tuple[int, int, list[Span]]] = []
    active: list[Span] = []
    i, n = 0, len(spans)
    for left, right in zip(bounds, bounds[1:], strict=False):
        active = [a for a in active if a.end > left]
        while i < n and spans[i].start <= left:
            if spans[i].end > left:
                active.append(spans[i])
            i += 1
        if active:
            out.append((left, right, list(active)))
    return out


def style_of(active: Sequence[Span]) -> Style:
    """The look of a piece covered by ``active``: the innermost span (rejected ones last), and
    the outermost non-rejected span of another label, if any."""
    inner = min(active, key=depth_key)
    outer = max((a for a in active if a.label != inner.label and a.status != "rejected"),
                key=lambda a: a.end - a.start, default=None)
    return (inner.label, inner.status, outer.label if outer else None, outer.status if outer else None)


def plan(spans: Sequence[Span], lo: int, hi: int) -> list[Piece]:
    """(start, end, style) of every covered piece of [lo, hi), neighbours of one style merged
    (``spans`` sorted by start). Spans that overlap no other (most of them) are one piece each;
    only a cluster of overlapping spans is cut into :func:`segments` (the same pieces, in a
    fraction of the time: opening a document plans all of its spans)."""
    pieces: list[Piece] = []
    i, n = 0, len(spans) if lo < hi else 0
    last: Piece | None = None  # pieces[-1]
    while i < n:
        a = spans[i]
        start, reach = a.start, a.end
        j = i + 1  # spans[i:j]: a cluster, each overlapping one before it
        while j < n and spans[j].start < reach:
            reach = max(reach, spans[j].end)
            j += 1
        if j == i + 1:  # a span alone (most are): its piece, _add inlined (10,000 spans at each open)
            if start < hi and lo < reach:
                style = (a.label, a.status, None, None)
                left, right = start if start > lo else lo, reach if reach < hi else hi
                if last is not None and last[1] == left and last[2] == style:
                    last = pieces[-1] = (last[0], right, style)
                else:
                    last = (left, right, style)
                    pieces.append(last)
        elif max(lo, start) < min(hi, reach):
            for left, right, active in segments(spans[i:j], max(lo, start), min(hi, reach)):
                _add(pieces, left, right, style_of(active))
            last = pieces[-1] if pieces else None
        i = j
    return pieces


def _add(pieces: list[Piece], left: int, right: int, style: Style) -> None:
    if pieces and pieces[-1][1] == left and pieces[-1][2] == style:
        pieces[-1] = (pieces[-1][0], right, style)
    else:
        pieces.append((left, right, style))


def levels(spans: Sequence[Span]) -> list[int]:
    """The level of each of ``spans`` (sorted by start), in their order: 0 where no other span
    is drawn over it, else 1 + the highest level of those drawn over it (its inner spans), so
    that each nested span's line lies below those of the spans inside it."""
    if len(spans) < 2:
        return [0] * len(spans)
    index = {id(a): i for i, a in enumerate(spans)}
    over: dict[int, set[int]] = {}  # a span -> the spans drawn directly over it somewhere
    for _left, _right, active in segments(spans, min(a.start for a in spans), max(a.end for a in spans)):
        if len(active) > 1:
            ordered = sorted(active, key=depth_key)
            for inner, outer in zip(ordered, ordered[1:], strict=False):
                over.setdefault(index[id(outer)], set()).add(index[id(inner)])
    level = [0] * len(spans)
    for i in sorted(range(len(spans)), key=lambda i: depth_key(spans[i])):  # inner ones first
        if i in over:
            level[i] = 1 + max(level[j] for j in over[i])
    return level


def nest_lines(spans: Sequence[Span], lo: int, hi: int) -> list[Line]:
    """The lines that show nested spans in [lo, hi): one under the whole extent (clipped to the
    range) of each span with a level (:func:`levels`; ``spans`` sorted by start, with every
    span overlapping them, so the levels are whole)."""
    return [(max(a.start, lo), min(a.end, hi), n, a.label, a.status)
            for a, n in zip(spans, levels(spans), strict=True) if n and a.start < hi and lo < a.end]


def _order(a: Span) -> tuple[int, int, int]:
    return (a.start, a.end, a.id if a.id is not None else -1)


class SortedSpans(Generic[S]):
    """Spans sorted by (start, end, id), kept sorted as spans come and go, so that those
    overlapping a range are found by bisection: every one starts at most the longest span's
    length before the range (the longest is only ever raised, so it stays a bound)."""

    def __init__(self, spans: Iterable[S] = ()) -> None:
        self.spans = list(spans)
        if self.spans and isinstance(self.spans[0], SpanRow):  # a row starts with its key: no key made
            self._keys: list[tuple[int, ...]] = list(self.spans)  # type: ignore[arg-type]
        else:
            self._keys = [(a.start, a.end, -1 if a.id is None else a.id) for a in self.spans]  # _order, inlined
        ordered = sorted(self._keys)
        if ordered != self._keys:  # in the store's order they are sorted already
            pairs = sorted(zip(self._keys, range(len(self.spans)), strict=True))
            self.spans = [self.spans[i] for _key, i in pairs]
            self._keys = ordered
        self._longest = max(map(sub, map(itemgetter(1), self._keys), map(itemgetter(0), self._keys)), default=0)

    def __len__(self) -> int:
        return len(self.spans)

    def add(self, a: S) -> None:
        key = _order(a)
        i = bisect_left(self._keys, key)
        self._keys.insert(i, key)
        self.spans.insert(i, a)
        self._longest = max(self._longest, a.end - a.start)

    def remove(self, a: S) -> None:
        key = _order(a)
        i = bisect_left(self._keys, key)
        if i < len(self._keys) and self._keys[i][:3] == key:
            del self._keys[i], self.spans[i]

    def overlapping(self, lo: int, hi: int) -> list[S]:
        """The spans with some of [lo, hi), in order."""
        first, last = bisect_left(self._keys, (lo - self._longest,)), bisect_left(self._keys, (hi,))
        return [a for a in self.spans[first:last] if a.end > lo]

    def index_at(self, cp: int) -> int:
        """The position of the first span starting at or after ``cp``."""
        return bisect_left(self._keys, (cp,))


def spans_at(spans: Iterable[S], cp: int) -> list[S]:
    """The spans covering the character at ``cp``, innermost first."""
    return sorted((a for a in spans if a.start <= cp < a.end), key=lambda a: a.end - a.start)


def touched(changeset: ChangeSet, doc_id: int | None, length: int) -> tuple[int, int] | None:
    """The range of the text of ``doc_id`` (``length`` code points) a ChangeSet may have changed
    the look of: its spans there, or the whole text after a label change (a colour, a name)."""
    if changeset.label_changes:
        return 0, length
    ranges = [(a.start, a.end) for c in changeset.annotation_changes for a in (c.before, c.after)
              if a is not None and a.document_id == doc_id]
    if not ranges:
        return None
    return min(r[0] for r in ranges), max(r[1] for r in ranges)

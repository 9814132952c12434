"""How the spans of a document are laid over its text, without drawing anything.

:func:`segments` cuts a range of the text into maximal pieces covered by the same spans;
:func:`style_of` says how such a piece looks: the innermost span gives its label and status
(the background), an outer span of another label the underline, so nested spans of
different labels stay visible; :func:`plan` gives the pieces to draw, equal neighbours
merged. The text view (``annotator.gui.widgets.text_view``) turns each style into a format.
Offsets are code points, ``end`` exclusive.
"""
from __future__ import annotations

from collections.abc import Iterable

from annotator.core.models import Annotation, ChangeSet

# (inner label, inner status, outer label or None, outer status or None)
Style = tuple[str, str, str | None, str | None]
Piece = tuple[int, int, Style]


def visible(a: Annotation, show_rejected: bool) -> bool:
    """Rejected spans are drawn only when asked for."""
    return a.status != "rejected" or show_rejected


def segments(spans: list[Annotation], lo: int, hi: int) -> list[tuple[int, int, list[Annotation]]]:
    """Split [lo, hi) into maximal pieces covered by the same spans (``spans`` sorted by start);
    pieces no span covers are left out."""
    points = {lo, hi}
    for a in spans:
        if lo < a.start < hi:
            points.add(a.start)
        if lo < a.end < hi:
            points.add(a.end)
    bounds = sorted(points)
    out: list[tuple[int, int, list[Annotation]]] = []
    active: list[Annotation] = []
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


def style_of(active: list[Annotation]) -> Style:
    """The look of a piece covered by ``active``: the innermost span (rejected ones last), and
    the outermost non-rejected span of another label, if any."""
    inner = min(active, key=lambda a: (a.status == "rejected", a.end - a.start))
    outer = max((a for a in active if a.label != inner.label and a.status != "rejected"),
                key=lambda a: a.end - a.start, default=None)
    return (inner.label, inner.status, outer.label if outer else None, outer.status if outer else None)


def plan(spans: list[Annotation], lo: int, hi: int) -> list[Piece]:
    """(start, end, style) of every covered piece of [lo, hi), neighbours of one style merged."""
    pieces: list[Piece] = []
    for left, right, active in segments(spans, lo, hi):
        style = style_of(active)
        if pieces and pieces[-1][1] == left and pieces[-1][2] == style:
            pieces[-1] = (pieces[-1][0], right, style)
        else:
            pieces.append((left, right, style))
    return pieces


def spans_at(spans: Iterable[Annotation], cp: int) -> list[Annotation]:
    """The spans covering the character at ``cp``, innermost first."""
    return sorted((a for a in spans if a.start <= cp < a.end), key=lambda a: a.end - a.start)


def touched(changeset: ChangeSet, doc_id: int, length: int) -> tuple[int, int] | None:
    """The range of the text of ``doc_id`` (``length`` code points) a ChangeSet may have changed
    the look of: its spans there, or the whole text after a label change (a colour, a name)."""
    if changeset.label_changes:
        return 0, length
    ranges = [(a.start, a.end) for c in changeset.annotation_changes for a in (c.before, c.after)
              if a is not None and a.document_id == doc_id]
    if not ranges:
        return None
    return min(r[0] for r in ranges), max(r[1] for r in ranges)

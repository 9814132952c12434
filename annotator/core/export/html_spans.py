"""One document's text with its spans as HTML markup: what the reading export
(``html_page.py``) puts in a document's page, and the window prints.

The text keeps its line breaks: each line is a block of its own, ``<div class="line">`` (an empty
line ``<div class="line empty"><br></div>``), in a ``white-space: pre-wrap`` block that keeps its
spaces, so browsers draw it as they drew the text's line breaks in ``pre-wrap`` alone. LibreOffice
Writer ignores ``pre-wrap`` (Word, turning the page into a .docx, likely too): it ran a whole report
together as one paragraph; now each line is a paragraph there (a ``<div>``, not a ``<p>``:
LibreOffice puts its own space under each ``<p>``, whatever the style says, and the report's empty
lines already part its paragraphs). Offsets are code points. Spans may nest (an AMOUNT inside a
TARGET) or overlap partly, so the text is cut into the pieces covered by the same spans
(:func:`annotator.core.span_layout.segments`) and each piece is one element of its own: no element
is ever opened in one piece and closed in another (a piece across a line break is cut there, both
halves alike). A piece takes the background of its innermost span (as the window draws it: the
label's colour washed over white paper, stronger inside a span of another label), a line under it
for each span around it (browsers), and a ``title`` naming every span over it, innermost first:
label, normalised value, status. A span that overlaps another, or touches another of its label, is
marked where it starts (a small tag with its label's name in its colour) and where it ends (a small
``]`` in its colour), so that nested spans stay apart in print, where there are no tooltips.
Everything taken from the project (text, names, values) is escaped; a colour is written only as
``#rrggbb``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from html import escape
from typing import cast

from annotator.core import ink
from annotator.core.models import Annotation
from annotator.core.span_layout import Span, depth_key, levels, segments
from annotator.core.value_text import format_value

ALPHA = {"accepted": 110, "suggested": 45, "rejected": 0}  # of 255 over white, as the window's text view
NESTED = 40  # more for the innermost span inside another label's (as the window)
MUTED = "#6f6f6f"  # a rejected span's text: grey, still 4.5:1 on white
END_MARK = "]"
THIN = "\u2009"  # a thin space


def attr(value: object) -> str:
    """``value`` as text fit for an attribute or an element's content: & < > " ' escaped, a line break
    as a character reference (a tooltip's lines)."""
    return escape(str(value), quote=True).replace("\n", "&#10;")


def escaped(value: str) -> str:
    """Text as an element's content: & < > " ' escaped, line breaks kept as they are (the page is
    ``pre-wrap``)."""
    return escape(value, quote=True)


LINE = '<div class="line">'
NEXT_LINE = "</div>" + LINE  # nothing between them: in pre-wrap a line break there would be a line of its own
# one line's height, as an empty line in pre-wrap (an empty <div> has none, and LibreOffice leaves it out);
# div.empty tells Qt's rich text that the <br> only holds the line open (else it draws two lines)
EMPTY_LINE = '<div class="line empty"><br></div>'


def in_lines(value: str, start: str = "", end: str = "") -> str:
    """Text, each of its lines inside ``start`` … ``end`` (an empty line: nothing), a line break
    between them closing the line's block and opening the next (:data:`NEXT_LINE`)."""
    return NEXT_LINE.join(f"{start}{escaped(line)}{end}" if line else "" for line in value.split("\n"))


def span_title(a: Annotation, shown: Callable[[str], str] = str) -> str:
    """A span said in one line: ``AMOUNT: 5,510,000,000 · accepted`` (no value: ``PROJECT · accepted``);
    ``shown`` gives a label's name as the page says it."""
    value = format_value(a.value) if isinstance(a.value, dict) else ""
    return f"{shown(a.label)}{': ' + value if value else ''} · {a.status}"


def marked(spans: Sequence[Annotation]) -> set[int]:
    """The indices (in ``spans``, sorted by start) of spans that overlap another, or touch another of
    their label end to start: without a mark where each starts and ends they read as one."""
    index = {id(a): i for i, a in enumerate(spans)}
    out: set[int] = set()
    if spans:
        for _left, _right, active in segments(list[Span](spans), spans[0].start, max(a.end for a in spans)):
            if len(active) > 1:
                out.update(index[id(a)] for a in active)
    ending: dict[tuple[str, int], list[int]] = {}
    for i, a in enumerate(spans):
        ending.setdefault((a.label, a.end), []).append(i)
    for i, a in enumerate(spans):
        touching = ending.get((a.label, a.start), [])
        if touching:
            out.add(i)
            out.update(touching)
    return out


class Look:
    """A project's label colours as a page draws them, each worked out once."""

    def __init__(self, colors: Mapping[str, str], shown: Callable[[str], str] = str) -> None:
        self.colors = {name: ink.checked(c) for name, c in colors.items()}
        self.shown = shown
        self._washes: dict[tuple[str, int], str] = {}

    def color(self, label: str) -> str:
        return self.colors.get(label, ink.GREY)

    def wash(self, label: str, alpha: int) -> str:
        key = (label, alpha)
        if key not in self._washes:
            self._washes[key] = ink.paper_wash(self.color(label), alpha / 255)
        return self._washes[key]

    def chip(self, label: str, text: str, cls: str = "tag") -> str:
        """``text`` on the label's full colour in the ink that reads there."""
        c = self.color(label)  # thin spaces inside: Qt's rich text (Print…) knows no padding
        return (f'<span class="{cls}" style="background-color:{c};color:{ink.ink_for(c)}">'
                f'{THIN}{attr(text)}{THIN}</span>')

    def piece_style(self, active: Sequence[Annotation], level: Mapping[int, int]) -> str:
        """The inline style of a piece covered by ``active`` (innermost first)."""
        inner = active[0]
        other_label = any(a.label != inner.label and a.status != "rejected" for a in active[1:])
        if inner.status == "rejected":
            style = f"color:{MUTED}"
        else:
            alpha = ALPHA.get(inner.status, ALPHA["suggested"]) + (NESTED if other_label else 0)
            style = f"background-color:{self.wash(inner.label, alpha)}"
        if inner.status == "suggested":
            style += f";text-decoration-color:{self.color(inner.label)}"
        lines = sorted((level[id(a)], self.color(a.label)) for a in active if level.get(id(a)))
        if lines:  # each span around it: a line under it, one row per level (as the window's nest lines)
            style += ";box-shadow:" + ",".join(f"0 {2 * n}px 0 {c}" for n, c in lines)
        return style


def text_html(text: str, spans: Iterable[Annotation], look: Look) -> str:
    """``text`` as HTML with ``spans`` (any order) laid over it (see the module's doc): its lines as
    blocks, ``<div class="line">…</div><div class="line">…</div>``. Each piece under a span is
    ``<span class="s st-STATUS" data-ids="ID …" title="…">``, its spans' ids innermost first."""
    ordered: list[Span] = [a for a in sorted(spans, key=lambda a: (a.start, a.end, a.id if a.id is not None else -1))
                           if 0 <= a.start < a.end <= len(text)]
    marks = {id(ordered[i]) for i in marked(cast(list[Annotation], ordered))}
    level = {id(a): n for a, n in zip(ordered, levels(ordered), strict=True) if n} if marks else {}
    out: list[str] = []
    pos = 0
    for left, right, active in segments(ordered, 0, len(text)):
        if left > pos:
            out.append(in_lines(text[pos:left]))
        for a in sorted((a for a in active if a.start == left and id(a) in marks),
                        key=lambda a: (-(a.end - a.start), a.id or 0)):  # the outer one's tag first
            out.append(look.chip(a.label, look.shown(a.label)))
        active = sorted(active, key=depth_key)
        spans_here = cast(list[Annotation], active)
        title = "\n".join(span_title(a, look.shown) for a in spans_here)
        ids = " ".join(str(a.id) for a in active)
        out.append(in_lines(text[left:right], f'<span class="s st-{attr(active[0].status)}" '
                            f'style="{look.piece_style(spans_here, level)}" data-ids="{ids}" title="{attr(title)}">',
                            "</span>"))
        for a in sorted((a for a in active if a.end == right and id(a) in marks),
                        key=lambda a: (a.end - a.start, a.id or 0)):  # the inner one's end first
            out.append(look.chip(a.label, END_MARK, "tag end"))
        pos = right
    if pos < len(text):
        out.append(in_lines(text[pos:]))
    page = f"{LINE}{''.join(out)}</div>".replace(LINE + "</div>", EMPTY_LINE)  # escaped text holds no "<"
    # a line break that ends the text starts no line in pre-wrap
    return page.removesuffix(EMPTY_LINE) if text.endswith("\n") else page

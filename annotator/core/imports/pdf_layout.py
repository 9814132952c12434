"""A PDF page's extracted lines put in reading order where their drawing order is not it.

pypdf gives a page's text in the order its content stream draws it. Word (and LibreOffice after
it) draws a text box or frame after the body text it is anchored in: a report's title block in a
frame at the top of page 1 (the title, then ——2024年1月15日在…会议上, the speaker) came out after
the page's body text, where the date line is not found (``date_line.py`` reads it near the start).

So each page's pieces of text are read with their place on the page (pypdf's ``visitor_text``;
joined, they are exactly the page's extracted text) and cut into lines and *runs*: lines drawn one
below the other, a new run where the next line is drawn higher up than the one before (a column, a
frame). On the first page, a run drawn after the first one but lying wholly above its first line
(a title block above the body) is put before it. Nothing else moves: columns side by side, a
sidebar beside the text, the body's own lines keep their order.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Line:
    """One extracted line: its text and the place of its first piece of text (``y`` up the page;
    None for an empty line), its characters' size."""

    text: str = ""
    y: float | None = None
    size: float = 0.0
    pieces: list[tuple[str, float, float]] = field(default_factory=list)  # (text, y, size)


class PageReader:
    """pypdf's ``visitor_text``: collects a page's pieces of text with their place and size."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, float, float]] = []

    def __call__(self, text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text:
            return
        # the text's place on the page: the text matrix times the current transformation matrix
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (abs(tm[2] * cm[0] + tm[3] * cm[2]) ** 2 + abs(tm[2] * cm[1] + tm[3] * cm[3]) ** 2) ** 0.5
        self.pieces.append((text, y, size * scale))

    def lines(self) -> list[Line]:
        out = [Line()]
        for text, y, size in self.pieces:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    out.append(Line())
                if part:
                    line = out[-1]
                    line.text += part
                    line.pieces.append((part, y, size))
                    if part.strip() and line.y is None:
                        line.y, line.size = y, size
        return out


def runs(lines: list[Line]) -> list[list[Line]]:
    """``lines`` cut where the next line is drawn higher up than the one before (by half a line or more)."""
    out: list[list[Line]] = [[]]
    last: Line | None = None
    for line in lines:
        if line.y is not None:
            if last is not None and last.y is not None and line.y > last.y + 0.5 * max(line.size, last.size, 1.0):
                out.append([])
            last = line
        out[-1].append(line)
    return [run for run in out if run]


def _top(run: list[Line]) -> float | None:
    ys = [line.y for line in run if line.y is not None]
    return max(ys) if ys else None


def _bottom(run: list[Line]) -> float | None:
    ys = [line.y for line in run if line.y is not None]
    return min(ys) if ys else None


def first_page_order(lines: list[Line]) -> list[Line]:
    """The first page's lines with each run drawn after the first but lying wholly above its first
    line put before it, top down (a title block in a frame); else ``lines`` as they are."""
    cut = runs(lines)
    if len(cut) < 2:
        return lines
    first = next((line for line in cut[0] if line.y is not None), None)
    if first is None or first.y is None:
        return lines
    above = [run for run in cut[1:] if (low := _bottom(run)) is not None and low > first.y + 0.5 * first.size]
    if not above:
        return lines
    above.sort(key=lambda run: -(_top(run) or 0.0))
    rest = [run for run in cut if not any(run is a for a in above)]
    return [line for run in above + rest for line in run]


def page_text(lines: list[Line]) -> str:
    return "\n".join(line.text for line in lines)

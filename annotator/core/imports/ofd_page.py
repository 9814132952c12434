"""An OFD page's text as lines in reading order: the pdf import's ``Line``s (``pdf_layout.py``), which
its lay-out and re-flow then take as they take a PDF page's.

A page's content (Content/Layer, a PageBlock within it, at any depth) draws text as TextObjects: a
Boundary "x y w h" in millimetres from the page's top left, an optional CTM (a b c d e f) from the
object's own space into it, a Size (mm) and TextCode children: X and Y of the first character's
origin on its baseline (in the object's space; missing: the previous TextCode's), DeltaX and DeltaY
the steps from each character to the next ("g 3 4.2" is 4.2 three times; a missing step: the
character's width, about). Producers write one TextObject a line, one a run of characters set alike
(55.1 in one and 亿元 in the next), or one a character: so the characters are placed one by one
(``Glyph``), then grouped by baseline (within half a character), ordered left to right, and each
baseline is one line, the parts of a table's row parted by a space (a tab where ``table_cells`` finds
the gap a table's column). Only where the page has two
columns of running text side by side (a gutter that no line crosses, with text either side on
``MIN_EDGE`` baselines or more, the left column's characters all drawn before the right one's) is each
baseline cut at the gutter, and the left column read before the right one.
"""
from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from annotator.core.imports.ofd_package import child, local
from annotator.core.imports.pdf_layout import Line
from annotator.core.imports.pdf_marks import MIN_EDGE

SPACE_GAP = 0.6  # a gap of this many characters' widths or more between two characters on a baseline is a space
PART_GAP = 2.0  # a gap of this many widths or more parts two parts of a baseline (a table's cells, two columns)
BASELINE = 0.5  # characters whose baselines are this many characters' sizes apart or less are on one line
MAX_REPEAT = 100_000  # a step's repetition ("g N step") counted no further than this


@dataclass(frozen=True)
class Glyph:
    """One character placed on the page (mm, from its top left)."""

    text: str
    x: float
    y: float  # its baseline
    size: float
    end: float  # where the character ends: the next one's place in its TextCode, else x + its width, about
    run: int  # the TextCode that draws it, in drawing order


def glyphs(page: Any, first_run: int = 0) -> list[Glyph]:
    """The characters a page's (or a template page's) content draws, in drawing order; ``first_run``
    numbers its first TextCode (a template's follow the page's own). ValueError for a number that is none."""
    content = child(page, "Content")
    out: list[Glyph] = []
    run = first_run
    for element in [] if content is None else content.iter():
        if local(element) != "TextObject":
            continue
        bx, by, _w, _h = (_numbers(element.get("Boundary", "")) + [0.0] * 4)[:4]
        a, b, c, d, e, f = _numbers(element.get("CTM", "")) or [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        size = float(element.get("Size", "0") or 0) * (math.hypot(c, d) or 1.0)
        x = y = 0.0
        for code in element:
            if local(code) != "TextCode" or not code.text:
                continue
            text = "".join(ch for ch in code.text if unicodedata.category(ch) != "Cc")  # no line breaks, tabs
            x = float(code.get("X", x))
            y = float(code.get("Y", y))
            dx, dy = _steps(code.get("DeltaX"), len(text)), _steps(code.get("DeltaY"), len(text))
            places = []
            at_x, at_y = x, y
            for i, ch in enumerate(text):
                if i:
                    at_x += dx[i - 1] if i - 1 < len(dx) else _width(text[i - 1], size)
                    at_y += dy[i - 1] if i - 1 < len(dy) else 0.0
                places.append((ch, bx + a * at_x + c * at_y + e, by + b * at_x + d * at_y + f))
            for i, (ch, px, py) in enumerate(places):
                ends = places[i + 1][1] if i + 1 < len(places) and places[i + 1][1] > px else px + _width(ch, size)
                out.append(Glyph(ch, px, py, size, ends, run))
            run += 1
    return out


def _numbers(value: str) -> list[float]:
    return [float(v) for v in value.replace(",", " ").split()]


def _steps(value: str | None, count: int) -> list[float]:
    """DeltaX or DeltaY as a list of steps, the "g N step" of a repeated one spelled out (``count``:
    the characters of the TextCode; more steps are not needed)."""
    tokens = (value or "").split()
    out: list[float] = []
    i = 0
    while i < len(tokens) and len(out) < count:
        if tokens[i] == "g" and i + 2 < len(tokens):
            out.extend([float(tokens[i + 2])] * min(int(float(tokens[i + 1])), count, MAX_REPEAT))
            i += 3
        else:
            out.append(float(tokens[i]))
            i += 1
    return out


def _width(ch: str, size: float) -> float:
    """About how wide a character is drawn: a Chinese one (or a mark set as wide: “ ”) an em, others half."""
    return size if unicodedata.east_asian_width(ch) in "WFA" else 0.5 * size


def page_lines(placed: list[Glyph]) -> list[Line]:
    """The page's characters as lines in reading order (see the module's docstring)."""
    rows = [_parts(row) for row in _baselines(placed)]
    out: list[Line] = []
    edge, blocks = _columns(rows)
    i = 0
    while i < len(rows):
        block = next((b for b in blocks if b[0] == i), None)
        if block is None:
            out.append(_line(g for part in rows[i] for g in part))
            i += 1
            continue
        within = rows[block[0]:block[1]]
        for right in (False, True):
            sides = ([g for part in r for g in part if (g.x >= edge) == right] for r in within)
            out.extend(_line(row) for row in sides if row)
        i = block[1]
    return out


def _columns(rows: list[list[list[Glyph]]]) -> tuple[float, list[tuple[int, int]]]:
    """Where a page's right column starts and its blocks of two columns (rows from, to) when it has them
    (see the module's docstring); else (0, []). A block is rows one below the other that no line
    crosses at the gutter, whose characters left of it are all drawn before those right of it."""
    for at in sorted({round(part[0].x) for row in rows for part in row[1:]}):
        edge = at - 0.5 * min(part[0].size for row in rows for part in row[1:] if round(part[0].x) == at)
        blocks: list[tuple[int, int]] = []
        start, last, first = 0, -1.0, math.inf  # the block's first row, its left side's last run, right's first
        for i, row in enumerate([*rows, []]):
            left = [g.run for part in row for g in part if g.x < edge]
            right = [g.run for part in row for g in part if g.x >= edge]
            crossed = any(part[0].x < edge < part[-1].end - 0.1 for part in row)
            joined = max([last, *left]), min([first, *right])
            if row and not crossed and joined[0] < joined[1]:
                last, first = joined
                continue
            if sum(1 for r in rows[start:i] if r[0][0].x < edge <= r[-1][-1].x) >= MIN_EDGE:
                blocks.append((start, i))
            start, last, first = i + 1, -1.0, math.inf
            if not crossed:  # the row opens the next block
                start, last, first = i, max([last, *left]), min([first, *right])
        if blocks:
            return edge, blocks
    return 0.0, []


def _baselines(placed: list[Glyph]) -> list[list[Glyph]]:
    """The characters grouped by baseline, top down, each group left to right without the spaces it
    starts or ends with (a group of spaces alone left out)."""
    rows: list[list[Glyph]] = []
    for glyph in sorted(placed, key=lambda g: g.y):
        if rows and glyph.y - rows[-1][0].y <= BASELINE * max(glyph.size, rows[-1][0].size):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    out = []
    for row in rows:
        row.sort(key=lambda g: g.x)
        filled = [i for i, g in enumerate(row) if g.text.strip()]
        if filled:
            out.append(row[filled[0]:filled[-1] + 1])
    return out


def _parts(row: list[Glyph]) -> list[list[Glyph]]:
    """A baseline's characters cut where a gap of ``PART_GAP`` widths or more lies between two."""
    parts: list[list[Glyph]] = []
    for glyph in row:
        if parts and glyph.x - parts[-1][-1].end < PART_GAP * max(glyph.size, 0.1):
            parts[-1].append(glyph)
        else:
            parts.append([glyph])
    return parts


def _line(row: Iterable[Glyph]) -> Line:
    """One line of the pdf import's lay-out: its text and place (``y`` up the page, as a PDF's), its pieces
    (a TextCode's characters each, a space before one drawn a gap away)."""
    line = Line()
    last: Glyph | None = None
    for glyph in row:
        gap = (last is not None and glyph.x - last.end >= SPACE_GAP * max(glyph.size, 0.1)
               and not last.text.isspace() and not glyph.text.isspace())
        if last is None or glyph.run != last.run or gap:
            text = " " + glyph.text if gap else glyph.text
            if gap and last is not None:  # a gap that may part a table's cells (``table_cells``)
                line.gaps.append((sum(len(piece[0]) for piece in line.pieces), glyph.x,
                                  (glyph.x - last.end) / max(glyph.size, 0.1)))
            line.pieces.append((text, -glyph.y, glyph.size))
            line.starts.append(glyph.x)
        else:
            piece = line.pieces[-1]
            line.pieces[-1] = (piece[0] + glyph.text, piece[1], piece[2])
        if line.y is None:
            line.y, line.size, line.x = -glyph.y, glyph.size, glyph.x
        last = glyph
    line.text = "".join(piece[0] for piece in line.pieces)
    line.end = None if last is None else last.end
    return line

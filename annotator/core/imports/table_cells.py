"""A table's cells on a PDF's or an OFD's line parted by a tab, as a web page's row is (``article.py``).

Text extraction reads the gap between two cells of a table's row as a space (1 湖里区松元产业园…, 55.1
湖里区), and the import then takes out the space between a digit and a hanzi (``gaps.py``): the row
number glued to the project's name, an amount to its district (1湖里区…, 55.1湖里区). So a gap of
``CELL_GAP`` character widths or more between two pieces of a line's text becomes a tab where the
layout shows a table's column: the text after it starts where, on another line of the page that
has such gaps, text after one starts too, or that line itself, or a line drawn on the baseline of
one before it, right of it (a table's rows share their columns' left edges; the cells of a row after
one that wraps are drawn after that cell's lines, on the row's first baseline). In a line so found a
row, a gap of ``NARROW`` widths or more (a cell filled to its column's width: only the cells' padding
after it) is a tab too where text starts on two other lines of the page. Ordinary text keeps
its spaces: a justified line's gaps (a line stretched to its column's width, 重 心 治 政) are evenly
spread between short pieces, a title spaced for show is all single characters, and neither lines
up with another line's gaps (``mark_cells``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pdf_layout calls mark_cells
    from annotator.core.imports.pdf_layout import Line

CELL_GAP = 1.5  # a gap between two cells is this many character widths or more
NARROW = 0.5  # in a row, after a cell filled to its column's width: this many, where two other rows' cells start
ALIGNED = 0.5  # two cells of one column start within this many character widths of each other
EVEN = 0.2  # a stretched line's gaps differ by less than this many character widths


def mark_cells(lines: list[Line], columns: list[float] | None = None) -> None:
    """Turns into a tab each space of ``lines`` (a page's) read from a gap between two cells of a
    table's row (see the module's docstring), in the line's text and its pieces; ``columns``: where
    the cells of a table's row on the page before start, whose cell runs onto this page (``table_pages``)."""
    wide = {id(line): [gap for gap in line.gaps if gap[2] >= CELL_GAP] for line in lines}
    beside = [line for k, line in enumerate(lines) if line.x is not None and _beside(line, lines[:k])]
    starts = {id(other): [x for x in [other.x, *(gap[1] for gap in wide[id(other)])] if x is not None]
              for other in lines if wide[id(other)]}  # where cells start on each line, by the line
    for other in beside:
        starts.setdefault(id(other), []).append(other.x or 0.0)
    starts.update({-1 - k: [x] for k, x in enumerate(columns or [])})  # the row before's, on the page before
    for line in lines:
        if not wide[id(line)] or _stretched(line):
            continue
        near = ALIGNED * max(line.size, 0.1)
        others = [x for other in lines if other is not line and wide[id(other)]
                  for x in [other.x, *(gap[1] for gap in wide[id(other)])] if x is not None]
        others += [other.x or 0.0 for other in beside] + (columns or [])
        cells = [at for at, x, _width in wide[id(line)] if any(abs(x - y) < near for y in others)]
        if cells:  # a row's cell filled to its column's width: only the cell's padding after it
            cells += [at for at, x, width in line.gaps if NARROW <= width < CELL_GAP and 2 <= sum(
                any(abs(x - y) < near for y in xs) for key, xs in starts.items() if key != id(line))]
            _tabbed(line, cells)


def _beside(line: Line, before: list[Line]) -> bool:
    """Whether ``line`` is drawn on the baseline of a line ``before`` it, right of it: the cells of a
    row after one that wraps (drawn cell by cell), or a column beside another."""
    return line.x is not None and line.y is not None and any(
        other.x is not None and other.y is not None and other.x < line.x and abs(other.y - line.y) < 0.5 * line.size
        for other in before)


def _stretched(line: Line) -> bool:
    """A line whose gaps are spread evenly between pieces of a character or two (a justified line
    stretched to its column's width), or whose pieces are all single characters (spaced for show)."""
    cuts = [at for at, _x, _width in line.gaps]
    pieces = [line.text[a + 1:b].strip() for a, b in zip([-1, *cuts], [*cuts, len(line.text)], strict=True)]
    if all(len(piece) <= 1 for piece in pieces):
        return True
    widths = [width for _at, _x, width in line.gaps]
    return len(widths) >= 2 and max(widths) - min(widths) < EVEN and all(len(p) <= 2 for p in pieces[1:-1])


def _tabbed(line: Line, cells: list[int]) -> None:
    text = list(line.text)
    for at in cells:
        text[at] = "\t"
    line.text = "".join(text)
    pieces, start = [], 0
    for piece, y, size in line.pieces:
        pieces.append((line.text[start:start + len(piece)], y, size))
        start += len(piece)
    line.pieces = pieces

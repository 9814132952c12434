"""A table's row whose cell runs onto the next page of a PDF or an OFD, made one line again.

A page is laid out on its own (``pdf_layout.laid_out``): the lines of a row's cell that a page break
carries to the next page's top came in there as the narrow column's lines, one by one, apart from
their row (and the re-flow, seeing a column narrower than the page's, left them broken). So the last
row of a page (a line of cells parted by a tab, only page furniture after it) is remembered
(``Overflow.last_row``), and the next page's first lines that go on with one of its cells right of
the first (they start where that cell's text starts, one below the other, no row number or other
cell beside them, and end left of the row's next cell) are taken out of that page (``Overflow.carried``)
and put at the end of that cell's text in the row (``Overflow.into``). A row's first cell is not
carried: body text after a table starts where the table does. The next page's rows line up with the
columns of that row too (``table_cells.mark_cells``): a table's last row alone on its page has no other
row there whose cells it shares.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.core.imports.reflow import BARE_NUMBER, PAGE_NUMBER, spaced
from annotator.core.imports.table_cells import CELL_GAP

if TYPE_CHECKING:  # pdf_layout calls these
    from annotator.core.imports.pdf_layout import Line

NEAR = 0.25  # a cell's next line starts within this many character widths of where its text starts


@dataclass
class Overflow:
    """The last row laid out before (``cells``: where each of its cells right of the first starts, its
    index among the row's tab-parted cells, and where the next one starts or None; ``row``: its page's
    index and its line's there) and the text the next page carries into one of its cells (``carry``)."""

    cells: list[tuple[float, int, float | None]] = field(default_factory=list)
    size: float = 0.0
    row: tuple[int, int] = (-1, -1)
    carry: tuple[tuple[int, int], int, str] | None = None  # (row, cell, text)

    def carried(self, lines: list[Line]) -> tuple[list[Line], list[float]]:
        """``lines`` (a page's) without the first ones that go on with a cell of the last row before, and
        where that row's cells start: the table's columns, which its rows on this page share (a single
        row on the table's last page has no other row to line up with)."""
        columns = [c[0] for c in self.cells]  # a row alone on this page lines up with them (it has no other)
        first = next((k for k, line in enumerate(lines) if line.text.strip()), None)
        if first is None or lines[first].x is None:
            return lines, columns
        x, cell, right = next((c for c in self.cells if abs(c[0] - (lines[first].x or 0.0)) < NEAR * self.size),
                              (0.0, -1, None))
        j = first
        while cell >= 0 and j < len(lines) and _goes_on(lines[j], lines[j - 1] if j > first else None, x, right,
                                                        self.size):
            j += 1
        if j == first:
            return lines, columns
        text = ""
        for line in lines[first:j]:
            piece = line.text.strip()
            text += (" " if text and piece and spaced(text[-1], piece[0]) else "") + piece
        self.carry = (self.row, cell, text)
        return lines[:first] + lines[j:], columns + [c[2] for c in self.cells[-1:] if c[2]]

    def last_row(self, lines: list[Line], page: int) -> None:
        """Remembers the last line of page ``page`` if it is a table's row (only page furniture after it);
        a page without text (all of it carried into the row before) leaves the row before as it is."""
        texts = [k for k, line in enumerate(lines) if line.text.strip() and not PAGE_NUMBER.fullmatch(line.text)
                 and not BARE_NUMBER.fullmatch(line.text)]
        if not texts:
            return
        line = lines[texts[-1]]
        tabs = sorted((x, line.text[:at + 1].count("\t")) for at, x, _w in line.gaps
                      if line.x is not None and at < len(line.text) and line.text[at] == "\t"
                      and x > line.x + 0.5 * line.size)
        self.cells = [(x, cell, tabs[n + 1][0] if n + 1 < len(tabs) else None) for n, (x, cell) in enumerate(tabs)]
        self.size, self.row = line.size, (page, texts[-1])

    def into(self, pages: list[str]) -> None:
        """Puts the text the last page carried at the end of its cell in the row before (``pages``: their text)."""
        if self.carry is None:
            return
        (page, row), cell, text = self.carry
        self.carry = None
        lines = pages[page].split("\n")
        cells = lines[row].split("\t") if 0 <= row < len(lines) else []
        if cell < len(cells):
            cells[cell] += text
            lines[row] = "\t".join(cells)
            pages[page] = "\n".join(lines)


def _goes_on(line: Line, above: Line | None, x: float, right: float | None, size: float) -> bool:
    """Whether ``line`` goes on with the cell whose text starts at ``x`` (the next cell at ``right``)."""
    return (line.x is not None and line.y is not None and bool(line.text.strip())
            and all(gap < CELL_GAP for _at, _x, gap in line.gaps)
            and abs(line.x - x) < NEAR * size and abs(line.size - size) < 0.1
            and (right is None or (line.end is not None and line.end < right))
            and (above is None or (above.y is not None and 0 < above.y - line.y <= 2 * size)))

"""A PDF page's extracted lines put in reading order where their drawing order is not it.

pypdf gives a page's text in the order its content stream draws it. Word (and LibreOffice after
it) draws a text box or frame after the body text it is anchored in: a report's title block in a
frame at the top of page 1 (the title, then ——2024年1月15日在…会议上, the speaker) came out after
the page's body text, where the date line is not found (``date_line.py`` reads it near the start).

So each page's pieces of text are read with their place on the page (pypdf's ``visitor_text``;
joined, they are exactly the page's extracted text) and cut into lines and *runs*: lines drawn one
below the other, a new run where the next line is drawn higher up than the one before (a column, a
frame). A run drawn after the first one but lying wholly above its first line (a title block above
the body) is put before it: on the first page any, on the others one of two lines or more (a running
header, one line, stays beside the page number the re-flow finds it by). A run drawn after another
that lies wholly within a gap of that run's lines, across them, goes into that gap (a text box in
the middle of page 3 came out after the page's body, inside the sentence the page breaks). Nothing
else moves: columns side by side, a sidebar beside the text, the body's own lines keep their order.

A page's footnotes (lines below all of its body text, in a smaller size, the first opening with a
marker: ① 1 * 注：) came out inside a sentence broken across the page, and the marker raised in the
body glued to the text (发展。2年初): they are taken out of the page (``footnotes``), each as one line
that the import puts at the end of the document, its marker parted from its text by an ideographic
space; the raised markers in the body that name them go.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from annotator.core.imports.pdf_glyphs import Glyphs
from annotator.core.imports.pdf_marks import mark_full, mark_indented, mark_spaced, runs
from annotator.core.imports.pdf_pieces import advance, fallbacks_in_place, one_line_runs
from annotator.core.imports.reflow import BARE_NUMBER, CLOSERS, PAGE_NUMBER, SENTENCE_END, Place, spaced
from annotator.core.imports.table_cells import mark_cells
from annotator.core.imports.table_pages import Overflow

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SMALL = 0.85  # a footnote's characters are at most this share of the body's size
GAP = 1.5  # a gap in a run's lines that holds a frame is this many of its line pitches or more
MAX_CELL = 4  # a table cell whose text starts a line on its own wraps into this many lines at most
MARKER = re.compile(r"[ \t]*([①-⑳]|\d{1,3}|[*＊]|注[:：])")  # a footnote's marker


@dataclass
class Line:
    """One extracted line: its text and the place of its first piece of text (``y`` up the page;
    None for an empty line), its characters' size."""

    text: str = ""
    y: float | None = None
    size: float = 0.0
    pieces: list[tuple[str, float, float]] = field(default_factory=list)  # (text, y, size)
    end: float | None = None  # where its last piece of text ends, about (None: not known)
    full: bool = False  # it reaches the right edge of the column it is in (``mark_full``)
    x: float | None = None  # where its first piece of text starts (None: not known)
    starts: list[float] = field(default_factory=list)  # where its pieces of text start (those known)
    opens: bool = False  # drawn indented in its column, or spaced below the line above: it opens a paragraph
    gaps: list[tuple[int, float, float]] = field(default_factory=list)  # (its space's index, x after, widths)


class PageReader:
    """pypdf's ``visitor_text``: collects a page's pieces of text with their place and size."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, float, float, float]] = []  # (text, x, y, size): as pypdf gives them
        self.glyphs = Glyphs()  # which spaces in them pypdf added between two hanzi: its visitor_operand_before

    def __call__(self, text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        self.glyphs.read(len(self.pieces), text, font, size)
        if not text:
            return
        # the text's place on the page: the text matrix times the current transformation matrix
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (abs(tm[2] * cm[0] + tm[3] * cm[2]) ** 2 + abs(tm[2] * cm[1] + tm[3] * cm[3]) ** 2) ** 0.5
        self.pieces.append((text, x, y, size * scale))

    def lines(self) -> list[Line]:
        out = [Line()]
        last: list[tuple[str, float, float] | None] = [None]  # each line's last piece of text: (text, x, size)
        pieces = [(self.glyphs.cleaned(k, text), x, y, size) for k, (text, x, y, size) in enumerate(self.pieces)]
        for text, x, y, size in fallbacks_in_place(one_line_runs(pieces)):
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    out.append(Line())
                    last.append(None)
                if part:
                    line = out[-1]
                    if i == 0 and part.strip() and last[-1] is not None and (line.text + part)[
                            (k := len(line.text) + len(part) - len(part.lstrip(" ")) - 1)] == " ":
                        gone = last[-1]  # the gap from the line's last text to this piece (a table's cells)
                        gone_end = gone[1] + advance(gone[0], gone[2])
                        line.gaps.append((k, x, (x - gone_end) / max(size, 0.1)))
                    line.text += part
                    line.pieces.append((part, y, size))
                    if part.strip():  # only a piece's first part is drawn where the piece starts
                        last[-1] = (part, x, size) if i == 0 else None
                    if part.strip() and i == 0:
                        line.starts.append(x)
                    if part.strip() and line.y is None:
                        line.y, line.size, line.x = y, size, x if i == 0 else None
        for line, piece in zip(out, last, strict=True):
            if piece is not None:
                line.end = piece[1] + advance(piece[0], piece[2])
        return out


def join_cells(lines: list[Line]) -> list[Line]:
    """``lines`` with the wrapped lines of a table's cell joined into the line its text starts on (a
    cell of a narrow column: 湖里区松元产业园 / 二期工程建设项目). A table is drawn cell by cell: a cell's
    next line starts, one line lower, where its text starts, which is right of where the line it
    wraps starts (other cells before it on that line), or, for a cell of ``MAX_CELL`` lines or fewer, the
    line after the cell goes back up to its first line (the next cell of its row; a column beside a
    column has more lines). Body text's next line starts at its column's left edge. A line that ends a
    sentence ends the cell's text (a paragraph's indent may fall where a piece of the line above starts),
    unless the cell starts right of its row's start and its row's next cell follows its lines (a long
    paragraph in a cell). The cells read on the first line after the cell (an OFD's row, read by
    baseline) stay after its text. A cell that runs onto the next page: ``table_pages.py``."""
    out: list[Line] = []
    i = 0
    row = False  # the line before was a cell's wrapped lines joined, and its row goes on in the next line
    while i < len(lines):
        line = lines[i]
        at = _cell_start(line, lines[i + 1] if i + 1 < len(lines) else None)
        j = i + 1
        while j < len(lines) and _continues(lines[j - 1], lines[j], at):
            j += 1
        k = j  # a cell right of its row's start goes on past a sentence's end when its row's next cell follows
        while at is not None and line.x is not None and at > line.x + 0.5 * line.size and k < len(lines) \
                and _continues(lines[k - 1], lines[k], at, sentences=False):
            k += 1
        if k > j and _beside(line, lines[k] if k < len(lines) else None, at or 0.0):
            j = k
        after = lines[j] if j < len(lines) else None
        beside = at is not None and _beside(line, after, at)
        if j > i + 1 and at is not None and line.x is not None and (
                at > line.x + 0.5 * line.size or (j - i <= MAX_CELL and beside)):
            line = _joined(lines[i:j], at)
        else:
            j, beside = i + 1, False
        if row and out and "\t" in out[-1].text + line.text and _beside(out[-1], line, out[-1].x or 0.0):
            out[-1] = _row(out[-1], line)  # the row's cells after the wrapped one: 55.1 湖里区
        else:
            out.append(line)
        row = beside
        i = j
    return out


def _beside(line: Line, after: Line | None, at: float) -> bool:
    """Whether ``after`` is drawn on ``line``'s baseline, right of ``at``: the next cell of its row."""
    return (after is not None and after.y is not None and after.x is not None and line.y is not None
            and after.x > at and abs(after.y - line.y) < 0.5 * line.size)


def _row(line: Line, after: Line) -> Line:
    """A table's row drawn as two lines (a wrapped cell between them) as one, its cells parted by a tab."""
    return replace(line, text=line.text + "\t" + after.text, pieces=[*line.pieces, ("\t", after.y or 0.0, after.size),
                   *after.pieces], end=after.end, starts=[*line.starts, *after.starts],
                   gaps=[*line.gaps, (len(line.text), after.x or 0.0, 0.0)])


def _ends(line: Line) -> bool:
    return line.text.rstrip(" \t\u3000" + CLOSERS)[-1:] in SENTENCE_END


def _cell_start(line: Line, below: Line | None) -> float | None:
    """Where the text of ``line``'s cell starts that ``below`` goes on with: a piece of ``line`` right of
    its start (other cells before it) where ``below`` starts; else where ``line`` starts."""
    if line.x is None:
        return None
    inner = [x for x in line.starts if x > line.x + 0.5 * line.size]
    if below is not None and below.x is not None:
        return next((x for x in inner if abs(below.x - x) < 0.25 * line.size), line.x)
    return line.x


def _continues(above: Line, line: Line, at: float | None, sentences: bool = True) -> bool:
    """Whether ``line`` goes on with a cell's text from ``above``: one line lower, of its size,
    starting at ``at`` (where the cell's text starts); ``sentences``: not after a line ending one."""
    return (at is not None and above.y is not None and line.y is not None and line.x is not None
            and bool(line.text.strip()) and abs(line.x - at) < 0.25 * line.size and not (sentences and _ends(above))
            and abs(line.size - above.size) < 0.1 and 0 < above.y - line.y <= 2 * line.size)


def _joined(cell: list[Line], at: float | None = None) -> Line:
    """A cell's lines as one: Chinese joined as it is, Latin words parted by a space; before the cells
    read on its first line after it (right of ``at``, parted by a tab: an OFD's row is read by baseline)."""
    first = cell[0]
    cut = next((k for k, x, _w in first.gaps if at is not None and x > at + 0.5 * first.size
                and first.text[k:k + 1] == "\t"), len(first.text))
    text = first.text[:cut]
    for line in cell[1:]:
        before, after = text.rstrip(), line.text.lstrip()
        text = before + (" " if before and after and spaced(before[-1], after[0]) else "") + after
    shift = len(text) - cut
    heads: list[tuple[str, float, float]] = []
    tails: list[tuple[str, float, float]] = []
    n = 0
    for piece in first.pieces:
        (heads if n < cut else tails).append(piece)
        n += len(piece[0])
    return Line(text + first.text[cut:], first.y, first.size,
                [*heads, *(p for line in cell[1:] for p in line.pieces), *tails],
                cell[-1].end if cut == len(first.text) else first.end, False, first.x, first.starts,
                gaps=[(k + shift if k >= cut else k, x, w) for k, x, w in first.gaps])


def _top(run: list[Line]) -> float | None:
    ys = [line.y for line in run if line.y is not None]
    return max(ys) if ys else None


def _bottom(run: list[Line]) -> float | None:
    ys = [line.y for line in run if line.y is not None]
    return min(ys) if ys else None


def frames_above(lines: list[Line], least: int = 1) -> list[Line]:
    """The page's lines with each run drawn after the first but lying wholly above its first line put
    before it, top down (a title block in a frame), when it holds ``least`` lines of text or more
    (on later pages 2: a running header, one line, stays where it is drawn, beside the page number
    the re-flow finds it by); else ``lines`` as they are."""
    cut = runs(lines)
    if len(cut) < 2:
        return lines
    first = next((line for line in cut[0] if line.y is not None), None)
    if first is None or first.y is None:
        return lines
    above = [run for run in cut[1:] if (low := _bottom(run)) is not None and low > first.y + 0.5 * first.size
             and sum(1 for line in run if line.text.strip()) >= least]
    if not above:
        return lines
    above.sort(key=lambda run: -(_top(run) or 0.0))
    rest = [run for run in cut if not any(run is a for a in above)]
    return [line for run in above + rest for line in run]


def frames_in_gaps(lines: list[Line]) -> list[Line]:
    """The page's lines with each run drawn after another (a frame, a text box) that lies within a gap
    of that run's lines put into that gap: wholly between two of its lines one below the other, across
    them (not beside them: a sidebar), where the gap is ``GAP`` times the run's common line pitch or
    more (the room the frame takes; a column beside the run has lines at its every pitch)."""
    cut = runs(lines)
    if len(cut) < 2:
        return lines
    into: dict[int, list[list[Line]]] = {}  # id of a run's line → the frames put after it
    moved: set[int] = set()  # ids of the runs put into a gap
    for k, run in enumerate(cut[1:], 1):
        host = _gap_for(run, [r for r in cut[:k] if id(r) not in moved])
        if host is not None:
            into.setdefault(id(host), []).append(run)
            moved.add(id(run))
    if not moved:
        return lines
    out: list[Line] = []
    for run in cut:
        if id(run) in moved:
            continue
        for line in run:
            out.append(line)
            for frame in sorted(into.get(id(line), []), key=lambda r: -(_top(r) or 0.0)):
                out.extend(frame)
    return out


def _gap_for(frame: list[Line], earlier: list[list[Line]]) -> Line | None:
    """The line of an earlier run after which ``frame`` lies in a gap (see ``frames_in_gaps``); else None."""
    top, bottom = _top(frame), _bottom(frame)
    spans = [(line.x, line.end) for line in frame if line.x is not None and line.end is not None]
    if top is None or bottom is None or not spans:
        return None
    left, right = min(a for a, _b in spans), max(b for _a, b in spans)
    for run in earlier:
        placed = [line for line in run if line.y is not None]
        pitches = sorted(a.y - b.y for a, b in zip(placed, placed[1:], strict=False)
                         if a.y is not None and b.y is not None)
        if len(pitches) < 2:
            continue
        pitch = pitches[len(pitches) // 2]
        for above, below in zip(placed, placed[1:], strict=False):
            if above.y is None or below.y is None or above.y - below.y < GAP * pitch:
                continue
            if above.y - 0.5 * above.size > top and bottom > below.y + 0.5 * below.size and any(
                    line.x is not None and line.end is not None and line.x < right and left < line.end
                    for line in (above, below)):
                return above
    return None


def page_text(lines: list[Line]) -> str:
    return "\n".join(line.text for line in lines)


def laid_out(lines: list[Line], first: bool, notes: list[str], marks: tuple[list[int], list[int]], at: int,
             overflow: Overflow | None = None, page: int = 0, places: dict[int, Place] | None = None) -> str:
    """A page's text from its ``lines`` without its footnotes (added to ``notes``), in reading order (a frame
    drawn after the body goes where it stands: above it, a title block; into the gap it lies in; a table
    cell's wrapped lines joined, ``join_cells``). The indexes of its lines, from ``at`` on, that reach
    their column's right edge and that are drawn indented in it are added to ``marks`` (edges, indents).
    ``overflow``: the last row of the page before (page ``page`` - 1), whose cell the page's first lines
    may go on with (``table_pages.py``: they are taken out, for the caller's ``Overflow.into``). ``places``
    is given where each line of text is drawn, by index (its height up the page, its size)."""
    columns: list[float] = []
    if overflow is not None:
        lines, columns = overflow.carried(lines)
    mark_cells(lines, columns)
    lines = join_cells(lines)
    mark_full(lines)
    mark_indented(lines)
    mark_spaced(lines)
    lines, found = footnotes(lines)
    notes.extend(found)
    lines = frames_in_gaps(lines)
    lines = frames_above(lines, 1 if first else 2)
    if overflow is not None:
        overflow.last_row(lines, page)
    marks[0].extend(at + i for i, line in enumerate(lines) if line.full)
    marks[1].extend(at + i for i, line in enumerate(lines) if line.opens)
    if places is not None:
        places.update((at + i, (line.y, line.size)) for i, line in enumerate(lines) if line.y is not None)
    return page_text(lines)


def _body_size(lines: list[Line]) -> float:
    counts: Counter[float] = Counter()
    for line in lines:
        for text, _y, size in line.pieces:
            counts[round(size, 1)] += len(text.strip())
    return counts.most_common(1)[0][0] if counts else 0.0


def footnotes(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """(the page's lines without its footnotes and the raised markers naming them, its footnotes each
    as one line); (``lines``, []) when the page has none."""
    body = _body_size(lines)
    placed = [line for line in lines if line.y is not None]
    big = [line.y for line in placed if line.size > SMALL * body and line.y is not None]
    if not big or body <= 0:
        return lines, []
    lowest = min(big)
    foot = sorted((line for line in placed if line.y is not None and line.y < lowest
                   and not PAGE_NUMBER.fullmatch(line.text)), key=lambda line: -(line.y or 0))
    if foot and BARE_NUMBER.fullmatch(foot[-1].text):  # a bare page number at the page's foot stays the page's
        foot.pop()
    notes: list[list[str]] = []
    markers: set[str] = set()
    pending = ""  # a raised marker that extraction put on a line of its own, above its note
    for line in foot:
        m = MARKER.match(line.text)
        if m and not line.text[m.end():].strip():
            pending = m.group(1)
            continue
        if pending or m is not None:
            marker, rest = (pending, line.text.strip()) if pending or m is None else (
                m.group(1), line.text[m.end():].strip())
            markers.add(marker)
            notes.append([marker + ("" if marker in _CIRCLED else "\u3000") + rest])
            pending = ""
        elif notes:
            notes[-1].append(line.text.strip())
        else:
            return lines, []  # small lines under the body that open with no marker: no footnotes
    if pending or not notes:
        return lines, []
    kept = [_unmarked(line, markers) for line in lines if not any(line is f for f in foot)]
    return kept, ["".join(note) for note in notes]


def _unmarked(line: Line, markers: set[str]) -> Line:
    """``line`` without the raised, smaller markers (of ``markers``) that refer to a footnote, nor the
    space extraction put after one."""
    if line.y is None or not any(text.strip() in markers for text, _y, _size in line.pieces):
        return line
    pieces: list[tuple[str, float, float]] = []
    dropped = False
    for text, y, size in line.pieces:
        if text.strip() in markers and size <= SMALL * line.size and y > line.y + 0.15 * line.size:
            dropped = True
            continue
        if dropped and not text.strip():
            continue
        dropped = False
        pieces.append((text, y, size))
    return replace(line, text="".join(text for text, _y, _size in pieces), pieces=pieces)

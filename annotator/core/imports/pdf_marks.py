"""What a PDF's (or an OFD's) page tells the re-flow of its lines beyond their text (``reflow.py``:
``wrapped`` and ``opens``): which reach their column's right edge (``mark_full``), which open a
paragraph, drawn indented (``mark_indented``) or a paragraph's space below the line above
(``mark_spaced``), each within a run of lines down the page (``runs``: a column, a frame)."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from annotator.core.imports.pdf_pieces import advance

if TYPE_CHECKING:  # pdf_layout's lines: it calls these
    from annotator.core.imports.pdf_layout import Line

MIN_EDGE = 3  # lines ending at one place that make it their column's right edge
SPACED = 1.4  # a line this many of its run's common pitches below the line above opens a paragraph
# what a line cannot be broken before, at the start of the line below: a number or a Latin word with the character
# after it (8433元, 11%, 3.5万, +期货: a layout keeps a number with its unit), else one character, each with the
# opening marks before it and the marks after it that no line starts with (“三, 元，)
UNIT = re.compile(r"[ \t]*[“‘「『（(《【〈]*(?:[+＋\-－]?[0-9A-Za-z][0-9A-Za-z.．,%‰]*[ \t]*)?\S"
                  r"[，。、；：！？,.;:!?”’」』）)》】〉%‰…—]*")


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


def mark_full(lines: list[Line]) -> None:
    """Marks the lines that reach the right edge of their column (a run of ``runs``), within a
    character: where more of the run's lines end than anywhere else (``MIN_EDGE`` lines or more). A
    two-column page's line of 17 characters (a paragraph's indented first line, digits among its
    characters) is full in its column, which the re-flow's count of characters does not see. A line
    that stops further short is full too where what the line below opens with (``UNIT``: a number with
    its unit, 8433元, which a layout does not break) would not have fitted in the room left: the line was
    wrapped (LibreOffice's 城镇居民人均可支配收入 / 8433元，增长9.5%, two and a half characters short)."""
    for run in runs(lines):
        ends = Counter(round(line.end) for line in run if line.end is not None and line.text.strip())
        if not ends:
            continue
        right, count = ends.most_common(1)[0]
        if count < MIN_EDGE:
            continue
        text = [line for line in run if line.text.strip()]
        for line, below in zip(text, [*text[1:], None], strict=True):
            line.full = line.end is not None and (line.end >= right - line.size or _no_room(line.end, below, right))


def _no_room(end: float, below: Line | None, right: float) -> bool:
    """Whether what ``below`` opens with (``UNIT``) is wider than the room its column's right edge leaves
    after a line ending at ``end``."""
    first = UNIT.match(below.text) if below is not None else None
    return below is not None and first is not None and end + advance("".join(first.group().split()), below.size) > right


def mark_indented(lines: list[Line]) -> None:
    """Marks the lines drawn right of their column's left edge (a run of ``runs``: the leftmost place
    where two of its lines start), by half a character or more: a paragraph's indented first line (its
    text holds no white space for the indent), a centred title. (Where as many lines are indented as
    not, in a text of two-line paragraphs, the edge is still the left one.)"""
    for run in runs(lines):
        starts = Counter(round(line.x) for line in run if line.x is not None and line.text.strip())
        edges = [x for x, count in starts.items() if count >= 2]
        if len(run) < MIN_EDGE or not edges:
            continue
        left = min(edges)
        for line in run:
            line.opens = line.x is not None and line.x > left + 0.5 * line.size


def mark_spaced(lines: list[Line]) -> None:
    """Marks the lines drawn further below the line above them than the lines of their run commonly are
    (``SPACED`` times its common pitch or more: the tightest that ``MIN_EDGE`` lines or more share): a
    paragraph's first line where paragraphs are parted by space rather than by an indent (LibreOffice's
    and many a CMS's PDFs). Lines of another size on either side (a heading) are not compared."""
    for run in runs(lines):
        text = [line for line in run if line.y is not None and line.text.strip()]
        steps = [(above, line) for above, line in zip(text, text[1:], strict=False)
                 if abs(above.size - line.size) < 0.1 and above.y is not None and line.y is not None]
        gaps = sorted(above.y - line.y for above, line in steps if above.y > line.y)  # type: ignore[operator]
        # the tightest pitch MIN_EDGE lines share (within a tenth): a paragraph's lines are set closest
        pitch = next((g for i, g in enumerate(gaps) if i + MIN_EDGE <= len(gaps) and gaps[i + MIN_EDGE - 1] <= 1.1 * g),
                     None)
        if pitch is None or pitch <= 0:
            continue
        for above, line in steps:
            if above.y - line.y >= SPACED * pitch:  # type: ignore[operator]
                line.opens = True

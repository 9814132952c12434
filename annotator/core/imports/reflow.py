"""Text copied from a PDF (pdftotext, a viewer's copy) made whole again on import.

Such text breaks every line at the page's width, in the middle of sentences and names (松元产 / 业园,
55.1亿 / 元), and carries the pages' furniture: a page-number line (— 3 —, - 12 -, 第3页) and a
running header repeated on every page. A span could not hold a name broken so, and a suggester
does not see it whole; so, on import, before any span exists, ``reflow`` joins the lines that were
wrapped and drops the page-number lines and the running headers beside them. The stored text is
then what the offsets of every span index (``annotator import --keep-lines`` keeps the text as it was).

The page-number lines go when a text holds two or more (and the empty lines around them). A bare
number alone on a line (1, 2 … under each page: Qt's QPdfWriter) is a page number only when every such
line of the text runs in page order (each one more than the one before, two or more) and each ends a
page: beside a form feed (pdftotext), or, without form feeds, after at least ``MIN_PAGE`` characters
of text since the one before (the last may end the text): a table's column of numbers is kept. Its lines
are joined only when it looks wrapped: at least ``MIN_WRAPPED`` breaks after a line of the common
width (in characters or in display width: a hanzi is two), and most breaks inside a paragraph are
such breaks. A text of one paragraph a line (the shared reports), a poem, a list with an item a
line are left byte for byte. In a wrapped text, a break is joined when the line before it is full
(within ``SLACK`` of the width, or, read from a PDF, drawn to its column's right edge: a two-column
page's indented first line of a paragraph, 17 characters of 19, or stopped short where the next line's number
and its unit would not fit, 收入 / 8433元; ``pdf_marks.mark_full``), neither line touches the break with markup
(a Markdown table's |, a list's -; a + against text is text, 保险 / +期货), the next line opens no item
(1. （一） 一、 ①), no table's row (cells parted by a tab: ``table_cells``) and no paragraph (an
indentation, an empty line), is no line standing alone under a title (``BYLINE``: a date alone, 2024年1月5日, or hanzi
parted by white space, 市长　何辛幸; whether a text is wrapped is decided with those breaks counted as
joins, as before: only they stay), and the line does not end a sentence (。！？；：… and a closing quote after them)
— unless the text opens every paragraph indented (nine in ten of the lines after a paragraph's last line, one
not full that ends a sentence or is short, headings such as 二、 aside: ``_indents_paragraphs``), where a sentence
that ends at the column's edge ends no paragraph.
Latin words either side of a joined break keep a space between them; otherwise the break goes.
A text whose every line of text stands between empty lines (a web page hard-wrapped by <br>, which
the page reader parts by an empty line) is looked at the same way, two lines with one empty line
between them as one break; a joined break takes that empty line with it.
Most joined breaks must touch a Chinese character: hard-wrapped English (a Markdown source) is
left as it is. Before all this, a text with a space between every Chinese character (湖 里 区 今 年)
is joined back (``spacing.unspace``).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from annotator.core.imports.char_kinds import width
from annotator.core.imports.gaps import close_gaps, close_marks
from annotator.core.imports.spacing import unspace

MIN_WRAPPED = 5  # a text with fewer wrapped breaks than this is left as it is
MIN_WIDTH = 16  # the common width in characters of a wrapped text's lines is at least this
MIN_NARROW = 8  # or, in a narrow column (a newspaper's), this, with more evidence (``_narrow_mark``)
NARROW_SHARE = 0.6  # of a narrow text's lines, at least this share full, and of these this share mid-phrase
WRAPPED_SHARE = 0.5  # of the breaks between two lines of text, at least this share after a full line
INDENTED_SHARE = 0.9  # of the lines opening a paragraph (after a short line), this share indented: all are
SLACK = 0.1  # a line within this share of the common width is full
PAGE_NUMBER = re.compile(
    r"[ \t\u3000]*(?:[-—–－―‒~～]+[ \t\u3000]*\d{1,4}[ \t\u3000]*[-—–－―‒~～]+"  # — 3 —, - 12 -
    r"|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页(?:[ \t\u3000]*[,，/][ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页)?"
    r"|\d{1,4}[ \t\u3000]*/[ \t\u3000]*\d{1,4})[ \t\u3000]*")  # 第3页, 第3页，共12页, 3/12
SENTENCE_END = "。！？；：…!?;:"
CLOSERS = "”’」』）)】》\"'"
INDENT = " \t\u3000"
MARKUP = "|-*#>`=_~<+•·"
# a line that opens an item of a list or a heading: 1. 1、 (1) （一） 一、 ① 第一，
ITEM = re.compile(r"[ \t\u3000]*(?:[(（]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:[)）、]|[.．](?!\d))"
                  r"|[①-⑳]|第[一二三四五六七八九十]+[，,、])")
# a short line that stands under a title on its own: a date alone (2024年1月5日), or words of hanzi parted by
# white space (市长　何辛幸: a position and a name; a wrapped line of running text has no space between hanzi)
_HANZI = "\u3400-\u4dbf\u4e00-\u9fff"
BYLINE = re.compile(r"[ \t\u3000]*(?:[(（]?\d{4}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月"
                    r"(?:[ \t\u3000]*\d{1,2}[ \t\u3000]*日)?[)）]?"
                    f"|[{_HANZI}]{{1,10}}(?:[ \t\u3000]+[{_HANZI}]{{1,10}}){{1,3}})[ \t\u3000]*")
BARE_NUMBER = re.compile(r"[ \t\u3000]*(\d{1,4})[ \t\u3000]*")  # a line holding a number alone
MIN_PAGE = 200  # without form feeds, a bare page number follows at least this many characters of text
MAX_HEADER = 40  # a running header is a line of at most this many characters
Place = tuple[float, float]  # where a PDF draws a line: its height up the page, its characters' size


@dataclass(frozen=True)
class Reflowed:
    """A text after ``reflow`` and what was done to it (all 0: the text as it was)."""

    text: str
    joined: int = 0  # line breaks of wrapped lines removed
    page_numbers: int = 0  # page-number lines removed
    headers: int = 0  # running-header lines removed
    unspaced: int = 0  # lines with a space between every Chinese character joined back (spacing.py)

    @property
    def changed(self) -> bool:
        return bool(self.joined or self.page_numbers or self.headers or self.unspaced)


def _full_mark(lines: list[str], edges: frozenset[int] | set[int] = frozenset()) -> tuple[int, int] | None:
    """(characters, display width) of the common length of the text's long lines, when at least
    ``WRAPPED_SHARE`` of them are of it; else the narrow column's (``_narrow_mark``), or None.
    ``edges``: the lines (by index) a PDF draws to their column's right edge."""
    long = [line.rstrip(INDENT) for line in lines if len(line.strip()) >= MIN_WIDTH]
    if len(long) < MIN_WRAPPED:
        return _narrow_mark(lines, edges)
    chars = Counter(len(line) for line in long).most_common(1)[0][0]
    wide = Counter(width(line) for line in long).most_common(1)[0][0]
    mark = (chars, wide)
    return mark if sum(_is_full(line, mark) for line in long) >= WRAPPED_SHARE * len(long) else None


def _narrow_mark(lines: list[str], edges: frozenset[int] | set[int]) -> tuple[int, int] | None:
    """The common length of a narrow column's lines (``MIN_NARROW`` to ``MIN_WIDTH`` characters: a
    newspaper's column of 12), when the evidence that they are wrapped is there: at least
    ``NARROW_SHARE`` of its lines of text full (of the common length, or drawn to the column's edge),
    at least ``NARROW_SHARE`` of those ending mid-phrase (on a hanzi, a letter or a digit: a line of a
    poem, a list's item ends with a mark or is short), and marks of running text (，、。；) in the lines, one
    every other line or more (a column of names, a table's lines have none); else None."""
    text = [(i, line.rstrip(INDENT)) for i, line in enumerate(lines) if line.strip()]
    narrow = [line for _i, line in text if len(line.strip()) >= MIN_NARROW]
    if len(narrow) < MIN_WRAPPED:
        return None
    mark = (Counter(len(line) for line in narrow).most_common(1)[0][0],
            Counter(width(line) for line in narrow).most_common(1)[0][0])
    full = [line for i, line in text if i in edges or _is_full(line, mark)]
    running = sum(line.count(c) for _i, line in text for c in "，、。；")
    if len(full) < NARROW_SHARE * len(text) or 2 * running < len(text) \
            or sum(line[-1].isalnum() for line in full) < NARROW_SHARE * len(full):
        return None
    return mark


def _is_full(line: str, mark: tuple[int, int]) -> bool:
    """Whether a line is of the common length, within ``SLACK``, in characters or display width."""
    line = line.rstrip(INDENT)
    return abs(len(line) - mark[0]) <= SLACK * mark[0] or abs(width(line) - mark[1]) <= SLACK * mark[1]


def _joinable(c: str) -> bool:
    """A character either side of a wrap: not white space, nor the markup of a table's cell, a list's
    item or a heading (| - * # > …): a Markdown table's rows are no wrapped lines."""
    return not c.isspace() and c not in MARKUP


def _touches_text(line: str, following: str) -> bool:
    """Whether both sides of the break between ``line`` and ``following`` are text (``_joinable``); a + right
    against text is text (保险 / +期货, 3+ / 3: a programme's name, a sum), not a list's marker (+ item)."""
    end = line[-1] if line[-1] != "+" or len(line) < 2 else line[-2]
    start = following[0] if following[0] != "+" or len(following) < 2 else following[1]
    return _joinable(end) and _joinable(start)


def _wide(c: str) -> bool:
    return width(c) == 2


def spaced(before: str, after: str) -> bool:
    """Whether a joined break becomes a space: between Latin words (not inside 5.5% or 1.45万)."""
    return before.isascii() and after.isascii() and (before.isalpha() or after.isalpha() or before in ",;:!?)")


def _ends_sentence(line: str) -> bool:
    line = line.rstrip(INDENT).rstrip(CLOSERS)
    return not line or line[-1] in SENTENCE_END


def _breakable(line: str, following: str, mark: tuple[int, int], edge: bool = False,
               indents: bool = False, measured: bool = False) -> bool:
    """Whether the break between ``line`` and ``following`` is a wrap (both lines of text); ``edge``:
    the PDF draws ``line`` to its column's right edge (full whatever its count of characters);
    ``indents``: the text opens every paragraph indented (``_indents_paragraphs``), so a full line
    before a line that is not indented wraps even where a sentence ends at its last character: where the
    page shows its lines' ends (``measured``), only one drawn to the edge (a paragraph's last line two
    characters short, full by its count of characters, ends the paragraph: the next one opens a page)."""
    line = line.rstrip(INDENT)
    return (bool(line) and bool(following.strip()) and _touches_text(line, following)
            and (edge or _is_full(line, mark))
            and (not _ends_sentence(line) or (indents and (edge or not measured)))
            and not ITEM.match(following) and "\t" not in following)


def _indents_paragraphs(kept: list[str], mark: tuple[int, int], step: int, edges: set[int],
                        indented: frozenset[int] | set[int]) -> bool:
    """Whether the text opens its paragraphs indented (by white space, or drawn so: ``indented``): of
    the lines of text after a paragraph's last line (not full, ``_may_end_paragraph``) that open no item (a
    heading such as 二、 is not indented), at least ``INDENTED_SHARE``, ``MIN_WRAPPED`` or more, are
    indented. Such a text's full line ending a sentence before a line that is not indented is a wrap:
    the sentence ended at the column's edge, the paragraph did not."""
    opening = [j for i in range(len(kept) - step) if kept[i].strip() and kept[(j := i + step)].strip()
               and all(not kept[k].strip() for k in range(i + 1, j)) and not ITEM.match(kept[j])
               and not (i in edges or _is_full(kept[i], mark)) and _may_end_paragraph(kept[i])]
    indented_ones = sum(1 for j in opening if kept[j][0] in INDENT or j in indented)
    return indented_ones >= MIN_WRAPPED and indented_ones >= INDENTED_SHARE * len(opening)


def _may_end_paragraph(line: str) -> bool:
    """Whether a line that is not full may be a paragraph's last: it ends a sentence, or is short (a title,
    a heading, a byline). A long line that stops mid-phrase short of the edge was wrapped before what would
    not fit (城镇居民人均可支配收入 / 8433元: a number kept with its unit), whatever the page shows of it."""
    return _ends_sentence(line) or len(line.strip()) < MIN_WIDTH


def _bare_page_numbers(lines: list[str], feeds: set[int]) -> set[int]:
    """The lines holding a number alone, by index, when they are page numbers (see the module's
    docstring); else none. ``feeds``: the lines that held a form feed."""
    bare = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := BARE_NUMBER.fullmatch(line))]
    if len(bare) < 2 or any(b[1] != a[1] + 1 for a, b in zip(bare, bare[1:], strict=False)):
        return set()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    last = filled[-1]
    start = 0
    for i, _number in bare:
        if feeds:
            above, below = _nearest(lines, i, -1), _nearest(lines, i, 1)  # a feed between them: a page's end or top
            if not (i == last or any(j in feeds for j in range(above + 1, (below if below >= 0 else i) + 1))):
                return set()
        elif i != last and len("".join("".join(lines[start:i]).split())) < MIN_PAGE:
            return set()
        start = i + 1
    return {i for i, _number in bare}


def _nearest(lines: list[str], i: int, step: int) -> int:
    """The index of the nearest line holding something above (-1) or below (1) line ``i`` (-1 when none)."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) else -1


def _furniture(lines: list[str], feeds: set[int] | None = None, wrapped: frozenset[int] = frozenset(),
               places: Mapping[int, Place] | None = None) -> tuple[set[int], set[int]]:
    """(page-number lines, running-header lines) by index: a page number is a line that is one (a bare
    number only in page order, ``_bare_page_numbers``); a running header is the same short line beside
    page numbers at least twice and on half the pages or more, and that line again where it opens the
    text. The same last line of a paragraph above two page numbers (作出新的更大贡献。) is text, not a
    header, nor is a line that a wrapped line runs into (full, ending no sentence: ``wrapped`` by index)
    at every page number it stands beside, nor one that ends with 。 or ；. The line opening the text is the
    first page's header only when that line is found a header beside the page numbers and, read from a PDF
    (``places``: where each line is drawn), is drawn where a copy of it is, at its size: the title 政府工作报告
    on a first page without a header, under which the others repeat it, stays."""
    pages = {i for i, line in enumerate(lines) if PAGE_NUMBER.fullmatch(line)}
    pages |= _bare_page_numbers(lines, feeds or set())
    if len(pages) < 2:
        return set(), set()
    beside: dict[str, list[int]] = {}
    for i in pages:
        for step in (-1, 1):  # the nearest line of text above and below
            j = i + step
            while 0 <= j < len(lines) and not lines[j].strip():
                j += step
            if 0 <= j < len(lines) and j not in pages and len(lines[j].strip()) <= MAX_HEADER:
                beside.setdefault(lines[j].strip(), []).append(j)
    mark = _full_mark(lines, wrapped)

    def continued(j: int) -> bool:  # the line above wraps into line j: j ends a paragraph of the text
        k = _nearest(lines, j, -1)
        return k >= 0 and k not in pages and _breakable(lines[k], lines[j], mark or (0, 0), k in wrapped)

    headers = {j for found in beside.values()
               if len(found) >= 2 and 2 * len(found) >= len(pages) - 1 and not all(map(continued, found))
               and lines[found[0]].rstrip(INDENT + CLOSERS)[-1:] not in "。；"
               for j in found}
    first = _nearest(lines, -1, 1)  # the first page's header, above its text: beside no page number
    copies = [j for j in headers if first >= 0 and j != first and lines[j].strip() == lines[first].strip()]
    if copies and (not places or any(_same_place(places.get(first), places.get(j)) for j in copies)):
        headers.add(first)
    return pages, headers


def _same_place(a: Place | None, b: Place | None) -> bool:
    """Whether two lines are drawn at the same height on their pages, at the same size (within half a line)."""
    return a is not None and b is not None and abs(a[0] - b[0]) <= 0.5 * max(a[1], b[1]) \
        and abs(a[1] - b[1]) <= 0.1 * max(a[1], b[1])


def reflow(text: str, wrapped: frozenset[int] = frozenset(), opens: frozenset[int] = frozenset(),
           parts: frozenset[int] = frozenset(), places: Mapping[int, Place] | None = None) -> Reflowed:
    """``text`` with its spaced lines joined back, its wrapped lines joined and its page furniture
    dropped, when it looks like text copied from a PDF; else ``text`` itself (see the module's docstring).
    ``wrapped``: the lines (by index) a PDF draws to the right edge of their column, full though
    shorter than the common width (a two-column page's indented first line of a paragraph); ``opens``:
    the lines it draws indented, each opening a paragraph (the text holds no white space for that);
    ``parts``: the lines opening a document after the first in a file of several (an OFD's), after an
    empty line that stays, though page furniture before it goes, and no line is joined across; ``places``:
    where a PDF draws each line (its height up the page, its size: ``_furniture``)."""
    lines_before = text.count("\n")
    text, unspaced = unspace(text)
    if text.count("\n") != lines_before:
        wrapped = opens = parts = frozenset()
        places = None
    # a form feed (pdftotext ends each page with one) is page furniture too: it goes where the
    # text is re-flowed, and no longer keeps the first line of a page from joining the one before
    lines = text.split("\n")
    feeds = {i for i, line in enumerate(lines) if "\f" in line}
    lines = [line.replace("\f", "") for line in lines] if feeds else lines
    pages, headers = _furniture(lines, feeds, wrapped, places)
    dropped = pages | headers
    apart = {i - 1 for i in parts if 0 < i < len(lines) and not lines[i - 1].strip()}  # between two documents
    for i in sorted(dropped):  # the empty lines around the furniture go with it
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and j not in dropped and j not in apart and not lines[j].strip():
                dropped.add(j)
                j += step
    kept = [line for i, line in enumerate(lines) if i not in dropped]
    index = [i for i in range(len(lines)) if i not in dropped]  # a kept line's index in ``lines``
    edges = {k for k, i in enumerate(index) if i in wrapped}
    indented = {k for k, i in enumerate(index) if i in opens or (k and index[k - 1] in apart)}
    mark = _full_mark(kept, edges)
    joins = [] if mark is None else _wraps(kept, mark, 1, edges, indented) or _wraps(kept, mark, 2, edges, indented)
    if not joins and not pages:
        return Reflowed(text, unspaced=unspaced)
    into = {j: i for i, j in joins}  # not wrapped, but paged: only the furniture goes
    between = {k for i, j in joins for k in range(i + 1, j)}  # the empty line between double-spaced lines
    out: list[str] = []
    for i, line in enumerate(kept):
        if i in into:
            before = out[-1].rstrip(INDENT)
            out[-1] = before + (" " if spaced(before[-1], line[0]) else "") + line
        elif i not in between:
            out.append(line)
    # copied from a PDF: the space its extraction put between a hanzi and a digit goes too (149 亿元, gaps.py)
    return Reflowed(close_marks(close_gaps("\n".join(out))), len(joins), len(pages), len(headers), unspaced)


def _wraps(kept: list[str], mark: tuple[int, int], step: int, edges: set[int],
           indented: frozenset[int] | set[int] = frozenset()) -> list[tuple[int, int]]:
    """The breaks to join, each (line, next line), when the text looks wrapped; else []. ``step`` 1:
    lines next to each other; 2: lines with one empty line between them (a web page hard-wrapped by
    <br>, whose lines the page reader parts by an empty line), only in a text whose lines are all so
    parted (no two lines of text next to each other). A break before a line that opens a paragraph
    (indented: by white space, or drawn so, ``indented``) is no break inside a paragraph: it is never
    joined, nor counted (a text of two-line paragraphs has as many of them as wraps)."""
    pairs = [(i, i + step) for i in range(len(kept) - step) if kept[i].strip() and kept[i + step].strip()
             and all(not kept[k].strip() for k in range(i + 1, i + step))
             and kept[i + step][0] not in INDENT and i + step not in indented]
    if step > 1 and any(a.strip() and b.strip() for a, b in zip(kept, kept[1:], strict=False)):
        return []
    indents = _indents_paragraphs(kept, mark, step, edges, indented)
    joins = [(i, j) for i, j in pairs if _breakable(kept[i], kept[j], mark, i in edges, indents, bool(edges))]
    chinese = sum(1 for i, j in joins if _wide(kept[i].rstrip(INDENT)[-1]) or _wide(kept[j][0]))
    # of the breaks inside paragraphs (between two lines of text), most are wraps; most wraps touch a hanzi
    if len(joins) < MIN_WRAPPED or len(joins) < WRAPPED_SHARE * len(pairs) or chinese < WRAPPED_SHARE * len(joins):
        return []
    return [(i, j) for i, j in joins if not BYLINE.fullmatch(kept[j])]  # whether it is wrapped: decided as before


def reflowed_lines(reflowed: list[tuple[str, int, int, int]]) -> list[str]:
    """An import report's lines on what ``reflow`` did to its files, each (file, lines joined, page
    lines removed, spaced lines joined back)."""
    flowed = [r for r in reflowed if r[1] or r[2]]
    spaced = [r for r in reflowed if r[3]]
    joined, removed = sum(r[1] for r in flowed), sum(r[2] for r in flowed)
    done = " and ".join([*([f"re-flowed {joined:,} wrapped line(s)"] if joined else []),
                         *([f"removed {removed:,} page-number or header line(s)"] if removed else [])])  # no "0"
    out = [f"{done} in {len(flowed):,} document(s) laid out in pages (PDF, OFD)"] if flowed else []
    if spaced:
        out.append(f"removed the spaces between the Chinese characters of {sum(r[3] for r in spaced):,} line(s) in "
                   f"{len(spaced):,} document(s) laid out in pages (PDF, OFD)")
    return out

"""A PDF's line stretched across the page's width, its characters parted by spaces, put back together.

A justified paragraph's line that ends at a manual line break (Shift+Enter in Word, or a break
LibreOffice keeps) is stretched to the full width: the gaps between its last characters grow, and
text extraction reads each wide gap as a space (三年新冠 疫 情 防 控 转 段, 居民消费价格 涨 幅 控 制
在3.5%以内). No Chinese text holds such spaces, and they would break a name or a target in two. Such
a line opens with running text that has no space (``MIN_HEAD`` characters or more) and ends with
three or more pieces parted by spaces, mostly single characters, none longer than two but the last
(or is all such pieces, after a full line of running text that ends no sentence: 是三年新 / 冠 疫 情 防
控 转 段); those spaces between Chinese characters go. A line spaced for show throughout (政 府 工 作
报 告) after a title or a short line, a position and a name (市长 李春田) and Latin words keep their
spaces: they open with no such run of text, or their pieces are longer. A narrow column's line
(a two-column page) is often stretched along its whole length, digits and marks among its
characters (601亿 元 ， 增 长8.1%； 财 政 收 入): a line with three or more spaces between Chinese
characters, no Latin letter, and a mark of running text (，、。；：) or most of its pieces single
characters but not all (a spaced title is all single ones), loses those spaces too. A line all of
single characters (重 心 治 政 树 新 风 的 “ 三) loses them where the page shows it a line of a
justified column (``full``: the lines reaching their column's right edge, ``pdf_marks.mark_full``):
it reaches the edge, and so does the line before it, running text that ends no sentence, and a line
follows; a title spaced for show stands alone (centred, short, or its own paragraph) and keeps them.
"""
from __future__ import annotations

import re

from annotator.core.imports.gaps import CJK
from annotator.core.imports.reflow import CLOSERS, SENTENCE_END

MIN_HEAD = 4  # the unspaced running text a stretched line opens with, in characters
MIN_LINE = 16  # a line of running text before a stretched one (which may be all spaced), in characters
MIN_PIECES = 3  # the pieces its spaced tail falls into, at least (names in a row, 张三 李四, are two-character pieces)
_RUNNING = "，、。；："  # marks of running text: no title, name line or table row holds them
_SPACED = re.compile(f"(?<=[{CJK}])[ \u00a0]+(?=[{CJK}])")


def unstretch(text: str, full: set[int] | frozenset[int] = frozenset()) -> str:
    """``text`` with the spaces of its stretched lines' tails between Chinese characters removed;
    ``full`` the lines (by index) that reach their column's right edge on the page."""
    if " " not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        before = out[-1] if out else ""  # as taken: a stretched line before is running text again
        column = i in full and i - 1 in full and i + 1 < len(lines) and bool(lines[i + 1].strip())
        out.append(_line(line, before, column))
    return "\n".join(out)


def _unfinished(line: str) -> bool:
    """A full line of running text that ends no sentence: the paragraph goes on in the next line."""
    line = line.strip(" \t\u3000")
    return len(line) >= MIN_LINE and " " not in line and line[-1] not in SENTENCE_END + CLOSERS


def _stretched_throughout(line: str) -> bool:
    """A narrow column's justified line, stretched along its whole length (601亿 元 ， 增 长8.1%；
    财 政 收 入): ``MIN_PIECES`` or more spaces between Chinese characters, no Latin letter, and either
    a mark of running text (，、。；：) or most of its pieces single characters, but not all of them (a
    title spaced for show, 政 府 工 作 报 告, is all single ones; a name line, 市长 李春田, has one space)."""
    if len(_SPACED.findall(line)) < MIN_PIECES or any(c.isascii() and c.isalpha() for c in line):
        return False
    pieces = line.split()
    singles = sum(len(piece) == 1 for piece in pieces)
    return any(c in _RUNNING for c in line) or 2 * singles >= len(pieces) > singles


def _in_column(line: str, before: str) -> bool:
    """A line all of spaced single characters that goes on from ``before``, a line of running text
    (``MIN_HEAD`` characters or more, no space) ending no sentence: the two reaching their column's
    edge, it is a justified column's line stretched along its length, no title spaced for show."""
    before = before.strip(" \t\u3000")
    return (len(_SPACED.findall(line)) >= MIN_PIECES and all(len(piece) == 1 for piece in line.split())
            and len(before) >= MIN_HEAD and not any(c.isspace() for c in before)
            and before[-1] not in SENTENCE_END + CLOSERS)


def _line(line: str, before: str, column: bool = False) -> str:
    """``line`` as taken, after ``before`` (as taken); ``column``: it and the line before reach their
    column's right edge, and a line follows."""
    first = _SPACED.search(line)
    if first is None:
        return line
    if _stretched_throughout(line) or (column and _in_column(line, before)):
        return _SPACED.sub("", line)
    head, tail = line[:first.start()].strip(" \t\u3000"), line[first.start():]
    pieces = tail.split()
    inner = pieces[:-1]
    opens = len(head) >= MIN_HEAD or _unfinished(before)  # running text before its spaced tail
    if not opens or any(c.isspace() for c in head) or len(pieces) < MIN_PIECES \
            or any(len(piece) > 2 for piece in inner) or 2 * sum(len(piece) == 1 for piece in inner) < len(inner):
        return line
    return line[:first.start() - 1] + _SPACED.sub("", line[first.start() - 1:])

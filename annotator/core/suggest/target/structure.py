"""TARGET: a report's structure, found once per document - its parts (一、2019年工作回顾 /
二、2020年工作安排, 第二部分, a 【…】 or unnumbered heading line) and headings, each with its
direction (-1 looks back, +1 forward, 0 neither), and the year the text plans for."""
from __future__ import annotations

import bisect
import re

from annotator.core.suggest.target.words import (
    HEAD_BACKWARD,
    HEAD_FORWARD,
    RE_DATE_LINE,
    RE_HEAD_OF_LINE,
    RE_HEADING,
    RE_PART,
    RE_PLAN_OPENER,
    RE_QTY,
    RE_REVIEW_HEADING,
    RE_TITLE,
    RE_YEAR,
)

Marks = list[tuple[int, int]]  # (position, direction), sorted


def future_year(text: str) -> int | None:
    """The year the text plans for: that of a report's date line (——2015年1月21日在…大会上:
    a report given in 2015 plans for 2015, whatever later deadlines it names; one given in
    November or December plans for the next year), else the
    latest year it names, leaving out deadlines (到2025年, 2025年前) and award years
    (2021年度); None if it names only one year."""
    m = RE_DATE_LINE.search(text, 0, 400)
    if m:
        # ——2022年12月29日在…: a report given at the end of a year reviews that year
        return int(m.group(1)) + (1 if int(m.group(2)) >= 11 else 0)
    years = sorted({int(y) for y in RE_YEAR.findall(text)})
    return years[-1] if len(years) >= 2 else None


def heading_state(h: str, future: int | None) -> int:
    fwd = HEAD_FORWARD.search(h)
    back = HEAD_BACKWARD.search(h)
    if fwd and not back:
        return 1
    if back and not fwd:
        return -1
    if RE_TITLE.search(h):
        return 0  # the title of a report or article: its year names the whole document
    if future:
        years = {int(y) for y in re.findall(r"20\d\d", h)}
        if years and min(years) >= future:
            return 1
        if years and max(years) < future:
            return -1
    return 0


def opens_plan(line: str, future: int | None) -> bool:
    """Does a paragraph open with the year planned for (2020年是…, 今年…, 新的一年…)?"""
    m = RE_PLAN_OPENER.match(line)
    if not m:
        return False
    return m.group("year") is None or (future is not None and int(m.group("year")) >= future)


def part_state(h: str, hs: int) -> int:
    """The direction of a part of the document from its heading ``h`` (direction ``hs``):
    a review only where its words say so (工作回顾, 过去五年), not by its year alone."""
    if hs < 0:
        return -1 if HEAD_BACKWARD.search(h) else 0
    return hs


def part_at(parts: Marks, pos: int) -> int:
    """The direction of the part of the document that holds ``pos``."""
    i = bisect.bisect_right(parts, (pos, 2)) - 1
    return parts[i][1] if i >= 0 else 0


def structure(text: str, future: int | None) -> tuple[Marks, Marks]:
    """The headings (position, direction) and the parts (position, direction of the part that
    starts there: -1 a review, by its words; +1 a plan; 0 neither) of ``text``, sorted."""
    headings: Marks = []
    parts: Marks = []
    for m in RE_HEADING.finditer(text):
        hs = heading_state(m.group(1), future)
        headings.append((m.start(), hs))
        if m.start() == 0 or text[m.start() - 1] == "\n":
            parts.append((m.start(), part_state(m.group(1), hs)))
    pos = 0
    last_part = 0
    while pos < len(text):
        pend = text.find("\n", pos)
        pend = len(text) if pend < 0 else pend
        last_part = _line(text[pos:pend].strip(), pos, future, last_part, headings, parts)
        pos = pend + 1
    headings.sort()
    parts.sort()
    return headings, parts


def _line(line: str, pos: int, future: int | None, last_part: int, headings: Marks, parts: Marks) -> int:
    """Note the heading or part that the line at ``pos`` opens, if any; the direction of the
    part it is in (``last_part``: that of the line before)."""
    if line.startswith("【"):
        hm = RE_HEADING.match(line)
        if hm:
            last_part = part_state(hm.group(1), heading_state(hm.group(1), future))
    elif 0 < len(line) <= 40 and not any(c in line for c in "。！？!?；;【") \
            and not RE_QTY.search(line):
        hs = heading_state(line, future)
        if RE_PART.match(line):
            if hs == 0 and last_part < 0:
                hs = 1  # 二、… after 一、…工作回顾: a report turns from its review to its plans
            last_part = part_state(line, hs)
            parts.append((pos, last_part))
        elif hs > 0:
            parts.append((pos, 1))
            last_part = 1
        elif hs < 0 and RE_REVIEW_HEADING.search(line):
            parts.append((pos, -1))
            last_part = -1
        headings.append((pos, hs))
    elif line and RE_PART.match(line):
        # a heading run into its first paragraph (二、2020年工作安排 2020年是…): its head
        head_match = RE_HEAD_OF_LINE.match(line)
        assert head_match is not None  # the line starts with a part number
        head = head_match.group()
        hs = heading_state(head, future)
        if hs == 0 and last_part < 0:
            hs = 1
        last_part = part_state(head, hs)
        parts.append((pos, last_part))
        headings.append((pos, hs))
    elif last_part < 0 and opens_plan(line, future):
        # a review part whose plan has no heading of its own ends where the plan year
        # opens a paragraph (2020年是…, 今年是…, 新的一年…)
        last_part = 1
        parts.append((pos, 1))
        headings.append((pos, 1))
    return last_part

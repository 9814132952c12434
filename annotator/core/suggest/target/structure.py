"""TARGET: a report's structure, found once per document - its parts (一、2019年工作回顾 /
二、2020年工作安排, 第二部分, a 【…】 or unnumbered heading line) and headings, each with its
direction (-1 looks back, +1 forward, 0 neither), and the year the text plans for."""
from __future__ import annotations

import bisect
import re

from annotator.core.date_line import date_line_year
from annotator.core.suggest.target.words import (
    BACKWARD,
    CLAUSE_BREAK,
    FORWARD,
    HEAD_BACKWARD,
    HEAD_FORWARD,
    RE_HEAD_OF_LINE,
    RE_HEADING,
    RE_PART,
    RE_PLAN_OPENER,
    RE_QTY,
    RE_REVIEW_HEADING,
    RE_TITLE,
    RE_YEAR,
    RE_YEAR_IS,
)

Marks = list[tuple[int, int]]  # (position, direction), sorted


def future_year(text: str) -> int | None:
    """The year the text plans for: that of a report's date line (——2015年1月21日在…大会上:
    a report given in 2015 plans for 2015, whatever later deadlines it names; one given in
    November or December plans for the next year), else the
    latest year it names, leaving out deadlines (到2025年, 2025年前) and award years
    (2021年度); None if it names only one year."""
    year = date_line_year(text)  # ——2022年12月29日在…: a report given at the end of a year reviews that year
    if year is not None:
        return year
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
    walk = _Walk(future, headings, parts)
    pos = 0
    while pos < len(text):
        pend = text.find("\n", pos)
        pend = len(text) if pend < 0 else pend
        walk.line(text[pos:pend].strip(), pos)
        pos = pend + 1
    headings.sort()
    parts.sort()
    return headings, parts


def _is_heading(line: str) -> bool:
    """Can the line be a heading: short, no full stop, no quantity, not a line of a paragraph
    broken at a fixed width (one that starts or ends inside a clause: ，在…、 / …之年，是), not a
    paragraph that opens with its year (2024 年，是…之年), not a lead-in to a list (…如下：)?"""
    return (0 < len(line) <= 40 and not any(c in line for c in "。！？!?；;【")
            and not RE_QTY.search(line) and line[0] not in CLAUSE_BREAK
            and line[-1] not in CLAUSE_BREAK + "：:" and not RE_YEAR_IS.match(line))


def lead_direction(line: str, future: int | None) -> int:
    """The direction of a line that ends with a colon and leads into a list of parts or items
    (今年要重点抓好以下工作： +1; 一年来，我们主要做了以下工作： -1), 0 for any other line."""
    if not line.endswith(("：", ":")):
        return 0
    back = bool(BACKWARD.search(line) or HEAD_BACKWARD.search(line) or "做了" in line)
    fwd = bool(opens_plan(line, future) or FORWARD.search(line))  # not 目标 (围绕…目标，做了…：)
    return 0 if back == fwd else (1 if fwd else -1)


class _Walk:
    """The lines of a document in turn: the part each is in (``last``), whether the review part
    under way has a number of its own (一、2023年工作回顾: its numbered successor is the plan;
    an unnumbered 2023年工作回顾 numbers its own sections 一、二、…) and the direction of the
    last colon lead-in (``lead``: its numbered parts follow it)."""

    def __init__(self, future: int | None, headings: Marks, parts: Marks) -> None:
        self.future, self.headings, self.parts = future, headings, parts
        self.last = 0
        self.numbered = True
        self.lead = 0

    def _part(self, pos: int, head: str, hs: int) -> None:
        """A numbered part (一、…, 第二部分) headed ``head`` with direction ``hs`` opens at ``pos``."""
        if hs == 0 and self.lead:
            part = self.lead  # the parts a colon lead-in announces go its way
        elif hs == 0 and self.last < 0:
            # 二、… after 一、…工作回顾: a report turns from its review to its plans; after an
            # unnumbered review heading, 一、… is a section of the review
            part = 1 if self.numbered else -1
        else:
            part = part_state(head, hs)
            self.lead = 0
            self.numbered = True
        self.last = part
        self.parts.append((pos, part))
        self.headings.append((pos, hs if hs or part <= 0 else part))

    def line(self, line: str, pos: int) -> None:
        """Note the heading or part that the line at ``pos`` opens, if any."""
        future = self.future
        if line.startswith("【"):
            hm = RE_HEADING.match(line)
            if hm:
                self.last = part_state(hm.group(1), heading_state(hm.group(1), future))
        elif _is_heading(line):
            hs = heading_state(line, future)
            if RE_PART.match(line):
                self._part(pos, line, hs)
                return
            if hs > 0:
                self.parts.append((pos, 1))
                self.last, self.lead = 1, 0
            elif hs < 0 and RE_REVIEW_HEADING.search(line):
                self.parts.append((pos, -1))
                self.last, self.lead, self.numbered = -1, 0, False
            self.headings.append((pos, hs))
        elif line and RE_PART.match(line):
            # a heading run into its first paragraph (二、2020年工作安排 2020年是…): its head
            head_match = RE_HEAD_OF_LINE.match(line)
            assert head_match is not None  # the line starts with a part number
            self._part(pos, head_match.group(), heading_state(head_match.group(), future))
        elif self.last < 0 and opens_plan(line, future):
            # a review part whose plan has no heading of its own ends where the plan year
            # opens a paragraph (2020年是…, 今年是…, 新的一年…)
            self.last, self.lead = 1, 0
            self.parts.append((pos, 1))
            self.headings.append((pos, 1))
        else:
            lead = lead_direction(line, future)
            if lead:
                # the items and parts that follow go its way (今年要全力抓好十件大事： 1.… 2.…)
                self.lead = self.last = lead
                self.parts.append((pos, lead))
                self.headings.append((pos, lead))

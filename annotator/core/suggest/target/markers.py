"""TARGET: the markers of direction in the text - forward (将, 力争, 计划, 目标, 预期, 确保, 新的一年,
展望, 明年, a later year at the start of a clause …) or back (过去一年, 去年, 回顾, 累计, an
earlier year at the start of a clause, 这一年, 今年 in a piece that speaks of 明年 …); a weak
forward marker (争取) keeps text that looks forward so but turns neither a review nor text of
unknown direction. Words that only look
like markers are none: inside a short quotation (工控“进未来”标准厂房), 超预期/好于预期, 计划 as a
noun (完成年度计划112.2%, 计划单列市), 力争 inside 努力争取."""
from __future__ import annotations

import bisect

from annotator.core.suggest.target.structure import Marks, part_at
from annotator.core.suggest.target.words import (
    BACKWARD,
    CLAUSE_END,
    FORWARD,
    NOT_FORWARD_AFTER_JIANG,
    NOT_FORWARD_BEFORE_YUQI,
    QUOTE_CLOSE,
    RE_FORWARD_IN_SENTENCE,
    RE_NOT_FORWARD_AFTER_JIHUA,
    RE_YEAR_CLAUSE,
    SENT_END,
    THIS_YEAR,
    WEAK,
    WEAK_FORWARD,
    quoted_mask,
)

SHORT_CLAUSE = 8  # 过去的一年里，/ 2019年，: a clause that only says when


def forward_before(text: str, pos: int) -> bool:
    """A forward marker (力争, 将, 到20xx年 …) earlier in the same sentence."""
    k = pos
    while k > 0 and text[k - 1] not in SENT_END:
        k -= 1
    return bool(RE_FORWARD_IN_SENTENCE.search(text[k:pos]))


def looks_back(text: str, marks: Marks, start: int, end: int) -> bool:
    """Does the sentence turn back to the past at the span ``text[start:end]``: its last marker
    before the span's end a backward one (去年, 上年, 过去一年, 完成了, an earlier year opening a
    clause; not a weak forward one) that opens a short clause
    of its own (2019年，全区完成…) or tells what was done (去年金城江区完成固定资产投资65亿元，
    增长8%), not what the plan builds on (在去年基础上, 去年开工的项目: up to the span or the
    end of its clause, no 的)? A plan's 去年完成65亿元 is a result the plan recalls; its
    direction is that of the review, to the next marker (今年力争…)."""
    s = start
    while s > 0 and text[s - 1] not in SENT_END:
        s -= 1
    lo = bisect.bisect_left(marks, (s, -2))
    hi = bisect.bisect_left(marks, (end, -2), lo)
    last = next((p for p, v in reversed(marks[lo:hi]) if v != WEAK), None)
    # in a plan, 今年 is the year planned for, even in a report that speaks of 明年
    if last is None or dict(marks[lo:hi])[last] != -1 or THIS_YEAR.match(text, last):
        return False
    p = last
    close = p
    while close < start and text[close] not in CLAUSE_END:
        close += 1
    opens = p == s or text[p - 1] in CLAUSE_END or text[p - 1] in " \u3000"
    if opens and close < start and close - p <= SHORT_CLAUSE:
        return True  # 2019年，/ 过去的一年里，: a clause that says when
    return text[p - 1:p] != "在" and "的" not in text[p:close]


def markers(text: str, future: int | None, parts: Marks, quoted: list[bool] | None = None) -> Marks:
    """position -> +1 (forward), WEAK (forward unless the text looks back) or -1 (backward),
    sorted by position. A marker inside a short quotation is part of a name or slogan
    (工控“进未来”标准厂房, “遇见未来·招商会客厅”), no marker."""
    if quoted is None:
        quoted = quoted_mask(text)
    marks = [mk for mk in _forward(text, future, parts) + _backward(text, parts) if not quoted[mk[0]]]
    # 今年 looks forward, but in an end-of-year piece that speaks of 明年 it is the year
    # under review
    this_year = -1 if "明年" in text else 1
    for m in THIS_YEAR.finditer(text):
        marks.append((m.start(), this_year))
    for m in RE_YEAR_CLAUSE.finditer(text):
        y = int(m.group(1))
        if future is not None:
            marks.append((m.start(1), 1 if y >= future else -1))
    marks.sort()
    return marks


def _forward(text: str, future: int | None, parts: Marks) -> Marks:
    marks: Marks = []
    for m in FORWARD.finditer(text):
        if m.group().startswith("到20") and future is not None and int(m.group()[1:5]) < future:
            continue  # 由2015年的…增长到2020年的…: a past year reached, not a deadline
        if m.group() == "将" and text[m.end():m.end() + 1] in NOT_FORWARD_AFTER_JIANG:
            continue
        if m.group() == "将" and text[m.start() - 1:m.start()] in ("即",):
            continue
        if m.group() == "计划" and (text[m.start() - 1:m.start()] in QUOTE_CLOSE + "》"
                                  or text[m.start() - 2:m.start()] == "行动"):
            continue  # “雁塔英才”计划, 三年行动计划: the name of a programme, no plan
        if m.group() == "预期" and text[m.start() - 1:m.start()] in NOT_FORWARD_BEFORE_YUQI:
            continue  # 超预期挑战, 好于预期: what was expected, no plan
        if m.group() == "计划" and RE_NOT_FORWARD_AFTER_JIHUA.match(text, m.end()):
            continue  # 完成年度计划112.2%, 计划单列市: a noun, no plan
        weak = m.group() in WEAK_FORWARD and part_at(parts, m.start()) <= 0
        if m.group() == "力争" and text[m.start() - 1:m.start()] == "努":
            weak = part_at(parts, m.start()) <= 0  # 尽最大努力争取到了: 争取, a weak marker
        marks.append((m.start(), WEAK if weak else 1))  # in a plan part 预计 is forward
    return marks


def _backward(text: str, parts: Marks) -> Marks:
    marks: Marks = []
    for m in BACKWARD.finditer(text):
        if m.group() == "累计" and (forward_before(text, m.start())
                                  or part_at(parts, m.start()) > 0):
            continue  # 力争到2025年…，累计新增就业12万人: a total still to be reached
        if m.group() in ("上年", "去年") and text[m.start() - 1:m.start()] in ("比", "较"):
            continue  # 比上年增长7%: the base of a comparison, in a plan as in a review
        marks.append((m.start(), -1))
    return marks

"""TARGET: the suggester - the paragraphs of a document in the direction of their part and
heading, each sentence's quantities in the direction its markers give them."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from annotator.core.models import Suggestion
from annotator.core.suggest.target.markers import markers
from annotator.core.suggest.target.spans import span
from annotator.core.suggest.target.structure import Marks, future_year, structure
from annotator.core.suggest.target.words import (
    CAPACITY_UNITS,
    CLAUSE_END,
    NOT_GOAL_AFTER,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    RE_ATTRIBUTE_AFTER,
    RE_FRAME,
    RE_ITEM,
    RE_LISTED_PROJECT,
    RE_MINUS,
    RE_POLICY,
    RE_RANGE_BEFORE,
    RE_RESULT,
    RULE_NAMES_AFTER_XIANG,
    SENT_END,
    SKIP_BEFORE,
    WEAK,
    quantities,
    quantity,
    quoted_mask,
)
from annotator.core.suggest.traditional import simplified

# The lean of the text around a paragraph that has no direction of its own (no heading, no
# marker before its quantities): forward where, within LEAN_REACH characters either side, the
# words that say the text looks forward (力争, 确保, 将, 目标 …) are at least LEAN_RATIO times
# as many as the backward markers and result cues (过去一年, 累计, 同比, 预计 …) there. A plan
# written as bare tasks (新建美丽乡村中心村5个，改造卫生厕所4000个) says so only here and there;
# a review of the past year is full of backward words.
LEAN_REACH = 1000
LEAN_RATIO = 2


class TargetSuggester:
    name = "target"
    labels = ("TARGET",)

    def suggest(self, text: str) -> list[Suggestion]:
        """The goals of ``text``; a text in traditional characters is read in simplified ones
        (力爭, 確保, 萬人: ``suggest.traditional``), each goal's text as written."""
        if not text:
            return []
        plain = simplified(text)
        out = self._suggest(plain)
        return out if plain is text else [replace(s, text=text[s.start:s.end]) for s in out]

    def value_of_span(self, text: str, start: int, end: int) -> dict[str, Any]:
        """The value of a target whose span no rule proposed (labelled by hand, proposed by the
        model): the quantity and unit of the first quantity in ``text[start:end]``; {} if none."""
        plain = simplified(text)
        for m in quantities(plain, start, end):
            found = measure(plain, start, m)
            if found is not None:
                return {"quantity": found[0], "unit": found[1]}
        return {}

    def _suggest(self, text: str) -> list[Suggestion]:
        future = future_year(text)
        quoted = quoted_mask(text)
        headings, parts = structure(text, future)
        marks = markers(text, future, parts, quoted)
        cues = [m.start() for m in RE_RESULT.finditer(text)]  # once: a search a sentence cost more
        lean = _Lean(text, marks, cues)

        out: list[Suggestion] = []
        # direction: -1 back, 0 unknown, +1 forward. A heading that names a direction sets it
        # for its section. A paragraph starts in its section's direction, except that a review
        # goes on: after a paragraph that ended looking back, the next one (with no heading
        # of its own) looks back too (过去一年 opens a review of several paragraphs); not so
        # in a part of the document headed as a plan, where each paragraph starts afresh. A
        # paragraph with no direction from its section takes the lean of the text around it.
        section = state = 0
        hi = pi = 0
        part = 0
        pos = 0
        n = len(text)
        while pos < n:
            pend = text.find("\n", pos)
            pend = n if pend < 0 else pend
            while pi < len(parts) and parts[pi][0] < pend:
                part = parts[pi][1]
                pi += 1
            if part < 0:
                pos = pend + 1
                continue
            headed = False
            while hi < len(headings) and headings[hi][0] < pend:
                if headings[hi][1] and not (part > 0 and headings[hi][1] < 0):
                    section = headings[hi][1]  # in a plan part, 成就 in a sub-heading is no review
                    headed = True
                hi += 1
            if headed or state >= 0 or part > 0 or (section and RE_ITEM.match(text, pos)):
                state = section or lean.at(pos, pend)  # otherwise a review goes on; a
                # numbered item starts afresh
            # sentences of the paragraph; after a forward colon (主要预期目标是：…；…；…) the
            # rest of the paragraph is its list, whose 预计增长 is a plan too
            s = pos
            listing = False
            while s < pend:
                e = s
                while e < pend and text[e] not in SENT_END:
                    e += 1
                result = not listing and _within(cues, s, e)
                state = self._sentence(text, s, e, state, marks, quoted, out, result)
                listing = listing or (state > 0 and _colon(text, s, e))
                s = e + 1
            pos = pend + 1
        return out

    def _sentence(self, text: str, s: int, e: int, state: int, marks: Marks, quoted: list[bool],
                  out: list[Suggestion], result: bool = False) -> int:
        """Add the goals of the sentence ``text[s:e]`` to ``out``; the direction after it.
        ``result``: the sentence holds a result cue (预计全年, 同比) and is no item of a list
        of goals after a colon."""
        lo = bisect.bisect_left(marks, (s, -2))
        hi = bisect.bisect_left(marks, (e, -2), lo)
        sent_marks = marks[lo:hi]
        if result and not any(v == 1 and _said(text, p) for p, v in sent_marks):
            return -1  # 预计全年…, 同比增长…: results, and the text goes on looking back
        for m in quantities(text, s, e):
            qs = m.start()
            cur = state
            for p, v in sent_marks:
                if p < qs:
                    cur = (cur if cur <= 0 else 1) if v == WEAK else v
            if cur <= 0 or (quoted[qs] and not _quoted_scale(text, m)):
                continue
            goal = _goal(text, s, e, m)
            if goal is None:
                continue
            sg = span(text, s, e, m, goal[0], goal[1], out, self.name)
            if sg is not None:
                out.append(sg)
        for _, v in sent_marks:
            state = (state if state <= 0 else 1) if v == WEAK else v
        return state



def _quoted_scale(text: str, m: re.Match[str]) -> bool:
    """A scale goal quoted alone (形成“500亿级”产业板块, 打造“千亿级”集群): a goal, where a number in a
    short quotation is otherwise a name (“1183”工程)."""
    return (m.group().endswith("级") and text[m.start() - 1:m.start()] in QUOTE_OPEN
            and text[m.end():m.end() + 1] in QUOTE_CLOSE)


class _Lean:
    """The explicit forward words and the backward markers and result cues of a text, to
    weigh the lean of the text around a paragraph."""

    def __init__(self, text: str, marks: Marks, cues: list[int]) -> None:
        self.forward = [p for p, v in marks if v == 1 and _said(text, p)]
        self.back = sorted([p for p, v in marks if v == -1] + cues)

    def at(self, s: int, e: int) -> int:
        """+1 where the text around ``s:e`` leans forward (see LEAN_RATIO), else 0."""
        lo, hi = s - LEAN_REACH, e + LEAN_REACH
        fw = bisect.bisect_left(self.forward, hi) - bisect.bisect_left(self.forward, lo)
        if not fw:
            return 0
        bk = bisect.bisect_left(self.back, hi) - bisect.bisect_left(self.back, lo)
        return 1 if fw >= LEAN_RATIO * bk else 0


def _within(positions: list[int], s: int, e: int) -> bool:
    """Does one of the sorted ``positions`` lie in ``s:e``?"""
    i = bisect.bisect_left(positions, s)
    return i < len(positions) and positions[i] < e


def _colon(text: str, s: int, e: int) -> bool:
    """Does the sentence ``text[s:e]`` lead into a list with a colon?"""
    return text.find("：", s, e) >= 0 or text.find(":", s, e) >= 0


def _said(text: str, p: int) -> bool:
    """Is the forward marker at ``p`` a word that says so (力争, 将, 明年 …), not a year
    inferred to lie ahead (2024年，… / 今年)?"""
    return not (text[p].isdigit() or text.startswith("今年", p))


def _goal(text: str, s: int, e: int, m: re.Match[str]) -> tuple[int | float, str] | None:
    """(quantity, unit) of the quantity ``m`` of the sentence ``text[s:e]`` where it counts
    something and its clause makes it a goal, else None."""
    qs = m.start()
    num, unit = m.group("num"), m.group("unit")
    # a count (not 一期, 一个, 第3, 不漏一村, 三元锂电池, 3年)
    if unit == "期" or (unit == "个" and num == "一"):
        return None
    prev = text[max(s, qs - 2):qs]
    if prev and (prev[-1].isdigit() or prev[-1] in ".．年月日第" or SKIP_BEFORE.ends(prev)):
        return None
    if num == "一" and len(prev) == 2 and prev[0] == "不":
        return None  # 不漏一村、不落一人: not a single one, no count
    if unit == "元" and len(num) == 1 and num != "十":
        return None  # 三元锂电池, 一元化: a lone Chinese digit before 元 is no sum
    if NOT_GOAL_AFTER.match(text, m.end()):
        return None
    if m.end() < len(text) and text[m.end()] in "年月日":
        return None
    cl = qs
    while cl > s and text[cl - 1] not in CLAUSE_END:
        cl -= 1
    if _no_goal_in_clause(text, e, m, unit, cl):
        return None
    return measure(text, cl, m)


def measure(text: str, cl: int, m: re.Match[str]) -> tuple[int | float, str] | None:
    """(quantity, unit) the quantity ``m`` of the clause from ``cl`` gives: a range's lower bound
    (3至5家: 3), a minus written on it, 万 of people as 万人; None for no number or zero."""
    qs, num, unit = m.start(), m.group("num"), m.group("unit")
    rm = RE_RANGE_BEFORE.search(text, max(cl, qs - 8), qs)
    value = quantity(rm.group(1) if rm else num) if num else 1
    if value is None or value == 0:
        return None
    at = rm.start(1) if rm else qs
    if at > 0 and RE_MINUS.match(text, at - 1, at):
        value = -value  # 增长负0.5%
    if unit == "万":
        unit = "万人"  # 2.09万贫困人口
    if unit == "％":
        unit = "%"  # the full-width sign is the same unit
    return value, unit


def _no_goal_in_clause(text: str, e: int, m: re.Match[str], unit: str, cl: int) -> bool:
    """Does the clause (from ``cl``) make the quantity ``m`` no goal: what exists (已), the
    name of a rule, an attribute, a policy's scale, the count of a list it leads into (…：),
    a frame, part of a project's name?"""
    if "已" in text[cl:m.start()]:
        return True  # 已有的116个… is what exists, not a goal
    if unit == "项" and text[m.end():m.end() + 2] in RULE_NAMES_AFTER_XIANG:
        return True  # 八项规定 and the like are names of rules
    if unit.endswith("元") and RE_ATTRIBUTE_AFTER.match(text, m.end()):
        return True
    ce = m.end()
    while ce < e and text[ce] not in CLAUSE_END:
        ce += 1
    if text[ce:ce + 1] in ("：", ":"):
        return True  # 今年要全力抓好十件大事：: the count of the list that follows
    if (unit.endswith("元") or unit in ("%", "％")) and RE_POLICY.search(text, cl, ce):
        return True
    if text[cl] == "以" and RE_FRAME.search(text, m.end(), ce):
        return True  # 以…等八个领域为重点
    if unit in CAPACITY_UNITS and RE_LISTED_PROJECT.search(text, m.end(), ce):
        return True  # 张家川500万吨机制砂产业园、…等项目: part of a project's name
    return unit == "次" and text[m.end():m.end() + 1] == "性"  # 一次性支持

"""TARGET suggester: quantified goals for the coming period.

A report's structure comes first, found once per document: its parts (一、2019年工作回顾 /
二、2020年工作安排, 第二部分, a 【…】 or unnumbered heading line). A part headed as a review
holds no goals whatever its sentences say (预计 gives expected full-year results there); a
part headed as a plan, or the numbered part that follows a review, looks forward paragraph by
paragraph. The year a report plans for is that of its date line (——2020年1月16日在…).

Within that, the text is read paragraph by paragraph and sentence by sentence, keeping track of whether
it looks forward (将, 力争, 计划, 目标, 预期, 确保, 新的一年, 展望, 明年, a later year at the
start of a clause, a 【展望…】 heading …) or back (过去一年, 去年, 回顾, 累计, an earlier year
at the start of a clause …). A marker switches the state from where it stands, so numbers
before 将 in a sentence keep the earlier state. Within a forward stretch, each clause that
holds a quantity (a number with a measure word, unit or %) is a target; quantities joined by
、 or 及 are split, the later ones starting at their number. Results (已, 累计) are skipped.
Value: ``{"quantity": number, "unit": measure word or unit}``.
"""
from __future__ import annotations

import bisect
import re

from annotator.core.models import Suggestion
from annotator.core.numbers import parse_number
from annotator.core.suggest.lexicon import alternation, lexicon

_WORDS = "target_words.txt"  # the word lists and patterns, explained there
UNITS = alternation(_WORDS, "units")
NUM = r"(?P<num>[0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十两百千]+(?:点[一二三四五六七八九零]+)?)"
RE_QTY = re.compile(rf"{NUM}(?P<mod>多|余)?(?P<unit>{UNITS})")
# a scale goal (千亿级, 万亿台阶): no count of its own written before it (十个千亿级 counts 个)
RE_SCALE = re.compile(r"(?=[百千万亿])(?<![0-9一二三四五六七八九十两百千万个])(?:"
                      + alternation(_WORDS, "scale_goal") + ")")
# a range before the number: its lower bound is the value (选择3至5家: 3 家)
RE_RANGE_BEFORE = re.compile(r"([0-9]+(?:\.[0-9]+)?|[一二三四五六七八九十两百千]+)[至到~～\-－—]$")

FORWARD = re.compile(alternation(_WORDS, "forward"))
BACKWARD = re.compile(alternation(_WORDS, "backward"))
# forward markers that do not turn a review: 预计 gives expected full-year figures of the year
# under review as well as forecasts (过去一年…。预计全年地区生产总值增长6.5%)
WEAK_FORWARD = lexicon(_WORDS, "weak_forward")
WEAK = 2  # the value of a weak forward marker: forward unless the text looks back
RE_FORWARD_IN_SENTENCE = re.compile(alternation(_WORDS, "forward_in_sentence"))
NOT_FORWARD_AFTER_JIANG = lexicon(_WORDS, "not_forward_after_jiang")
# 今年 looks forward in a report or a New-Year article; in an end-of-year piece that also
# speaks of 明年, 今年 is the year under review (今年来/今年以来 are BACKWARD above)
THIS_YEAR = re.compile(r"今年(?!来|以来)")
SENT_END = "。！？!?；;\n"
CLAUSE_END = "，,。；;！!？?：:\n"
QUOTE_OPEN = "“「『\""
QUOTE_CLOSE = "”」』\""
# a year at the start of a clause ("2023年，…", "据悉，2024年番禺…", "到2025年")
RE_YEAR_CLAUSE = re.compile(r"(?:^|[，,。；;：:\n、])[ \u3000]*(?:到|至)?(20\d\d)年(?!度)")
RE_DATE_LINE = re.compile(r"(20\d\d)年\d{1,2}月\d{1,2}日在")
RE_YEAR = re.compile(r"(?<![到至])(20\d\d)年(?!度|前|底前|以前)")
# a heading: a short line with no full stop; its words set the direction of its section
HEAD_FORWARD = re.compile(alternation(_WORDS, "heading_forward"))
HEAD_BACKWARD = re.compile(alternation(_WORDS, "heading_backward"))
RE_HEADING = re.compile(r"【([^】]{1,20})】")
# a part of the document: 一、…, 第二部分…, a 【…】 heading at the start of a line. A part whose
# heading looks back (一、2023年工作回顾) is the review of the past year as a whole: results,
# whatever its sentences say (预计 gives expected full-year figures, 将 what a finished
# project will do); it ends at the next part or at a heading that looks forward
RE_PART = re.compile(r"[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}部分|【)")
# the head of a long line that starts with a part number: up to its first punctuation
RE_HEAD_OF_LINE = re.compile(r"[^。！？!?；;，,：:]{1,40}")
# a paragraph that opens the plan where no heading does (2020年是…, 今年…, 新的一年…)
RE_PLAN_OPENER = re.compile(r"(?:各位代表[，,：:！!]?)?(?:(?P<year>20\d\d)年(?!以来|来|度|底|末)|"
                            r"今年(?!以来|来)|新的一年|明年|展望|主要预期目标)")
# an unnumbered heading line that opens a review part by itself (过去一年工作回顾)
RE_REVIEW_HEADING = re.compile(alternation(_WORDS, "review_heading"))
RE_TITLE = re.compile(alternation(_WORDS, "title_words"))
RE_LEAD = re.compile(rf"[ \u3000]*(?:{alternation(_WORDS, 'lead_words')})[，,]?")
RE_QTY_SUFFIX = re.compile(alternation(_WORDS, "quantity_suffixes"))
QUOTE_SPEECH_MIN = 20
# a numbered item of a work plan: （四）…, 4.…, 四是… - a new point, in its section's direction
RE_ITEM = re.compile(r"[ \u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|"
                     r"[0-9]{1,2}[.．、](?![0-9]))")
# a sum that describes something (总投资45亿元的…项目, 规模10亿元的基金, 1亿元以上的项目) is an
# attribute, not a goal; a sum that the clause grants (给予500万元奖励, 最高补贴3000万元) is a
# policy's scale, not a goal either
RE_ATTRIBUTE_AFTER = re.compile(r"(?:以上|以下|左右|以内)?(?:的|项目|企业)")  # 10亿元以上项目30个
RE_POLICY = re.compile(alternation(_WORDS, "policy_words"))
SKIP_BEFORE = lexicon(_WORDS, "skip_before")
NOT_GOAL_AFTER = re.compile(alternation(_WORDS, "not_goal_after"))
RE_FRAME = re.compile(alternation(_WORDS, "frame_after"))
RE_LISTED_PROJECT = re.compile(alternation(_WORDS, "listed_project"))
CAPACITY_UNITS = lexicon(_WORDS, "capacity_units")
RULE_NAMES_AFTER_XIANG = lexicon(_WORDS, "rule_names_after_xiang")
RE_TRIGGER = re.compile(alternation(_WORDS, "triggers"))
RE_CONFIDENT = re.compile(alternation(_WORDS, "confident_triggers"))


def _quantity(num: str) -> int | float | None:
    """The number of a quantity as running text writes it (百家 100, 三五家 5, 三点五 3.5):
    a float where it has a decimal point, else an int; None if it is no numeral."""
    try:
        value = parse_number(num, colloquial=True)
    except ValueError:
        return None
    return float(value) if "." in num or "点" in num else int(value)


def _quoted_mask(text: str) -> list[bool]:
    """True inside short quotations (names, slogans: “十四五”, “一件事一次办”); a long
    quotation with clause punctuation is reported speech (an official's words in a press
    write-up), whose goals are goals like any other."""
    mask = [False] * len(text)
    depth = 0
    opened = -1
    for i, ch in enumerate(text):
        if ch in "“「『":
            if depth == 0:
                opened = i
            depth += 1
        elif ch in "”」』" and depth:
            depth -= 1
            if depth == 0 and opened >= 0:
                inner = text[opened + 1:i]
                if not (len(inner) > QUOTE_SPEECH_MIN and any(c in inner for c in "，,。！？!?；;")):
                    for k in range(opened + 1, i):
                        mask[k] = True
            continue
        elif ch == "\n":
            depth = 0
    return mask


def _closed(text: str, start: int, qs: int) -> bool:
    """Does a quotation opened at ``start`` close before the quantity at ``qs``?"""
    return any(c in QUOTE_CLOSE for c in text[start + 1:qs])


class TargetSuggester:
    name = "target"
    labels = ("TARGET",)

    def _future_year(self, text: str) -> int | None:
        """The year the text plans for: that of a report's date line (——2015年1月21日在…大会上:
        a report given in 2015 plans for 2015, whatever later deadlines it names), else the
        latest year it names, leaving out deadlines (到2025年, 2025年前) and award years
        (2021年度); None if it names only one year."""
        m = RE_DATE_LINE.search(text, 0, 400)
        if m:
            return int(m.group(1))
        years = sorted({int(y) for y in RE_YEAR.findall(text)})
        return years[-1] if len(years) >= 2 else None

    @staticmethod
    def _forward_before(text: str, pos: int) -> bool:
        """A forward marker (力争, 将, 到20xx年 …) earlier in the same sentence."""
        k = pos
        while k > 0 and text[k - 1] not in SENT_END:
            k -= 1
        return bool(RE_FORWARD_IN_SENTENCE.search(text[k:pos]))

    @staticmethod
    def _heading_state(h: str, future: int | None) -> int:
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

    @staticmethod
    def _opens_plan(line: str, future: int | None) -> bool:
        """Does a paragraph open with the year planned for (2020年是…, 今年…, 新的一年…)?"""
        m = RE_PLAN_OPENER.match(line)
        if not m:
            return False
        return m.group("year") is None or (future is not None and int(m.group("year")) >= future)

    @staticmethod
    def _part_state(h: str, hs: int) -> int:
        """The direction of a part of the document from its heading ``h`` (direction ``hs``):
        a review only where its words say so (工作回顾, 过去五年), not by its year alone."""
        if hs < 0:
            return -1 if HEAD_BACKWARD.search(h) else 0
        return hs

    @staticmethod
    def _part_at(parts: list[tuple[int, int]], pos: int) -> int:
        """The direction of the part of the document that holds ``pos``."""
        i = bisect.bisect_right(parts, (pos, 2)) - 1
        return parts[i][1] if i >= 0 else 0

    def suggest(self, text: str) -> list[Suggestion]:
        if not text:
            return []
        future = self._future_year(text)
        quoted = _quoted_mask(text)
        headings: list[tuple[int, int]] = []
        # (position, direction of the part that starts there: -1 a review, by its words;
        # +1 a plan; 0 neither)
        parts: list[tuple[int, int]] = []
        for m in RE_HEADING.finditer(text):
            hs = self._heading_state(m.group(1), future)
            headings.append((m.start(), hs))
            if m.start() == 0 or text[m.start() - 1] == "\n":
                parts.append((m.start(), self._part_state(m.group(1), hs)))
        pos = 0
        last_part = 0
        while pos < len(text):
            pend = text.find("\n", pos)
            pend = len(text) if pend < 0 else pend
            line = text[pos:pend].strip()
            if line.startswith("【"):
                hm = RE_HEADING.match(line)
                if hm:
                    last_part = self._part_state(hm.group(1), self._heading_state(hm.group(1), future))
            elif 0 < len(line) <= 40 and not any(c in line for c in "。！？!?；;【") \
                    and not RE_QTY.search(line):
                hs = self._heading_state(line, future)
                if RE_PART.match(line):
                    if hs == 0 and last_part < 0:
                        hs = 1  # 二、… after 一、…工作回顾: a report turns from its review to its plans
                    last_part = self._part_state(line, hs)
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
                head = RE_HEAD_OF_LINE.match(line).group()
                hs = self._heading_state(head, future)
                if hs == 0 and last_part < 0:
                    hs = 1
                last_part = self._part_state(head, hs)
                parts.append((pos, last_part))
                headings.append((pos, hs))
            elif last_part < 0 and self._opens_plan(line, future):
                # a review part whose plan has no heading of its own ends where the plan year
                # opens a paragraph (2020年是…, 今年是…, 新的一年…)
                last_part = 1
                parts.append((pos, 1))
                headings.append((pos, 1))
            pos = pend + 1
        headings.sort()
        parts.sort()
        # markers: position -> +1 (forward) / -1 (backward)
        marks: list[tuple[int, int]] = []
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
            weak = m.group() in WEAK_FORWARD and self._part_at(parts, m.start()) <= 0
            marks.append((m.start(), WEAK if weak else 1))  # in a plan part 预计 is forward
        for m in BACKWARD.finditer(text):
            if m.group() == "累计" and (self._forward_before(text, m.start())
                                      or self._part_at(parts, m.start()) > 0):
                continue  # 力争到2025年…，累计新增就业12万人: a total still to be reached
            if m.group() in ("上年", "去年") and text[m.start() - 1:m.start()] in ("比", "较"):
                continue  # 比上年增长7%: the base of a comparison, in a plan as in a review
            marks.append((m.start(), -1))
        if "明年" not in text:
            for m in THIS_YEAR.finditer(text):
                marks.append((m.start(), 1))
        for m in RE_YEAR_CLAUSE.finditer(text):
            y = int(m.group(1))
            if future is not None:
                marks.append((m.start(1), 1 if y >= future else -1))
        marks.sort()

        out: list[Suggestion] = []
        # direction: -1 back, 0 unknown, +1 forward. A heading that names a direction sets it
        # for its section. A paragraph starts in its section's direction, except that a review
        # goes on: after a paragraph that ended looking back, the next one (with no heading
        # of its own) looks back too (过去一年 opens a review of several paragraphs); not so
        # in a part of the document headed as a plan, where each paragraph starts afresh.
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
                state = section  # otherwise a review goes on; a numbered item starts afresh
            # sentences of the paragraph
            s = pos
            while s < pend:
                e = s
                while e < pend and text[e] not in SENT_END:
                    e += 1
                state = self._sentence(text, s, e, state, marks, quoted, out)
                s = e + 1
            pos = pend + 1
        return out

    def _sentence(self, text, s, e, state, marks, quoted, out) -> int:
        lo = bisect.bisect_left(marks, (s, -2))
        hi = bisect.bisect_left(marks, (e, -2), lo)
        sent_marks = marks[lo:hi]
        for m in self._quantities(text, s, e):
            qs = m.start()
            cur = state
            for p, v in sent_marks:
                if p < qs:
                    cur = (cur if cur < 0 else 1) if v == WEAK else v
            if cur <= 0 or quoted[qs]:
                continue
            num, unit = m.group("num"), m.group("unit")
            if unit == "期" or (unit == "个" and num == "一"):
                continue
            prev = text[max(s, qs - 2):qs]
            if prev and (prev[-1].isdigit() or prev[-1] in ".年月日第" or SKIP_BEFORE.ends(prev)):
                continue
            if num == "一" and len(prev) == 2 and prev[0] == "不":
                continue  # 不漏一村、不落一人: not a single one, no count
            if unit == "元" and len(num) == 1 and num != "十":
                continue  # 三元锂电池, 一元化: a lone Chinese digit before 元 is no sum
            if NOT_GOAL_AFTER.match(text, m.end()):
                continue
            if m.end() < len(text) and text[m.end()] in "年月日":
                continue
            cl = qs
            while cl > s and text[cl - 1] not in CLAUSE_END:
                cl -= 1
            if "已" in text[cl:qs]:
                continue  # 已有的116个… is what exists, not a goal
            if unit == "项" and text[m.end():m.end() + 2] in RULE_NAMES_AFTER_XIANG:
                continue  # 八项规定 and the like are names of rules
            if unit.endswith("元") and RE_ATTRIBUTE_AFTER.match(text, m.end()):
                continue
            ce = m.end()
            while ce < e and text[ce] not in CLAUSE_END:
                ce += 1
            if (unit.endswith("元") or unit in ("%", "％")) and RE_POLICY.search(text, cl, ce):
                continue
            if text[cl] == "以" and RE_FRAME.search(text, m.end(), ce):
                continue  # 以…等八个领域为重点
            if unit in CAPACITY_UNITS and RE_LISTED_PROJECT.search(text, m.end(), ce):
                continue  # 张家川500万吨机制砂产业园、…等项目: part of a project's name
            if unit == "次" and text[m.end():m.end() + 1] == "性":
                continue  # 一次性支持
            rm = RE_RANGE_BEFORE.search(text, max(cl, qs - 8), qs)
            value = _quantity(rm.group(1) if rm else num) if num else 1
            if value is None or value == 0:
                continue
            if unit == "万":
                unit = "万人"  # 2.09万贫困人口
            sg = self._span(text, s, e, m, value, unit, out)
            if sg is not None:
                out.append(sg)
        for _, v in sent_marks:
            state = (state if state < 0 else 1) if v == WEAK else v
        return state

    @staticmethod
    def _quantities(text, s, e):
        """The quantities of ``text[s:e]`` in text order: a number with its unit, and scale
        goals (千亿级, 万亿台阶) where no such number starts (千亿元级 is a scale, not 千亿元)."""
        qty = [m for m in RE_QTY.finditer(text, s, e) if text[m.end():m.end() + 1] != "级"]
        if "亿" not in text[s:e]:
            return qty
        taken = {m.start() for m in qty}
        scales = [m for m in RE_SCALE.finditer(text, s, e) if m.start() not in taken]
        return sorted(qty + scales, key=lambda m: m.start()) if scales else qty

    def _span(self, text, s, e, m, value, unit, out):
        qs, qe = m.start(), m.end()
        # clause around the quantity
        cs = qs
        while cs > s and text[cs - 1] not in CLAUSE_END:
            cs -= 1
        ce = qe
        while ce < e and text[ce] not in CLAUSE_END:
            ce += 1
        # an earlier target in this clause joined by 、/及: this one starts at its number
        # ``out`` is in text order, so only its tail can lie in this clause: looking back from
        # the end keeps a long document linear (a scan of all of ``out`` made it quadratic)
        last_at = None
        for i in range(len(out) - 1, -1, -1):
            x = out[i]
            if x.start < cs:
                break
            if x.end <= ce + 1 and x.start < qs:
                last_at = i
                break
        if last_at is not None:
            last = out[last_at]
            if last.end > qs:
                joint = self._joint(text, last.start, qs)
                if joint < 0 or joint <= last.start:
                    return None  # a second quantity in the same clause (…367个…2331亿元)
                out[last_at] = self._make(text, last.start, joint, last.value, last.reason)
            jt = self._joint(text, last.start, qs)
            if jt < last.start:
                return None
            start = jt + 1  # the item after the joint: 100家限上批发企业, 协议投资500亿元
        else:
            start = cs
            while start < qs and text[start] in QUOTE_OPEN and not _closed(text, start, qs):
                start += 1  # reported speech: “我们今年要…; a name (“个转企”550户) keeps its quotes
            k = text.rfind("将", cs, qs)
            if k >= 0:
                start = k + 1
            # 、 inside the object (钟宅、钟山学校等17个…) keeps the clause start; a time or
            # scope word before the verb (全年安排…, 全区地区生产总值…) stays outside
            while True:
                lm = RE_LEAD.match(text, start, qs)
                if not lm or lm.end() >= qs:
                    break
                start = lm.end()
        end = ce
        if unit.endswith("元") and not any(c in "、及" for c in text[qe:ce]):
            end = qe  # a sum ends the clause's target: 安排资金4.2亿元(，用于…)
            sm = RE_QTY_SUFFIX.match(text, qe, ce)
            if sm:
                end = sm.end()  # 36亿元以上
        k = text.find("、", qe, end)
        if k >= 0:
            end = k  # the next item of a 、 list is an object of its own
        # cut at the next 、/及 that introduces another quantity
        for j in range(qe, end):
            if text[j] in "、及和" and RE_QTY.match(text, j + 1) or (
                    text[j] in "、及" and re.match(r"[^，,。；;、]{0,12}?等?" + NUM, text[j + 1:ce])
                    and RE_QTY.search(text, j + 1, ce)):
                end = j
                break
        while start < end and text[start] in " \u3000“「『\"" and not _closed(text, start, qs):
            start += 1
        if end <= start:
            return None
        why = "target: " + (self._trigger(text, start, qs) or "forward context") + f" + {m.group()}"
        return self._make(text, start, end, {"quantity": value, "unit": unit}, why)

    @staticmethod
    def _joint(text, start, qs):
        """Where the item of the quantity at ``qs`` begins after an earlier one from ``start``:
        the last 、 or 及 between them, or a 和 right before the number (分别增长5%和8%左右);
        -1 if none."""
        if text[qs - 1] == "和" and qs - 1 > start:
            return qs - 1
        return max(text.rfind("、", start, qs), text.rfind("及", start, qs))

    @staticmethod
    def _trigger(text, start, qs):
        m = RE_TRIGGER.search(text[start:qs])
        return m.group() if m else ""

    def _make(self, text, start, end, value, why):
        conf = 0.75 if RE_CONFIDENT.search(why) else 0.6
        return Suggestion(start=start, end=end, label="TARGET", text=text[start:end], value=value,
                          confidence=conf, reason=why, origin=self.name)

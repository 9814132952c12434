"""TARGET: the span of one goal around its quantity - its clause, from after 将 or a lead word
(全年, 全区 …) or, for the later items of a 、/及 list, from its number, up to the next item or,
for a sum, the sum itself."""
from __future__ import annotations

import re
from typing import Any

from annotator.core.models import Suggestion
from annotator.core.suggest.target.words import (
    CLAUSE_END,
    NUM,
    QUOTE_OPEN,
    RE_CONFIDENT,
    RE_ITEM,
    RE_LEAD,
    RE_QTY,
    RE_QTY_SUFFIX,
    RE_TRIGGER,
    closed,
)


def span(text: str, s: int, e: int, m: re.Match[str], value: int | float, unit: str,
         out: list[Suggestion], origin: str) -> Suggestion | None:
    """The goal of the quantity ``m`` in the sentence ``text[s:e]``, or None; an earlier goal
    of ``out`` in the same clause may be cut short at the joint of the two."""
    qs, qe = m.start(), m.end()
    # clause around the quantity
    cs = qs
    while cs > s and text[cs - 1] not in CLAUSE_END:
        cs -= 1
    ce = qe
    while ce < e and text[ce] not in CLAUSE_END:
        ce += 1
    start = _start(text, cs, ce, qs, out, origin)
    if start is None:
        return None
    end = _end(text, qe, ce, unit)
    while start < end and text[start] in " \u3000“「『\"" and not closed(text, start, qs):
        start += 1
    if end <= start:
        return None
    why = "target: " + (trigger(text, start, qs) or "forward context") + f" + {m.group()}"
    return make(text, start, end, {"quantity": value, "unit": unit}, why, origin)


def _start(text: str, cs: int, ce: int, qs: int, out: list[Suggestion], origin: str) -> int | None:
    """Where the goal of the quantity at ``qs`` starts in its clause ``cs:ce``; None where it
    is a second quantity of an earlier goal."""
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
    if last_at is None:
        start = cs
        while start < qs and text[start] in QUOTE_OPEN and not closed(text, start, qs):
            start += 1  # reported speech: “我们今年要…; a name (“个转企”550户) keeps its quotes
        im = RE_ITEM.match(text, start, qs)
        if im:
            start = im.end()  # 1.新建学校5所, 一是…: the item's number stays outside
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
        return start
    last = out[last_at]
    if last.end > qs:
        at = joint(text, last.start, qs)
        if at < 0 or at <= last.start:
            return None  # a second quantity in the same clause (…367个…2331亿元)
        out[last_at] = make(text, last.start, at, last.value, last.reason, origin)
    jt = joint(text, last.start, qs)
    if jt < last.start:
        return None
    return jt + 1  # the item after the joint: 100家限上批发企业, 协议投资500亿元


_RANGE_SEPARATORS = "至到~～-－—"


def _end(text: str, qe: int, ce: int, unit: str) -> int:
    """Where the goal of the quantity ending at ``qe`` ends in its clause (ending at ``ce``)."""
    end = ce
    if unit.endswith("元") and not any(c in "、及" for c in text[qe:ce]):
        end = qe  # a sum ends the clause's target: 安排资金4.2亿元(，用于…)
        rm = RE_QTY.match(text, qe + 1, ce) if qe < ce and text[qe] in _RANGE_SEPARATORS else None
        if rm is not None and rm.group("unit").endswith("元"):
            end = qe = rm.end()  # the upper end of a range of money: 完成投资1000万元至2000万元
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
    return end


def joint(text: str, start: int, qs: int) -> int:
    """Where the item of the quantity at ``qs`` begins after an earlier one from ``start``:
    the last 、 or 及 between them, or a 和 right before the number (分别增长5%和8%左右);
    -1 if none."""
    if text[qs - 1] == "和" and qs - 1 > start:
        return qs - 1
    return max(text.rfind("、", start, qs), text.rfind("及", start, qs))


def trigger(text: str, start: int, qs: int) -> str:
    m = RE_TRIGGER.search(text[start:qs])
    return m.group() if m else ""


def make(text: str, start: int, end: int, value: dict[str, Any], why: str, origin: str) -> Suggestion:
    conf = 0.75 if RE_CONFIDENT.search(why) else 0.6
    return Suggestion(start=start, end=end, label="TARGET", text=text[start:end], value=value,
                      confidence=conf, reason=why, origin=origin)

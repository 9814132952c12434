"""What the rules propose, and how their proposals become suggestions: the longest first,
no two overlapping, and a name right after another one joined to it."""
from __future__ import annotations

import bisect
from typing import NamedTuple

from annotator.core.models import Suggestion
from annotator.core.suggest.project.words import (
    BODIES,
    DESIGNATION_LEVELS,
    DESIGNATION_PREFIXES,
    QUOTE_PAIRS,
    RE_BATCH,
    RE_CAMPAIGN_AFTER,
    RE_COUNT_AFTER,
    RE_COUNT_BEFORE,
    RE_DESIGNATED,
    RE_NUMBERED_LABEL,
    RE_PARTY_BEFORE,
    RE_PHASE_ONLY,
    RE_REPORT_TITLE,
    RE_SET_AFTER,
    RE_SET_LABEL,
    RE_SLOGAN_AFTER,
    RE_SUPERLATIVE,
    RE_TITLE_AFTER,
    VAGUE_COUNTS,
    HeadWords,
)

LABEL = "PROJECT"
PLACE_AROUND = ("沿线", "两侧", "周边", "一带", "沿岸")


class Candidate(NamedTuple):
    start: int
    end: int
    confidence: float
    reason: str


def is_generic(res: HeadWords, name: str, text: str, start: int, end: int) -> bool:
    """A phrase of the stop list, a meeting or body, a designation (国家级…), or a kind that is
    counted (6个…项目, 一批…项目): no name."""
    bare = name.strip("“”\"「」『』‘’")
    if name in res.stop or bare in res.stop:
        return True
    if bare.endswith(("工程", "项目")) and bare[:-2] in res.stop:
        return True  # 老旧小区改造工程: a generic kind of work with a head
    if BODIES.ends(bare):
        return True  # meetings and bodies, not events
    if DESIGNATION_PREFIXES.starts(bare) and not name.startswith(tuple(QUOTE_PAIRS)):
        return True
    if any(level in bare for level in DESIGNATION_LEVELS.words):
        return True  # 浙江省级旅游度假区: a designation
    if name[:1] in QUOTE_PAIRS and (name.endswith("项目") or RE_SET_LABEL.match(name)):
        return True  # “开门红”项目, “三个清单”项目: a class of projects; “六项行动”: a set
    before = text[max(0, start - 6):start]
    if name[:1] in QUOTE_PAIRS and _campaign(name, text, start):
        return True
    if before.endswith("的") and RE_SUPERLATIVE.search(before):
        return True  # 全国最大的…生产基地: a description, not a name
    if name[:1] in QUOTE_PAIRS and before.endswith(("全国", "国家", "全省", "省级", "国家级")):
        return True  # 全国“两山”实践创新基地: a designation
    if _titled(text, bare, start, end):
        return True
    if RE_PHASE_ONLY.match(bare):
        return True  # 启动二期、三期项目: a phase of something named before
    if RE_COUNT_BEFORE.search(before) or VAGUE_COUNTS.ends(before):
        return True
    if RE_COUNT_AFTER.match(text[end:end + 6]):
        return True
    if text.startswith(PLACE_AROUND, end):
        return True  # 紫霄大道沿线, 高铁站周边: a place along or around it, not the thing
    return False


def _titled(text: str, bare: str, start: int, end: int) -> bool:
    """A title conferred (荣获…模范城, “…制造基地”等称号, “第三批…示范基地”), a slogan
    (“科教新区、山水瓯海”战略) or the author of a report (湖南湘江新区2024年工作报告)."""
    # the quotation around a name inside it (“[…基地]”等称号) stands between it and its context
    outer_start = start - 1 if text[start - 1:start] in QUOTE_PAIRS else start
    outer_end = end + 1 if text[end:end + 1] in "”\"」』’" else end
    return (RE_TITLE_AFTER.match(text, outer_end) is not None or RE_BATCH.match(bare) is not None
            or RE_DESIGNATED.search(text, max(0, outer_start - 12), outer_start) is not None
            or _in_slogan(text, start, end) or RE_REPORT_TITLE.match(text, end) is not None)


def _in_slogan(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a quotation, or inside one, that a slogan's word follows (”战略)?"""
    if text[end - 1:end] in "”\"」』":
        return RE_SLOGAN_AFTER.match(text, end - 1) is not None
    opening = text.rfind("“", max(0, start - 30), start + 1)
    if opening < 0 or text.find("”", opening, start) >= 0:
        return False
    closing = text.find("”", end, end + 30)
    if closing >= 0 and "、" in text[opening:closing]:
        return True  # “修机场、造海港、通高铁”, “健康活力新城、美丽幸福清徐”: slogans
    return closing >= 0 and RE_SLOGAN_AFTER.match(text, closing) is not None


def _campaign(name: str, text: str, start: int) -> bool:
    """A quoted theme year (“重点项目突破年”行动), a campaign of the Party's committees (省委
    “…”行动), a numbered set named after its quotation (“…”八大行动), or a campaign named by
    a short numbered label (“四强”行动, “五比”活动, “485”行动)."""
    close = max(name.rfind(q) for q in QUOTE_PAIRS.values())
    inner = name[1:close] if close > 0 else name[1:]
    if inner.endswith("年"):
        return True
    if close > 0 and RE_CAMPAIGN_AFTER.match(text, start + close + 1) is not None and (
            "、" in inner or (len(inner) <= 5 and RE_NUMBERED_LABEL.match(inner))):
        return True
    if RE_PARTY_BEFORE.search(text, max(0, start - 8), start):
        return True
    return close > 0 and RE_SET_AFTER.match(name, close + 1) is not None


def choose(text: str, cands: list[Candidate], origin: str) -> list[Suggestion]:
    """Longest first, no two overlapping spans; then a name right after another one is made
    part of it (成都医学城 + 三医创新中心)."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.confidence, c.start))
    starts: list[int] = []  # taken spans, sorted and disjoint
    ends: list[int] = []
    result = []
    for s, e, conf, why in cands:
        k = bisect.bisect_right(starts, s)
        if (k > 0 and ends[k - 1] > s) or (k < len(starts) and starts[k] < e):
            continue
        starts.insert(k, s)
        ends.insert(k, e)
        result.append(Suggestion(start=s, end=e, label=LABEL, text=text[s:e], value={},
                                 confidence=conf, reason=why, origin=origin))
    result.sort(key=lambda x: x.start)
    merged: list[Suggestion] = []
    for sg in result:
        if merged and merged[-1].end == sg.start and text[sg.start] not in QUOTE_PAIRS:
            prev = merged.pop()
            sg = Suggestion(start=prev.start, end=sg.end, label=LABEL,
                            text=text[prev.start:sg.end], value={},
                            confidence=max(prev.confidence, sg.confidence),
                            reason=prev.reason + " + " + sg.reason, origin=origin)
        merged.append(sg)
    return merged

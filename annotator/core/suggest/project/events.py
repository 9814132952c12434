"""The event rule: what a hosting verb is followed by, up to an event's head word, is the
event's name (成功举办鼓文化节, 承办十七届省运会, 举办第十五届亚洲跳伞锦标赛暨中国公开赛,
成功承办亚太经合组织首次高官会议和…部长级会议). The edition (首届, 第十五届, 2020年) stays
outside, as the guide's convention is; items joined by 、, 和 or 及 are events each, 暨 joins
two names of one. Meetings need a proper name (not 城市发展推介会); kinds of events (各类,
全国性, 重大…) and descriptions (…的) are no names.

Expos are known by a character or two and 博会, 洽会 or 贸会 (玉博会、药博会、香博会亮点纷呈,
参加进博会、服贸会): such a word is an event's name wherever it stands as a word of its own,
hosted or not (:func:`abbreviated_events`)."""
from __future__ import annotations

import re

from annotator.core.suggest import segment
from annotator.core.suggest.project.candidates import Candidate
from annotator.core.suggest.project.tokens import evidence
from annotator.core.suggest.project.words import (
    EVENT_HEADS,
    EVENT_HOSTS,
    EVENT_NEED_A_NAME,
    EVENT_NOT_NAMES,
)

RE_HOST = re.compile(f"(?:{EVENT_HOSTS.pattern()})了?")
RE_CLAUSE_END = re.compile(r"[，,。；;：:！!？?\n]")
RE_HEAD = re.compile("|".join(map(re.escape, sorted(EVENT_HEADS.words, key=len, reverse=True))))
# an edition or a year before the name: 首届, 第十五届, 十七届, 2020年(第二届)
RE_EDITION = re.compile(r"(?:[0-9]{4}年)?(?:首届|第?[0-9一二三四五六七八九十百]+届)?")
RE_ABBREVIATION = re.compile(r"[（(][A-Za-z]{2,8}[)）]")  # 世界飞行者大会(WFE)
ITEM_BREAKS = "、和及与"
MAX_NAME = 24
RE_SHORT_EXPO = re.compile("博会|洽会|贸会")  # no other word ends so: 交会 is also a crossing
SHORT_EXPO_BEFORE = ("参加", "参展", "借助", "依托", "利用", "组织", "亮相", "届")
NOT_A_SHORT_NAME = frozenset("在于对向从把被将为和与及的了是或其该本各此每")  # 在博会…: no expo


def event_candidates(text: str, out: list[Candidate]) -> None:
    for m in RE_HOST.finditer(text):
        end = RE_CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        pos = m.end()
        while pos < stop:
            pos = _item(text, pos, stop, out)


def abbreviated_events(text: str, out: list[Candidate]) -> None:
    """A word of one or two characters and 博会/洽会/贸会, after a break, a list's 、和及与, an
    edition (第三届) or a verb that hosts or attends it."""
    for m in RE_SHORT_EXPO.finditer(text):
        for size in (1, 2):
            start = m.start() - size
            if start < 0 or text[start] in NOT_A_SHORT_NAME \
                    or not all("\u4e00" <= c <= "\u9fff" for c in text[start:m.start()]):
                break
            before = text[start - 1] if start else ""
            if (not before or not "\u4e00" <= before <= "\u9fff" or before in ITEM_BREAKS
                    or any(text.endswith(v, 0, start) for v in (*EVENT_HOSTS.words, *SHORT_EXPO_BEFORE))):
                out.append(Candidate(start, m.end(), 0.6, f"project: expo known as {text[start:m.end()]}"))
                break


def _item(text: str, pos: int, stop: int, out: list[Candidate]) -> int:
    """Propose the event named from ``pos`` on; where the next item starts (``stop``: none)."""
    cut = next((k for k in range(pos, min(stop, pos + MAX_NAME + 8)) if text[k] in ITEM_BREAKS),
               stop)
    start = RE_EDITION.match(text, pos).end()  # type: ignore[union-attr]
    head = _last_head(text, start, cut)
    if head is None:
        return stop
    he = head.end()
    while text.startswith("暨", he):  # 锦标赛暨中国公开赛: one event, two names
        nxt = _last_head(text, he + 1, cut)
        if nxt is None:
            break
        he = nxt.end()
    ab = RE_ABBREVIATION.match(text, he)
    if ab is not None:
        he = ab.end()
    if _a_name(text, start, head):
        out.append(Candidate(start, he, 0.7, f"project: event hosted ({head.group()})"))
    return cut + 1 if cut < stop and cut <= he + 1 else stop


def _last_head(text: str, start: int, cut: int) -> re.Match[str] | None:
    """The first head word in text[start:cut] that ends a word of the segmentation."""
    if cut - start > MAX_NAME:
        cut = start + MAX_NAME
    ends = None
    for m in RE_HEAD.finditer(text, start, cut):
        if m.start() == start:
            continue  # no name before the head
        if ends is None:
            ends = {t.end for t in segment.tokens(text[start:cut + 2], start)}
        if m.end() in ends:
            return m
    return None


def _a_name(text: str, start: int, head: re.Match[str]) -> bool:
    name = text[start:head.start()]
    if "的" in name or any(w in name for w in EVENT_NOT_NAMES.words) or not name.strip():
        return False
    if any(c.isspace() or not c.isalnum() for c in name if c not in "—-·"):
        return False  # punctuation or quotes inside: the quote rule's, or no name
    if head.group() in EVENT_NEED_A_NAME:
        toks = segment.tokens(name, start)
        return evidence(toks, 0, len(toks))
    return True

"""The route rule: metro and rail lines by their number (地铁22号线北延段, 轨道交通3号线一期),
with the city before them where one stands there (广州地铁22号线); expressways and
high-speed rail by the abbreviation of the places they join (阳蟒高速, 西十高铁, 十巫南高速,
天平高速天水段), national or provincial roads by number (209国道垭子至大川段,
国道342晋城市过境段改线): with a section (…段), a phase (一期) and the works on it (…改扩建);
and a road between two places by its kind (庙坪至双河公路, 县城至火德红、龙树至水磨三级公路)."""
from __future__ import annotations

import re

from annotator.core.suggest import segment
from annotator.core.suggest.project.candidates import Candidate
from annotator.core.suggest.project.clauses import Clauses
from annotator.core.suggest.project.tokens import Tokens
from annotator.core.suggest.project.words import (
    CLAUSE_BREAK,
    FRAGMENT_BREAKS,
    GOVERNING,
    PROPER_TAGS,
    RAIL_KINDS,
    ROAD_NOT_AFTER,
    ROAD_WORKS,
    is_cjk,
)

RE_LINE = re.compile(f"(?:{RAIL_KINDS.pattern()})"
                     r"(?:[0-9]+|[一二三四五六七八九十]+)号线"
                     r"(?:[一二三四五六七八九十]期(?:工程)?|[东南西北]延(?:长)?(?:段|线)|支线)?")
RE_ROAD_HEAD = re.compile("高速(?!公路)|高铁")
RE_NUMBERED_ROAD = re.compile(r"[GS]?[0-9]{2,4}(?:国道|省道)|(?:国道|省道)[GS]?[0-9]{2,4}")
# a national or provincial road by its code and what it is (G350城区连接线, S20长丰至固始高速公路,
# G328一级公路), with its section in brackets (…高速公路（霍邱至皖豫省界段）)
RE_CODED_ROAD = re.compile(r"(?<![A-Za-z0-9])[GSgs][0-9]{1,4}(?![0-9])[\u4e00-\u9fff]{0,12}?"
                           r"(?:高速公路|一级公路|二级公路|公路|连接线|快速路|高速|大道)"
                           r"(?:[（(][\u4e00-\u9fff]{2,12}段[）)])?")
# after the road: its section (天水段, 马边至昭觉段, 垭子至大川段, 晋城市过境段), its phase
RE_SECTION = re.compile(r"[\u4e00-\u9fff]{2,5}(?:至[\u4e00-\u9fff]{2,4})?段|[一二三四]期")
RE_WORKS = re.compile(f"(?:{ROAD_WORKS.pattern()})")
# a road between two places by its kind: 庙坪至双河公路, 水磨至梭山三级公路(项目)
RE_TO_ROAD = re.compile(r"至[\u4e00-\u9fff]{2,5}?(?:[一二三四]级)?(?:高速公路|公路|铁路|快速路)(?:项目|工程)?")
RE_TO_ITEM = re.compile(r"[\u4e00-\u9fff]{2,5}至[\u4e00-\u9fff]{2,5}$")  # 县城至火德红(、)
PLACE_TAGS = PROPER_TAGS | {"n", "j", "s"}
MAX_PLACE = 5
# one-character words that are no piece of an abbreviation (function words, adverbs)
NOT_PIECE_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "y", "e", "o"}
MAX_ABBREVIATION = 5


def route_candidates(text: str, clauses: Clauses, out: list[Candidate]) -> None:
    if "号线" in text:
        for m in RE_LINE.finditer(text):
            a = m.start()
            before = segment.tokens(text[max(0, a - 8):a], max(0, a - 8))
            if before and before[-1].tag == "ns":
                a = before[-1].start  # 广州地铁22号线
            out.append(Candidate(a, m.end(), 0.7, "project: metro or rail line"))
    if "高" in text:
        for m in RE_ROAD_HEAD.finditer(text):
            _abbreviated_road(text, clauses, m.start(), m.end(), out)
    for m in RE_CODED_ROAD.finditer(text):
        end = _right(text, clauses.bounds(m.start(), m.end())[1], m.end())
        if text.startswith(("工程", "项目"), end):
            end += 2
        out.append(Candidate(m.start(), end, 0.65, "project: road by its code"))
    pos = text.find("至")
    while pos > 0:
        _between_places(text, clauses, pos, out)
        pos = text.find("至", pos + 1)
    if "国道" in text or "省道" in text:
        for m in RE_NUMBERED_ROAD.finditer(text):
            end = _right(text, clauses.bounds(m.start(), m.end())[1], m.end())
            out.append(Candidate(m.start(), end, 0.65, "project: road by its number"))


def _right(text: str, ce: int, end: int) -> int:
    """The end of a road's name: its section or phase, then the works on it."""
    sm = RE_SECTION.match(text, end, ce)
    if sm:
        end = sm.end()
    wm = RE_WORKS.match(text, end, ce)
    return wm.end() if wm else end


def _between_places(text: str, clauses: Clauses, pos: int, out: list[Candidate]) -> None:
    """X至Y公路 (庙坪至双河公路, 水磨至梭山三级公路项目): the road between two places, its kind
    shared by a list of such pairs before it (县城至火德红、龙树至水磨三级公路)."""
    m = RE_TO_ROAD.match(text, pos)
    if m is None:
        return
    start = _place_start(text, clauses.start(pos), pos)
    if start is None:
        return
    while text[start - 1:start] == "、" and RE_TO_ITEM.search(text, max(0, start - 12), start - 1):
        k = text.rfind("至", max(0, start - 8), start - 1)
        first = _place_start(text, clauses.start(k), k)
        if first is None:
            break
        start = first
    out.append(Candidate(start, m.end(), 0.65, "project: road between two places"))


def _place_start(text: str, cs: int, pos: int) -> int | None:
    """Where the place before 至 at ``pos`` starts: the nouns and names right before it, two
    to five characters; None where there are none."""
    toks = segment.tokens(text[max(cs, pos - 8):pos], max(cs, pos - 8))
    k = len(toks)
    while k > 0 and toks[k - 1].tag in PLACE_TAGS and toks[k - 1].word not in GOVERNING \
            and all(is_cjk(c) for c in toks[k - 1].word) and pos - toks[k - 1].start <= MAX_PLACE:
        k -= 1
    if k == len(toks) or pos - toks[k].start < 2:
        return None
    return toks[k].start


def _abbreviated_road(text: str, clauses: Clauses, hs: int, he: int, out: list[Candidate]) -> None:
    """XY高速 / XY高铁: X and Y the first characters of two places (cut by jieba into single
    characters or one odd word), or a place and a word (泉州环城高速)."""
    if ROAD_NOT_AFTER.starts(text, he) or text[hs - 1:hs] == "通" or hs < 2:
        return  # 高速发展, 通高速: read before the clause is cut into words
    cs, ce = clauses.bounds(hs, he)
    toks = segment.tokens(text[cs:ce], cs)
    j = next((k for k, t in enumerate(toks) if t.start == hs), None)
    if j is None or toks[j].end != he:
        return  # 高速 inside a longer word
    if j + 1 < len(toks) and toks[j + 1].word in ROAD_NOT_AFTER:
        return  # 高速增长, 高速列车
    k = abbreviation_start(toks, j)
    if k is None:
        return
    end = _right(text, ce, he)
    out.append(Candidate(toks[k].start, end, 0.6, "project: road or rail by its abbreviation"))


def abbreviation_start(toks: Tokens, j: int) -> int | None:
    """The index of the first token of the abbreviation before the head toks[j] (房五 in
    房五高速), or None where the words before it are no such abbreviation."""
    hs, he = toks[j].start, toks[j].end
    k = j
    while k > 0 and he - toks[k - 1].start - 2 <= MAX_ABBREVIATION:
        t = toks[k - 1]
        w = t.word
        if not all(is_cjk(c) for c in w) or w in GOVERNING:
            break
        if len(w) == 1:
            if w in FRAGMENT_BREAKS or t.tag in NOT_PIECE_TAGS:
                break
        elif t.tag not in PROPER_TAGS and not (k == j and len(w) == 2 and (
                k < 2 or _boundary(toks[k - 2]) or toks[k - 2].tag in PROPER_TAGS)):
            break  # a common word: right before the head after a break or a place only
            # (天平高速, 泉州环城高速)
        k -= 1
    if k == j or not 2 <= hs - toks[k].start <= MAX_ABBREVIATION:
        return None
    return k


def _boundary(tok: segment.Token) -> bool:
    """A clause break, a list's 、, a governing word or 的 before a name."""
    return tok.word in GOVERNING or tok.word in ("的", "、") or not CLAUSE_BREAK.isdisjoint(tok.word)

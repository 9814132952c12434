"""The list-mate rule: the items of a 、-list before a name that another rule found are names of
the same kind (确保东实大洋电机、大堰220千伏变电站…; 武当一梦、西关印象、武陵不夜城), and short
items or places with no head of their own share that name's head (深圳、上海离岸科创中心,
华神、三环新能源产线改造, 十堰至西峡、安康天然气管道: one span)."""
from __future__ import annotations

import re

from annotator.core.suggest import segment
from annotator.core.suggest.project.candidates import Candidate, is_generic
from annotator.core.suggest.project.clauses import Clauses
from annotator.core.suggest.project.taken import Taken
from annotator.core.suggest.project.tokens import evidence, single_ok
from annotator.core.suggest.project.walk import walk_left
from annotator.core.suggest.project.words import (
    PLACE_ENDINGS,
    PROPER_TAGS,
    RE_EDITION,
    RE_PHASE,
    HeadWords,
)

MAX_MATE = 14  # characters of an item
SHORT = 2  # an item this short is a piece of a name (华神、三环…)
RE_ROUTE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}")  # 十堰至西峡
PLACE_TAGS = {"ns"}


def mate_candidates(text: str, clauses: Clauses, res: HeadWords, out: list[Candidate]) -> None:
    """Add the mates of every name in ``out`` that a 、 precedes."""
    found = list(out)
    taken = Taken((o.start, o.end) for o in found)
    for c in found:
        if text[c.start - 1:c.start] != "、" or c.reason.startswith("project: listed"):
            continue
        items = _items_before(text, clauses.start(c.start - 1), c.start - 1)
        if not items:
            continue
        if any(PLACE_ENDINGS.ends(text[s:e]) for s, e in items):
            continue  # places (果珠彝族乡、林口彝族苗族乡卫生院): the facility is the last alone
        if all(_shares_head(text, s, e) for s, e in items):
            out.append(Candidate(items[0][0], c.end, c.confidence,
                                 c.reason + ", its head shared by the list before it"))
            continue
        if not all(_is_mate(text, res, s, e) for s, e in items):
            continue
        for s, e in items:
            if not taken.overlaps(s, e):  # (a name found there stands)
                out.append(Candidate(s, e, 0.5, "project: listed beside " + text[c.start:c.end]))


def _is_mate(text: str, res: HeadWords, s: int, e: int) -> bool:
    """A name of its own: a head word at its end or a proper name in it; no phase (二期), no
    place (…县, …镇), nothing generic."""
    name = text[s:e]
    if RE_PHASE.match(name) or PLACE_ENDINGS.ends(name) or is_generic(res, name, text, s, e):
        return False
    toks = segment.tokens(name, s)
    return _ends_in_head(res, name) or evidence(toks, 0, len(toks))


def _items_before(text: str, cs: int, end: int) -> list[tuple[int, int]] | None:
    """The 、-separated items of text[cs:end], the first trimmed where a name would start;
    None where one of them is no name."""
    parts = text[cs:end].split("、")
    spans = []
    pos = cs
    for p in parts:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    s0, e0 = spans[0]
    toks = segment.tokens(text[s0:e0], s0)
    if not toks:
        return None
    i = walk_left(toks, len(toks) - 1, limit_chars=MAX_MATE, lenient=False)
    if i >= len(toks):
        i = len(toks) - 1  # the walk took nothing: the last word alone (a name it stops at)
    spans[0] = (toks[i].start, e0)
    spans = [(em.end() if (em := RE_EDITION.match(text, s, e)) else s, e) for s, e in spans]
    for s, e in spans:
        item = text[s:e]
        if not 2 <= e - s <= MAX_MATE or not all("\u4e00" <= ch <= "\u9fff" or ch.isalnum()
                                                 for ch in item):
            return None
        if "等" in item or "的" in item:
            return None
    return spans


def _shares_head(text: str, s: int, e: int) -> bool:
    """A piece of a name that the name after the list completes: a proper name of two
    characters (华神, 钟宅, 三环), a place (深圳, 霍尔果斯), or a route from one place to another
    (十堰至西峡); not a common word (市场, 运营)."""
    if RE_ROUTE_ITEM.fullmatch(text, s, e):
        return True
    toks = segment.tokens(text[s:e], s)
    if e - s <= SHORT:
        return (len(toks) == 1 and toks[0].tag in PROPER_TAGS) or (
            len(toks) == 2 and all(single_ok(t) or t.tag in PROPER_TAGS for t in toks))
    return all(t.tag in PLACE_TAGS for t in toks)


def _ends_in_head(res: HeadWords, name: str) -> bool:
    return any(name[-k:] in res.heads for k in range(1, min(len(name), 5)))

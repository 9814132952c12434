"""The quotation rule: a quoted name (“…”, "…", 「…」, 『…』) that ends in a head word, a bare
quoted name of a place or platform, or a quotation followed by a short description and a
head word (also 活动, 行动, 计划, 工程). The quotes are part of the span."""
from __future__ import annotations

import re
from collections.abc import Iterator

from annotator.core.suggest import segment
from annotator.core.suggest.project.candidates import Candidate, is_generic
from annotator.core.suggest.project.tokens import evidence
from annotator.core.suggest.project.walk import walk_left
from annotator.core.suggest.project.words import (
    BARE_AFTER,
    BARE_BEFORE,
    BARE_STRONG,
    BARE_SUFFIXES,
    CLAUSE_BREAK,
    EVENT_ENDINGS,
    GOVERNING,
    NOUN_TAGS,
    QUOTE_PAIRS,
    RE_COUNTED_HEAD,
    RE_SET_LABEL,
    HeadWords,
    is_cjk,
)

MAX_QUOTED = 25  # a longer quotation is speech, not a name
COPULAS = frozenset({"是", "就是"})


def quote_candidates(text: str, res: HeadWords, out: list[Candidate]) -> None:
    for a, b in _quotations(text):
        inner = text[a + 1:b]
        if RE_SET_LABEL.match(inner):
            continue  # a numbered set: “六项行动”, “三个清单”项目
        m = _head_at_end(res, inner)
        if m is not None and len(inner) > len(m.group()) \
                and not RE_COUNTED_HEAD.search(inner, 0, m.start()):
            cand = _ends_in_head(text, res, a, b, m)
        elif m is not None and len(inner) > len(m.group()):
            cand = _description_and_head(text, res, a, b)  # “八路一桥一广场”工程, not
            # “一枢纽三基地一中心”: a head counted inside the quotes is no name's head
        elif _bare_name(text, res, a, b):
            cand = Candidate(a, b + 1, 0.65, "project: quoted name of a place or platform")
        else:
            cand = _description_and_head(text, res, a, b)
        if cand is None:
            cand = _named_before(text, res, a, b)
        if cand is not None:
            out.append(cand)


def _quotations(text: str) -> Iterator[tuple[int, int]]:
    """(opening, closing quote) of every short quotation within a sentence, quote by quote."""
    for open_q, close_q in QUOTE_PAIRS.items():
        if open_q == "‘":
            continue
        pos = 0
        while True:
            a = text.find(open_q, pos)
            if a < 0:
                break
            b = text.find(close_q, a + 1)
            if b < 0 or b - a > MAX_QUOTED:
                pos = a + 1
                continue
            pos = b + 1
            inner = text[a + 1:b]
            if inner and not any(c in "。；;\n" for c in inner):
                yield a, b


def _head_at_end(res: HeadWords, inner: str) -> re.Match[str] | None:
    m = None
    for hm in res.quote_head_re.finditer(inner):
        if hm.end() == len(inner):
            m = hm
    return m


def _ends_in_head(text: str, res: HeadWords, a: int, b: int, m: re.Match[str]) -> Candidate | None:
    """The quotation itself ends in a head: “校园清凉工程”."""
    inner = text[a + 1:b]
    itoks = segment.tokens(inner)
    if m.start() not in {t.start for t in itoks} and not (
            EVENT_ENDINGS.ends(inner) and itoks and itoks[-1].end == len(inner)
            and len(itoks[-1].word) <= 3):
        return None  # the head ends a longer word: “国际文旅小城” is a slogan
        # (but an event word is a name: “火把节”, “大凉山国际戏剧节”)
    if any(t.word in COPULAS for t in itoks):
        return None  # a sentence: “现代服务业是…的加速器” (no name holds 是 as a word)
    if is_generic(res, text[a:b + 1], text, a, b + 1):
        return None
    return Candidate(a, b + 1, 0.7, f"project: quoted name with head {m.group()}")


def _bare_name(text: str, res: HeadWords, a: int, b: int) -> bool:
    """A bare quoted name of a place or platform (“城市大脑”, “X智造谷”) where the context
    builds, launches or runs it."""
    inner = text[a + 1:b]
    return (3 <= len(inner) <= 10 and all(is_cjk(c) for c in inner)
            and BARE_SUFFIXES.ends(inner) and (
                BARE_STRONG.ends(inner) or BARE_AFTER.starts(text, b + 1)
                or BARE_BEFORE.ends(text[max(0, a - 4):a]))
            and not is_generic(res, text[a:b + 1], text, a, b + 1))


def _description_and_head(text: str, res: HeadWords, a: int, b: int) -> Candidate | None:
    """The quotation followed by a short description and a head: “智慧江城”数字平台."""
    ce = b + 1
    while ce < len(text) and ce - b <= 16 and text[ce] not in CLAUSE_BREAK \
            and text[ce] not in QUOTE_PAIRS:
        ce += 1
    toks = None
    for hm in res.quote_head_re.finditer(text, b + 1, ce):
        he = hm.end()
        if toks is None:
            toks = segment.tokens(text[b + 1:ce], b + 1)
        j = next((k for k, t in enumerate(toks) if t.end == he), None)
        if j is None:
            continue
        between = text[b + 1:hm.start()]
        if any((t.word in GOVERNING and t.tag not in NOUN_TAGS) or
               t.tag in ("m", "q", "uj", "p", "c")
               for t in toks[:j]) or "的" in between or "、" in between or len(between) > 14:
            return None  # something (a verb, 的, a count) between quote and head
        if is_generic(res, text[a:he], text, a, he) or text.startswith("计划", he):
            return None  # (“236”行动计划: a plan, a document)
        return Candidate(a, he, 0.8, f"project: quoted name + {hm.group()}")
    return None


def _named_before(text: str, res: HeadWords, a: int, b: int) -> Candidate | None:
    """A quotation right after a proper name and right before a head: 古田“一台戏”项目,
    晋开延化“6080”项目 (a bare “双百”项目 is a class of projects, the name makes it one)."""
    hm = res.quote_head_re.match(text, b + 1)
    if hm is None or hm.group() not in ("项目", "工程") or text[b - 1] == "年":
        return None  # (“…突破年”行动: a theme year)
    if a < 2 or text[a - 1] in CLAUSE_BREAK or not is_cjk(text[a - 1]):
        return None
    cs = a
    while cs > 0 and a - cs < 10 and text[cs - 1] not in CLAUSE_BREAK and text[cs - 1] not in "、的“”":
        cs -= 1
    toks = segment.tokens(text[cs:a], cs)
    i = walk_left(toks, len(toks), limit_chars=10, lenient=False)
    if i >= len(toks) or a - toks[i].start < 2 or not evidence(toks, i, len(toks)):
        return None
    start = toks[i].start
    if is_generic(res, text[start:hm.end()], text, start, hm.end()):
        return None
    return Candidate(start, hm.end(), 0.65, f"project: name, quotation and {hm.group()}")

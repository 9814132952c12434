"""The head-word rule: a name ends in a head word of ``resources/project_heads.txt`` (项目,
产业园, 基地, 中心, 平台, 医院 …), its left edge found by :func:`walk.walk_left`. A name needs
something specific before the head: a proper noun, an unknown word (a run of single
characters), Latin letters, a quotation or a phase — or, for a *strong* head such as 产业园
or 医院, any modifier of two characters or more."""
from __future__ import annotations

import re

from annotator.core.suggest import segment
from annotator.core.suggest.project.candidates import Candidate, is_generic
from annotator.core.suggest.project.clauses import Clauses
from annotator.core.suggest.project.tokens import Tokens, evidence, fragment_char, fragment_start
from annotator.core.suggest.project.walk import walk_left
from annotator.core.suggest.project.words import (
    ADMIN_SINGLE,
    AREA_HEADS,
    CAPACITY_BEFORE,
    FOLLOW_OK,
    GOVERNING,
    LINE_HEADS,
    ORG_HEADS,
    PARTNER_BEFORE,
    PARTNER_WITH,
    PROPER_TAGS,
    QUOTE_PAIRS,
    RE_INVESTED,
    RE_NUMERIC,
    HeadWords,
    is_cjk,
)
from annotator.core.suggest.segment import Token

# after a head: a phase or a new campus belongs to the name (…产业园二期, …医院新院区, …城东分院)
RE_RIGHT_EXT = re.compile(r"[（(](?:[一二三四五六七八九十0-9]+期|首期)[)）]|"
                          r"(?:[一二三四五六七八九十0-9]+期|首期)(?:工程|项目)?|复线|新院区|新院(?![长士])|"
                          r"新校区|(?:[东南西北]|城[东南西北])?(?:分院|院区|校区)|[东南西北中]段|[东南西北]延(?:长)?段")
RE_PHASE_AFTER = re.compile(r"[（(]?(?:[一二三四五六七八九十0-9]+|首)期")  # a phase makes a kind one work
# after 医院/学校 a building of it: the facility is named (…医院医技综合楼, …学校教学楼)
RE_CAPACITY = re.compile(r"[0-9.]+(?:kV|KV|kv|千伏)")
RE_BUILDING = re.compile(r"[\u4e00-\u9fff]{0,4}(?:楼|大厦)")
RE_PARTNER_WITH = re.compile(PARTNER_WITH.pattern())
CLOSING_QUOTES = {"”": "“", '"': '"', "」": "「", "』": "『", "’": "‘"}  # closing -> opening


def head_candidates(text: str, clauses: Clauses, res: HeadWords, out: list[Candidate]) -> None:
    seen: dict[tuple[int, int], tuple[list[Token], dict[int, int]]] = {}
    for m in res.head_re.finditer(text):
        hs, he = m.start(), m.end()
        cs, ce = clauses.bounds(hs, he)
        if hs - cs < 2:
            continue  # no room for a name before the head
        entry = seen.get((cs, ce))
        if entry is None:
            toks = segment.tokens(text[cs:ce], cs)
            entry = seen[(cs, ce)] = (toks, {t.end: k for k, t in enumerate(toks)})
        found = _head_token(entry[0], entry[1], m.group(), hs, he)
        if found is not None:
            toks, j = found
            cand = _candidate(text, res, toks, entry[1], j, m.group(), hs, he, cs, ce)
            if cand is not None:
                out.append(cand)


def _head_token(toks: list[Token], ends: dict[int, int], head: str, hs: int,
                he: int) -> tuple[list[Token], int] | None:
    """The words of the window and the index of the one the head ends, or None where the
    head lies inside a longer word (城市, 港区, 中心城区 …)."""
    j = ends.get(he)
    if j is not None:
        return toks, j
    # the head fused with the word after it (工程建设, 项目建设): split it
    k = next((k for k, t in enumerate(toks) if t.start <= hs < t.end), None)
    if k is None or toks[k].word[he - toks[k].start:] not in FOLLOW_OK \
            or not toks[k].word[:he - toks[k].start].endswith(head):
        return None
    w, _, ts, te = toks[k]
    cut = he - ts
    return toks[:k] + [Token(w[:cut], "n", ts, he), Token(w[cut:], "vn", he, te)] + toks[k + 1:], k


def _candidate(text: str, res: HeadWords, toks: list[Token], ends: dict[int, int], j: int,
               head: str, hs: int, he: int, cs: int, ce: int) -> Candidate | None:
    """The name that ends in the head toks[j] (text[hs:he]), or None."""
    i, start, fragment = _left_edge(text, res, toks, j, hs, cs)
    if start >= hs and toks[j].start >= hs:
        return None  # nothing before the head
    if head in AREA_HEADS and toks[j].start < hs and toks[j].tag == "ns":
        return None  # 浦东新区: an area the dictionary knows, a district
    if (text[start].isdigit() or CAPACITY_BEFORE.starts(text, start)) \
            and not _named_after_capacity(text, toks, i, j):
        return None  # a capacity and a kind (5万千瓦光伏电站, 年产5万吨饲料项目): no name
    if he - start - len(head) < 2 and not (len(head) >= 3 and text[start] in ADMIN_SINGLE) \
            and not (toks[j].start == start and toks[j].tag in PROPER_TAGS and len(head) > 1):
        return None  # one character before the head is no name (大城, 三港, 旧城), but 县中医院 is
    phased = RE_PHASE_AFTER.match(text, he) is not None  # 环湖水厂(一期): one work, named or not
    j, he, ext = _right_edge(text, toks, j, head, he, ce)
    if _runs_on(text, res, toks, ends, j, head, he, ce, ext):
        return None
    if head in ORG_HEADS and _partner(text, cs, start, he):
        return None  # 与…研究院合作: an organisation, not a facility
    if text[start - 1:start] == "的" and not evidence(toks, i, j + 1) \
            and RE_INVESTED.search(text, max(0, start - 16), start) is None:
        return None  # a description (最大的滨海商业综合体), not a name (but 总投资50亿元的…)
    quoted = text[start] in QUOTE_PAIRS
    if is_generic(res, text[start:he], text, start, he):
        return None
    strong = res.heads.get(head) == "strong"
    specific = quoted or fragment or phased or evidence(toks, i, j + 1)
    if not specific and not (strong and he - start - len(head) >= 2):
        return None
    return Candidate(start, he, 0.75 if specific else 0.55, f"project: head {head}")


def _named_after_capacity(text: str, toks: Tokens, i: int, j: int) -> bool:
    """A voltage before a proper name (220kV庐北变电站): the name is the facility's."""
    m = RE_CAPACITY.match(text, toks[i].start)
    if m is None:
        return False
    k = next((k for k in range(i, j) if toks[k].start == m.end()), None)
    return k is not None and evidence(toks, k, j)


def _left_edge(text: str, res: HeadWords, toks: Tokens, j: int, hs: int,
               cs: int) -> tuple[int, int, bool]:
    """(first token, start offset, whether the name starts with an unknown word)."""
    i = walk_left(toks, j, head_start=hs)
    fragment = False
    # the walk stopped inside an unknown word cut into characters (以/勒 工业园区,
    # 自/贸/片/区 海沧园区): the name takes the whole word, not its last characters
    if 0 < i < j and fragment_start(toks, i):
        k = i
        while k > 0 and i - k < 3 and fragment_char(toks[k - 1]) \
                and toks[k - 1].word not in res.heads \
                and toks[k - 1].end == toks[k].start and not (
                k >= 2 and (RE_NUMERIC.match(toks[k - 2].word)
                            or toks[k - 2].word + toks[k - 1].word in GOVERNING)):
            k -= 1  # (not a measure word after a number: 20家 托/班)
        fragment = k < i  # an unknown word: a proper name (丈八沟, 以勒)
        i = k
        if i > 0 and toks[i - 1].tag == "ns" and fragment:
            i -= 1  # the place the unknown name lies in: 乌峰街道大坪安置区
    start = toks[i].start if i < len(toks) else hs
    # a quoted name right before the walk's stop: “智慧X”平台
    if i > 0 and toks[i - 1].word in CLOSING_QUOTES:
        q = text.rfind(CLOSING_QUOTES[toks[i - 1].word], cs, toks[i - 1].start)
        if q >= 0:
            start = q
    return i, start, fragment


def _right_edge(text: str, toks: Tokens, j: int, head: str, he: int,
                ce: int) -> tuple[int, int, bool]:
    """(last token, end offset, whether the name goes on after its head): a phase or a
    campus (…产业园二期, …医院新院区), or a section of a road or line (渝昆高铁镇雄段)."""
    ext = RE_RIGHT_EXT.match(text, he)
    if ext and ext.end() <= ce:
        he = ext.end()
        j = next((k for k in range(j, len(toks)) if toks[k].end == he), j)
    if not ext and head in LINE_HEADS and j + 2 < len(toks) and toks[j + 1].tag in PROPER_TAGS \
            and toks[j + 2].word == "段" and toks[j + 2].end <= ce:
        j += 2
        return j, toks[j].end, True
    return j, he, bool(ext)


def _runs_on(text: str, res: HeadWords, toks: Tokens, ends: dict[int, int], j: int, head: str,
             he: int, ce: int, ext: bool) -> bool:
    """Does the head word go on into a longer noun (中心城区, 基地核心…)? ``ext``: the name
    was extended past its head (:func:`_right_edge`)."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None:
        return False
    if not ext and res.heads.get(head) == "strong":
        bm = RE_BUILDING.match(text, he, ce)
        if bm and bm.end() in ends:
            return False  # a building of the hospital or school: …医院医技综合楼
    if nxt.word not in FOLLOW_OK and len(head) < 3 and not ext and (
            nxt.tag.startswith("n") or (nxt.tag == "x" and is_cjk(nxt.word[0]))):
        return True
    # a one-character head (园, 港) followed by anything but a list or a follow-up word
    return len(head) == 1 and nxt.word not in FOLLOW_OK and nxt.word not in "、等和及与"


def _partner(text: str, cs: int, start: int, end: int) -> bool:
    """Is the institute at text[start:end] named as a partner (与X合作, 联合X)?"""
    before = text[cs:start]
    after = text[end:min(len(text), end + 20)]
    cut = min((k for k in (after.find(c) for c in "，。；;！？\n") if k >= 0), default=len(after))
    return (PARTNER_BEFORE.ends(before) or
            RE_PARTNER_WITH.search(before) is not None and "合作" in after[:cut])

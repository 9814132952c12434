"""The left edge of a name: from its head word, walk left over the words of the clause.

The walk takes nouns, proper nouns, unknown words, Latin letters and phases (二期), and stops
at governing verbs, function words, numbers with a measure word, punctuation and 的. Each word
to the left of the name so far is put to the steps below in turn; the first that knows the
word decides: take it into the name, take it and stop there, or stop before it. A word no
step knows is taken.
"""
from __future__ import annotations

import re

from annotator.core.suggest.project.tokens import Tokens, is_single_run, single_ok
from annotator.core.suggest.project.words import (
    ADMIN_SINGLE,
    CAPACITY_BEFORE,
    CAPACITY_UNITS,
    CLAUSE_BREAK,
    GOVERNING,
    LINE_HEADS,
    NAME_VERBS,
    NOUN_TAGS,
    ORDINAL_NEXT,
    PROPER_TAGS,
    RE_LATIN,
    RE_NUMERIC,
    RE_ORDINAL,
    RE_PHASE,
    REGION_WORDS,
    STOP_TAGS,
    TIME_CHARS,
    is_cjk,
)

# what a step decides about the word left of the name (None: the step does not know it)
TAKE = 1  # the word belongs to the name: walk on
TAKE_AND_STOP = 2  # the word belongs to the name and is its first
STOP = 3  # the name starts after the word

QUOTES = "、“”\"「」『』‘’"
RE_SERIAL = re.compile("^[一二三四五六七八九十]号$")
WORKS_HEADS = ("工程", "项目")  # heads that a kind of work may precede (…提升改造工程)
CAMPUS_HEADS = ("校区", "院区")


def walk_left(toks: Tokens, j: int, limit_chars: int = 20, lenient: bool = True,
              head_start: int | None = None) -> int:
    """Index of the first token of the name whose last modifier token is toks[j-1]; at most
    ``limit_chars`` before the head's end. ``lenient``: verbs may stand inside the name.
    ``head_start``: where a head word of several tokens begins (大/剧院): those are taken."""
    start_pos = toks[j].end if j < len(toks) else 0
    head = toks[j].word if j < len(toks) else ""
    i = _kind_of_work(toks, j) if head in WORKS_HEADS else j
    if head_start is not None:
        while i > 0 and toks[i - 1].start >= head_start:
            i -= 1
    while i > 0:
        tok = toks[i - 1]  # (attributes: unpacking a named tuple is three times slower)
        if start_pos - tok.start > limit_chars:
            break
        w = tok.word
        tag = tok.tag
        if w == "）" and i >= 3:
            k = _bracketed_place(toks, i)
            if k is None:
                break
            i = k
            continue
        if w in CAPACITY_UNITS and i >= 2:
            k = _capacity(toks, i)
            if k is not None:
                i = k
                continue
        decision = (_governing_or_punctuation(toks, i, j, w, tag)
                    or _piece_of_a_name(w)
                    or _cut_into_pieces(toks, i, j, w)
                    or _words_in_their_place(toks, i, j, head, w)
                    or _by_part_of_speech(toks, i, w, tag, lenient))
        if decision == STOP:
            break
        i -= 1
        if decision == TAKE_AND_STOP:
            break
    return i


def _kind_of_work(toks: Tokens, j: int) -> int:
    """Nominalised verbs right before 工程/项目 belong to the name: …提升改造工程,
    …综合治理工程, 快速化改造工程, 亮化工程."""
    i = j
    while i > 0:
        if toks[i - 1].word in NAME_VERBS:
            i -= 1
        elif toks[i - 1].word == "化" and i >= 2 and is_cjk(toks[i - 2].word[0]):
            i -= 2
        else:
            break
    return i


def _capacity(toks: Tokens, i: int) -> int | None:
    """A capacity inside a name (大堰 220 千伏 变电站, 长城果汁 年产 10 万吨 果蔬汁生产线):
    the index of its first token where toks[i-1] is its unit, or None."""
    k = i - 1
    while k > 0 and (toks[k - 1].word.isdigit() or toks[k - 1].word == "."):
        k -= 1
    if k == i - 1 or not toks[k].word.isdigit():
        return None
    if k > 0 and toks[k - 1].word in CAPACITY_BEFORE:
        k -= 1
    return k


def _bracketed_place(toks: Tokens, i: int) -> int | None:
    """A bracketed place inside a name (大湾区（番禺）珠宝首饰博览会): the index of ``（``
    where toks[i-1] is ``）``, or None where the bracket ends the name."""
    k = i - 2
    while k > 0 and i - k <= 3 and toks[k].word != "（":
        k -= 1
    if toks[k].word == "（" and k > 0 and k < i - 2 and all(
            is_cjk(t.word[0]) for t in toks[k + 1:i - 1]) and is_cjk(toks[k - 1].word[-1]) \
            and toks[k - 1].word not in GOVERNING:
        return k
    return None


def _governing_or_punctuation(toks: Tokens, i: int, j: int, w: str, tag: str) -> int | None:
    if w in GOVERNING and tag == "vn" and i == j and i >= 2 and toks[i - 2].tag in NOUN_TAGS:
        return TAKE  # a nominalised verb that names the kind of facility: …管理服务平台
    if w in GOVERNING or not CLAUSE_BREAK.isdisjoint(w) or w in QUOTES:
        return STOP
    return None


def _piece_of_a_name(w: str) -> int | None:
    """A phase (二期), Latin letters or a region (西部) is part of the name."""
    if RE_PHASE.match(w) or RE_LATIN.match(w) or w in REGION_WORDS:
        return TAKE
    return None


def _cut_into_pieces(toks: Tokens, i: int, j: int, w: str) -> int | None:
    """Words that jieba cut into pieces: a governing verb (做/大/做/强) stops the name, an
    unknown word in single characters is part of it."""
    if i >= 2 and (toks[i - 2].word + w in GOVERNING or (
            i >= 4 and toks[i - 4].word + toks[i - 3].word + toks[i - 2].word + w in GOVERNING)):
        return STOP
    if is_single_run(toks, i - 1):
        if i >= 2 and (toks[i - 2].word.isdigit() or RE_NUMERIC.match(toks[i - 2].word)) \
                and not RE_SERIAL.match(toks[i - 2].word):
            return STOP  # a measure word after a number (20/家 托/班)
        return TAKE
    if single_ok(toks[i - 1]) and i >= 2 and toks[i - 2].tag == "ns" and i < j:
        return TAKE  # one character between a place and the rest: 镇雄县农特产品…
    return None


def _words_in_their_place(toks: Tokens, i: int, j: int, head: str, w: str) -> int | None:
    """Words that belong to a name only where they stand: before a head, after an ordinal,
    between two places."""
    if w in ADMIN_SINGLE and (i < j or len(head) >= 3):
        return TAKE_AND_STOP  # 县人民医院, 市妇幼保健院: the county's or city's own facility
    if RE_ORDINAL.match(w) and i < len(toks) and toks[i].word in ORDINAL_NEXT:
        return TAKE  # 第四高级中学, 第二人民医院
    if w == "段" and i >= 2 and toks[i - 2].tag in PROPER_TAGS:
        return TAKE  # 光华大道温江段…工程
    if w == "新" and head in CAMPUS_HEADS and i >= 2 and (
            toks[i - 2].tag in NOUN_TAGS or toks[i - 2].tag in ("s", "nrt", "x")) \
            and toks[i - 2].word not in GOVERNING and is_cjk(toks[i - 2].word[-1]):
        return TAKE  # 晋江一中新校区: 新 between the owner's name and the facility
    if RE_SERIAL.match(w) and i >= 2 and i < j and is_cjk(toks[i - 2].word[-1]) \
            and not RE_NUMERIC.match(toks[i - 2].word):
        return TAKE  # a serial number after a name: 国芯一号智算中心, 太行一号…
    if w == "项目" and i < j:
        return STOP  # 最大的民生项目城区引洮供水工程: a kind in apposition before the name
    if w.endswith("届"):
        return STOP  # 首届, 第三届: the edition is no part of the name
    if w in ("至", "到") and i >= 2 and i < len(toks) and toks[i].tag in PROPER_TAGS and (
            toks[i - 2].tag in PROPER_TAGS or (toks[i].tag == "ns" and head in LINE_HEADS
                                              and len(toks[i - 2].word) == 2
                                              and toks[i - 2].tag in ("n", "nz", "x"))):
        return TAKE  # 无锡至江阴城际轨道交通工程
    return None


def _by_part_of_speech(toks: Tokens, i: int, w: str, tag: str, lenient: bool) -> int:
    """What the word's tag says; nouns and anything else not named here are taken."""
    if tag.startswith("m") and not RE_NUMERIC.match(w):
        if w in TIME_CHARS or (i >= 2 and toks[i - 2].word.isdigit()):
            return STOP  # a date or a count after a figure: 2020/年 西部商品交易会
        return TAKE  # a noun the dictionary files under numerals (零部件)
    if tag == "t" and (not any(c in TIME_CHARS for c in w) or w == "现代"):
        return TAKE  # a time word that is no date: 夜间经济示范街区, 现代农业产业园
    if tag == "a" and len(w) > 1 and i >= 2 and (toks[i - 2].tag in NOUN_TAGS
                                                 or toks[i - 2].tag in PROPER_TAGS):
        return TAKE  # an adjective inside a noun phrase: 坝区高效节水灌溉工程
    if tag == "zg" and i >= 2 and toks[i - 2].tag in NOUN_TAGS and len(toks[i - 2].word) > 1 \
            and w not in TIME_CHARS:
        return TAKE  # a character jieba files apart that ends a noun: 专用/车, 商用/车
    if tag in STOP_TAGS or tag.startswith("m"):
        return STOP
    if tag.startswith("v") and tag != "vn" and not lenient:
        return STOP
    if tag == "x" and not (is_cjk(w[0]) or w.isalnum()):
        return STOP
    if w.isdigit():
        return STOP
    return TAKE

"""PROJECT suggester: named projects, parks, facilities, platforms and events.

Three rules, all general (no names are listed anywhere):

* **head words** — a name ends in a head word from ``resources/project_heads.txt``
  (项目, 产业园, 基地, 中心, 平台, 医院 …); its left edge is found by walking left over the
  jieba words of the clause, across nouns, proper nouns, unknown words, Latin letters and
  phases (二期), and stopping at verbs, function words, numbers with a measure word,
  punctuation and 的. A name needs something specific before the head: a proper noun, an
  unknown word (a run of single characters), Latin letters, a quotation or a phase — or,
  for a *strong* head such as 产业园 or 医院, any modifier. Counted kinds (6个…项目),
  designations (国家…, 全国…) and the generic phrases of ``resources/project_stoplist.txt``
  are never proposed.
* **quotations** — “…” (or "…", 「…」) ending in a head word, or followed by a short
  description and a head word (also 活动, 行动): the quotes are part of the span.
* **lists** — the items the text itself lists as projects: X、Y等(8个)项目 and
  …项目，包括X、Y、Z等. Short items (two characters) share the head of the next item
  (A、B学校) or of the phrase after 等 (A、B、C等城中村改造项目) and are merged with it.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from annotator.core.models import Suggestion
from annotator.core.suggest import segment
from annotator.core.suggest.segment import Token
from annotator.core.suggest.lexicon import charset, lexicon, table

QUOTE_PAIRS = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’"}
CLAUSE_BREAK = set("，,。；;！!？?：:\n\t \u3000（）()《》【】[]—…|/")
_WORDS = "project_words.txt"  # the word lists, explained there
GOVERNING = lexicon(_WORDS, "governing")
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "uv", "ud", "ug", "d", "r", "t", "f", "y", "e", "o",
             "m", "mq", "q", "a", "ad", "an", "zg", "h", "k", "tg", "dg", "rg", "rr", "rz"}
REGION_WORDS = lexicon(_WORDS, "region_words")
NAME_VERBS = lexicon(_WORDS, "name_verbs")
ADMIN_SINGLE = lexicon(_WORDS, "admin_single")
RE_ORDINAL = re.compile(r"^第[一二三四五六七八九十0-9]+$")
ORDINAL_NEXT = lexicon(_WORDS, "ordinal_next")
RE_NUMERIC = re.compile(r"^[0-9０-９.一二三四五六七八九十百千万亿两几数多零〇第]+"
                        r"[个项家所座批处条宗类种名位件次年月日号期成倍]?$")
PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "eng"}
DESIGNATION_PREFIXES = lexicon(_WORDS, "designation_prefixes")
NUM = r"[0-9０-９]+(?:\.[0-9]+)?|[一二三四五六七八九十两百千万零〇]+"
RE_COUNT_BEFORE = re.compile(rf"(?:{NUM})(?:多|余)?[个项家所座批处条宗类]$")
RE_COUNT_AFTER = re.compile(rf"^(?:{NUM})(?:多|余)?[个项家所座批处条宗]")
RE_PHASE = re.compile(r"^(?:[0-9]+|[一二三四五六七八九十]+)期$")
RE_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9+&.\-]*$")
FOLLOW_OK = lexicon(_WORDS, "follow_ok")
# after a head: a phase or a new campus belongs to the name (…产业园二期, …医院新院区, …城东分院)
RE_RIGHT_EXT = re.compile(r"(?:[一二三四五六七八九十0-9]+期|首期)(?:工程|项目)?|新院区|新院(?![长士])|"
                          r"新校区|(?:[东南西北]|城[东南西北])?(?:分院|院区|校区)")
ORG_HEADS = lexicon(_WORDS, "org_heads")
NOUN_TAGS = {"n", "vn", "nz", "an", "ns", "nt", "nr"}
TIME_CHARS = charset(_WORDS, "time_chars")
# after 医院/学校 a building of it: the facility is named (…医院医技综合楼, …学校教学楼)
RE_BUILDING = re.compile(r"[\u4e00-\u9fff]{0,4}(?:楼|大厦)")
LINE_HEADS = lexicon(_WORDS, "line_heads")
# bare quoted names: what they end in, and the words around them that make them a project
BARE_SUFFIXES = lexicon(_WORDS, "bare_suffixes")
BARE_STRONG = lexicon(_WORDS, "bare_strong")
BARE_AFTER = lexicon(_WORDS, "bare_after")
BARE_BEFORE = lexicon(_WORDS, "bare_before")
# metro and rail lines: 地铁22号线北延段, 轨道交通3号线一期
RE_LINE = re.compile(f"(?:{lexicon(_WORDS, 'rail_kinds').pattern()})"
                     r"(?:[0-9]+|[一二三四五六七八九十]+)号线"
                     r"(?:[一二三四五六七八九十]期(?:工程)?|[东南西北]延(?:长)?(?:段|线)|支线)?")
LIST_NOT_PROJECT_AFTER = lexicon(_WORDS, "list_not_project_after")
NON_NAME_ENDINGS = lexicon(_WORDS, "non_name_endings")
QUOTE_HEADS_EXTRA = lexicon(_WORDS, "quote_heads_extra")
LIST_SECTORS = lexicon(_WORDS, "list_sectors")
LIST_HEADS = lexicon(_WORDS, "list_heads")
PLACE_ENDINGS = lexicon(_WORDS, "place_endings")
TOWN_NAMES = lexicon(_WORDS, "town_names")
EVENT_ENDINGS = lexicon(_WORDS, "event_endings")
BODIES = lexicon(_WORDS, "bodies")
VAGUE_COUNTS = lexicon(_WORDS, "vague_counts")
PARTNER_BEFORE = lexicon(_WORDS, "partner_before")
RE_PARTNER_WITH = re.compile(lexicon(_WORDS, "partner_with").pattern())
RE_LIST_OPENER = re.compile(f"项目[，,：:]?(?:{lexicon(_WORDS, 'list_openers').pattern()})")
# a counted list's head after a short description: 等12个总投资超20亿元的产业项目
RE_LIST_DESC = re.compile(r"[^，,。；;：:、“”]{1,14}的")


@lru_cache(maxsize=1)
def _resources():
    heads = table("project_heads.txt", default="weak")
    stop = lexicon("project_stoplist.txt")
    ordered = sorted(heads, key=len, reverse=True)
    head_re = re.compile("|".join(map(re.escape, ordered)))
    quote_heads = sorted(set(heads) | set(QUOTE_HEADS_EXTRA), key=len, reverse=True)
    quote_head_re = re.compile("|".join(map(re.escape, quote_heads)))
    return heads, stop, head_re, quote_head_re


RE_BREAK = re.compile("[" + re.escape("".join(sorted(CLAUSE_BREAK))) + "]")
RE_BRACKETED = re.compile(r"（[\u4e00-\u9fff]{1,6}）")  # 中国（广州）…: no clause break


class _Clauses:
    """The clauses of a text, found once: every head in a clause shares its window (and so one
    cached segmentation of it)."""

    def __init__(self, text: str) -> None:
        inner = set()
        for m in RE_BRACKETED.finditer(text):
            inner.add(m.start())
            inner.add(m.end() - 1)
        self.breaks = [m.start() for m in RE_BREAK.finditer(text) if m.start() not in inner]
        self.n = len(text)

    def bounds(self, pos: int, end: int) -> tuple[int, int]:
        k = bisect.bisect_left(self.breaks, pos)
        s = self.breaks[k - 1] + 1 if k > 0 else 0
        k = bisect.bisect_left(self.breaks, end, k)
        e = self.breaks[k] if k < len(self.breaks) else self.n
        return max(s, pos - 60), min(e, end + 40)


SINGLE_FUNCTION_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "q", "m", "f",
                        "y", "e", "o", "a", "ad", "t"}
HARD_FUNCTION = charset(_WORDS, "hard_function")
PRONOUN_CHARS = charset(_WORDS, "pronoun_chars")
FRAGMENT_BREAKS = charset(_WORDS, "fragment_breaks")
RUN_BAN_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "m", "mq", "y",
                "e", "o"}


def _single_ok(tok) -> bool:
    w, tag = tok.word, tok.tag
    return (len(w) == 1 and _is_cjk(w) and w not in GOVERNING and w not in PRONOUN_CHARS
            and tag not in SINGLE_FUNCTION_TAGS)


def _single_loose(tok) -> bool:
    """A one-character word that may sit inside an unknown name (黄/a 田/n 港/j)."""
    w, tag = tok.word, tok.tag
    return (len(w) == 1 and _is_cjk(w) and w not in HARD_FUNCTION and w not in GOVERNING
            and tag not in RUN_BAN_TAGS)


def _is_single_run(toks, i, loose=True) -> bool:
    """A one-character word next to another one: part of an unknown word. Content words
    (nouns, unknown characters) pair with any such neighbour; with ``loose``, adjectives,
    measure words and localisers pair with a content word (封/q 测/vn), and anything but
    function words joins a run of three or more (华/强/方/特, 黄/田/港)."""
    if _single_ok(toks[i]):
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and _single_ok(toks[j]):
                return True
    if not _single_loose(toks[i]):
        return False
    if loose:
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and _single_ok(toks[j]):
                return True
    lo = i
    while lo > 0 and _single_loose(toks[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(toks) and _single_loose(toks[hi + 1]):
        hi += 1
    return hi - lo >= 2


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ord(ch) >= 0x20000


def _evidence(toks, lo, hi) -> bool:
    """Is there something specific (a proper name, unknown word, Latin, phase) in toks[lo:hi]?"""
    for i in range(lo, hi):
        w, tag = toks[i].word, toks[i].tag
        if tag in PROPER_TAGS or RE_LATIN.match(w) or RE_PHASE.match(w) or w in REGION_WORDS:
            return True
        if tag == "x" and len(w) > 1 and _is_cjk(w[0]):
            return True
        if _is_single_run(toks, i, loose=False):
            return True
    return False


def _walk_left(toks, j, limit_chars=20, lenient=True) -> int:
    """Index of the first token of the name whose last modifier token is toks[j-1]."""
    i = j
    start_pos = toks[j].end if j < len(toks) else 0
    head = toks[j].word if j < len(toks) else ""
    # nominalised verbs right before 工程/项目 belong to the name: …提升改造工程, …综合治理工程
    if head in ("工程", "项目"):
        while i > 0:
            if toks[i - 1].word in NAME_VERBS:
                i -= 1
            elif toks[i - 1].word == "化" and i >= 2 and _is_cjk(toks[i - 2].word[0]):
                i -= 2  # 快速化改造工程, 亮化工程
            else:
                break
    while i > 0:
        w, tag, s, e = toks[i - 1]
        if start_pos - s > limit_chars:
            break
        if w == "）" and i >= 3:
            # a bracketed place inside a name: 大湾区（番禺）珠宝首饰博览会
            k = i - 2
            while k > 0 and i - k <= 3 and toks[k].word != "（":
                k -= 1
            if toks[k].word == "（" and k > 0 and k < i - 2 and all(
                    _is_cjk(t.word[0]) for t in toks[k + 1:i - 1]) and _is_cjk(toks[k - 1].word[-1]) \
                    and toks[k - 1].word not in GOVERNING:
                i = k
                continue
            break
        if w in GOVERNING and tag == "vn" and i == j and i >= 2 and toks[i - 2].tag in NOUN_TAGS:
            i -= 1  # a nominalised verb that names the kind of facility: …管理服务平台
            continue
        if w in GOVERNING or any(c in CLAUSE_BREAK for c in w) or w in "、“”\"「」『』‘’":
            break
        if RE_PHASE.match(w) or RE_LATIN.match(w) or w in REGION_WORDS:
            i -= 1
            continue
        if i >= 2 and (toks[i - 2].word + w in GOVERNING or (
                i >= 4 and "".join(t.word for t in toks[i - 4:i]) in GOVERNING)):
            break  # a governing verb cut into characters (做/大/做/强)
        if _is_single_run(toks, i - 1):
            if i >= 2 and (toks[i - 2].word.isdigit() or RE_NUMERIC.match(toks[i - 2].word)):
                break  # a measure word after a number (20/家 托/班)
            i -= 1
            continue
        if _single_ok(toks[i - 1]) and i >= 2 and toks[i - 2].tag == "ns" and i < j:
            i -= 1  # one character between a place and the rest: 镇雄县农特产品…
            continue
        if w in ADMIN_SINGLE and (i < j or len(head) >= 3):
            i -= 1  # 县人民医院, 市妇幼保健院: the county's or city's own facility
            break
        if RE_ORDINAL.match(w) and i < len(toks) and toks[i].word in ORDINAL_NEXT:
            i -= 1  # 第四高级中学, 第二人民医院
            continue
        if w == "段" and i >= 2 and toks[i - 2].tag in PROPER_TAGS:
            i -= 1  # 光华大道温江段…工程
            continue
        if w == "新" and head in ("校区", "院区") and i >= 2 and (toks[i - 2].tag in NOUN_TAGS or toks[i - 2].tag in ("s", "nrt", "x")) \
                and toks[i - 2].word not in GOVERNING and _is_cjk(toks[i - 2].word[-1]):
            i -= 1  # 晋江一中新校区: 新 between the owner's name and the facility
            continue
        if w.endswith("届"):
            break  # 首届, 第三届: the edition is no part of the name
        if w in ("至", "到") and i >= 2 and i < len(toks) and toks[i].tag in PROPER_TAGS and (
                toks[i - 2].tag in PROPER_TAGS or (toks[i].tag == "ns" and head in LINE_HEADS
                                                  and len(toks[i - 2].word) == 2
                                                  and toks[i - 2].tag in ("n", "nz", "x"))):
            i -= 1  # 无锡至江阴城际轨道交通工程
            continue
        if tag.startswith("m") and not RE_NUMERIC.match(w):
            i -= 1  # a noun the dictionary files under numerals (零部件)
            continue
        if tag == "t" and not any(c in TIME_CHARS for c in w):
            i -= 1  # a time word that is no date: 夜间经济示范街区
            continue
        if tag == "a" and len(w) > 1 and i >= 2 and (toks[i - 2].tag in NOUN_TAGS or toks[i - 2].tag
                                                     in PROPER_TAGS):
            i -= 1  # an adjective inside a noun phrase: 坝区高效节水灌溉工程
            continue
        if tag in STOP_TAGS or tag.startswith("m"):
            break
        if tag.startswith("v") and tag != "vn" and not lenient:
            break
        if tag == "x" and not (_is_cjk(w[0]) or w.isalnum()):
            break
        if w.isdigit():
            break
        i -= 1
    return i


def _fragment_char(tok) -> bool:
    return len(tok.word) == 1 and _is_cjk(tok.word) and tok.word not in FRAGMENT_BREAKS


def _fragment_start(toks, i) -> bool:
    """Does the name start with one character whose left neighbour is one character too?"""
    return _fragment_char(toks[i]) and _fragment_char(toks[i - 1]) and toks[i - 1].end == toks[i].start


class ProjectSuggester:
    name = "project"
    labels = ("PROJECT",)

    def __init__(self) -> None:
        self._res = None

    # -- helpers -----------------------------------------------------------------------
    @staticmethod
    def _partner(text: str, cs: int, start: int, end: int, ce: int) -> bool:
        """Is the institute at text[start:end] named as a partner (与X合作, 联合X)?"""
        before = text[cs:start]
        after = text[end:min(len(text), end + 20)]
        cut = min((k for k in (after.find(c) for c in "，。；;！？\n") if k >= 0), default=len(after))
        return (PARTNER_BEFORE.ends(before) or
                RE_PARTNER_WITH.search(before) is not None and "合作" in after[:cut])
    def _generic(self, name: str, text: str, start: int, end: int) -> bool:
        heads, stop, _, _ = self._res
        bare = name.strip("“”\"「」『』‘’")
        if name in stop or bare in stop:
            return True
        if BODIES.ends(bare):
            return True  # meetings and bodies, not events
        if DESIGNATION_PREFIXES.starts(bare) and not name.startswith(tuple(QUOTE_PAIRS)):
            return True
        before = text[max(0, start - 6):start]
        if RE_COUNT_BEFORE.search(before) or VAGUE_COUNTS.ends(before):
            return True
        if RE_COUNT_AFTER.match(text[end:end + 6]):
            return True
        return False

    def _head_candidates(self, text: str, clauses: _Clauses, out: list) -> None:
        heads, stop, head_re, _ = self._res
        seen: dict[tuple[int, int], tuple[list, dict]] = {}
        for m in head_re.finditer(text):
            hs, he = m.start(), m.end()
            head = m.group()
            cs, ce = clauses.bounds(hs, he)
            if hs - cs < 2:
                continue  # no room for a name before the head
            entry = seen.get((cs, ce))
            if entry is None:
                toks = segment.tokens(text[cs:ce], cs)
                entry = seen[(cs, ce)] = (toks, {t.end: k for k, t in enumerate(toks)})
            toks, ends = entry
            j = ends.get(he)
            if j is None:
                # the head fused with the word after it (工程建设, 项目建设): split it
                k = next((k for k, t in enumerate(toks) if t.start <= hs < t.end), None)
                if k is None or toks[k].word[he - toks[k].start:] not in FOLLOW_OK \
                        or not toks[k].word[:he - toks[k].start].endswith(head):
                    continue  # the head word is inside a longer word (城市, 港区, 中心城区 …)
                w, _, ts, te = toks[k]
                cut = he - ts
                toks = toks[:k] + [Token(w[:cut], "n", ts, he), Token(w[cut:], "vn", he, te)] + toks[k + 1:]
                j = k
            i = _walk_left(toks, j)
            fragment = False
            # the walk stopped inside an unknown word cut into characters (以/勒 工业园区,
            # 自/贸/片/区 海沧园区): the name takes the whole word, not its last characters
            if 0 < i < j and _fragment_start(toks, i):
                k = i
                while k > 0 and i - k < 3 and _fragment_char(toks[k - 1]) \
                        and toks[k - 1].word not in heads \
                        and toks[k - 1].end == toks[k].start and not (
                        k >= 2 and RE_NUMERIC.match(toks[k - 2].word)):
                    k -= 1  # (not a measure word after a number: 20家 托/班)
                fragment = k < i  # an unknown word: a proper name (丈八沟, 以勒)
                i = k
                if i > 0 and toks[i - 1].tag == "ns" and fragment:
                    i -= 1  # the place the unknown name lies in: 乌峰街道大坪安置区
            start = toks[i].start if i < len(toks) else hs
            # a quoted name right before the walk's stop: “智慧X”平台
            if i > 0 and toks[i - 1].word in ("”", '"', "」", "』", "’"):
                q = text.rfind({"”": "“", '"': '"', "」": "「", "』": "『", "’": "‘"}[toks[i - 1].word],
                               cs, toks[i - 1].start)
                if q >= 0:
                    start = q
            if start >= hs and toks[j].start >= hs:
                continue  # nothing before the head
            if he - start - len(head) < 2 and not (len(head) >= 3 and text[start] in ADMIN_SINGLE):
                continue  # one character before the head is no name (大城, 三港), but 县中医院 is
            ext = RE_RIGHT_EXT.match(text, he)
            if ext and ext.end() <= ce:
                he = ext.end()
                j = next((k for k in range(j, len(toks)) if toks[k].end == he), j)
            if not ext and head in LINE_HEADS and j + 2 < len(toks) and toks[j + 1].tag in PROPER_TAGS \
                    and toks[j + 2].word == "段" and toks[j + 2].end <= ce:
                j += 2  # a section of a road or line: 渝昆高铁镇雄段
                he = toks[j].end
                ext = True
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and not ext and heads.get(head) == "strong":
                bm = RE_BUILDING.match(text, he, ce)
                if bm and bm.end() in ends:
                    nxt = None  # a building of the hospital or school: …医院医技综合楼
            if nxt is not None and nxt.word not in FOLLOW_OK and len(head) < 3 and not ext and (
                    nxt.tag.startswith("n") or (nxt.tag == "x" and _is_cjk(nxt.word[0]))):
                continue  # the head word goes on into a longer noun (中心城区, 基地核心…)
            if len(head) == 1 and nxt is not None and nxt.word not in FOLLOW_OK \
                    and nxt.word not in "、等和及与":
                continue
            if head in ORG_HEADS and self._partner(text, cs, start, he, ce):
                continue  # 与…研究院合作: an organisation, not a facility
            if text[start - 1:start] == "的" and not _evidence(toks, i, j + 1):
                continue  # a description (最大的滨海商业综合体), not a name
            name = text[start:he]
            quoted = text[start] in QUOTE_PAIRS
            if self._generic(name, text, start, he):
                continue
            strong = heads.get(head) == "strong"
            lo = i
            evidence = quoted or fragment or _evidence(toks, lo, j + 1)
            if not evidence and not (strong and he - start - len(head) >= 2):
                continue
            conf = 0.75 if (quoted or evidence) else 0.55
            out.append((start, he, conf, f"project: head {head}"))

    def _quote_candidates(self, text: str, out: list) -> None:
        heads, stop, _, quote_head_re = self._res
        for open_q, close_q in QUOTE_PAIRS.items():
            if open_q == "‘":
                continue
            pos = 0
            while True:
                a = text.find(open_q, pos)
                if a < 0:
                    break
                b = text.find(close_q, a + 1)
                if b < 0 or b - a > 25:
                    pos = a + 1
                    continue
                pos = b + 1
                inner = text[a + 1:b]
                if not inner or any(c in "。；;\n" for c in inner):
                    continue
                # content itself ends in a head: “校园清凉工程”
                m = None
                for hm in quote_head_re.finditer(inner):
                    if hm.end() == len(inner):
                        m = hm
                if m is not None and len(inner) > len(m.group()):
                    itoks = segment.tokens(inner)
                    if m.start() not in {t.start for t in itoks} and not (
                            EVENT_ENDINGS.ends(inner) and itoks and itoks[-1].end == len(inner)
                            and len(itoks[-1].word) <= 3):
                        continue  # the head ends a longer word: “国际文旅小城” is a slogan
                        # (but an event word is a name: “火把节”, “大凉山国际戏剧节”)
                    if not self._generic(text[a:b + 1], text, a, b + 1):
                        out.append((a, b + 1, 0.7, f"project: quoted name with head {m.group()}"))
                    continue
                # a bare quoted name of a place or platform (“城市大脑”, “X智造谷”) where the
                # context builds, launches or runs it
                if 3 <= len(inner) <= 10 and all(_is_cjk(c) for c in inner) \
                        and BARE_SUFFIXES.ends(inner) and (
                        BARE_STRONG.ends(inner) or BARE_AFTER.starts(text, b + 1)
                        or BARE_BEFORE.ends(text[max(0, a - 4):a])) \
                        and not self._generic(text[a:b + 1], text, a, b + 1):
                    out.append((a, b + 1, 0.65, "project: quoted name of a place or platform"))
                    continue
                # quote followed by a short description and a head
                ce = b + 1
                while ce < len(text) and ce - b <= 16 and text[ce] not in CLAUSE_BREAK \
                        and text[ce] not in QUOTE_PAIRS:
                    ce += 1
                seg_end = ce
                for hm in quote_head_re.finditer(text, b + 1, seg_end):
                    he = hm.end()
                    toks = segment.tokens(text[b + 1:ce], b + 1)
                    j = next((k for k, t in enumerate(toks) if t.end == he), None)
                    if j is None:
                        continue
                    between = text[b + 1:hm.start()]
                    if any((t.word in GOVERNING and t.tag not in NOUN_TAGS) or
                           t.tag in ("m", "q", "uj", "p", "c")
                           for t in toks[:j]) or "的" in between or len(between) > 14:
                        break  # something (a verb, 的, a count) between quote and head
                    if self._generic(text[a:he], text, a, he):
                        break
                    out.append((a, he, 0.8, f"project: quoted name + {hm.group()}"))
                    break

    def _list_candidates(self, text: str, clauses: _Clauses, out: list) -> None:
        heads, stop, _, _ = self._res
        # X、Y等(N个)(descriptor)项目 / …项目，包括X、Y等
        for m in re.finditer("等", text):
            after = text[m.end():m.end() + 16]
            cm = re.match(rf"(?:(?:{NUM})(?:多|余)?[个项家所座处]|一批)?", after)
            rest = after[cm.end():]
            if cm.group():
                dm = RE_LIST_DESC.match(text, m.end() + cm.end())
                if dm and dm.end() - m.end() <= 22:
                    cm = re.match(r".*", after[:dm.end() - m.end()])  # the description joins the count
                    after = text[m.end():dm.end() + 10]
                    rest = after[cm.end():]
            hm = None
            for h in LIST_HEADS.words:
                k = rest.find(h)
                if 0 <= k <= 8 and not any(c in CLAUSE_BREAK or c in "、的" for c in rest[:k]):
                    if hm is None or k < hm[0]:
                        hm = (k, h)
            if hm is None:
                continue
            head_end = m.end() + cm.end() + hm[0] + len(hm[1])
            if LIST_NOT_PROJECT_AFTER.starts(text, head_end):
                continue  # 唯品会等平台企业: companies
            if LIST_SECTORS.starts(after):
                continue  # 生物医药、集成电路等领域项目: sectors, not projects
            counted = bool(cm.group())
            self._emit_list(text, clauses, m.start(), head_end, counted, out, "等" + hm[1])
        for m in RE_LIST_OPENER.finditer(text):
            k = text.find("等", m.end(), m.end() + 80)
            if k < 0:
                continue
            seg = text[m.end():k]
            if any(c in CLAUSE_BREAK for c in seg):
                continue
            self._emit_items(text, m.end(), k, out, "project: listed after 项目…包括", False, None)

    def _emit_list(self, text, clauses, deng, head_end, counted, out, why):
        # walk back over 、-separated items to the clause start
        cs, _ = clauses.bounds(deng, deng)
        self._emit_items(text, cs, deng, out, f"project: listed as {why}", True,
                         None if counted else head_end)

    def _emit_items(self, text, seg_start, seg_end, out, reason, trim_first, merge_end):
        seg = text[seg_start:seg_end]
        if not seg:
            return
        parts = seg.split("、")
        if len(parts) > 12:
            return
        spans = []
        pos = seg_start
        for p in parts:
            spans.append([pos, pos + len(p)])
            pos += len(p) + 1
        # only the last (nearest to 等) run of items that contains no 等 itself
        while len(spans) > 1 and "等" in text[spans[0][0]:spans[0][1]]:
            spans.pop(0)
        if trim_first:
            s0, e0 = spans[0]
            toks = segment.tokens(text[s0:e0], s0)
            if not toks:
                return
            last = len(toks) - 1
            if last > 0 and RE_PHASE.match(toks[last].word):
                last -= 1  # X二期、Y等: the item is X's phase, named by X
            i = _walk_left(toks, last, limit_chars=14, lenient=True)
            # the item is the last token(s); lenient walk lets a final verb-ish word in
            if i >= len(toks):
                return
            spans[0][0] = toks[i].start
        items = [(s, e) for s, e in spans if 1 < e - s <= 16]
        if len(items) != len(spans):
            return
        for s, e in items:
            t = text[s:e]
            if any(c in CLAUSE_BREAK for c in t) or "等" in t or "的" in t:
                return
            if NON_NAME_ENDINGS.ends(t):
                return
            if PLACE_ENDINGS.ends(t) and not TOWN_NAMES.ends(t):
                return  # 喜德县冕山镇、越西县中所镇等一批学校: places, the schools unnamed
        # short items share the head of what follows
        merged = []
        k = 0
        while k < len(items):
            s, e = items[k]
            j = k
            while e - s <= 2 and j + 1 < len(items) and items[j][1] - items[j][0] <= 2:
                j += 1
                e = items[j][1]
            if items[j][1] - items[j][0] <= 2:
                if j + 1 < len(items):
                    j += 1
                    e = items[j][1]
                elif merge_end is not None and len(items) > 1:
                    e = merge_end
            merged.append((s, e))
            k = j + 1
        for s, e in merged:
            if e - s < 2:
                continue
            out.append((s, e, 0.7, reason))

    def _line_candidates(self, text: str, out: list) -> None:
        for m in RE_LINE.finditer(text):
            a = m.start()
            before = segment.tokens(text[max(0, a - 8):a], max(0, a - 8))
            if before and before[-1].tag == "ns":
                a = before[-1].start  # 广州地铁22号线
            out.append((a, m.end(), 0.7, "project: metro or rail line"))

    # -- API ---------------------------------------------------------------------------
    def suggest(self, text: str) -> list[Suggestion]:
        if self._res is None:
            self._res = _resources()
        cands: list[tuple[int, int, float, str]] = []
        clauses = _Clauses(text)
        self._list_candidates(text, clauses, cands)
        self._quote_candidates(text, cands)
        self._head_candidates(text, clauses, cands)
        if "号线" in text:
            self._line_candidates(text, cands)
        # longest first, no two overlapping spans
        cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
        starts: list[int] = []  # taken spans, sorted and disjoint
        ends: list[int] = []
        result = []
        for s, e, conf, why in cands:
            k = bisect.bisect_right(starts, s)
            if (k > 0 and ends[k - 1] > s) or (k < len(starts) and starts[k] < e):
                continue
            starts.insert(k, s)
            ends.insert(k, e)
            result.append(Suggestion(start=s, end=e, label="PROJECT", text=text[s:e], value={},
                                     confidence=conf, reason=why, origin=self.name))
        result.sort(key=lambda x: x.start)
        # a name right after another one is part of it: 成都医学城 + 三医创新中心
        merged: list[Suggestion] = []
        for sg in result:
            if merged and merged[-1].end == sg.start and text[sg.start] not in QUOTE_PAIRS:
                prev = merged.pop()
                sg = Suggestion(start=prev.start, end=sg.end, label="PROJECT",
                                text=text[prev.start:sg.end], value={},
                                confidence=max(prev.confidence, sg.confidence),
                                reason=prev.reason + " + " + sg.reason, origin=self.name)
            merged.append(sg)
        return merged

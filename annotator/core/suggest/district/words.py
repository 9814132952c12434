"""DISTRICT: the words around a name - is it a mention of a place at all?

Segmentation across its edges (建设|乡村, 目的地|城市), a neighbour joined into a more frequent
word (惠|民生), a longer word of the dictionary around it (长白山), the words after a short form
(a place word, a project head, a natural feature, 社区/村), a generic word after another
(中心城区). Word lists: resources/district_words.txt.
"""
from __future__ import annotations

import math

from annotator.core.suggest import segment
from annotator.core.suggest.gazetteer import Gazetteer
from annotator.core.suggest.lexicon import charset, lexicon
from annotator.core.suggest.segment import PLACE_FREQ, tokens
from annotator.core.suggest.wordpath import cut_block

_WORDS = "district_words.txt"  # the words around a short form, explained there
FEATURE_AFTER = charset(_WORDS, "feature_after")
FEATURE_AFTER_NOT = lexicon(_WORDS, "feature_after_not")
FEATURE_END = charset(_WORDS, "feature_end")
PLACE_AFTER = lexicon(_WORDS, "place_after")
PLACE_AFTER_NOT = lexicon(_WORDS, "place_after_not")
PROJECT_HEADS = lexicon(_WORDS, "project_heads")
LIST_AFTER = lexicon(_WORDS, "list_after")
LINE_AFTER = lexicon(_WORDS, "line_after")
RIVER_AFTER = lexicon(_WORDS, "river_after")
RIVER_END = frozenset("江河溪")
CLAUSE_END = frozenset("。，；：！？、,;:!?（）()“”\"《》\n")
FORMER_LEVELS = frozenset("市县区")  # levels a county-level unit changes between
FUNCTION_CHARS = frozenset("等和与及的在")
LEVEL_CHARS = frozenset("省市县区镇乡")  # 东丰|县域: the short form runs into its level
LONG_SHORT = 4  # a county's short form this long (霍尔果斯, 香格里拉) is a name wherever it stands
DIRECTIONS = frozenset("东西南北中")
NAME_TAGS = frozenset(("ns", "nr", "nt", "nrt", "nrfg"))  # jieba's tags of names
RARE_NAME_LOG = math.log(300)  # a name of jieba's dictionary less frequent than this is rare
PLACE_LOG = math.log(PLACE_FREQ)  # the score above an unknown character of a name the gazetteer adds
PROVINCE_CHARS = charset(_WORDS, "province_chars")
HEAD_REACH = 8  # a project head this many characters after a township's short form at most
WINDOW = 6  # characters of context on each side when a name is checked against segmentation
WEAK_FULL_MAX_LEN = 2  # 和县, 城区, 张镇: too short to trust without context


def name_only(key: str) -> bool:
    """Is ``key`` no common word: a place name to jieba's dictionary (番禺, 敦煌), a rare name of
    another kind (嘉善: a person's, 28 times) or no word at all, and no direction and a natural
    feature that many cities have (南湖, 西山)? Then a county's short form needs only its
    province in the document (not 同心 of 勠力同心, 安居 of 和谐安居, 凤凰 of 引得凤凰来: a
    person's name 1,348 times, 南湖 of 南湖新城)."""
    if len(key) == 2 and key[0] in DIRECTIONS and key[1] in FEATURE_END:
        return False
    lp, unknown = segment._load()
    v = lp.get(key)
    if v is None:
        return True
    tag = segment.tag_of(key)
    return tag == "ns" or (tag in NAME_TAGS and v < RARE_NAME_LOG + unknown)


def region_word(key: str) -> bool:
    """A province's one-character name and a direction (陇东, 鲁西, 苏北, 皖南) is a region
    before it is any township of that name."""
    return len(key) == 2 and key[0] in PROVINCE_CHARS and key[1] in DIRECTIONS


def segment_words() -> segment.Words:
    """The segmenter's table of words and their prefixes (word -> log-probability, prefix ->
    None), loaded once per process: to see whether any word could cross a name's edge."""
    return segment._load()[0]


def crossed(text: str, start: int, end: int) -> bool:
    return crossed_at(text, start, end) is not None


def crossed_at(text: str, start: int, end: int) -> int | None:
    """Where segmentation puts a word across ``start`` or ``end`` (that edge, else None):
    there the name is a piece of other words (建设|乡村 -> no 建设乡, 目的地|城市 -> no
    地城, 长白山 -> no 白山, 莲花山港 -> no 花山). The window is cut only where a word of
    the dictionary spans one of the two edges (most names meet none)."""
    words = segment_words()
    lo = max(0, start - WINDOW)
    hi = min(len(text), end + WINDOW)
    get = words.get
    for i in range(lo, end):
        if i == start:
            continue
        # words starting before the name that reach into it, or inside it that reach out
        edge = start if i < start else end
        j = i + 1
        while j <= hi:
            v = get(text[i:j], words)
            if v is words:
                break
            if v is not None and j > edge:
                break
            j += 1
        else:
            continue
        if v is not words:
            break
    else:
        return None
    # a word that begins with the name is the place and more (南京大学, 湖里老工业区):
    # ordinary words of that kind are blocking words of the gazetteer already
    a, b = start - lo, end - lo
    cut_end = False
    for token in tokens(text[lo:hi]):
        if token.start < a < token.end:
            return start
        if token.start < b < token.end and token.start != a:
            cut_end = True
    return end if cut_end else None


class _Without:
    """The segmenter's words, ``word`` no word but a prefix (of the longer words it begins)."""

    __slots__ = ("words", "word")

    def __init__(self, words: segment.Words, word: str) -> None:
        self.words, self.word = words, word

    def get(self, key: str, default: object = None) -> object:
        return None if key == self.word else self.words.get(key, default)


def crossed_unless_added(text: str, start: int, end: int) -> bool:
    """Is a full name that is a word only because the gazetteer added it to the segmenter's
    dictionary (明村镇, 于城镇, 怀安乡: no word of jieba's own) cut by the words around it once
    it is no word: 文明|村镇 (no 明村镇), 高于|城镇, 怀安|乡村? Then it is two ordinary words
    that meet. A name jieba knows more often than the gazetteer's floor is left to
    :func:`crossed`."""
    lp, unknown = segment._load()
    key = text[start:end]
    v = lp.get(key)
    if v is None or v > unknown + PLACE_LOG + 1e-9:
        return False
    lo = max(0, start - WINDOW)
    hi = min(len(text), end + WINDOW)
    for i in range(start - 1, lo - 1, -1):  # the run of Han characters around the name
        if not _han(text[i]):
            lo = i + 1
            break
    for i in range(end, hi):
        if not _han(text[i]):
            hi = i
            break
    if lo == start and hi == end:
        return False
    pos = lo
    for word in cut_block(text[lo:hi], _Without(lp, key), unknown):  # type: ignore[arg-type]
        nxt = pos + len(word)
        if pos < start < nxt or pos < end < nxt:
            return True
        pos = nxt
    return False


def _han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def joined(text: str, start: int, end: int) -> int | None:
    """Where a neighbour joins an edge character of the name into a more frequent word than
    the name itself (惠|民生: its end; 新|增城|镇 -> 新增, 城镇: both, given as its start),
    else None. The segmenter's dictionary knows the name as a place and would keep it
    whole. Not before 等, 和, 的 … (汉中等地)."""
    get = segment_words().get
    own = get(text[start:end])
    joins: list[bool] = []
    for a, b in ((start - 1, start + 1), (end - 1, end + 1)):
        v = get(text[a:b]) if a >= 0 and b <= len(text) else None
        joins.append(v is not None and (own is None or v > own))
    if not joins[1] or text[end] in FUNCTION_CHARS:
        return None  # joined at its start alone: 天水|东岔站, 古城|西关 stand
    return start if joins[0] else end


def inside_word(text: str, start: int, end: int) -> bool:
    """Is start:end part of a longer word of the dictionary reaching two characters to
    either side at most (大凉山, 长白山)? Then segmentation must decide (:func:`crossed`)."""
    get = segment_words().get
    for lo in range(start, max(-1, start - 3), -1):
        for hi in range(end, min(len(text), end + 2) + 1):
            if (lo, hi) != (start, end) and get(text[lo:hi]) is not None:
                return True
    return False


def place_after(text: str, end: int) -> bool:
    """Do the words after a township's short form make it a place: a zone, town centre or
    facility there (巴公园区, 大川段), or a list closed by 等乡镇 (那丹伯、拉拉河、安恕等乡镇)?"""
    if PLACE_AFTER.starts(text, end):
        return not PLACE_AFTER_NOT.starts(text, end)
    i, n = end, len(text)
    while i < n and text[i] == "、":  # the other items of a list
        j = i + 1
        while j < n and j - i <= 5 and text[j] not in CLAUSE_END and text[j] != "等":
            j += 1
        i = j
    return LIST_AFTER.starts(text, i)


def project_after(text: str, end: int) -> bool:
    """A head word of a named thing (产业园, 学校) a few words after, in the same clause:
    the short form begins that thing's name (南村铸造产业园, 南岭爱物学校)."""
    for i in range(end, min(len(text), end + HEAD_REACH + 1)):
        if text[i] in CLAUSE_END:
            return False
        if PROJECT_HEADS.starts(text, i):
            return True
    return False


def feature_after(text: str, end: int) -> bool:
    """A short form followed by 山, 河, 湖 … names the natural feature (麦积山, 东辽河), unless
    a word of [feature_after_not] begins there as segmentation reads it: 福建|山区 is the
    province's mountain area, 长白山|地带 the mountain."""
    if text[end:end + 1] not in FEATURE_AFTER:
        return False
    if not FEATURE_AFTER_NOT.starts(text, end):
        return True
    lo = max(0, end - WINDOW)
    return not any(token.start == end - lo for token in tokens(text[lo:min(len(text), end + WINDOW)]))


def not_a_mention(text: str, start: int, end: int, key: str) -> bool:
    """A short form that the words around it show to be something else: the name of a
    community or village (朝阳社区, 灌口村), two words that meet (湘江|西岸 -> 江西,
    黄河|南岸 -> 河南, 泰山|东麓 -> 山东), or a river (浑江干流, 黑龙江流域)."""
    after = text[end:end + 2]
    if after.startswith(("社区", "居委会")) or (after[:1] == "村" and after != "村镇"):
        return True
    if key[-1] in "东西南北" and after[:1] in "岸侧畔麓" and start > 0 \
            and "\u4e00" <= text[start - 1] <= "\u9fff":
        return True
    return key[-1] in RIVER_END and RIVER_AFTER.starts(text, end)  # 浑江干流: the river


def generic_before(g: Gazetteer, text: str, start: int, key: str) -> bool:
    """A two-character name that is also an ordinary word (城区, 新区, 矿区) right after
    another word (中心城区, 主城区, 老城区) is that word, not the district."""
    return (len(key) <= WEAK_FULL_MAX_LEN and key in g.stop and start > 0
            and "\u4e00" <= text[start - 1] <= "\u9fff")


def placed_here(g: Gazetteer, text: str, start: int, end: int, key: str) -> bool:
    """Do the words after this short form make it a township (:func:`place_after`,
    :func:`project_after`)? Never for ordinary words (建设, 发展)."""
    if key in g.stop or key in g.ordinary:
        return False
    return place_after(text, end) or project_after(text, end)

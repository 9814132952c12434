"""What the PROJECT rules know: the word lists of ``resources/project_words.txt`` (read once,
on import), the head words of ``resources/project_heads.txt`` and the generic phrases of
``resources/project_stoplist.txt`` (read on first use), jieba's part-of-speech tags that
matter, and the patterns shared by several rules."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from annotator.core.suggest.lexicon import Lexicon, charset, lexicon, table

_WORDS = "project_words.txt"  # the word lists, explained there

# -- words -----------------------------------------------------------------------------
GOVERNING = lexicon(_WORDS, "governing")
REGION_WORDS = lexicon(_WORDS, "region_words")
NAME_VERBS = lexicon(_WORDS, "name_verbs")
ADMIN_SINGLE = lexicon(_WORDS, "admin_single")
ORDINAL_NEXT = lexicon(_WORDS, "ordinal_next")
DESIGNATION_PREFIXES = lexicon(_WORDS, "designation_prefixes")
FOLLOW_OK = lexicon(_WORDS, "follow_ok")
ORG_HEADS = lexicon(_WORDS, "org_heads")
AREA_HEADS = lexicon(_WORDS, "area_heads")
SLOGAN_AFTER = lexicon(_WORDS, "slogan_after")
LINE_HEADS = lexicon(_WORDS, "line_heads")
BARE_SUFFIXES = lexicon(_WORDS, "bare_suffixes")
BARE_STRONG = lexicon(_WORDS, "bare_strong")
BARE_AFTER = lexicon(_WORDS, "bare_after")
BARE_BEFORE = lexicon(_WORDS, "bare_before")
QUOTE_HEADS_EXTRA = lexicon(_WORDS, "quote_heads_extra")
EVENT_ENDINGS = lexicon(_WORDS, "event_endings")
LIST_HEADS = lexicon(_WORDS, "list_heads")
LIST_BUILT = lexicon(_WORDS, "list_built")
LIST_QUALIFIERS = lexicon(_WORDS, "list_qualifiers")
LIST_NOT_PROJECT_AFTER = lexicon(_WORDS, "list_not_project_after")
LIST_SECTORS = lexicon(_WORDS, "list_sectors")
NON_NAME_ENDINGS = lexicon(_WORDS, "non_name_endings")
PLACE_ENDINGS = lexicon(_WORDS, "place_endings")
TOWN_NAMES = lexicon(_WORDS, "town_names")
BODIES = lexicon(_WORDS, "bodies")
VAGUE_COUNTS = lexicon(_WORDS, "vague_counts")
PARTNER_BEFORE = lexicon(_WORDS, "partner_before")
PARTNER_WITH = lexicon(_WORDS, "partner_with")
LIST_OPENERS = lexicon(_WORDS, "list_openers")
RAIL_KINDS = lexicon(_WORDS, "rail_kinds")
DESIGNATION_VERBS = lexicon(_WORDS, "designation_verbs")
DESIGNATION_LEVELS = lexicon(_WORDS, "designation_levels")
CAPACITY_UNITS = lexicon(_WORDS, "capacity_units")
CAPACITY_BEFORE = lexicon(_WORDS, "capacity_before")
ROAD_NOT_AFTER = lexicon(_WORDS, "road_not_after")
ROAD_WORKS = lexicon(_WORDS, "road_works")
PROGRAMME_VERBS = lexicon(_WORDS, "programme_verbs")
PROGRAMME_HEADS = lexicon(_WORDS, "programme_heads")
EVENT_HOSTS = lexicon(_WORDS, "event_hosts")
SUBJECT_PREDICATES = lexicon(_WORDS, "subject_predicates")
SUBJECT_ADVERBS = lexicon(_WORDS, "subject_adverbs")
EVENT_HEADS = lexicon(_WORDS, "event_heads")
EVENT_NEED_A_NAME = lexicon(_WORDS, "event_need_a_name")
EVENT_NOT_NAMES = lexicon(_WORDS, "event_not_names")
# one-character words, written as runs of characters
HARD_FUNCTION = charset(_WORDS, "hard_function")
PRONOUN_CHARS = charset(_WORDS, "pronoun_chars")
FRAGMENT_BREAKS = charset(_WORDS, "fragment_breaks")
TIME_CHARS = charset(_WORDS, "time_chars")

# -- punctuation -------------------------------------------------------------------------
QUOTE_PAIRS = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’"}
CLAUSE_BREAK = set("，,。；;！!？?：:\n\t \u3000（）()《》【】[]—…|/")

# -- jieba's part-of-speech tags -----------------------------------------------------------
# tags of words that end a name's left edge (function words, numbers, pronouns, time words)
STOP_TAGS = {"p", "c", "u", "uj", "ul", "uz", "uv", "ud", "ug", "d", "r", "t", "f", "y", "e", "o",
             "m", "mq", "q", "a", "ad", "an", "zg", "h", "k", "tg", "dg", "rg", "rr", "rz",
             "i"}  # (i: an idiom, 全力以赴)
PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "nt", "eng"}
NOUN_TAGS = {"n", "vn", "nz", "an", "ns", "nt", "nr"}
# a one-character word with one of these tags pairs with no neighbour into an unknown word
SINGLE_FUNCTION_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "q", "m", "f",
                        "y", "e", "o", "a", "ad", "t"}
# ... nor joins a longer run of single characters
RUN_BAN_TAGS = {"p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "rr", "rz", "m", "mq", "y",
                "e", "o"}

# -- patterns ---------------------------------------------------------------------------
RE_ORDINAL = re.compile(r"^第[一二三四五六七八九十0-9]+$")
RE_NUMERIC = re.compile(r"^[0-9０-９.一二三四五六七八九十百千万亿两几数多零〇第]+"
                        r"[个项家所座批处条宗类种名位件次年月日号期成倍]?$")
NUM = r"[0-9０-９]+(?:\.[0-9]+)?|[一二三四五六七八九十两百千万零〇]+"
RE_COUNT_BEFORE = re.compile(rf"(?:{NUM})(?:多|余)?[个项家所座批处条宗类]$")
RE_COUNT_AFTER = re.compile(rf"^(?:{NUM})(?:多|余)?[个项家所座批处条宗]")
RE_DESIGNATED = re.compile(f"(?:{DESIGNATION_VERBS.pattern()})(?:首批|第[一二三四五六七八九十]批)?"
                           r"(?:国家|全国|[\u4e00-\u9fff]{0,4}?[省市])?级?$")
# a quoted campaign of the Party's committees (聚焦省委“…”行动): theirs, not a project
RE_PARTY_BEFORE = re.compile("(?:党中央|中央|省委|市委|县委|区委|党委|党工委)(?:提出的|部署的|的)?$")
# a numbered set right after a quotation: “改作风、提效能…”八大行动, “…”三项工程
RE_SET_AFTER = re.compile(r"(?:[0-9]+|[一二三四五六七八九十两]+)(?:大|项|个)")
# a numbered set label inside quotes: “六项行动”, “五大工程”, “三个清单”, “双百计划”, “一号工程”
RE_SET_LABEL = re.compile(r"^[“\"「『]?(?:[0-9]+|[一二三四五六七八九十两双百千万]+)(?:大|项|个|百|好|号)")
# a campaign's word after a quotation: ”行动, ”专项行动, ”系列活动
RE_CAMPAIGN_AFTER = re.compile("(?:专项|攻坚|系列|主题)?(?:行动|活动)")
# a short numbered label: “四强”, “五比”, “五抓五提升”, “485” (a count of slogans, not a name)
RE_NUMBERED_LABEL = re.compile(r"^(?:[0-9]{2,}|(?:[一二三四五六七八九十两][\u4e00-\u9fff]{1,2})+)$")
# a counted head inside quotes: “一枢纽三基地一中心”, “两中心一基地”
RE_COUNTED_HEAD = re.compile(r"[一二三四五六七八九十两双]$")
# a name's investment before it: 总投资68亿元的晋阳高速拓宽改造 (the name follows 的)
RE_INVESTED = re.compile(r"(?:总投\s*资|计划投\s*资|投\s*资)(?:约|超|近|达)?\s*[0-9０-９.]+\s*(?:万|亿)\s*元"
                         r"(?:以上|左右)?的")
RE_SUPERLATIVE = re.compile(r"最[大长高早强优]|唯一|首个|第一")
RE_EDITION = re.compile(r"首届|第[0-9一二三四五六七八九十百]+届")  # before an event's name
RE_PHASE_ONLY = re.compile(r"^(?:[0-9]+|[一二三四五六七八九十]+)期(?:项目|工程)$")
# a quotation's end and what makes it a slogan: ”战略, ”发展目标, ”总战略
RE_SLOGAN_AFTER = re.compile(f"[”\"」』](?:发展|总)?(?:{SLOGAN_AFTER.pattern()})")
# a title after a name: “…制造基地”等称号
RE_TITLE_AFTER = re.compile(r"等?(?:荣誉)?称号")
# a designation given in batches: 第三批全国森林康养示范基地
RE_BATCH = re.compile(r"^(?:第[一二三四五六七八九十0-9]+批|首批)")
# a report's title after a name: 湖南湘江新区2024年工作报告 (the name is the report's author)
RE_REPORT_TITLE = re.compile(r"\s*(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年[\u4e00-\u9fff]{0,8}工作报告")
RE_PHASE = re.compile(r"^(?:[0-9]+|[一二三四五六七八九十]+)期$")
RE_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9+&.\-]*$")


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ord(ch) >= 0x20000


class HeadWords(NamedTuple):
    """The head words and the stop list, with the patterns that find the heads."""

    heads: dict[str, str]  # head word -> "strong" or "weak"
    stop: Lexicon  # generic phrases never proposed
    head_re: re.Pattern[str]  # any head word, longest first
    quote_head_re: re.Pattern[str]  # any head word or QUOTE_HEADS_EXTRA, longest first


@lru_cache(maxsize=1)
def head_words() -> HeadWords:
    """Read on first use (the suggester's first call), so that a missing file is reported
    then, by name, before anything else is loaded for it."""
    heads = table("project_heads.txt", default="weak")
    stop = lexicon("project_stoplist.txt")
    ordered = sorted(heads, key=len, reverse=True)
    head_re = re.compile("|".join(map(re.escape, ordered)))
    quote_heads = sorted(set(heads) | set(QUOTE_HEADS_EXTRA), key=len, reverse=True)
    quote_head_re = re.compile("|".join(map(re.escape, quote_heads)))
    return HeadWords(heads, stop, head_re, quote_head_re)

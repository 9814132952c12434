"""The rating rule: a place rated or being rated as an A-level scenic area is a project
(万家岭大捷纪念园获评国家4A级旅游景区, 大阳古镇、炎帝陵荣膺4A级景区, 加大矮寨奇观旅游区5A级创建),
although its name has no head word the rules know. The names stand right before the rating,
or before the verb that confers it, one or several joined by 、 or 和; each begins after the
description and the verbs and adverbs that open its clause (加大…). A count before the
rating (新增3个国家4A级景区) or a verb of aim (打造4A级旅游景区) leaves no name."""
from __future__ import annotations

import re

from annotator.core.suggest import segment
from annotator.core.suggest.project.candidates import Candidate
from annotator.core.suggest.project.clauses import Clauses

RE_RATING = re.compile(r"(?:国家)?(?:[345]A|A{3,5})级(?:旅游)?景区|(?:[345]A|A{3,5})级(?:旅游景区|景区)?创建")
CONFERRING = ("成功创建", "成功创成", "被评为", "晋升为", "获评", "荣膺", "创成", "评为", "晋升", "通过")
MAX_NAME = 14
MIN_NAME = 2
RE_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十两几多]+[个项家所座批处条宗类]")  # 3个国家4A级景区: a count
LEAD_TAGS = ("v", "p", "d", "c", "u", "r")  # what opens a clause before the name


def rating_candidates(text: str, clauses: Clauses, out: list[Candidate]) -> None:
    for m in RE_RATING.finditer(text):
        end = m.start()
        verb = next((v for v in CONFERRING if text.endswith(v, 0, end)), "")
        end -= len(verb)
        start = clauses.start(end)
        for s, e in _items(text, start, end):
            name = _name(text, s, e)
            if name is not None:
                out.append(Candidate(name, e, 0.5, "project: rated " + m.group()))


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a list before the rating (大阳古镇、炎帝陵; …和…, where 和 is a word of its own,
    not the first character of 和顺古镇), the last first."""
    items = []
    for piece in re.finditer(r"[^、]+", text[start:end]):
        s = start + piece.start()
        for tok in segment.tokens(piece.group(), s):
            if tok.word == "和":
                items.append((s, tok.start))
                s = tok.end
        items.append((s, start + piece.end()))
    return [(s, e) for s, e in items[::-1] if s < e][:6]


def _name(text: str, start: int, end: int) -> int | None:
    """Where the name that ends at ``end`` begins, if it is one: the item after a description
    (…的) and the verbs, prepositions and adverbs that open its clause (加大…, 推进…)."""
    described = text.rfind("的", start, end)
    if described >= 0:
        start = described + 1
    toks = segment.tokens(text[start:end], start)
    i = 0
    while i < len(toks) and toks[i].tag.startswith(LEAD_TAGS):
        i += 1
    if i >= len(toks) or toks[-1].end != end or toks[-1].tag.startswith(("v", "m", "q", "u", "p", "d")):
        return None
    s = toks[i].start
    if not MIN_NAME <= end - s <= MAX_NAME or RE_COUNT.match(text, s, end):
        return None
    if any(t.tag == "v" for t in toks[i:]):
        return None  # 武当山旅游人次居全省5A级景区首位: a clause, no name
    return s

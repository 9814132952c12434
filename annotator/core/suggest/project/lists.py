"""The list rule: the items the text itself lists as projects, X、Y等(8个)项目 and
…项目，包括X、Y、Z等. Short items (two characters) share the head of the next item (A、B学校)
or of the phrase after 等 (A、B、C等城中村改造项目) and are merged with it."""
from __future__ import annotations

import re

from annotator.core.suggest import segment
from annotator.core.suggest.project.candidates import Candidate
from annotator.core.suggest.project.clauses import RE_BRACKETED, Clauses
from annotator.core.suggest.project.routes import RE_ROAD_HEAD, abbreviation_start
from annotator.core.suggest.project.tokens import evidence
from annotator.core.suggest.project.walk import walk_left
from annotator.core.suggest.project.words import (
    CLAUSE_BREAK,
    GOVERNING,
    LIST_BUILT,
    LIST_HEADS,
    LIST_NOT_PROJECT_AFTER,
    LIST_OPENERS,
    LIST_QUALIFIERS,
    LIST_SECTORS,
    NON_NAME_ENDINGS,
    NUM,
    PLACE_ENDINGS,
    RE_EDITION,
    RE_INVESTED,
    RE_PHASE,
    TOWN_NAMES,
    head_words,
)

# after 等: a count (8个, 一批, with the spaces a PDF leaves: 等 12 个), perhaps a size
# (等5个7亿元以上重大制造业项目) ...
RE_LIST_COUNT = re.compile(rf"(?:\s*(?:(?:{NUM})\s*(?:多|余)?[个项家所座处条]|一批)"
                           rf"(?:(?:{NUM})(?:万|亿)元(?:以上|左右)?)?\s*)?")
# ... and a short description before the head: 等12个总投资超20亿元的产业项目
RE_ORGANISATIONS = re.compile("企业|公司|集团|单位|户|机构")  # between 等 and a head
# places counted after 等 (赴北京、上海等12个省份开展招商活动): the items are places
RE_PLACES_COUNTED = re.compile("(?:省份|省市|省区|地市|县市|县区|国家|地区)(?!级)")
RE_LIST_DESC = re.compile(r"[^，,。；;：:、“”]{1,14}的")
RE_LIST_OPENER = re.compile(f"项目[，,：:]?(?:{LIST_OPENERS.pattern()})")
# after a list's head, the main body of the works, not a market player: 等5个地下站点主体结构完工
RE_BUILT_BODY = re.compile("主体(?:工程|结构|完工|建成|封顶|竣工)")
MAX_ITEMS = 12
# heads after which the items may be kinds of work (油橄榄、食用菌等种业提升工程); after the
# others (平台, 园区 …) one item at least must be a name (金翼蛋品、麒鸣肉羊等现代牧业园区, not
# 生活服务、休闲娱乐等电商平台 or 高精铝、汽车零部件等先进制造业园区)
WORKS_HEADS = ("项目", "工程")
MAX_ITEM = 20  # characters of an item (…封测技术研发及批量生产)
SHARED_ITEM = 4  # the longest item that shares a described head (堰水进京)
# ... when the head is 项目 (环江、罗城等风电项目; but 爱民制药、枫树线业等技改项目 are two)
SHARED_PROJECT_ITEM = 3


def list_candidates(text: str, clauses: Clauses, out: list[Candidate]) -> None:
    # X、Y等(N个)(descriptor)项目
    for m in re.finditer("等", text):
        found = _head_after_deng(text, m.end())
        if found is None:
            if LIST_BUILT.starts(text, m.end()):  # 江右制药、雅洁新材等建成投产: being built
                emit_items(text, clauses.start(m.start()), m.start(), out,
                           "project: listed as being built", True, None, True)
            continue
        head, head_end, counted = found
        # walk back over 、-separated items to the clause start
        cs = clauses.start(m.start())  # a list may be longer than a name's window
        shared = None if counted else _shared_head(text, m.end(), head_end, head)
        emit_items(text, cs, m.start(), out, f"project: listed as 等{head}", True,
                   None if counted else head_end, head not in WORKS_HEADS, shared, head)
    # …项目，包括X、Y等
    for m in RE_LIST_OPENER.finditer(text):
        k = text.find("等", m.end(), m.end() + 80)
        if k < 0:
            continue
        seg = text[m.end():k]
        if any(c in CLAUSE_BREAK for c in seg):
            continue
        emit_items(text, m.end(), k, out, "project: listed after 项目…包括", False, None)


def _head_after_deng(text: str, pos: int) -> tuple[str, int, bool] | None:
    """(the list's head, where it ends, whether the items are counted) for 等 ending at
    ``pos``, or None where no head of a list of projects follows."""
    after = text[pos:pos + 20]
    cm = RE_LIST_COUNT.match(after)
    assert cm is not None  # the pattern matches the empty string too
    rest = after[cm.end():]
    if cm.group():
        dm = RE_LIST_DESC.match(text, pos + cm.end())
        if dm and dm.end() - pos <= 22:
            cm = re.match(r".*", after[:dm.end() - pos])  # the description joins the count
            assert cm is not None
            after = text[pos:dm.end() + 10]
            rest = after[cm.end():]
    hm = None
    for h in LIST_HEADS.words:
        k = rest.find(h)
        if 0 <= k <= 8 and not any(c in CLAUSE_BREAK or c in "、的" for c in rest[:k]):
            if hm is None or k < hm[0]:
                hm = (k, h)
    if hm is None or RE_ORGANISATIONS.search(rest, 0, hm[0]) \
            or (cm.group() and RE_PLACES_COUNTED.match(rest)):
        return None  # (等20户企业入驻园区: the items are companies; 等12个省份: places)
    head_end = pos + cm.end() + hm[0] + len(hm[1])
    if LIST_NOT_PROJECT_AFTER.starts(text, head_end) and not RE_BUILT_BODY.match(text, head_end):
        return None  # 唯品会等平台企业: companies (but 等项目主体工程完工: the works)
    if LIST_SECTORS.starts(after):
        return None  # 生物医药、集成电路等领域项目: sectors, not projects
    return hm[1], head_end, bool(cm.group())


def emit_items(text: str, seg_start: int, seg_end: int, out: list[Candidate], reason: str,
               trim_first: bool, merge_end: int | None, need_a_name: bool = False,
               shared_end: int | None = None, shared_head: str = "") -> None:
    """The 、-separated items of text[seg_start:seg_end] as candidates, all or none.
    ``trim_first``: the first item starts where a name would (the clause may begin with a
    verb); ``merge_end``: where the head after 等 ends, for short last items; ``shared_end``:
    where a described head ends that short items share (油橄榄、食用菌等种业提升工程: one span)."""
    spans = _item_spans(text, seg_start, seg_end, trim_first)
    if spans is None:
        return
    items = [(s, e) for s, e in spans if 1 < e - s <= MAX_ITEM]
    if len(items) != len(spans) or not all(_is_name(text[s:e]) for s, e in items):
        return
    if need_a_name and not any(_has_a_name(text, s, e) for s, e in items):
        return  # kinds of platform or park, sectors: 生活服务、休闲娱乐等电商平台
    if shared_end is not None and _share_the_head(text, items, shared_head):
        out.append(Candidate(items[0][0], shared_end, 0.65, reason + ", one head shared"))
        return
    if shared_head in WORKS_HEADS and _kinds_of_work(text, items):
        return  # 基础教育、基层卫生、公共文化服务等重点项目: fields, not projects
    for s, e in _merge_short(items, merge_end):
        if e - s < 2:
            continue
        out.append(Candidate(s, e, 0.7, reason))


def _item_spans(text: str, seg_start: int, seg_end: int, trim_first: bool) -> list[list[int]] | None:
    seg = text[seg_start:seg_end]
    if not seg:
        return None
    parts = seg.split("、")
    if len(parts) > MAX_ITEMS:
        return None
    spans = []
    pos = seg_start
    for p in parts:
        spans.append([pos, pos + len(p)])
        pos += len(p) + 1
    # only the last (nearest to 等) run of items that contains no 等 itself
    while len(spans) > 1 and "等" in text[spans[0][0]:spans[0][1]]:
        spans.pop(0)
    for span in spans:
        em = RE_EDITION.match(text, span[0], span[1])
        if em is not None:
            span[0] = em.end()  # 首届泽商大会: the event is 泽商大会
    invested = False
    for span in spans:
        m = RE_INVESTED.search(text, span[0], span[1])
        if m is not None:
            span[0] = m.end()
            invested = True
    if trim_first and not invested:
        first = _first_item_start(text, spans[0][0], spans[0][1])
        if first is None:
            return None
        spans[0][0] = first
    return spans


def _first_item_start(text: str, s0: int, e0: int) -> int | None:
    """Where the first item of a list starts in text[s0:e0], a clause that may begin with a
    verb: the last words that make a name."""
    note = RE_BRACKETED.search(text, s0, e0)
    if note is not None and note.end() == e0 and note.start() > s0:
        e0 = note.start()  # 三阳川隧道（岷山厂）: the name before the note
    toks = segment.tokens(text[s0:e0], s0)
    if not toks:
        return None
    last = len(toks) - 1
    if last > 0 and RE_PHASE.match(toks[last].word):
        last -= 1  # X二期、Y等: the item is X's phase, named by X
    i = walk_left(toks, last, limit_chars=14, lenient=True)
    # the item is the last token(s); lenient walk lets a final verb-ish word in
    if i >= len(toks):
        return None
    if 0 < i <= last and not any(_governs(t) for t in toks[:i]):
        i = 0  # the clause begins with the name (南都新能源: 都 is no adverb here)
    elif 0 < i <= last and toks[last].end - toks[i].start < 2:
        # one character is no item: the walk stopped at a word that may stand inside a
        # name (其中中科未来城: 未来); the item starts after the last word that governs it
        i = next(k for k in range(i - 1, -1, -1) if k == 0 or _governs(toks[k - 1]))
    if i == last and RE_ROAD_HEAD.fullmatch(toks[i].word):
        i = abbreviation_start(toks, i) or i  # 开工房五高速、…: the road's abbreviation
    return toks[i].start


def _shared_head(text: str, pos: int, head_end: int, head: str) -> int | None:
    """Where the head after 等 (at ``pos``) ends if a description stands before it
    (等综合物流园区, 等种业提升工程; not 等项目, 等重点项目): a head the items may share."""
    described = text[pos:head_end - len(head)]
    if len(described) < 2 or described in LIST_QUALIFIERS:
        return None
    return head_end


def _share_the_head(text: str, items: list[tuple[int, int]], head: str) -> bool:
    """Short items with no head word of their own (兰花、蓝远、均和; 汽车、专用车、零部件):
    parts of one name that the head after 等 completes."""
    heads = head_words().head_re
    longest = SHARED_ITEM if head != "项目" else SHARED_PROJECT_ITEM
    return all(e - s <= longest and not heads.search(text, s, e) for s, e in items)


def _kinds_of_work(text: str, items: list[tuple[int, int]]) -> bool:
    """Two items or more, none of them specific (a proper or unknown name, a head word of its
    own, a figure): sectors or kinds of work listed before 等…项目/工程 (特色农牧、文化旅游,
    黑土滩治理、湿地保护、人工造林, 中央预算内投资、专项债券), not their names."""
    heads = head_words().head_re
    return len(items) > 1 and not any(
        _has_a_name(text, s, e) or heads.search(text, s, e) is not None
        or any(c.isdigit() for c in text[s:e]) for s, e in items)


def _governs(tok: segment.Token) -> bool:
    """A word that may stand before a name in a clause: a verb, a function word, a number."""
    return (tok.tag[:1] in ("v", "p", "c", "u", "r", "m") or tok.word in GOVERNING
            or not tok.word.isalnum())


def _has_a_name(text: str, s: int, e: int) -> bool:
    toks = segment.tokens(text[s:e], s)
    return evidence(toks, 0, len(toks))


def _is_name(t: str) -> bool:
    t = RE_BRACKETED.sub("", t)  # 三阳川隧道（岷山厂）: a note inside the item
    if any(c in CLAUSE_BREAK for c in t) or "等" in t or "的" in t:
        return False
    if t.count("“") != t.count("”"):
        return False  # a quotation cut in two: no item
    if NON_NAME_ENDINGS.ends(t):
        return False
    if PLACE_ENDINGS.ends(t) and not TOWN_NAMES.ends(t):
        return False  # 喜德县冕山镇、越西县中所镇等一批学校: places, the schools unnamed
    return True


def _merge_short(items: list[tuple[int, int]], merge_end: int | None) -> list[tuple[int, int]]:
    """Short items (two characters) are joined to the next item, whose head they share
    (A、B学校 is one span); a short last item reaches to the head after 等 (``merge_end``)."""
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
    return merged

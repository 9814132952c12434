"""DISTRICT suggestions: administrative areas found with the gazetteer's automaton.

Full official names (湖里区, 福建省, 灌口镇) are proposed wherever they stand. Short forms
(湖里, 福建, 灌口) are proposed where the document makes them unambiguous:
- provinces and prefectures: always (they are well known), unless the short form is an
  ordinary word on the stop list, in which case the full name must occur in the document;
- counties: where the county's full name, its parent area or a sibling county is
  mentioned (for short forms that jieba's dictionary knows as ordinary words, only the
  full name or the parent counts); a short form of four characters or more (霍尔果斯)
  anywhere; a well-known one (敦煌) where its province is mentioned;
- townships: where the township's full name or its county is mentioned, never for an
  ordinary word (建设, 发展) or a region (陇东); where only the city is mentioned, when a
  place word or the head of a named thing follows (巴公园区, 大川段, 南村铸造产业园, 那丹伯、
  拉拉河、安恕等乡镇), and then elsewhere in the document too.
No short form is proposed inside an ordinary word that contains it (大理石, 孙中山,
金山银山), across a word of the segmentation (目的地|城市, 惠|民生, 长白山) unless the unit is
named in full, or before 山, 河, 湖 … where it names a natural feature (麦积山, 东辽河).
Full names of townships cut by segmentation (建设|乡村) and two-character names after
another word (中心城区) are no mentions. A name held by several units (朝阳区, 鼓楼区) goes
to the unit whose parents and siblings the document mentions; a short form to the highest
unit it abbreviates (湖里 -> 湖里区, not its 湖里街道). Word lists: resources/district_words.txt.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from itertools import accumulate

from annotator.core.models import Suggestion
from annotator.core.suggest.gazetteer import Gazetteer, load_gazetteer
from annotator.core.suggest.lexicon import charset, lexicon
from annotator.core.suggest import segment
from annotator.core.suggest.segment import tokens

_WORDS = "district_words.txt"  # the words around a short form, explained there
_FEATURE_AFTER = charset(_WORDS, "feature_after")
_FEATURE_AFTER_NOT = lexicon(_WORDS, "feature_after_not")
_FEATURE_END = charset(_WORDS, "feature_end")
_PLACE_AFTER = lexicon(_WORDS, "place_after")
_PLACE_AFTER_NOT = lexicon(_WORDS, "place_after_not")
_PROJECT_HEADS = lexicon(_WORDS, "project_heads")
_LIST_AFTER = lexicon(_WORDS, "list_after")
_CLAUSE_END = frozenset("。，；：！？、,;:!?（）()“”\"《》\n")
_FORMER_LEVELS = frozenset("市县区")  # levels a county-level unit changes between
_FUNCTION_CHARS = frozenset("等和与及的在")
_LEVEL_CHARS = frozenset("省市县区镇乡")  # 东丰|县域: the short form runs into its level
_LONG_SHORT = 4  # a county's short form this long (霍尔果斯, 香格里拉) is a name wherever it stands
_WELL_KNOWN_LOG = math.log(500)  # jieba frequency of a well-known place name (敦煌 774)
_PROVINCE_CHARS = charset(_WORDS, "province_chars")
_HEAD_REACH = 8  # a project head this many characters after a township's short form at most
_WINDOW = 6  # characters of context on each side when a name is checked against segmentation


def _well_known(key: str) -> bool:
    """Is ``key`` a place name that general text uses often (敦煌, 井冈山): a proper noun of
    jieba's dictionary at least _WELL_KNOWN_FREQ times? Then a county's short form needs only
    its province in the document."""
    lp, unknown = segment._load()
    v = lp.get(key)
    return v is not None and v >= _WELL_KNOWN_LOG + unknown and segment.tag_of(key) == "ns"


def _region_word(key: str) -> bool:
    """A province's one-character name and a direction (陇东, 鲁西, 苏北, 皖南) is a region
    before it is any township of that name."""
    return len(key) == 2 and key[0] in _PROVINCE_CHARS and key[1] in "东西南北中"


def segment_words() -> dict:
    """The segmenter's table of words and their prefixes (word -> log-probability, prefix ->
    None), loaded once per process: to see whether any word could cross a name's edge."""
    return segment._load()[0]

_WEAK_FULL_MAX_LEN = 2  # 和县, 城区, 张镇: too short to trust without context
_INDEX_MIN = 6  # names held by more units than this are resolved through an index


class DistrictSuggester:
    name = "gazetteer"
    labels = ("DISTRICT",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer
        self._indexes: dict[str, tuple] = {}  # key -> _index(key, entries)
        self._levels: dict[str, frozenset[int]] = {}  # key -> levels of its units

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    # -- helpers ---------------------------------------------------------------------
    def _weak_full(self, key: str, level: int) -> bool:
        g = self._gazetteer if self._gazetteer is not None else self.gazetteer
        return (len(key) <= _WEAK_FULL_MAX_LEN or key in g.stop
                or (level == 4 and key.endswith("地区")))

    def _acceptable(self, code: str, full: bool, key: str, mentioned: set[str],
                    parents_mentioned: set[str]) -> bool:
        g = self._gazetteer if self._gazetteer is not None else self.gazetteer
        unit = g._units.get(code) or g.unit(code)
        if full:
            if not self._weak_full(key, unit.level):
                return True
            return any(a in mentioned for a in g.ancestors(code)[:2])
        if key in g.stop:
            return code in mentioned and unit.level < 4  # 建设, 发展: never a township bare
        if unit.level <= 2:
            return True
        if code in mentioned:
            return True
        parent_in = unit.parent in mentioned
        if unit.level == 3:
            if key in g.ordinary:
                return parent_in
            return (parent_in or unit.parent in parents_mentioned
                    or (len(key) >= _LONG_SHORT and key[-1] != "族")  # 鄂温克族: the people
                    or (g.ancestors(code)[-1:] and g.ancestors(code)[-1] in mentioned
                        and _well_known(key)))
        # township: its county (or, for a city without counties, its city) is mentioned
        return parent_in and key not in g.ordinary and not _region_word(key)

    def _score(self, code: str, mentioned: set[str], parents_mentioned: set[str]) -> float:
        g = self._gazetteer if self._gazetteer is not None else self.gazetteer
        score = 0.0
        if code in mentioned:
            score += 8
        for weight, a in zip((4, 2, 1), g.ancestors(code)):
            if a in mentioned:
                score += weight
        if g.unit(code).parent in parents_mentioned:
            score += 1
        return score

    def _index(self, key: str, entries) -> tuple:
        """Entry positions by what can make :meth:`_acceptable` true for them: nothing needed
        (full names, short forms of provinces and prefectures), the unit itself mentioned,
        its parent mentioned, or (counties) a sibling mentioned. An entry in none of the
        matching groups is never acceptable; those picked are still checked one by one."""
        g = self.gazetteer
        always: list[int] = []
        by_code: dict[str, list[int]] = {}
        by_parent: dict[str, list[int]] = {}
        by_sibling: dict[str, list[int]] = {}
        for i, (code, full) in enumerate(entries):
            unit = g.unit(code)
            if full or (unit.level <= 2 and key not in g.stop):
                always.append(i)
                continue
            by_code.setdefault(code, []).append(i)
            if key in g.stop or unit.level <= 2:
                continue
            by_parent.setdefault(unit.parent, []).append(i)
            if unit.level == 3 and key not in g.ordinary:
                by_sibling.setdefault(unit.parent, []).append(i)
        return tuple(always), by_code, by_parent, by_sibling

    def _resolve(self, key: str, entries, mentioned: set[str], parents_mentioned: set[str]):
        """(code, is_full, ambiguous) of the best acceptable unit for ``key``, or None."""
        g = self._gazetteer if self._gazetteer is not None else self.gazetteer
        acceptable = self._acceptable
        if len(entries) <= _INDEX_MIN:
            ok = [(c, f) for c, f in entries
                  if acceptable(c, f, key, mentioned, parents_mentioned)]
        else:
            # many units share the name (建设, 新城): check only those that can be acceptable
            index = self._indexes.get(key)
            if index is None:
                index = self._indexes[key] = self._index(key, entries)
            always, by_code, by_parent, by_sibling = index
            picked = set(always)
            for c in mentioned & by_code.keys():
                picked.update(by_code[c])
            for c in mentioned & by_parent.keys():
                picked.update(by_parent[c])
            for c in parents_mentioned & by_sibling.keys():
                picked.update(by_sibling[c])
            ok = [entries[i] for i in sorted(picked)
                  if acceptable(entries[i][0], entries[i][1], key, mentioned, parents_mentioned)]
        if not ok:
            return None
        if len(ok) > 1:
            # a short form names the highest unit it abbreviates: 湖里 is 湖里区, not its
            # 湖里街道, even where the document names that sub-district too
            codes = {c for c, _ in ok}
            ok = [e for e in ok if not any(a in codes for a in g.ancestors(e[0]))] or ok
        if len(ok) == 1:
            return ok[0][0], ok[0][1], len(entries) > 1
        ranked = sorted(ok, key=lambda e: (-self._score(e[0], mentioned, parents_mentioned),
                                           not e[1], g.unit(e[0]).level, e[0]))
        return ranked[0][0], ranked[0][1], True

    @classmethod
    def _crossed(cls, text: str, start: int, end: int) -> bool:
        return cls._crossed_at(text, start, end) is not None

    @staticmethod
    def _crossed_at(text: str, start: int, end: int) -> int | None:
        """Where segmentation puts a word across ``start`` or ``end`` (that edge, else None):
        there the name is a piece of other words (建设|乡村 -> no 建设乡, 目的地|城市 -> no
        地城, 长白山 -> no 白山, 莲花山港 -> no 花山). The window is cut only where a word of
        the dictionary spans one of the two edges (most names meet none)."""
        words = segment_words()
        lo = max(0, start - _WINDOW)
        hi = min(len(text), end + _WINDOW)
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

    @staticmethod
    def _joined(text: str, start: int, end: int) -> int | None:
        """Where a neighbour joins an edge character of the name into a more frequent word than
        the name itself (惠|民生: its end; 新|增城|镇 -> 新增, 城镇: both, given as its start),
        else None. The segmenter's dictionary knows the name as a place and would keep it
        whole. Not before 等, 和, 的 … (汉中等地)."""
        get = segment_words().get
        own = get(text[start:end])
        joined = []
        for a, b in ((start - 1, start + 1), (end - 1, end + 1)):
            v = get(text[a:b]) if a >= 0 and b <= len(text) else None
            joined.append(v is not None and (own is None or v > own))
        if not joined[1] or text[end] in _FUNCTION_CHARS:
            return None  # joined at its start alone: 天水|东岔站, 古城|西关 stand
        return start if joined[0] else end

    @staticmethod
    def _inside_word(text: str, start: int, end: int) -> bool:
        """Is start:end part of a longer word of the dictionary reaching two characters to
        either side at most (大凉山, 长白山)? Then segmentation must decide (:meth:`_crossed`)."""
        get = segment_words().get
        for lo in range(start, max(-1, start - 3), -1):
            for hi in range(end, min(len(text), end + 2) + 1):
                if (lo, hi) != (start, end) and get(text[lo:hi]) is not None:
                    return True
        return False

    @staticmethod
    def _place_after(text: str, end: int) -> bool:
        """Do the words after a township's short form make it a place: a zone, town centre or
        facility there (巴公园区, 大川段), or a list closed by 等乡镇 (那丹伯、拉拉河、安恕等乡镇)?"""
        if _PLACE_AFTER.starts(text, end):
            return not _PLACE_AFTER_NOT.starts(text, end)
        i, n = end, len(text)
        while i < n and text[i] == "、":  # the other items of a list
            j = i + 1
            while j < n and j - i <= 5 and text[j] not in _CLAUSE_END and text[j] != "等":
                j += 1
            i = j
        return _LIST_AFTER.starts(text, i)

    @staticmethod
    def _project_after(text: str, end: int) -> bool:
        """A head word of a named thing (产业园, 学校) a few words after, in the same clause:
        the short form begins that thing's name (南村铸造产业园, 南岭爱物学校)."""
        for i in range(end, min(len(text), end + _HEAD_REACH + 1)):
            if text[i] in _CLAUSE_END:
                return False
            if _PROJECT_HEADS.starts(text, i):
                return True
        return False

    @staticmethod
    def _feature_after(text: str, end: int) -> bool:
        """A short form followed by 山, 河, 湖 … names the natural feature (麦积山, 东辽河)."""
        return text[end:end + 1] in _FEATURE_AFTER and not _FEATURE_AFTER_NOT.starts(text, end)

    @staticmethod
    def _not_a_mention(text: str, start: int, end: int, key: str) -> bool:
        """A short form that the words around it show to be something else: the name of a
        community or village (朝阳社区, 灌口村), or two words that meet (湘江|西岸 -> 江西,
        黄河|南岸 -> 河南, 泰山|东麓 -> 山东)."""
        after = text[end:end + 2]
        if after.startswith(("社区", "居委会")) or (after[:1] == "村" and after != "村镇"):
            return True
        if key[-1] in "东西南北" and after[:1] in "岸侧畔麓" and start > 0 \
                and "\u4e00" <= text[start - 1] <= "\u9fff":
            return True
        return False

    def _words_around(self, text: str, cands) -> list:
        """The candidates that the words around them leave standing, as (start, end, key,
        entries): short forms that are no community or village (:meth:`_not_a_mention`) and no
        natural feature (:meth:`_feature_after`); full names of townships and two-character
        full names that segmentation does not cut across (:meth:`_crossed`) and that follow
        no other word (:meth:`_generic_before`). Short forms are checked once resolved
        (:meth:`_stands`)."""
        g = self.gazetteer
        levels_of = self._levels_of
        full_ends = {c[1] for c in cands if c[4]}
        name_starts = None  # where a name starts that is no township's short form (厦门|湖里区)
        out = []
        n = len(text)
        for start, end, key, entries, has_full in cands:
            edge = (start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff") \
                or (end < n and "\u4e00" <= text[end] <= "\u9fff")
            if has_full:
                if text[end:end + 1] == "域" and key[-1] in _LEVEL_CHARS:
                    continue  # 东丰县域经济: the short form 东丰 is the name there
                if edge and (len(key) <= _WEAK_FULL_MAX_LEN or any(
                        full and g.unit(c).level == 4 for c, full in entries)) \
                        and (self._crossed(text, start, end)
                             or (start not in full_ends and self._generic_before(text, start, key))):
                    continue  # 建设|乡村, 就地|城镇化, 中心城区
                out.append((start, end, key, entries))
                continue
            if self._not_a_mention(text, start, end, key):
                continue
            if 1 in levels_of(key, entries):
                out.append((start, end, key, entries))
                continue
            if self._feature_after(text, end):
                if name_starts is None:
                    name_starts = {c[0] for c in cands if c[4] or min(levels_of(c[2], c[3])) <= 3}
                if end not in name_starts:
                    continue
            out.append((start, end, key, entries))
        return out

    def _stands(self, text: str, start: int, end: int, key: str, code: str, named: set[str]) -> bool:
        """Is the short form ``key`` of unit ``code`` at start:end a word of its own? Yes where
        the document names the unit in full, where no other character touches it, or where it
        runs into its level (东丰县域); else segmentation must not cut across it
        (:meth:`_crossed_at`, :meth:`_joined`), except at its end before a level (宜州市) or,
        for a township, a place word (巴|公园|区: 巴公园区)."""
        n = len(text)
        unit = self.gazetteer.unit(code)
        if not ((start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff")
                or (end < n and "\u4e00" <= text[end] <= "\u9fff")) \
                or (text[end:end + 1] in _LEVEL_CHARS and text[end] == unit.name[-1]):
            return True
        if code in named and not self._inside_word(text, start, end):
            return True
        level = unit.level
        if level == 1:
            return True
        crossed = self._crossed_at(text, start, end)
        if crossed is None and level >= 3:
            crossed = self._joined(text, start, end)
        if crossed is None:
            return True
        # cut at its end only: by the name of another level (宜州|市 where 宜州区 is meant) or,
        # after a township's short form, by a place word that takes its last character (巴|公园|区)
        return crossed != start and (text[end] in _LEVEL_CHARS
                                     or (level == 4 and self._place_after(text, end)))

    def _former_name(self, text: str, cand: tuple) -> tuple:
        """A county's short form followed by another level word than its own (宜州市 in a
        text of 2015: 宜州区 since 2016; 撤县设市, 撤市设区) names the unit under its former
        name: the span takes the level word, the value that name without a code (the
        division tables know only today's). Not where the level word begins a word (宜州|市场)."""
        start, end, key, (code, full, ambiguous) = cand
        if full or text[end:end + 1] not in _FORMER_LEVELS:
            return cand
        unit = self.gazetteer.unit(code)
        if unit.level != 3 or unit.name[-1] == text[end] or unit.name[-1] not in _FORMER_LEVELS:
            return cand
        if self._crossed_at(text, start, end + 1) is not None:
            return cand
        return start, end + 1, key, (code, full, ambiguous)

    def _levels_of(self, key: str, entries) -> frozenset[int]:
        levels = self._levels.get(key)
        if levels is None:
            g = self.gazetteer
            levels = self._levels[key] = frozenset(g.unit(c).level for c, _ in entries)
        return levels

    def _generic_before(self, text: str, start: int, key: str) -> bool:
        """A two-character name that is also an ordinary word (城区, 新区, 矿区) right after
        another word (中心城区, 主城区, 老城区) is that word, not the district."""
        g = self.gazetteer
        return (len(key) <= _WEAK_FULL_MAX_LEN and key in g.stop and start > 0
                and "\u4e00" <= text[start - 1] <= "\u9fff")

    def _placed_here(self, text: str, start: int, end: int, key: str) -> bool:
        """Do the words after this short form make it a township (:meth:`_place_after`,
        :meth:`_project_after`)? Never for ordinary words (建设, 发展)."""
        g = self.gazetteer
        if key in g.stop or key in g.ordinary:
            return False
        return self._place_after(text, end) or (key[-1] not in _FEATURE_END
                                                and self._project_after(text, end))

    def _resolve_local(self, key: str, entries, mentioned: set[str]):
        """The township of short form ``key`` whose county or prefecture the document names
        (a report of 晋城市 names 巴公园区 without 泽州县), best by :meth:`_score`."""
        g = self.gazetteer
        ok = []
        for code, full in entries:
            unit = g.unit(code)
            if full or unit.level != 4:
                continue
            up = g.ancestors(code)[:2]  # its county, and the prefecture above that
            if up[:1] and up[0] in mentioned or (len(up) == 2 and up[1] in mentioned
                                                 and g.unit(up[1]).level == 2):
                ok.append(code)
        if not ok:
            return None
        best = max(ok, key=lambda c: (self._score(c, mentioned, set()), c))
        return best, False, len(entries) > 1

    # -- the suggester -----------------------------------------------------------------
    def _route_ends(self, text: str, cands, resolved, chosen) -> list:
        """County short forms at the far end of a route from a known district (西昌至香格里拉高速,
        马边至昭觉段): a road or line joining two places names both, so the other end is a
        district even where nothing else in the document speaks of its province."""
        g = self.gazetteer
        starts = {c[0] for c in chosen}
        ends = {c[1] for c in chosen}
        extra = []
        for start, end, key, entries in cands:
            if not ((text[end:end + 1] == "至" and end + 1 in starts)
                    or (text[start - 1:start] == "至" and start - 1 in ends)):
                continue
            if resolved.get(key) is not None or len(entries) != 1:
                continue
            code, full = entries[0]
            if not full and g.unit(code).level == 3 and key not in g.ordinary and key not in g.stop:
                extra.append((start, end, key, (code, False, True)))
        return extra

    def suggest(self, text: str) -> list[Suggestion]:
        g = self.gazetteer
        cands = []   # (start, end, key, entries)
        blocks = []  # (start, end)
        decode = g.entries_full
        for end, (key, raw) in g.scan(text):
            if raw is None:
                blocks.append((end - len(key) + 1, end + 1))
            else:
                entries, has_full = decode(raw)
                cands.append((end - len(key) + 1, end + 1, key, entries, has_full))
        if not cands:
            return []
        if blocks:
            # a short form lies inside a blocking word when a blocking word starting at or
            # before it reaches past its end: the furthest end among blocks starting <= i
            blocks.sort()
            starts = [b[0] for b in blocks]
            reach = list(accumulate((b[1] for b in blocks), max))
            cands = [c for c in cands
                     if c[4] or (i := bisect_right(starts, c[0])) == 0 or reach[i - 1] < c[1]]
        cands = self._words_around(text, cands)
        if not cands:
            return []
        # context: units named in full without ambiguity, and well-known short forms
        mentioned: set[str] = set()
        named: set[str] = set()  # named in full: their short forms stand (:meth:`_stands`)
        for start, end, key, entries in cands:
            if len(entries) == 1:
                code, full = entries[0]
                level = g.unit(code).level
                if full and not self._weak_full(key, level):
                    mentioned.add(code)
                    named.add(code)
                elif not full and level <= 2 and key not in g.stop:
                    mentioned.add(code)
        for _ in range(2):
            parents_mentioned = {g.unit(c).parent for c in mentioned}
            resolved = {}
            for start, end, key, entries in cands:
                if key not in resolved:
                    resolved[key] = self._resolve(key, entries, mentioned, parents_mentioned)
            new = {r[0] for r in resolved.values() if r is not None}
            if new <= mentioned:
                break
            mentioned |= new

        chosen = []
        local: dict[str, tuple | None] = {}  # township short forms placed by the words after them
        stands = self._stands
        for start, end, key, entries in cands:
            r = resolved.get(key)
            if r is not None and not r[1]:
                if key[-1] in _FEATURE_END and g.unit(r[0]).level == 4 \
                        and not self._place_after(text, end):
                    continue  # 雁鸣湖, 白鹤滩: the lake, the shoal, unless a place follows
                if not stands(text, start, end, key, r[0], named):
                    continue
            if r is None and self._placed_here(text, start, end, key):
                if key not in local:
                    local[key] = self._resolve_local(key, entries, mentioned)
                r = local[key]
                if r is not None and not stands(text, start, end, key, r[0], named):
                    continue
            if r is not None:
                chosen.append((start, end, key, r))
        if local:  # a township placed once is that township elsewhere in the document too
            placed = {c[0] for c in chosen}
            for start, end, key, entries in cands:
                r = local.get(key)
                if r is not None and resolved.get(key) is None and key[-1] not in _FEATURE_END \
                        and start not in placed and stands(text, start, end, key, r[0], named):
                    chosen.append((start, end, key, r))
        chosen += self._route_ends(text, cands, resolved, chosen)
        chosen = [self._former_name(text, c) for c in chosen]
        # longest match first, then leftmost; no two spans overlap
        chosen.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken = bytearray(len(text))
        out = []
        for start, end, key, (code, full, ambiguous) in chosen:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            unit = g.unit(code)
            if full:
                conf = 0.9 if not ambiguous else 0.75
            else:
                conf = 0.8 if unit.level <= 2 else 0.7
                if ambiguous:
                    conf -= 0.1
            reason = f"gazetteer: {unit.name} {unit.code}"
            value = {"name": unit.name, "code": unit.code}
            if end - start > len(key):  # a former name: 宜州市, today 宜州区
                value = {"name": text[start:end], "code": None}
                reason += f" (former name {text[start:end]})"
            elif not full:
                reason += f" (short form {key})"
            out.append(Suggestion(start, end, "DISTRICT", text[start:end], value, conf, reason,
                                  self.name))
        out.sort(key=lambda s: s.start)
        return out

"""DISTRICT suggestions: administrative areas found with the gazetteer's automaton.

Full official names (湖里区, 福建省, 灌口镇) are proposed wherever they stand. Short forms
(湖里, 福建, 灌口) are proposed where the document makes them unambiguous:
- provinces and prefectures: always (they are well known), unless the short form is an
  ordinary word on the stop list, in which case the full name must occur in the document;
- counties: where the county's full name, its parent area or a sibling county is
  mentioned (for short forms that jieba's dictionary knows as ordinary words, only the
  full name or the parent counts);
- townships: where the township's full name or its county is mentioned.
No short form is proposed inside an ordinary word that contains it (大理石, 孙中山,
金山银山). A name held by several units (朝阳区, 鼓楼区) goes to the unit whose parents
and siblings the document mentions.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from annotator.core.models import Suggestion
from annotator.core.suggest.gazetteer import Gazetteer, load_gazetteer

_WEAK_FULL_MAX_LEN = 2  # 和县, 城区, 张镇: too short to trust without context
_INDEX_MIN = 6  # names held by more units than this are resolved through an index


class DistrictSuggester:
    name = "gazetteer"
    labels = ("DISTRICT",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer
        self._indexes: dict[str, tuple] = {}  # key -> _index(key, entries)

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
            return code in mentioned
        if unit.level <= 2:
            return True
        if code in mentioned:
            return True
        parent_in = unit.parent in mentioned
        if unit.level == 3:
            if key in g.ordinary:
                return parent_in
            return parent_in or unit.parent in parents_mentioned
        # township: its county (or, for a city without counties, its city) is mentioned
        return parent_in and key not in g.ordinary

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
        if len(ok) == 1:
            return ok[0][0], ok[0][1], len(entries) > 1
        ranked = sorted(ok, key=lambda e: (-self._score(e[0], mentioned, parents_mentioned),
                                           not e[1], g.unit(e[0]).level, e[0]))
        return ranked[0][0], ranked[0][1], True

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
        not_a_mention = self._not_a_mention
        cands = [c[:4] for c in cands if c[4] or not not_a_mention(text, c[0], c[1], c[2])]
        if not cands:
            return []
        # context: units named in full without ambiguity, and well-known short forms
        mentioned: set[str] = set()
        for start, end, key, entries in cands:
            if len(entries) == 1:
                code, full = entries[0]
                level = g.unit(code).level
                if full and not self._weak_full(key, level):
                    mentioned.add(code)
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
        for start, end, key, entries in cands:
            r = resolved.get(key)
            if r is not None:
                chosen.append((start, end, key, r))
        chosen += self._route_ends(text, cands, resolved, chosen)
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
            if not full:
                reason += f" (short form {key})"
            out.append(Suggestion(start, end, "DISTRICT", text[start:end],
                                  {"name": unit.name, "code": unit.code}, conf, reason,
                                  self.name))
        out.sort(key=lambda s: s.start)
        return out

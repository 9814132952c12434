"""DISTRICT: the suggester - candidates from the gazetteer's automaton, the units the document
mentions, the names that stand, one span per place (see the package docstring)."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import Any

from annotator.core.models import Suggestion
from annotator.core.suggest.district import former, span_value, units
from annotator.core.suggest.district.units import Entries, Index, Resolved
from annotator.core.suggest.district.words import (
    FEATURE_END,
    FORMER_LEVELS,
    LEVEL_CHARS,
    LINE_AFTER,
    WEAK_FULL_MAX_LEN,
    crossed,
    crossed_at,
    crossed_unless_added,
    feature_after,
    generic_before,
    inside_word,
    joined,
    not_a_mention,
    place_after,
    placed_here,
    project_after,
)
from annotator.core.suggest.gazetteer import Gazetteer, load_gazetteer

Found = tuple[int, int, str, Entries, bool]  # start, end, key, entries, any of them a full name
Cand = tuple[int, int, str, Entries]  # a candidate the words around it leave standing
Chosen = tuple[int, int, str, Resolved]  # a span and the unit it names
CONTEXTS_KEPT = 4  # documents whose whole reading value_in_document keeps (a long one: ~150 ms to read again)


class DistrictSuggester:
    name = "gazetteer"
    labels = ("DISTRICT",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer
        self._indexes: dict[str, Index] = {}  # key -> units.index(key, entries)
        self._levels: dict[str, frozenset[int]] = {}  # key -> levels of its units
        self._kins: dict[str, units.Kin] = {}  # key -> units.kin(key, entries)
        self._contexts: list[tuple[str, span_value.Context]] = []  # the last documents' (value_in_document)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    # -- helpers ---------------------------------------------------------------------
    def _words_around(self, text: str, cands: list[Found]) -> list[Cand]:
        """The candidates that the words around them leave standing, as (start, end, key,
        entries): short forms that are no community or village (:func:`words.not_a_mention`)
        and no natural feature (:func:`words.feature_after`); full names of townships and
        two-character full names that segmentation does not cut across (:func:`words.crossed`)
        and that follow no other word (:func:`words.generic_before`). Short forms are checked
        once resolved (:meth:`_stands`)."""
        g = self.gazetteer
        levels_of = self._levels_of
        full_ends = {c[1] for c in cands if c[4]}
        name_starts = None  # where a name starts that is no township's short form (厦门|湖里区)
        out: list[Cand] = []
        n = len(text)
        for start, end, key, entries, has_full in cands:
            edge = (start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff") \
                or (end < n and "\u4e00" <= text[end] <= "\u9fff")
            if has_full:
                if text[end:end + 1] == "域" and key[-1] in LEVEL_CHARS:
                    continue  # 东丰县域经济: the short form 东丰 is the name there
                if edge and (len(key) <= WEAK_FULL_MAX_LEN or any(
                        full and g.unit(c).level == 4 for c, full in entries)) \
                        and (crossed(text, start, end)
                             or (start not in full_ends and generic_before(g, text, start, key))
                             or crossed_unless_added(text, start, end)):
                    continue  # 建设|乡村, 就地|城镇化, 中心城区, 文明|村镇
                out.append((start, end, key, entries))
                continue
            if not_a_mention(text, start, end, key):
                continue
            if 1 in levels_of(key, entries):
                out.append((start, end, key, entries))
                continue
            if feature_after(text, end):
                if name_starts is None:
                    name_starts = {c[0] for c in cands if c[4] or min(levels_of(c[2], c[3])) <= 3}
                if end not in name_starts:
                    continue
            out.append((start, end, key, entries))
        return self._overlapped(text, out, cands)

    def _overlapped(self, text: str, out: list[Cand], found: list[Found]) -> list[Cand]:
        """``out`` without the full names that begin inside a name before them where segmentation
        sides with that name (瓯海|城市 -> not 海城市, 上海|城市 -> not 海城市)."""
        first: dict[int, int] = {}  # end -> the earliest start of a name ending there
        for start, end, _, _ in out:
            if first.get(end, end) > start:
                first[end] = start
        drop = set()
        for start, end, _, _, has_full in found:
            if has_full and any(first.get(i, i) < start for i in range(start + 1, end)) \
                    and crossed_at(text, start, end) == start:
                drop.add((start, end))
        if not drop:
            return out
        return [c for c in out if (c[0], c[1]) not in drop]

    def _stands(self, text: str, start: int, end: int, key: str, code: str, named: set[str]) -> bool:
        """Is the short form ``key`` of unit ``code`` at start:end a word of its own? Yes where
        the document names the unit in full, where no other character touches it, or where it
        runs into its level (东丰县域); else segmentation must not cut across it
        (:func:`words.crossed_at`, :func:`words.joined`), except at its end before a level
        (宜州市) or, for a township, a place word (巴|公园|区: 巴公园区)."""
        n = len(text)
        unit = self.gazetteer.unit(code)
        if not ((start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff")
                or (end < n and "\u4e00" <= text[end] <= "\u9fff")) \
                or (text[end:end + 1] in LEVEL_CHARS and text[end] == unit.name[-1]):
            return True
        if code in named and not inside_word(text, start, end):
            return True
        level = unit.level
        cut = crossed_at(text, start, end)
        if level == 1:  # a province stands unless a word before it takes its first character (太行山|东北部)
            return cut != start
        if cut is None and level >= 3:
            cut = joined(text, start, end)
        if cut is None:
            return True
        # cut at its end only: by the name of another level (宜州|市 where 宜州区 is meant) or,
        # after a township's short form, by a place word that takes its last character (巴|公园|区)
        return cut != start and (text[end] in LEVEL_CHARS
                                 or (level == 4 and place_after(text, end)))

    def _former_name(self, text: str, cand: Chosen) -> Chosen:
        """A county's short form followed by another level word than its own (宜州市 in a
        text of 2015: 宜州区 since 2016; 撤县设市, 撤市设区) names the unit under its former
        name: the span takes the level word, the value that name without a code (the
        division tables know only today's). Not where the level word begins a word (宜州|市场)."""
        start, end, key, (code, full, ambiguous) = cand
        if full or text[end:end + 1] not in FORMER_LEVELS:
            return cand
        unit = self.gazetteer.unit(code)
        if unit.level != 3 or unit.name[-1] == text[end] or unit.name[-1] not in FORMER_LEVELS:
            return cand
        if crossed_at(text, start, end + 1) is not None:
            return cand
        return start, end + 1, key, (code, full, ambiguous)

    def _levels_of(self, key: str, entries: Entries) -> frozenset[int]:
        levels = self._levels.get(key)
        if levels is None:
            g = self.gazetteer
            levels = self._levels[key] = frozenset(g.unit(c).level for c, _ in entries)
        return levels

    # -- the suggester -----------------------------------------------------------------
    def _route_ends(self, text: str, cands: list[Cand], resolved: dict[str, Resolved | None],
                    chosen: list[Chosen]) -> list[Chosen]:
        """County short forms at the far end of a route from a known district (西昌至香格里拉高速,
        马边至昭觉段): a road or line joining two places names both, so the other end is a
        district even where nothing else in the document speaks of its province."""
        g = self.gazetteer
        starts = {c[0] for c in chosen}
        ends = {c[1] for c in chosen}
        counties = {}  # start -> candidate, for the county short forms nothing else resolved
        for start, end, key, entries in cands:
            if resolved.get(key) is not None or key in g.ordinary or key in g.stop:
                continue
            codes = [code for code, full in entries if not full and g.unit(code).level == 3]
            if len(codes) == 1 and (len(entries) == 1 or text[start - 1:start] == "至"
                                    or text[end:end + 1] == "至"):
                counties[start] = (start, end, key, codes[0])  # (长丰: the county, not its 长丰镇)
        extra: list[Chosen] = []
        for start, end, key, code in counties.values():
            if ((text[end:end + 1] == "至" and end + 1 in starts)
                    or (text[start - 1:start] == "至" and start - 1 in ends)):
                extra.append((start, end, key, (code, False, True)))
                continue
            # both ends unknown: 长丰至固始高速公路 names two counties where a road follows
            other = counties.get(end + 1) if text[end:end + 1] == "至" else None
            if other is not None and LINE_AFTER.starts(text, other[1]):
                extra.append((start, end, key, (code, False, True)))
                extra.append((other[0], other[1], other[2], (other[3], False, True)))
        return extra

    def _found(self, text: str) -> list[Found]:
        """Every name of the automaton in ``text`` that lies inside no blocking word."""
        g = self.gazetteer
        cands: list[Found] = []
        blocks: list[tuple[int, int]] = []
        decode = g.entries_full
        for end, (key, raw) in g.scan(text):
            if raw is None:
                blocks.append((end - len(key) + 1, end + 1))
            else:
                entries, has_full = decode(raw)
                cands.append((end - len(key) + 1, end + 1, key, entries, has_full))
        if cands and blocks:
            # a short form lies inside a blocking word when a blocking word starting at or
            # before it reaches past its end: the furthest end among blocks starting <= i
            blocks.sort()
            starts = [b[0] for b in blocks]
            reach = list(accumulate((b[1] for b in blocks), max))
            cands = [c for c in cands
                     if c[4] or (i := bisect_right(starts, c[0])) == 0 or reach[i - 1] < c[1]]
        return cands

    def _mentioned(self, cands: list[Cand]) -> tuple[set[str], set[str]]:
        """The context: units named in full without ambiguity, and well-known short forms;
        and those named in full (their short forms stand: :meth:`_stands`)."""
        g = self.gazetteer
        mentioned: set[str] = set()
        named: set[str] = set()
        townships: dict[str, set[str]] = {}  # county -> the townships named in full under it
        for _, _, key, entries in cands:
            for code, full in entries:
                if full and g.unit(code).level == 4:
                    townships.setdefault(g.unit(code).parent, set()).add(key)
            if len(entries) == 1:
                code, full = entries[0]
                level = g.unit(code).level
                if full and not units.weak_full(g, key, level):
                    mentioned.add(code)
                    named.add(code)
                elif not full and level <= 2 and key not in g.stop:
                    mentioned.add(code)
        # two townships named in full that one county holds (维新镇、张家湾镇: 纳雍县) speak of it
        mentioned.update(county for county, keys in townships.items() if len(keys) >= 2)
        # short forms of siblings (集宁…凉城) or of one county's townships (雷官、施官、半塔)
        kins = self._kins
        found: dict[str, units.Kin] = {}
        for _, _, key, entries in cands:
            if key not in found:
                k = kins.get(key)
                if k is None:
                    k = kins[key] = units.kin(g, key, entries)
                if k is not units.NO_KIN:
                    found[key] = k
        if found:
            mentioned |= units.implied(found)
        return mentioned, named

    def _resolve_all(self, cands: list[Cand], mentioned: set[str], home: str,
                     area: str = "") -> dict[str, Resolved | None]:
        """Each name's unit (:func:`units.resolve_all`); ``mentioned`` grows in place."""
        return units.resolve_all(self.gazetteer, self._indexes, [(c[2], c[3]) for c in cands], mentioned, home, area)

    def _choose(self, text: str, cands: list[Cand], resolved: dict[str, Resolved | None],
                mentioned: set[str], named: set[str], home: str,
                area: str = "") -> tuple[list[Chosen], dict[str, Resolved | None]]:
        """The names that stand, with their units; and the townships placed by the words after
        them (short forms resolved by :func:`units.resolve_local`)."""
        g = self.gazetteer
        chosen: list[Chosen] = []
        local: dict[str, Resolved | None] = {}  # township short forms placed by the words after them
        stands = self._stands
        ends: set[int] = set()  # where the names chosen so far end
        for start, end, key, entries in cands:
            r = resolved.get(key)
            if r is not None and not r[1]:
                if key[-1] in FEATURE_END and g.unit(r[0]).level == 4 \
                        and not place_after(text, end) and not project_after(text, end) \
                        and not (text[start - 1:start] == "至" and start - 1 in ends):
                    continue  # 雁鸣湖, 白鹤滩: the lake, the shoal, unless a place or a thing
                    # located there follows (龙潭临港产业园) or it ends a route from a place
                    # (水磨至梭山三级公路)
                if not stands(text, start, end, key, r[0], named):
                    continue
            if r is None and placed_here(g, text, start, end, key):
                if key not in local:
                    local[key] = units.resolve_local(g, key, entries, mentioned, home, area)
                r = local[key]
                if r is not None and not stands(text, start, end, key, r[0], named):
                    continue
            if r is not None:
                chosen.append((start, end, key, r))
                ends.add(end)
        return chosen, local

    def _placed_elsewhere(self, text: str, cands: list[Cand], resolved: dict[str, Resolved | None],
                          local: dict[str, Resolved | None], chosen: list[Chosen],
                          named: set[str]) -> list[Chosen]:
        """A township placed once is that township elsewhere in the document too."""
        placed = {c[0] for c in chosen}
        extra: list[Chosen] = []
        for start, end, key, _ in cands:
            r = local.get(key)
            if r is not None and resolved.get(key) is None and key[-1] not in FEATURE_END \
                    and start not in placed and self._stands(text, start, end, key, r[0], named):
                extra.append((start, end, key, r))
        return extra

    def suggest(self, text: str, year: int | None = None, area: str = "") -> list[Suggestion]:
        return self.read(text, year, area)[1]

    def read(self, text: str, year: int | None = None, area: str = "") -> tuple[
            tuple[frozenset[str], frozenset[str], str], list[Suggestion]]:
        """What the document ``text`` says of its places (the units it mentions, those it names in
        full, its own area) and the rules' proposals, from one reading of it (both for
        :func:`span_value.document_context`); former units (:mod:`.former`) by ``year``, the
        document's (None: its date line's, if any). ``area``: the division code of the document's
        jurisdiction (its metadata's): of several units of a name that the text places alike, the one
        there is preferred (鼓楼区 in a report of 福州市 that names no city is 福州's, not 南京's)."""
        found = self._found(text)
        cands = self._words_around(text, found) if found else []
        mentioned, named = self._mentioned(cands)
        home = units.home_of(self.gazetteer, text, [(c[1], c[3][0][0]) for c in cands
                                                    if len(c[3]) == 1 and c[3][0][1]])
        places = (frozenset(mentioned), frozenset(named), home)
        found_former = former.former_mentions(self.gazetteer, text, year or former.text_year(text), mentioned)
        if not cands:
            return places, former.merged([], found_former)
        resolved = self._resolve_all(cands, mentioned, home, area)
        chosen, local = self._choose(text, cands, resolved, mentioned, named, home, area)
        if local:
            chosen += self._placed_elsewhere(text, cands, resolved, local, chosen, named)
        chosen += self._route_ends(text, cands, resolved, chosen)
        return places, former.merged(self._suggestions(text, [self._former_name(text, c) for c in chosen]),
                                     found_former)

    def value_of_span(self, text: str, start: int, end: int, area: str = "") -> dict[str, Any]:
        """The unit of a DISTRICT span no rule proposed (the model's, one labelled by hand), as
        the text around it resolves its name (and ``area``, the document's jurisdiction, as in
        :meth:`read`); {} where none is clear (:mod:`.span_value`)."""
        return span_value.value_of_span(self, text, start, end, area)

    def value_in_document(self, text: str, start: int, end: int, area: str = "") -> dict[str, Any]:
        """The unit of a DISTRICT span whose line decides nothing, as the whole document ``text``
        places its name (its jurisdiction ``area`` its own area where the text names none, as in
        :meth:`read`); {} where none or several are placed (:mod:`.span_value`)."""
        key = text[start:end]
        found = self.gazetteer.automaton.get(key, None) if key else None
        if found is None or found[1] is None:  # no name of the gazetteer: the document is not read (fast);
            return former.value_of_name(self.gazetteer, key) if key and found is None else {}  # 上饶县: its own
        kept = next((c for c in self._contexts if (c[0] is text or c[0] == text) and c[1].area == area), None)
        if kept is None:  # read once a text (~150 ms at 400,000 characters), kept for the last few documents:
            kept = (text, span_value.document_context(self, text, area))  # going back to one reads it no more
            self._contexts = [*self._contexts[1 - CONTEXTS_KEPT:], kept]
        return span_value.value_in_document(self, text, start, end, kept[1])

    def value_in_area(self, key: str, area: str) -> dict[str, Any]:
        """The one unit named ``key`` that is division ``area`` (a document's jurisdiction) or lies
        within it; {} where none or several (:mod:`.span_value`)."""
        return span_value.value_in_area(self, key, area)

    def _suggestions(self, text: str, chosen: list[Chosen]) -> list[Suggestion]:
        """One suggestion per place: longest match first, then leftmost; no two spans overlap."""
        g = self.gazetteer
        chosen.sort(key=lambda c: (c[0] - c[1], c[0]))
        # a unit the text names by a former name (宜州市 in 2015) keeps it in its short forms (宜州)
        former = {c[3][0]: text[c[0]:c[1]] for c in chosen if c[1] - c[0] > len(c[2])}
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
            value: dict[str, Any] = {"name": unit.name, "code": unit.code}
            if end - start > len(key):  # a former name: 宜州市, today 宜州区
                value = {"name": text[start:end], "code": None}
                reason += f" (former name {text[start:end]})"
            elif not full and code in former:
                value = {"name": former[code], "code": None}
                reason += f" (short form {key} of {former[code]}, the former name this text uses)"
            elif not full:
                reason += f" (short form {key})"
            if ambiguous > 1:  # the codes' order chose: a reviewer should know (鼓楼区, a report naming no city)
                reason += f" ({ambiguous} units have this name and the text names no place that tells which: " \
                          + units.TABLES_CHOSE
            out.append(Suggestion(start, end, "DISTRICT", text[start:end], value, conf, reason,
                                  self.name))
        out.sort(key=lambda s: s.start)
        return out

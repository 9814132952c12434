"""DISTRICT: which unit a name means, given the units the document mentions.

A full name stands unless it is weak (short, an ordinary word, a 地区); a short form needs
its unit, parent, sibling or province mentioned by its level (see the package docstring).
A name held by several units goes to the unit whose parents and siblings the document
mentions and that lies within the document's own area (:func:`home_of`); a short form to the
highest unit it abbreviates (湖里 -> 湖里区, not its 湖里街道).
"""
from __future__ import annotations

import re

from annotator.core.suggest.district.words import LONG_SHORT, WEAK_FULL_MAX_LEN, name_only, region_word
from annotator.core.suggest.gazetteer import Gazetteer

Entries = tuple[tuple[str, bool], ...]  # (code, is the full name) of the units a name may mean
# (code, is the full name, how many units the name has that the text placed alike: 0 the name is one
# unit's, 1 the text chose among several, n > 1 the order of the codes chose among n; truthy: ambiguous)
Resolved = tuple[str, bool, int]
# entry positions: always acceptable, by the unit's code, by its parent, by its parent (siblings),
# by its province (the first two digits of its code)
Index = tuple[tuple[int, ...], dict[str, list[int]], dict[str, list[int]], dict[str, list[int]],
              dict[str, list[int]]]
INDEX_MIN = 6  # names held by more units than this are resolved through an index
SIBLINGS_MIN = 2  # counties of one prefecture named by short forms: they are those counties
TOWNSHIPS_MIN = 3  # townships of one county named by short forms: they speak of that county
# the end of the reason of a code the tables' order chose among units the text places alike (and what
# follow.py looks for to recode it when the jurisdiction is given later)
TABLES_CHOSE = "the first of the tables; give the document's jurisdiction to choose)"
HOME_WEIGHT = 4  # a unit within the document's own area counts as if its parent were named again
GOVERNMENT = re.compile(r"(?:\d{4}年)?(?:人民)?政府")  # 上杭县人民政府, 江阴市2022年政府工作报告


def weak_full(g: Gazetteer, key: str, level: int) -> bool:
    return (len(key) <= WEAK_FULL_MAX_LEN or key in g.stop
            or (level == 4 and key.endswith("地区")))


def provinces_of(codes: set[str]) -> frozenset[str]:
    """The provinces of ``codes`` by the first two digits of their codes (350823 -> 35)."""
    return frozenset(c[:2] for c in codes)


def acceptable(g: Gazetteer, code: str, full: bool, key: str, mentioned: set[str],
               parents_mentioned: set[str], provinces: frozenset[str] = frozenset()) -> bool:
    unit = g._units.get(code) or g.unit(code)
    if full:
        if not weak_full(g, key, unit.level):
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
                or (len(key) >= LONG_SHORT and key[-1] != "族")  # 鄂温克族: the people
                # a county of the document's province whose short form is no common word
                # (嘉善科创飞地 in a report of 缙云县, 浙江): the province named, or a unit in it
                or (code[:2] in provinces and name_only(key)))
    # township: its county (or, for a city without counties, its city) is mentioned
    return parent_in and key not in g.ordinary and not region_word(key)


def score(g: Gazetteer, code: str, mentioned: set[str], parents_mentioned: set[str],
          home: str = "") -> float:
    """How much the document speaks of unit ``code``: the unit, its ancestors and its siblings
    mentioned; and lying within ``home``, the document's own area (:func:`home_of`)."""
    value = 0.0
    if code in mentioned:
        value += 8
    ancestors = g.ancestors(code)
    for weight, a in zip((4, 2, 1), ancestors, strict=False):  # up to three ancestors
        if a in mentioned:
            value += weight
    if home and home in ancestors:
        value += HOME_WEIGHT
    if g.unit(code).parent in parents_mentioned:
        value += 1
    return value


def index(g: Gazetteer, key: str, entries: Entries) -> Index:
    """Entry positions by what can make :func:`acceptable` true for them: nothing needed
    (full names, short forms of provinces and prefectures), the unit itself mentioned,
    its parent mentioned, or (counties) a sibling or its province mentioned. An entry in none of the
    matching groups is never acceptable; those picked are still checked one by one."""
    always: list[int] = []
    by_code: dict[str, list[int]] = {}
    by_parent: dict[str, list[int]] = {}
    by_sibling: dict[str, list[int]] = {}
    by_province: dict[str, list[int]] = {}
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
            by_province.setdefault(code[:2], []).append(i)
    return tuple(always), by_code, by_parent, by_sibling, by_province


def _candidates(g: Gazetteer, indexes: dict[str, Index], key: str, entries: Entries, mentioned: set[str],
                parents_mentioned: set[str], provinces: frozenset[str]) -> list[tuple[str, bool]]:
    """The acceptable entries of ``key``; through its index (kept in ``indexes``) when many
    units share the name (建设, 新城): only those that can be acceptable are checked."""
    if len(entries) <= INDEX_MIN:
        return [(c, f) for c, f in entries
                if acceptable(g, c, f, key, mentioned, parents_mentioned, provinces)]
    found = indexes.get(key)
    if found is None:
        found = indexes[key] = index(g, key, entries)
    always, by_code, by_parent, by_sibling, by_province = found
    picked = set(always)
    for c in mentioned & by_code.keys():
        picked.update(by_code[c])
    for c in mentioned & by_parent.keys():
        picked.update(by_parent[c])
    for c in parents_mentioned & by_sibling.keys():
        picked.update(by_sibling[c])
    for c in provinces & by_province.keys():
        picked.update(by_province[c])
    return [entries[i] for i in sorted(picked)
            if acceptable(g, entries[i][0], entries[i][1], key, mentioned, parents_mentioned, provinces)]


Kin = tuple[tuple[tuple[str, str], ...], tuple[str, ...]]  # see :func:`kin`
NO_KIN: Kin = ((), ())


def kin(g: Gazetteer, key: str, entries: Entries) -> Kin:
    """What short form ``key`` may say about its unit's parent, for :func:`implied`: the
    (prefecture, county) of each county it abbreviates, and the county of each township where
    no county or city shares the name. Nothing for a full name, an ordinary word (建设, 新城),
    a region (陇东) or a common word of the dictionary (:func:`words.name_only`): by chance,
    short forms of one unit seldom meet, common words often do."""
    if any(full for _, full in entries) or key in g.ordinary or key in g.stop \
            or region_word(key) or not name_only(key):
        return NO_KIN
    units = [g.unit(code) for code, _ in entries]
    if any(u.level <= 2 for u in units):
        return NO_KIN
    counties = tuple((u.parent, u.code) for u in units if u.level == 3)
    if counties:
        return counties, ()
    return (), tuple(u.parent for u in units)


def implied(kins: dict[str, Kin]) -> set[str]:
    """The units that the short forms of a document imply where nothing names them in full:
    two counties of one prefecture (集宁…凉城: both of 乌兰察布市; 陇川, 瑞丽) are those
    counties, three townships of one county (雷官、施官、半塔: 来安县) that county. ``kins``:
    each short form of the document and its :func:`kin`."""
    counties: dict[str, dict[str, str]] = {}  # prefecture -> short form -> county
    townships: dict[str, set[str]] = {}  # county -> the short forms of its townships
    for key, (up, down) in kins.items():
        for prefecture, code in up:
            counties.setdefault(prefecture, {})[key] = code
        for county in down:
            townships.setdefault(county, set()).add(key)
    out = {county for county, keys in townships.items() if len(keys) >= TOWNSHIPS_MIN}
    for codes in counties.values():
        if len(codes) >= SIBLINGS_MIN:
            out.update(codes.values())
    return out


def within(g: Gazetteer, code: str, area: str) -> bool:
    """Whether unit ``code`` is division ``area`` or lies within it ("": no area given)."""
    return bool(area) and (code == area or area in g.ancestors(code))


def home_of(g: Gazetteer, text: str, names: list[tuple[int, str]]) -> str:
    """The document's own area: the first county or prefecture named in full before 人民政府 or
    政府 (现在，我代表上杭县人民政府; 江阴市2022年政府工作报告), from ``names`` (end, code) in
    the order of the text; "" where none is."""
    for end, code in names:
        if g.unit(code).level in (2, 3) and GOVERNMENT.match(text, end):
            return code
    return ""


def resolve(g: Gazetteer, indexes: dict[str, Index], key: str, entries: Entries, mentioned: set[str],
            parents_mentioned: set[str], provinces: frozenset[str] = frozenset(),
            home: str = "", area: str = "") -> Resolved | None:
    """(code, is_full, alike) of the best acceptable unit for ``key`` (:data:`Resolved`), or None. Of
    units the text places alike, the one within ``area`` (the document's jurisdiction, its metadata's)
    is preferred: what the text says comes first, the metadata before the order of the codes."""
    ok = _candidates(g, indexes, key, entries, mentioned, parents_mentioned, provinces)
    if not ok:
        return None
    if len(ok) > 1:
        # a short form names the highest unit it abbreviates: 湖里 is 湖里区, not its
        # 湖里街道, even where the document names that sub-district too
        codes = {c for c, _ in ok}
        ok = [e for e in ok if not any(a in codes for a in g.ancestors(e[0]))] or ok
    if len(ok) == 1:
        return ok[0][0], ok[0][1], int(len(entries) > 1)
    ranked = sorted((-score(g, e[0], mentioned, parents_mentioned, home), not within(g, e[0], area),
                     not e[1], g.unit(e[0]).level, e[0]) for e in ok)
    best = ranked[0]
    alike = sum(1 for r in ranked if r[:4] == best[:4])
    return best[4], not best[2], alike if alike > 1 else 1


def resolve_local(g: Gazetteer, key: str, entries: Entries, mentioned: set[str],
                  home: str = "", area: str = "") -> Resolved | None:
    """The township of short form ``key`` whose county or prefecture the document names
    (a report of 晋城市 names 巴公园区 without 泽州县), best by :func:`score`, then within ``area``."""
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
    ranked = sorted(((score(g, c, mentioned, set(), home), within(g, c, area), c) for c in ok), reverse=True)
    alike = sum(1 for r in ranked if r[:2] == ranked[0][:2])
    return ranked[0][2], False, alike if alike > 1 else int(len(entries) > 1)


def resolve_all(g: Gazetteer, indexes: dict[str, Index], names: list[tuple[str, Entries]], mentioned: set[str],
                home: str, area: str = "") -> dict[str, Resolved | None]:
    """Each name's (key, entries) unit; what that resolves joins ``mentioned`` (in place) for one more
    round. Of several units, the one within ``home``, the document's own area, is preferred (古田 in a
    report of 上杭县: its 古田镇, not 古田县); of units the text places alike, the one within ``area``,
    its jurisdiction (``DistrictSuggester.read``)."""
    resolved: dict[str, Resolved | None] = {}
    first: dict[str, Resolved | None] = {}
    for round_ in range(2):
        parents_mentioned = {g.unit(c).parent for c in mentioned}
        provinces = provinces_of(mentioned)
        resolved = {}
        for key, entries in names:
            if key not in resolved:
                resolved[key] = resolve(g, indexes, key, entries, mentioned, parents_mentioned, provinces, home, area)
        new = {r[0] for r in resolved.values() if r is not None}
        if new <= mentioned:
            break
        mentioned |= new
        if not round_:
            first = resolved
    # a unit the codes' order chose in the first round is mentioned in the second by its own choice:
    # still a guess among those units (鼓楼区 alone: 南京's, 福州's, 徐州's or 开封's)
    for key, r in resolved.items():
        was = first.get(key)
        if r is not None and was is not None and was[2] > 1 and was[0] == r[0]:
            resolved[key] = was
    return resolved

"""Administrative divisions by code, with the province, prefecture and county above each one.

Read from the same shipped gazetteer as the DISTRICT suggester (``resources/gazetteer.tsv``,
see ``suggest/gazetteer.py``): only its unit rows (``U code name level parent``), parsed once
per process on first use (about 0.1 s), without the suggester's automaton.

Levels: 1 province, 2 prefecture, 3 county, 4 township. A municipality (北京, 天津, 上海, 重庆)
has no prefecture level in the tables: it and its districts have the municipality as their province
and as their prefecture, as statistical yearbooks count it among the prefecture-level cities (a
Beijing report's city-wide figures, linked to 北京市, group with its districts' under 北京市).
A county directly under a province (仙桃市) has no prefecture.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, overload

from annotator.core import resources

LEVELS = {1: "province", 2: "prefecture", 3: "county", 4: "township"}
MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})
_U_ROW = re.compile(r"\nU\t([^\t\n]+)\t([^\t\n]*)\t(\d)\t?([^\t\n]*)")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: int
    province: str | None = None  # names of the units above (or the unit itself at that level)
    prefecture: str | None = None
    county: str | None = None

    @property
    def level_name(self) -> str:
        return LEVELS.get(self.level, "")


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[str, int, str]]:
    """code -> (name, level, parent code) of every unit of the gazetteer."""
    text = "\n" + resources.read_text("gazetteer.tsv")
    return {code: (name, int(level), parent) for code, name, level, parent in _U_ROW.findall(text)}


@lru_cache(maxsize=1)
def edition() -> str:
    """The gazetteer's source and edition as its header names it (National Bureau of Statistics,
    统计用区划代码 2023 (data as of 2023-06-30)): the codes are that edition's, whatever a
    document's year."""
    for line in resources.read_text("gazetteer.tsv").splitlines()[:10]:
        if line.startswith("# Source:"):
            return line.removeprefix("# Source:").strip().rstrip(",")
    return "the shipped gazetteer (resources/gazetteer.tsv)"


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {}
    for code, (name, _level, _parent) in _units().items():
        names.setdefault(name, []).append(code)
    return {name: tuple(codes) for name, codes in names.items()}


@lru_cache(maxsize=4096)
def division(code: str | None) -> Division | None:
    """The unit with this code and the units above it; None for a code the gazetteer lacks."""
    if not code:
        return None
    units = _units()
    code = str(code).strip()
    if code not in units:
        return None
    name, level, _parent = units[code]
    above: dict[int, str] = {}
    current: str | None = code
    seen = set()
    while current and current in units and current not in seen:
        seen.add(current)
        n, lv, parent = units[current]
        above.setdefault(lv, n)
        if lv == 1 and current in MUNICIPALITIES:
            above.setdefault(2, n)
        current = parent
    return Division(code, name, level, above.get(1), above.get(2) if level >= 2 or code in MUNICIPALITIES else None,
                    above.get(3) if level >= 3 else None)


def unit_of(code: str | None) -> Division | None:
    """The unit a code names, in NBS's twelve digits too (350206000000: 湖里区; 350206001000: 湖里街道); a
    village's twelve digits (350206001001) name none, as the gazetteer holds no villages."""
    code = str(code or "").strip()
    if len(code) == 12 and code.endswith("000"):
        return division(code[:9]) or (division(code[:6]) if code.endswith("000000") else None)
    return division(code)


@overload
def canonical(code: str) -> str: ...
@overload
def canonical(code: None) -> None: ...
def canonical(code: str | None) -> str | None:
    """The gazetteer's code of the unit a code names, so that a unit is one whichever of its codes was written:
    NBS's twelve digits of a unit (350206000000, 350206001000, 350000000000) become its own (350206, 350206001,
    350000); every other code, a village's twelve digits (350206001001) and a code the gazetteer lacks too, is
    returned as it is. For what groups, places or compares units (the tables, a jurisdiction); a stored value
    keeps the code as it was typed."""
    text = str(code or "").strip()
    if len(text) != 12 or not text.isdigit():
        return code
    unit = unit_of(text)
    return unit.code if unit is not None else code


def codes_named(name: str) -> tuple[str, ...]:
    """The codes of the units whose full official name is ``name`` (several: 鼓楼区)."""
    return _by_name().get(name.strip(), ())


def find(name_or_code: str | None) -> Division | None:
    """A unit given by its code, or by a full name only one unit has, written in simplified characters
    or traditional ones (湖裡區: 湖里区 350206); None otherwise."""
    if not name_or_code:
        return None
    text = str(name_or_code).strip()
    if text.isdigit():
        return division(text)
    codes = codes_named(text)
    if not codes:
        from annotator.core.suggest.traditional import simplified  # its table read when a name is sought

        codes = codes_named(simplified(text))
    return division(codes[0]) if len(codes) == 1 else None


def name_and_code_agreeing(before: Mapping[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """A district's value after an edit, its name and code naming one unit: when only the code was
    changed to one the gazetteer knows, the name becomes that unit's; when only the name was changed
    to a name of one unit (its full name, a short form, after the names above it: see
    :func:`~annotator.core.division_names.named`; first the unit the code names, when the name is a writing of
    it: 朝阳 beside 110105 is 朝阳区, not 朝阳市), the code becomes that unit's and the name, typed so or in
    traditional characters, its official one (湖裡區, 湖里, 厦门市湖里区: 湖里区 350206; the other one emptied
    beside it counts as unchanged: the old one would not fit). Both typed (or neither changed), or a code or
    name the gazetteer does not know: ``after`` as it is (a code of a newer table keeps its name)."""
    def text(value: Any) -> str:
        return "" if value is None else str(value).strip()

    code_changed = text(after.get("code")) != text(before.get("code"))
    name_changed = text(after.get("name")) != text(before.get("name"))
    if code_changed and name_changed:  # one of the two emptied to make room for the other's unit
        name_changed, code_changed = bool(text(after.get("name"))), bool(text(after.get("code")))
    if code_changed and not name_changed:
        d = unit_of(text(after.get("code")))  # NBS's twelve digits too: 350206001000 is 湖里街道
        if d is not None and d.name != text(after.get("name")):
            return {**after, "name": d.name}
    elif name_changed and not code_changed and not text(after.get("name")).isdigit():
        from annotator.core.division_names import may_name, named  # (it reads this module's units)

        kept = unit_of(text(after.get("code")))  # 朝阳 over 朝阳区 110105: still 朝阳区, not 朝阳市 211300
        d = kept if kept is not None and may_name(text(after.get("name")), kept.code) else named(
            text(after.get("name"))).unit  # 湖里区, 湖里, 厦门市湖里区, 湖裡區: 湖里区 350206
        code = text(after.get("code")) if d is not None and d is kept else d.code if d is not None else ""
        if d is not None and (code != text(after.get("code")) or d.name != text(after.get("name"))):
            return {**after, "code": code, "name": d.name}  # a kept code as typed (twelve digits stay twelve)
    return after

"""A division as a researcher writes its name: the one unit it names, or the units it may name.

A jurisdiction is typed as the reports write it: its full name (湖里区), a short form (湖里,
凉山州), either after the names of the units above it, full or short, with or without spaces
(福建省厦门市湖里区, 福建厦门湖里区, 厦门湖里, "厦门市 湖里区"), in simplified or traditional
characters. :func:`named` reads such a name with the gazetteer's names and short forms (its K rows,
as the DISTRICT suggester reads a report) and resolves a short form as the suggester normalises one
that the text does not place: a province's or prefecture's first (湘潭: 湘潭市, not 湘潭县), a unit
before the townships inside it (湖里: 湖里区, not its 湖里街道), else the one unit alone that has it.
A name several units keep (鼓楼区, 朝阳区) names none of them: its candidates say how to write it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from annotator.core.divisions import Division, _units, division, find

if TYPE_CHECKING:
    from annotator.core.suggest.gazetteer import Gazetteer

SHOWN = 5  # candidates named in a warning
LONGEST = 64  # characters of the longest name with those above it: 27 (…伊犁哈萨克自治州察布查尔锡伯自治县)
_SPACES = re.compile(r"[\s\u3000]+")


class Named(NamedTuple):
    """What a name names: ``unit`` when it is one unit; else the ``candidates`` (none: unknown)."""

    unit: Division | None
    candidates: tuple[Division, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.unit is None and len(self.candidates) > 1

    def choices(self, shown: int = SHOWN) -> str:
        """The candidates as a reader tells them apart: "南京市鼓楼区 320106, 徐州市鼓楼区 320302, …"
        (the first ``shown``, an ellipsis for the rest)."""
        listed = [f"{path_name(d.code)} {d.code}" for d in self.candidates[:shown]]
        return ", ".join(listed) + (", …" if len(self.candidates) > shown else "")


def path_name(code: str) -> str:
    """A unit's name after its parent's (福州市鼓楼区, 北京市朝阳区, 密云区鼓楼街道); a province's alone."""
    units = _units()
    name, _level, parent = units[code]
    return units[parent][0] + name if parent in units else name


def named(text: str | None) -> Named:
    """The unit ``text`` names (see the module), or the units it may name; a code is not read here."""
    text = _SPACES.sub("", text or "")
    if not text or text.isdigit() or len(text) > LONGEST:
        return Named(None)
    if (unit := find(text)) is not None:  # a full name one unit has: without the gazetteer's names
        return Named(unit, (unit,))
    codes = _codes(text)
    if not codes:
        from annotator.core.suggest.traditional import simplified  # 湖裡區: its table read when a name is sought

        if (plain := simplified(text)) != text:
            codes = _codes(plain)
    found = sorted((d for d in map(division, codes) if d is not None), key=lambda d: (d.level, d.code))
    if len(found) == 1:
        return Named(found[0], tuple(found))
    return Named(None, tuple(found))


def may_name(text: str | None, code: str) -> bool:
    """Whether ``text`` is one of the ways to write the unit ``code`` (its full name, a short form, after the
    names above it), though alone it names another first or several: 朝阳 for 北京市朝阳区 (alone: 朝阳市),
    鼓楼 for 福州市鼓楼区."""
    text = _SPACES.sub("", text or "")
    if not text or text.isdigit() or len(text) > LONGEST:
        return False
    from annotator.core.suggest.traditional import simplified

    return any(code in _named_by(t) for t in dict.fromkeys((text, simplified(text))))


@lru_cache(maxsize=256)
def _codes(text: str) -> frozenset[str]:
    """The codes of the units ``text`` may name, narrowed as the module says."""
    g = _gazetteer()
    full, shorts = _keyed(text)
    if full:  # a full name: the units that bear it (a name is no short form where a unit bears it)
        codes = full
    else:
        codes = shorts | _under_names_above(text)
        higher = {c for c in codes if g.unit(c).level <= 2}
        codes = frozenset(higher or codes)
    return frozenset(c for c in codes if not codes.intersection(g.ancestors(c)))


def _under_names_above(text: str) -> frozenset[str]:
    """The units named by the end of ``text`` that lie within a unit its beginning names (福建厦门|湖里区)."""
    g = _gazetteer()
    out: set[str] = set()
    for cut in range(2, len(text) - 1):
        full, shorts = _keyed(text[cut:])
        tails = full or shorts
        if tails and (heads := _named_by(text[:cut])):
            out.update(c for c in tails if heads.intersection(g.ancestors(c)))
    return frozenset(out)


@lru_cache(maxsize=256)
def _named_by(text: str) -> frozenset[str]:
    """Every unit ``text`` may name, as a name or a path (the units above a path's last part)."""
    full, shorts = _keyed(text)
    return full | shorts | _under_names_above(text)


def _keyed(key: str) -> tuple[frozenset[str], frozenset[str]]:
    """(units whose full name is ``key``, units ``key`` is a short form of), from the gazetteer's K rows."""
    g = _gazetteer()
    found = g.automaton.get(key, None)
    if found is None or found[1] is None:  # no name, or a blocking word
        return frozenset(), frozenset()
    entries = g.entries(found[1])
    return (frozenset(c for c, is_full in entries if is_full),
            frozenset(c for c, is_full in entries if not is_full))


def _gazetteer() -> Gazetteer:
    from annotator.core.suggest.gazetteer import load_gazetteer  # when a name is sought: not at the start

    return load_gazetteer()

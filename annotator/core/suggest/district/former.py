"""DISTRICT: former units - names of county-level and higher units that no longer exist under that
name (上饶县, 广信区 since 2019; 莱芜市, merged into 济南 in 2019; 襄樊市, 襄阳市 since 2010).

``resources/gazetteer_former.tsv`` (``scripts/build_former_names.py``, from the Ministry of Civil
Affairs' yearly code tables) lists each with its code then and the years it was valid; no name
there is a unit of today's gazetteer. As the annotation guide says, a historical name keeps its own
name with code null: ``{"name": "上饶县", "code": None}``.

- Where the document's year is known (its metadata ``year`` or ``date``, else its date line
  ——2015年1月21日在…, else a first line 2015年政府工作报告) and lies within the unit's years or one
  after the last (a report reviews the year before): the full name, and its short form (襄樊 of 襄樊市)
  where that is no name of today's gazetteer, no ordinary word, and, for a county, the document
  names the unit in full or mentions its prefecture (as the rules take a county's short form).
- Where the year is unknown or later: the full name only (a name with its level word that no unit
  has today is that former unit whenever it is written: 原上饶县); never a short form.
- Never a name that begins inside another word (担任|县长: no 任县; 济南|市区: no 南市区), one made of
  generic characters only (市区, 新区, 南郊区), nor 莱芜市场 (市场). Where a name of today's units
  lies inside a former one (上饶 of 上饶县) the former one is the span; where the two cross or the
  rules' span holds it (广丰县: the rules' former name already), the rules' span stays.

The link rules compare a former unit with today's by the code it had in the document's year
(:func:`code_then`: 宜州市 in 2015, 451281 under 河池市; ``link_places.py``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

import ahocorasick

from annotator.core import resources
from annotator.core.date_line import date_line_year
from annotator.core.models import Suggestion
from annotator.core.suggest.district.words import crossed_at
from annotator.core.suggest.gazetteer import Gazetteer, short_forms

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

FILE = "gazetteer_former.tsv"
GENERIC = frozenset("东西南北中市新城郊区县")  # 市区, 新区, 南郊区, 城南区: words, not names
CONFIDENCE = 0.75  # a name proposed without a code: below a full name of today's units (0.9)
_TITLE_YEAR = re.compile(r"(20\d\d|19\d\d)年.{0,12}政府工作报告")
_META_YEAR = re.compile(r"(?<![0-9])(19[89][0-9]|20[0-9][0-9])(?![0-9])")


class Former(NamedTuple):
    code: str  # its code then
    name: str
    level: int  # 1 province, 2 prefecture, 3 county
    parent: str
    first: int  # the first and last year's table that lists it
    last: int


class FormerNames:
    """The former units by name, and an automaton of their names and short forms."""

    def __init__(self, rows: Iterable[Former], g: Gazetteer) -> None:
        self.by_name: dict[str, list[Former]] = {}
        self.short: dict[str, list[Former]] = {}  # a short form -> the units it abbreviates
        for row in rows:
            if all(c in GENERIC for c in row.name) or row.name in g.stop:
                continue
            self.by_name.setdefault(row.name, []).append(row)
            for s in short_forms(row.name, row.level):
                # a short form of today's units (上饶, 莱芜) or an ordinary word keeps today's handling
                if len(s) >= 2 and g.automaton.get(s, None) is None and s not in g.ordinary and s not in g.stop:
                    self.short.setdefault(s, []).append(row)
        # the names reversed, scanned in the reversed text: they end in a few characters (县市区盟 and
        # 36 short forms'), which the automaton's root looks up among a few children (~1 ms for
        # 200,000 characters, where their ~250 first characters would take four times as long)
        self.reversed: Any = ahocorasick.Automaton()
        for key in sorted(self.by_name.keys() | self.short.keys()):
            self.reversed.add_word(key[::-1], key)
        if len(self.reversed):
            self.reversed.make_automaton()

    def units(self, key: str, year: int | None) -> tuple[list[Former], bool]:
        """The former units ``key`` names in a document of ``year``, and whether it is their full
        name: within their years (or the one after), by full name or short form; where the year is
        unknown or later, by full name only; none where the document is older than the unit."""
        full = key in self.by_name
        rows = self.by_name[key] if full else self.short.get(key, [])
        if year is not None:
            rows = [r for r in rows if r.first <= year and (full or year <= r.last + 1)]
        elif not full:
            rows = []
        return rows, full


def _then(rows: list[Former], year: int | None) -> Former:
    """Of the rows of one name, the unit's then: the one valid in ``year`` (or the year after), else the last."""
    return max(rows, key=lambda r: (year is not None and r.first <= year <= r.last + 1, r.last))


def code_then(g: Gazetteer, name: str, year: int | None) -> str | None:
    """The code the former unit whose full name is ``name`` had in a document of ``year`` (its row then,
    as :func:`former_mentions` chooses it; the year unknown: its last), so that it can be compared with
    today's units by code (宜州市 in 2015: 451281, under 河池市 451200); None where ``name`` is no former
    unit's full name, or named one only after ``year``."""
    rows, full = load_former(g).units(name, year)
    return _then(rows, year).code if rows and full else None


def rows_named(g: Gazetteer, name: str) -> list[Former]:
    """The rows of the former unit(s) whose full name is ``name``, the latest first (宜州市: 451281 of 2002 to
    2015, 452702 of 2000 to 2001), as :func:`code_then` chooses among them; [] where it is no former unit's."""
    return sorted(load_former(g).by_name.get(name, []), key=lambda r: -r.last)


def parse_rows(text: str) -> list[Former]:
    rows = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, name, level, parent, first, last = line.split("\t")
            rows.append(Former(code, name, int(level), parent, int(first), int(last)))
    return rows


@cache
def load_former(g: Gazetteer) -> FormerNames:
    """The shipped table of former units, against gazetteer ``g`` (once per process)."""
    return FormerNames(parse_rows(resources.read_text(FILE)), g)


def value_of_name(g: Gazetteer, key: str) -> dict[str, Any]:
    """``{"name": key, "code": None}`` where ``key`` is the full name of a former unit (上饶县 labelled
    by hand or tagged by the model: the guide's value of a historical name), else {}."""
    return {"name": key, "code": None} if key in load_former(g).by_name else {}


def text_year(text: str) -> int | None:
    """The year of a report from its own words: its date line (——2015年1月21日在…; given in
    November or December: the next year's), else a first line 2015年政府工作报告."""
    year = date_line_year(text)
    if year is not None:
        return year
    first = text.lstrip()[:80].split("\n", 1)[0]
    m = _TITLE_YEAR.search(first)
    return int(m.group(1)) if m else None


def metadata_year(meta: Mapping[str, Any] | None) -> int | None:
    """The year a document's metadata gives: ``year``, else that of ``date``; None if neither."""
    for key in ("year", "date"):
        value = (meta or {}).get(key)
        m = _META_YEAR.search(str(value)) if value not in (None, "") else None
        if m:
            return int(m.group(1))
    return None


def _stands(text: str, start: int, end: int) -> bool:
    """Is the name at start:end no piece of other words? Not where a word crosses its start
    (担任|县长), nor 莱芜市场; a word across its end after the level word is its own (襄樊|市委)."""
    cut = crossed_at(text, start, end)
    return cut != start and text[end - 1:end + 1] != "市场"


def former_mentions(g: Gazetteer, text: str, year: int | None,
                    mentioned: frozenset[str] | set[str]) -> list[Suggestion]:
    """The DISTRICT spans of former units in ``text`` of ``year`` (None: unknown), ``mentioned``
    being the units of today the document mentions (a county's short form needs its prefecture)."""
    table = load_former(g)
    found: list[tuple[int, int, str, list[Former], bool]] = []
    if not len(table.reversed):
        return []
    last = len(text) - 1
    for start, key in sorted((last - end, key) for end, key in table.reversed.iter(text[::-1])):
        rows, full = table.units(key, year)
        if rows and _stands(text, start, start + len(key)):
            found.append((start, start + len(key), key, rows, full))
    named = {k for _, _, k, _, full in found if full}
    named_codes = {p.code for n in named for p in table.by_name[n]}  # once, not for each short form
    out: list[Suggestion] = []
    for start, end, key, rows, full in found:
        if not full:
            rows = [r for r in rows if r.level <= 2 or r.name in named or r.parent in mentioned
                    or r.parent in named_codes]
            if not rows:
                continue
        r = _then(rows, year)
        reason = f"former unit: {r.name} {r.code} ({r.first}–{r.last})"
        if not full:
            reason += f" (short form {key})"
        out.append(Suggestion(start, end, "DISTRICT", text[start:end], {"name": r.name, "code": None},
                              CONFIDENCE, reason, "gazetteer"))
    return out


def merged(today: list[Suggestion], former: list[Suggestion]) -> list[Suggestion]:
    """``today`` (the rules' spans, no two overlapping) with the ``former`` spans: a former span
    replaces the spans inside it (上饶 of 上饶县); one that crosses a span of today's, or lies
    inside one or on it, is dropped; of overlapping former spans the longest, then leftmost stays."""
    if not former:
        return today
    starts = [t.start for t in today]  # (no two overlap: sorted by start, their ends rise too)
    kept: list[Suggestion] = []
    kept_starts: list[int] = []  # the kept spans' starts and ends, in order: they never overlap, so the one
    kept_ends: list[int] = []  # that starts last before a place is the only one that can reach it (a bisect,
    # not a pass over every span kept: a long report names hundreds of former units)
    for f in sorted(former, key=lambda s: (s.start - s.end, s.start)):
        k = bisect_left(kept_starts, f.end)
        if k and kept_ends[k - 1] > f.start:
            continue  # it overlaps a former span kept (longer, or as long and before it)
        i = max(0, bisect_right(starts, f.start) - 1)
        near = [t for t in today[i:i + f.end - f.start + 1] if t.start < f.end and f.start < t.end]
        if any(not (f.start <= t.start and t.end <= f.end) or (t.start, t.end) == (f.start, f.end) for t in near):
            continue
        kept.append(f)
        k = bisect_left(kept_starts, f.start)
        kept_starts.insert(k, f.start)
        kept_ends.insert(k, f.end)
    if not kept:
        return today

    def inside_kept(t: Suggestion) -> bool:
        k = bisect_right(kept_starts, t.start) - 1
        return k >= 0 and kept_ends[k] >= t.end

    out = [t for t in today if not inside_kept(t)] + kept
    out.sort(key=lambda s: s.start)
    return out

"""A document's jurisdiction: the government whose report it is, or whose report it covers.

Stored in the document's metadata as ``jurisdiction`` (a division code, a name, or both:
"湖里区 350206"; a name as researchers write it, 厦门市湖里区 or 湖里, read by
:func:`~annotator.core.division_names.named`), given on import (``--meta jurisdiction=…``) or in the window. When it is
not given it is guessed from the DISTRICT spans of the document: the district named in its
first line ("在滨州市第十二届人民代表大会…", "厦门湖里区第九届…"), else in its first
characters; the more specific of adjacent names and the most mentioned one there; else the
district mentioned most often.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from annotator.core.links import District
from annotator.core.models import Annotation, Document

if TYPE_CHECKING:
    from annotator.core.division_names import Named
    from annotator.core.suggest.district.former import Former

KEY = "jurisdiction"
HEAD_CHARS = 200  # the head of a document: its title and first lines
_CODE = re.compile(r"\d{12}|\d{6}(?:\d{3})?")  # NBS's twelve digits (350206000000) read whole, not as 350206000


class Jurisdiction(NamedTuple):
    """The district a document is about, and why (given in its metadata, or found in its text)."""

    district: District
    reason: str  # "given", "title: 湖里区", "most mentioned: 湖里区 (34 times)"
    given: bool = False
    year: int | None = None  # the document's (its metadata's, else its date line's): a former unit's code then


def district_key(a: Annotation) -> tuple[str, str | None]:
    """(name, code) of a DISTRICT span: its value, else its text; NBS's twelve digits of a unit as its
    gazetteer code (350206000000: 350206, :func:`~annotator.core.divisions.canonical`), so a unit is one whichever
    code it was given."""
    code = a.value.get("code")
    return str(a.value.get("name") or a.text), _canonical(str(code)) if code else None


def _canonical(code: str) -> str:
    from annotator.core.divisions import canonical  # its table read when a twelve-digit code is met

    return canonical(code)


def contains(outer: str, inner: str) -> bool:
    """Whether division ``outer`` holds division ``inner`` (by their codes)."""
    prefix = outer[:6]
    while prefix.endswith("00"):
        prefix = prefix[:-2]
    return outer != inner and inner.startswith(prefix) and len(inner) >= len(outer) and bool(prefix)


def parent(code: str) -> str | None:
    """The code of the unit above (by the code's structure)."""
    if len(code) == 9:
        return code[:6]
    if code.endswith("0000"):
        return None
    if code.endswith("00"):
        return code[:2] + "0000"
    return code[:4] + "00"


def relation(code: str | None, jur: District | None) -> str:
    """How a district stands to the jurisdiction: same, inside, holds, beside, other."""
    if jur is None or not jur.code:
        return "other"
    if not code:  # a township or a historical name, without a code: taken as inside
        return "inside"
    if code == jur.code:
        return "same"
    if contains(jur.code, code):
        return "inside"
    if contains(code, jur.code):
        return "holds"
    if parent(code) == parent(jur.code):
        return "beside"
    return "other"


def parse(text: str, districts: Iterable[Annotation] = ()) -> District | None:
    """A district from what a user typed: "350206", "湖里区", "湖里区 350206". A missing name or
    code is completed from the document's DISTRICT spans, else from the gazetteer (a code's name;
    the code of the one unit a name names: 湖里区, 厦门市湖里区, 湖里, 湖裡區, named so; see
    :func:`~annotator.core.division_names.named`)."""
    text = (text or "").strip()
    if not text:
        return None
    found = _CODE.search(text)
    code = _canonical(found.group(0)) if found else None  # 350206000000: 湖里区's 350206
    name = _CODE.sub("", text).strip(" ,，()（）") or None
    for a in districts:  # the document's own districts first: 朝阳 where its 朝阳 is 北京市朝阳区, not 朝阳市
        n, c = district_key(a)
        if (code and c == code) or (name and not code and name in (n, a.text)):
            return District(name or n, code or c or _only_code(name or n))
    if name and not code and (unit := _named(name).unit) is not None:
        return District(unit.name, unit.code)  # 湖裡區, 厦门市湖里区, 湖里: the unit, as the gazetteer names it
    if code and not name:
        name = _gazetteer_name(code)
    return District(name or code or text, code or _only_code(name))


def _simplified(name: str) -> str:
    from annotator.core.suggest.traditional import simplified  # its table read when a name is typed

    return simplified(name)


def _only_code(name: str | None) -> str | None:
    """The code of the one unit ``name`` names (南京市: 320100; 厦门湖里, 湖里区: 350206; 鼓楼区, which
    four units are called, none), so a jurisdiction given by name can say what lies inside it."""
    unit = _named(name).unit if name and not name.isdigit() else None
    return unit.code if unit is not None else None


def _named(name: str | None) -> Named:
    from annotator.core.division_names import named  # read when a name is given: not at the window's start

    return named(name)


class Unclear(NamedTuple):
    """A jurisdiction given by a name alone that names no division (湖里县) or several (鼓楼区), or that is a
    former unit's (宜州市, 宜州区 since 2016: ``former``, its rows of the former units' table, no typo): the
    warning's parts, ``annotator meta``, ``meta --from``, ``import --meta`` and a doccano line saying them alike."""

    typed: str
    named: Named
    former: tuple[Former, ...] = ()

    def what(self) -> str:
        n = self.named
        if n.ambiguous:
            return f"{self.typed!r} names {len(n.candidates)} divisions ({n.choices()})"
        if self.former:
            return (f"{self.typed!r} is a former unit, no division of today's gazetteer (the former units' "
                    f"table: {self.years()})")
        return f"{self.typed!r} names no division the gazetteer or the document's districts know"

    def years(self) -> str:
        """The former unit's codes and the years of the code tables that list them: "451281 from 2002 to 2015,
        452702 from 2000 to 2001"."""
        return ", ".join(f"{r.code} from {r.first} to {r.last}" for r in self.former)

    def advice(self) -> str:
        if self.named.ambiguous:
            from annotator.core.division_names import path_name

            first = self.named.candidates[0]
            return (f"write the city before it, as jurisdiction={path_name(first.code)}, or give the code, "
                    f"as jurisdiction=\"{first.name} {first.code}\"")
        if self.former:
            return "for a report of a later year, give today's unit with its code"
        return 'give the code too, as jurisdiction="湖里区 350206"'

    def warning(self, shown: str = "") -> str:
        """The whole sentence; ``shown``: the documents it is given to ("a.txt, b.txt"), where known."""
        if self.former:  # no mistake of the user's: what the rules do with it
            return (f"{self.what()}: the link rules compare it by its code in the document's year, and the facts "
                    f"it places{f' ({shown})' if shown else ''} keep its name with code null, as the guide gives a "
                    f"former name; {self.advice()}")
        unless = "say which" if self.named.ambiguous else "name it"
        where = f" ({shown})" if shown else f" unless a document's districts {unless}"
        return f"{self.what()}, so the facts placed by it get no district code{where}; {self.advice()}"


def unclear(value: str) -> Unclear | None:
    """For a jurisdiction given as a name without a code that names no unit or several, or a former unit
    (宜州市), what to say; None for a code, or a name of one unit (厦门市湖里区, 湖里, 湖裡區)."""
    text = (value or "").strip()
    if not text or _CODE.search(text):
        return None
    found = _named(text)
    if found.unit is not None:
        return None
    return Unclear(text, found, () if found.candidates else _former(text))


def _former(name: str) -> tuple[Former, ...]:
    from annotator.core.suggest.district.former import rows_named  # its table read when a name names no unit
    from annotator.core.suggest.gazetteer import load_gazetteer

    return tuple(rows_named(load_gazetteer(), name))


def _gazetteer_name(code: str) -> str | None:
    from annotator.core.suggest.gazetteer import load_gazetteer  # loaded only when a bare code is given
    try:
        return load_gazetteer().unit(code).name
    except KeyError:
        return None


def guess(doc: Document, districts: Iterable[Annotation]) -> Jurisdiction | None:
    """The jurisdiction a document's DISTRICT spans (accepted or suggested) point to."""
    spans = sorted((a for a in districts if a.status != "rejected"), key=lambda a: a.start)
    if not spans:
        return None
    counts = Counter(district_key(a) for a in spans)
    # the first line that is not blank (the title) if it names a district, else the head
    top = len(doc.text) - len(doc.text.lstrip())
    line_end = doc.text.find("\n", top)
    line_end = min(line_end if line_end >= 0 else len(doc.text), top + HEAD_CHARS)
    title = [a for a in spans if top <= a.start and a.end <= line_end]
    head = title or [a for a in spans if a.start < HEAD_CHARS or a.text in doc.title]
    # the more specific of two adjacent names (厦门湖里区: 湖里区)
    inner = [a for a in head if not any(
        o.start - a.end <= 1 and o.start >= a.end and district_key(a)[1] and district_key(o)[1]
        and contains(str(district_key(a)[1]), str(district_key(o)[1])) for o in head)]
    if inner:
        first: dict[tuple[str, str | None], int] = {}
        for a in inner:
            first.setdefault(district_key(a), a.start)
        key = max(first, key=lambda k: (counts[k], -first[k]))
        return Jurisdiction(District(*key), f"title: {District(*key)}")
    best, n = counts.most_common(1)[0]
    return Jurisdiction(District(*best), f"most mentioned: {District(*best)} ({n} times)")


def given_code(metadata: dict[str, Any]) -> str | None:
    """The division code of the jurisdiction a document's metadata gives ("安吉县 330523", "330523",
    a full name one unit has), else None."""
    given = metadata.get(KEY)
    district = parse(str(given)) if given else None
    return district.code if district is not None else None


def jurisdiction_of(doc: Document, districts: Iterable[Annotation]) -> Jurisdiction | None:
    """The given jurisdiction (metadata), else the guessed one; with the document's year, as of which
    the link rules read a unit named by a former name (宜州市 in 2015, its code then 451281:
    ``link_places.py``)."""
    spans = list(districts)
    given = doc.metadata.get(KEY)
    found = None
    if given:
        district = parse(str(given), spans)
        if district is not None:
            found = Jurisdiction(district, "given", True)
    found = found or guess(doc, spans)
    return found._replace(year=_year(doc)) if found is not None else None


def _year(doc: Document) -> int | None:
    from annotator.core.suggest.values import document_year  # (its date line read only when a jurisdiction is)

    return document_year(doc.text or "", doc.metadata)


class Corrected(NamedTuple):
    """A jurisdiction typed as NAME CODE whose name is not the coded division's: what was typed,
    the gazetteer's name and the code (the value stored is ``f"{name} {code}"``)."""

    typed: str
    name: str
    code: str
    other_writing: bool = False  # the division's name in traditional characters (湖裡區 350206): nothing to warn of

    @property
    def value(self) -> str:
        return f"{self.name} {self.code}"

    def warning(self) -> str:
        """One sentence naming both names (``annotator meta``, ``import --meta``; the window words it
        in its own language)."""
        return (f"{self.typed!r} is not the name of division {self.code} ({self.name}): the code wins, "
                f"so the jurisdiction is {self.value!r}")


def corrected(text: str) -> Corrected | None:
    """The correction of a jurisdiction given as NAME CODE ("河池币 451200", a typo) whose code is a
    division of the gazetteer and whose name is not that division's: the code wins (six digits are
    copied from a table, a name typed through an input method), the name becomes the gazetteer's.
    None when nothing is to correct: a name alone, a code alone, a code the gazetteer lacks (a newer
    table's, a township's), or a name that is the division's — its full name, a short form (湖里,
    凉山州), either after the names above it (厦门市湖里区, 广西河池). Such a name in traditional
    characters (湖裡區 350206) takes the gazetteer's too, ``other_writing`` saying there is nothing to warn of."""
    text = (text or "").strip()
    found = _CODE.search(text)
    name = _CODE.sub("", text).strip(" ,，()（）") if found else ""
    if not found or not name:
        return None
    from annotator.core.divisions import division  # read when a code is given: not at the window's start

    unit = division(found.group(0))
    if unit is None or name.endswith(unit.name):
        return None
    from annotator.core.suggest.gazetteer import short_forms

    shorts = short_forms(unit.name, unit.level)
    if any(name.endswith(short) for short in shorts):
        return None
    plain = _simplified(name)  # 湖裡區 350206: the division's name in the other writing, stored as the gazetteer's
    same = plain != name and (plain.endswith(unit.name) or any(plain.endswith(short) for short in shorts))
    return Corrected(name, unit.name, unit.code, other_writing=same)

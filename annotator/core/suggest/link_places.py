"""Where the link rules (``links.py``) place a DISTRICT span: its (name, code), a township named
without a code completed from the gazetteer, and how it stands to the document's jurisdiction.

The guide leaves a township's code to be given "where known", and the gold's township spans have
none (南村 → 南村镇, code null). Read as bare names they could be compared with nothing: taken as
inside the jurisdiction wherever they lie (龙嘉 in 龙嘉机场辽源城市候机楼 is 长春's), and never
seen as held by the county named with them (凤山三门海: the township) nor as lying in two counties
(北留-周村: the city holding both). ``township_code`` gives such a name the code of the one
township of that full name nearest the jurisdiction (inside it, else inside each unit above it in
turn, else the only one of that name anywhere); ``relation`` judges a township by its county.

A unit named by a former name has no code either (宜州市 in a report of 2015: 宜州区 since 2016; the
guide's value of a historical name is code null), and a jurisdiction that is one (``--meta
jurisdiction=宜州市``) made every district "other" to it: no clause governed by 河池市, 金城江区 or a
township, every fact the jurisdiction's. ``former_code`` gives such a name the code the unit had in the
document's year (the former units' table, ``district/former.py``: 宜州市 451281 until 2015), and
``compared`` the jurisdiction as the rules compare it; links keep the name with code null.
"""
from __future__ import annotations

from annotator.core.divisions import codes_named, division
from annotator.core.jurisdiction import Jurisdiction, contains, parent
from annotator.core.jurisdiction import relation as _relation
from annotator.core.links import District

Key = tuple[str, str | None]
TOWNSHIP = 9  # digits of a township's code


def township_code(name: str, jurisdiction: str | None) -> str | None:
    """The code of the township whose full name is ``name`` nearest ``jurisdiction`` (a code), or
    None: no township has that name, or several do at the nearest level that has one."""
    codes = [c for c in codes_named(name) if len(c) == TOWNSHIP]
    scope = jurisdiction
    while codes and scope:
        inside = [c for c in codes if contains(scope, c)]
        if inside:
            return inside[0] if len(inside) == 1 else None
        scope = parent(scope)
    return codes[0] if len(codes) == 1 else None


def former_code(name: str, year: int | None) -> str | None:
    """The code the former unit of full name ``name`` had in ``year`` (宜州市 in 2015: 451281), else None."""
    from annotator.core.suggest.district.former import code_then  # its table read when a name lacks a code
    from annotator.core.suggest.gazetteer import load_gazetteer

    return code_then(load_gazetteer(), name, year)


def compared(jurisdiction: Jurisdiction | None) -> District | None:
    """The jurisdiction as the rules compare districts with it: a former unit's by its code then."""
    if jurisdiction is None:
        return None
    jur = jurisdiction.district
    code = jur.code or former_code(jur.name, jurisdiction.year)
    return District(jur.name, code) if code != jur.code else jur


def relation(code: str | None, jur: District | None) -> str:
    """How a district stands to the jurisdiction (``jurisdiction.relation``); a township by its
    county: inside when its county is the jurisdiction, beside when the county is beside it."""
    if code and len(code) == TOWNSHIP and jur is not None and jur.code and len(jur.code) < TOWNSHIP:
        county = _relation(code[:6], jur)
        return "inside" if county == "same" else county
    return _relation(code, jur)


def common(keys: list[Key]) -> Key:
    """The smallest unit holding every one of ``keys`` (by code), else the first: a unit of the gazetteer
    (two districts of 北京市: 北京市, not its 市辖区 110100, which it has not and whose name was its code)."""
    codes = [c for _, c in keys if c]
    if len(set(keys)) == 1 or len(codes) < len(keys):
        return keys[0]
    code: str | None = codes[0]
    while code and not (all(c == code or contains(code, c) for c in codes) and (code in codes or division(code))):
        code = parent(code)  # past a municipality's 市辖区 (110100), no unit of the gazetteer: 北京市 holds them
    if code is None:
        return keys[0]
    for key in keys:
        if key[1] == code:
            return key
    unit = division(code)
    return (unit.name if unit else "", code)

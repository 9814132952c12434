"""Where the link rules (``links.py``) place a DISTRICT span: its (name, code), a township named
without a code completed from the gazetteer, and how it stands to the document's jurisdiction.

The guide leaves a township's code to be given "where known", and the gold's township spans have
none (南村 → 南村镇, code null). Read as bare names they could be compared with nothing: taken as
inside the jurisdiction wherever they lie (龙嘉 in 龙嘉机场辽源城市候机楼 is 长春's), and never
seen as held by the county named with them (凤山三门海: the township) nor as lying in two counties
(北留-周村: the city holding both). ``township_code`` gives such a name the code of the one
township of that full name nearest the jurisdiction (inside it, else inside each unit above it in
turn, else the only one of that name anywhere); ``relation`` judges a township by its county.
"""
from __future__ import annotations

from annotator.core.divisions import codes_named, division
from annotator.core.jurisdiction import contains, parent
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


def relation(code: str | None, jur: District | None) -> str:
    """How a district stands to the jurisdiction (``jurisdiction.relation``); a township by its
    county: inside when its county is the jurisdiction, beside when the county is beside it."""
    if code and len(code) == TOWNSHIP and jur is not None and jur.code and len(jur.code) < TOWNSHIP:
        county = _relation(code[:6], jur)
        return "inside" if county == "same" else county
    return _relation(code, jur)


def common(keys: list[Key]) -> Key:
    """The smallest unit holding every one of ``keys`` (by code), else the first."""
    codes = [c for _, c in keys if c]
    if len(set(keys)) == 1 or len(codes) < len(keys):
        return keys[0]
    code: str | None = codes[0]
    while code and not all(c == code or contains(code, c) for c in codes):
        code = parent(code)
    if code is None:
        return keys[0]
    for key in keys:
        if key[1] == code:
            return key
    unit = division(code)
    return (unit.name if unit else "", code)

"""DISTRICT: the value of a span that no rule proposed - tagged by the model, labelled by hand.

That the span is a district is decided already; what is left is which unit it names. Its name
(a full name or a short form of the gazetteer) is resolved as the rules resolve one, by the
units the text around it mentions (:func:`units.resolve`, then a township by its county or
prefecture: :func:`units.resolve_local`). Where that accepts nothing, a name that one unit alone
holds is that unit (阳逻 is only 阳逻街道 of 武汉市新洲区, 龙嘉 only 龙嘉街道 of 长春市九台区),
unless it is an ordinary word (将军, 建设), which needs its unit's area named. A name of several
units that the text does not decide between gets no value: no code is better than a wrong one.

Where the span's own text (its line) decides nothing, :func:`value_in_document` reads the whole
document as the rules read it for short forms: the units it names anywhere (安吉县 in another
line: 安吉 is 安吉县), its own area (:func:`units.home_of`: 将军 in a report of 洪雅县 is its
将军镇) and, for a county whose short form is no common word, its province named. It gives a code
only where one unit alone is placed most closely (a short form of two counties of the named
province, or of two townships of named counties, gets none), never by ranking several.

An excerpt often never names its own area (我代表县人民政府): where the document's jurisdiction
is given (its metadata ``jurisdiction``, :mod:`annotator.core.jurisdiction`), a DISTRICT the
model proposed without a value is the one unit of its name that is that area or lies within it
(:func:`in_jurisdiction`; 安吉 in a report of 安吉县 330523).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from annotator.core.models import Suggestion
from annotator.core.suggest.district import former, units
from annotator.core.suggest.district.words import name_only

if TYPE_CHECKING:
    from annotator.core.suggest.district.suggester import DistrictSuggester


def value_of_span(suggester: DistrictSuggester, text: str, start: int, end: int, area: str = "") -> dict[str, Any]:
    """``{"name", "code"}`` of the unit ``text[start:end]`` names, ``text`` being as much of the
    document as the caller has (the whole, a paragraph, a line), ``area`` the division code of its
    jurisdiction ("": none given); {} where none is clear."""
    g = suggester.gazetteer
    key = text[start:end]
    found = g.automaton.get(key, None) if key else None
    if found is None or found[1] is None:  # no name of the gazetteer (长三角), or a blocking word; a
        return former.value_of_name(g, key) if found is None else {}  # former unit's full name: its own
    entries = g.entries(found[1])
    span = (start, end, key, entries)
    cands = [c for c in suggester._words_around(text, suggester._found(text)) if c[:2] != (start, end)]
    mentioned, _named = suggester._mentioned(cands + [span])
    home = units.home_of(g, text, [(c[1], c[3][0][0]) for c in cands if len(c[3]) == 1 and c[3][0][1]])
    r = suggester._resolve_all(cands + [span], mentioned, home, area).get(key)
    if r is None and not any(full for _, full in entries) and key not in g.stop and key not in g.ordinary:
        r = units.resolve_local(g, key, entries, mentioned, home, area)
    code = r[0] if r is not None else None
    if code is None and len(entries) == 1 and key not in g.stop and key not in g.ordinary:
        code = entries[0][0]
    if code is None:
        return {}
    unit = g.unit(code)
    return {"name": unit.name, "code": unit.code}


class Context(NamedTuple):
    """What a whole document says of its places: the units it mentions (:meth:`._mentioned`: named
    in full, well-known short forms; not the short forms the rules resolve by ranking several
    units), those named in full, and its own area."""
    mentioned: frozenset[str]
    named: frozenset[str]
    home: str
    proposed: dict[str, list[dict[str, Any]]]  # the values the rules give each name they propose
    area: str = ""  # the jurisdiction it was read with (:meth:`DistrictSuggester.read`)


def document_context(suggester: DistrictSuggester, text: str, area: str = "") -> Context:
    (mentioned, named, home), suggestions = suggester.read(text, area=area)  # one reading (~110 ms at 400,000 chars)
    proposed: dict[str, list[dict[str, Any]]] = {}
    for found in suggestions:
        values = proposed.setdefault(found.text, [])
        if found.value not in values:
            values.append(found.value)
    return Context(mentioned, named, home, proposed, area)


def value_in_document(suggester: DistrictSuggester, text: str, start: int, end: int,
                      context: Context) -> dict[str, Any]:
    """``{"name", "code"}`` of the one unit named ``text[start:end]`` that the whole document
    places (``context``: :func:`document_context` of ``text``), the closest placed: the unit itself
    mentioned, or a province or prefecture (the highest unit: 湘潭 is 湘潭市, not 湘潭县); else its
    parent mentioned or it within the document's own area; else a county of a province the document
    names, where its short form is no common word. {} where no unit or several are placed so closely.
    A stop word (建设, 发展) only where its unit is named in full.
    Where the rules propose the name elsewhere in the document, their value if it has no code (a
    former name: 宜州 of 宜州市 in 2015), else {} unless they give the same code."""
    g = suggester.gazetteer
    key = text[start:end]
    found = g.automaton.get(key, None) if key else None
    if found is None or found[1] is None:
        return former.value_of_name(g, key) if found is None else {}  # 上饶县 in 2015: its own name
    by_rules = context.proposed.get(key)
    if by_rules is not None and (len(by_rules) > 1 or not by_rules[0].get("code")):
        return dict(by_rules[0]) if len(by_rules) == 1 else {}  # (宜州 of 宜州市 in 2015: its former name)
    found_value = _placed(suggester, key, found[1], context)
    if by_rules is not None and found_value.get("code") != by_rules[0].get("code"):
        return {}  # the rules rank several units (桥西 where only 河北省 is named): no code
    return found_value


def _placed(suggester: DistrictSuggester, key: str, raw: Any, context: Context) -> dict[str, Any]:
    g = suggester.gazetteer
    mentioned, named, home, _, area = context
    provinces = units.provinces_of(set(mentioned))
    placed: dict[int, set[str]] = {}  # how closely: 0 the unit mentioned, 1 its parent or area, 2 its province
    for code, _full in g.entries(raw):
        unit = g.unit(code)
        if key in g.stop:
            how = 0 if code in named else None
        elif code in mentioned or unit.level <= 2:  # (a province's, a prefecture's short form: always)
            how = 0
        elif unit.parent in mentioned or bool(home) and (home == code or home in g.ancestors(code)):
            how = 1
        elif unit.level == 3 and code[:2] in provinces and key not in g.ordinary and name_only(key):
            how = 2
        else:
            how = None
        if how is not None:
            placed.setdefault(how, set()).add(code)
    if not placed:
        return {}
    closest = placed[min(placed)]
    closest = {c for c in closest if not closest.intersection(g.ancestors(c))}  # 湖里: 湖里区, not its 湖里街道
    if len(closest) > 1 and area:  # placed alike: the one within the document's jurisdiction, if one is
        closest = {c for c in closest if units.within(g, c, area)} or closest
    if len(closest) != 1:
        return {}
    unit = g.unit(closest.pop())
    return {"name": unit.name, "code": unit.code}


def value_in_area(suggester: DistrictSuggester, key: str, area: str) -> dict[str, Any]:
    """``{"name", "code"}`` of the one unit named ``key`` (a full name or a short form) that is the
    unit ``area`` or lies within it (the highest, where one holds another); {} where none or several."""
    g = suggester.gazetteer
    found = g.automaton.get(key, None) if key else None
    if found is None or found[1] is None or key in g.stop:
        return {}
    inside = {code for code, _full in g.entries(found[1]) if code == area or area in g.ancestors(code)}
    inside = {c for c in inside if not inside.intersection(g.ancestors(c))}
    if len(inside) != 1:
        return {}
    unit = g.unit(inside.pop())
    return {"name": unit.name, "code": unit.code}


def in_jurisdiction(proposed: list[Suggestion], jurisdiction: Callable[[], str | None]) -> list[Suggestion]:
    """``proposed`` with each DISTRICT that has no value (the model's, where the text decided
    nothing) given the unit its name has within the document's jurisdiction (``jurisdiction()``:
    its code, asked only when there is such a span; None: none given)."""
    if not any(s.label == "DISTRICT" and not s.value for s in proposed):
        return proposed
    area = jurisdiction()
    if not area:
        return proposed
    from annotator.core.suggest import get_suggester

    suggester: DistrictSuggester = get_suggester("gazetteer")  # type: ignore[assignment]
    out = []
    for s in proposed:
        value = value_in_area(suggester, s.text, area) if s.label == "DISTRICT" and not s.value else {}
        out.append(Suggestion(s.start, s.end, s.label, s.text, value, s.confidence,
                              f"{s.reason}; {value['name']} {value['code']} of the document's jurisdiction",
                              s.origin) if value else s)
    return out

"""DISTRICT: the value of a span that no rule proposed - tagged by the model, labelled by hand.

That the span is a district is decided already; what is left is which unit it names. Its name
(a full name or a short form of the gazetteer) is resolved as the rules resolve one, by the
units the text around it mentions (:func:`units.resolve`, then a township by its county or
prefecture: :func:`units.resolve_local`). Where that accepts nothing, a name that one unit alone
holds is that unit (阳逻 is only 阳逻街道 of 武汉市新洲区, 龙嘉 only 龙嘉街道 of 长春市九台区),
unless it is an ordinary word (将军, 建设), which needs its unit's area named. A name of several
units that the text does not decide between gets no value: no code is better than a wrong one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.core.suggest.district import units

if TYPE_CHECKING:
    from annotator.core.suggest.district.suggester import DistrictSuggester


def value_of_span(suggester: DistrictSuggester, text: str, start: int, end: int) -> dict[str, Any]:
    """``{"name", "code"}`` of the unit ``text[start:end]`` names, ``text`` being as much of the
    document as the caller has (the whole, a paragraph, a line); {} where none is clear."""
    g = suggester.gazetteer
    key = text[start:end]
    found = g.automaton.get(key, None) if key else None
    if found is None or found[1] is None:
        return {}  # no name of the gazetteer (长三角), or a blocking word
    entries = g.entries(found[1])
    span = (start, end, key, entries)
    cands = [c for c in suggester._words_around(text, suggester._found(text)) if c[:2] != (start, end)]
    mentioned, _named = suggester._mentioned(cands + [span])
    home = units.home_of(g, text, [(c[1], c[3][0][0]) for c in cands if len(c[3]) == 1 and c[3][0][1]])
    r = suggester._resolve_all(cands + [span], mentioned, home).get(key)
    if r is None and not any(full for _, full in entries) and key not in g.stop and key not in g.ordinary:
        r = units.resolve_local(g, key, entries, mentioned, home)
    code = r[0] if r is not None else None
    if code is None and len(entries) == 1 and key not in g.stop and key not in g.ordinary:
        code = entries[0][0]
    if code is None:
        return {}
    unit = g.unit(code)
    return {"name": unit.name, "code": unit.code}

"""The value a span gets when the user gives it another label, or other boundaries.

The old label's value never stays (a PROJECT must not keep a DISTRICT's division code): the
new label's suggester computes it for exactly that span in its document, as it would have
proposed it, or, where it proposes no such span, the value of the one span of the label it
proposes inside it (:func:`matching_value`), else what it reads from the span itself (a target's
quantity: :func:`span_value`); else the value is empty ({}).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from annotator.core.labels import fields_of
from annotator.core.models import Suggestion
from annotator.core.selection import paragraph_end, value_context
from annotator.core.suggest import REGISTRY, get_suggester
from annotator.core.suggest.traditional import simplified


def suggested(suggester: Any, text: str, year: int | None = None, area: str = "") -> list[Suggestion]:
    """What ``suggester`` proposes for ``text``, given ``year``, the document's (its metadata's), where
    it reads one (DISTRICT: the names of former units by the year, ``district/former.py``), as the
    suggest run gives it; None: the year the text's own date line gives, if any. ``area``: the
    division code of the document's jurisdiction (its metadata's; "": none), which DISTRICT reads as
    the document's own area (鼓楼区 in a report of 福州市 is 福州's, not 南京's)."""
    if year is not None or area:
        from annotator.core.suggest.district import DistrictSuggester  # loaded with the suggester already

        if isinstance(suggester, DistrictSuggester):
            return suggester.suggest(text, year, area)
    return list(suggester.suggest(text))


def area_code(label: str, area: Callable[[], str | None] | None) -> str:
    """The jurisdiction's code (``area()``) where ``label``'s values read it (DISTRICT), else ""."""
    return (area() or "") if area is not None and label == "DISTRICT" else ""


def _given(code: str) -> Callable[[], str]:
    """A jurisdiction asked already, as :func:`unproposed_value` asks for one."""
    return lambda: code


def document_year(text: str, metadata: Mapping[str, Any] | None) -> int | None:
    """The year the suggest run reads a document as of: its metadata's, else its date line's (for
    a piece of it, a paragraph or a line, which holds no date line)."""
    from annotator.core.suggest.district.former import metadata_year, text_year

    return metadata_year(metadata) or text_year(text)


def value_for(label: str, text: str, start: int, end: int, year: int | None = None,
              area: str = "") -> dict[str, Any]:
    """The normalised value of ``text[start:end]`` as a ``label`` ({} when none can be computed);
    ``year`` and ``area``: the document's (:func:`suggested`); a text in traditional characters read in
    simplified ones."""
    text = simplified(text)  # 湖裡區 is 湖里区's unit (suggest.traditional: one for one, offsets kept)
    proposals = [s for name in REGISTRY if label in get_suggester(name).labels
                 for s in suggested(get_suggester(name), text, year, area)]
    found = matching_value(proposals, label, start, end)
    return span_value(label, text, start, end) if found is None else found


def _asked(label: str, reader_name: str, *args: str | int) -> dict[str, Any]:
    """The first value a suggester of ``label`` gives through its method ``reader_name`` (those
    without one are passed over); {} if none gives one."""
    for name in REGISTRY:
        suggester = get_suggester(name)
        reader = getattr(suggester, reader_name, None)
        if label in suggester.labels and reader is not None and (value := reader(*args)):
            return dict(value)
    return {}


def span_value(label: str, text: str, start: int, end: int) -> dict[str, Any]:
    """The value a suggester of ``label`` reads from the span itself (``value_of_span``: a
    target's first quantity), where none of its proposals gives one; {} if none can."""
    return _asked(label, "value_of_span", text, start, end)


def document_value(label: str, text: str, start: int, end: int, area: str = "") -> dict[str, Any]:
    """The value a suggester of ``label`` reads for ``text[start:end]`` from the whole document
    ``text`` (``value_in_document``: a DISTRICT short form whose unit another line names; ``area``, the
    document's jurisdiction, its own area), where its line gave none; {} if none can."""
    return _asked(label, "value_in_document", text, start, end, area)


def area_value(label: str, key: str, area: str) -> dict[str, Any]:
    """The value a suggester of ``label`` gives a name ``key`` within division ``area`` (the
    document's jurisdiction: ``value_in_area``, a DISTRICT's unit there); {} if none can."""
    return _asked(label, "value_in_area", key, area)


def unproposed_value(label: str, text: str, start: int, end: int, near: dict[str, Any], *,
                     whole: bool = False, area: Callable[[], str | None] | None = None) -> dict[str, Any]:
    """The one place that decides the value of a span no rule proposed (the model's, one the user
    labelled, relabelled or gave new boundaries): ``near``, what the text around it gave (its line,
    its paragraph; ``whole``: that was the whole document ``text``), else what the whole document
    places its name as (:func:`document_value`: 鼓楼 where another paragraph names 福州市鼓楼区), else
    its name's unit within the document's jurisdiction (``area()``, asked only then: the division
    code the document's metadata gives, else None; :func:`area_value`). {} where none is clear: no
    code is better than a wrong one. (The suggest run gives the model's spans the last step for a
    document at once: ``district.span_value.in_jurisdiction``.)"""
    if near or not fields_of(label):
        return dict(near)
    text = simplified(text)
    code = area_code(label, area)
    found = {} if whole else document_value(label, text, start, end, code)
    if not found and code:
        found = area_value(label, text[start:end], code)
    return found


def matching_value(proposals: Iterable[Suggestion], label: str, start: int, end: int,
                   offset: int = 0) -> dict[str, Any] | None:
    """The value of the proposal of ``label`` at exactly ``start``:``end`` (the proposals' offsets
    plus ``offset``), else of the one proposal with a value that the span holds whole (新培育技能人才
    2万名以上 holding the rules' 2万名; 投资55.1亿元 holding 55.1亿元); {} where the span holds
    several (two amounts: no one value is right); None where there is no such proposal."""
    inside = []
    for s in proposals:
        if s.label != label:
            continue
        s_start, s_end = s.start + offset, s.end + offset
        if (s_start, s_end) == (start, end):
            return dict(s.value)
        if s.value and start <= s_start and s_end <= end:
            inside.append(s)
    return None if not inside else dict(inside[0].value) if len(inside) == 1 else {}


def value_in_paragraph(label: str, text: str, start: int, end: int,
                       area: Callable[[], str | None] | None = None,
                       metadata: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The value of a span the user labels in the document ``text``, relabels or gives new
    boundaries (the window's label keys, boundary keys, a selection over a span of the same label):
    :func:`value_for` on its paragraph (so a key press stays fast in a long document) as of the
    document's year (``metadata``'s, else its date line's: :func:`document_year`), else what
    the whole document and its jurisdiction (``area``) say, as for the model's spans
    (:func:`unproposed_value`); {} for a label without value fields (PROJECT)."""
    if not fields_of(label):
        return {}
    lo, hi = value_context(text, start, end), paragraph_end(text, end)
    code = area_code(label, area)  # asked once
    near = value_for(label, text[lo:hi], start - lo, end - lo, document_year(text, metadata), code)
    return unproposed_value(label, text, start, end, near, whole=lo == 0 and hi == len(text), area=_given(code))


def values_in_document(spans: Iterable[tuple[str, int, int]], text: str,
                       area: Callable[[], str | None] | None = None,
                       metadata: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """The values of many (label, start, end) spans of one document ``text``, as :func:`value_in_paragraph`
    gives them with the whole document as their paragraph: each label's suggesters run once, and each
    span is matched with the proposals starting inside it (spans imported without values: linear in
    the spans, where a paragraph each made 4,000 spans of one long paragraph take minutes)."""
    text = simplified(text)
    year = document_year(text, metadata)
    proposals: dict[str, tuple[list[int], list[Suggestion]]] = {}
    out: list[dict[str, Any]] = []
    codes: dict[str, str] = {}  # each label's jurisdiction code, asked once
    for label, start, end in spans:
        if not fields_of(label):
            out.append({})
            continue
        if label not in proposals:
            code = codes[label] = area_code(label, area)
            found = sorted((s for name in REGISTRY if label in get_suggester(name).labels
                            for s in suggested(get_suggester(name), text, year, code)), key=lambda s: s.start)
            proposals[label] = ([s.start for s in found], found)
        starts, found = proposals[label]
        near = matching_value(found[bisect_left(starts, start):bisect_right(starts, end)], label, start, end)
        near = span_value(label, text, start, end) if near is None else near
        out.append(unproposed_value(label, text, start, end, near, whole=True, area=_given(codes[label])))
    return out

"""The value a span gets when the user gives it another label, or other boundaries.

The old label's value never stays (a PROJECT must not keep a DISTRICT's division code): the
new label's suggester computes it for exactly that span in its document, as it would have
proposed it, or, where it proposes no such span, the value of the one span of the label it
proposes inside it (:func:`matching_value`), else what it reads from the span itself (a target's
quantity: :func:`span_value`); else the value is empty ({}).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.labels import fields_of
from annotator.core.models import Suggestion
from annotator.core.selection import paragraph_end, value_context
from annotator.core.suggest import REGISTRY, get_suggester


def value_for(label: str, text: str, start: int, end: int) -> dict[str, Any]:
    """The normalised value of ``text[start:end]`` as a ``label`` ({} when none can be computed)."""
    proposals = [s for name in REGISTRY if label in get_suggester(name).labels
                 for s in get_suggester(name).suggest(text)]
    found = matching_value(proposals, label, start, end)
    return span_value(label, text, start, end) if found is None else found


def span_value(label: str, text: str, start: int, end: int) -> dict[str, Any]:
    """The value a suggester of ``label`` reads from the span itself (``value_of_span``: a
    target's first quantity), where none of its proposals gives one; {} if none can."""
    for name in REGISTRY:
        suggester = get_suggester(name)
        reader = getattr(suggester, "value_of_span", None)
        if label in suggester.labels and reader is not None and (value := reader(text, start, end)):
            return dict(value)
    return {}


def document_value(label: str, text: str, start: int, end: int) -> dict[str, Any]:
    """The value a suggester of ``label`` reads for ``text[start:end]`` from the whole document
    ``text`` (``value_in_document``: a DISTRICT short form whose unit another line names), where its
    line gave none; {} if none can."""
    for name in REGISTRY:
        suggester = get_suggester(name)
        reader = getattr(suggester, "value_in_document", None)
        if label in suggester.labels and reader is not None and (value := reader(text, start, end)):
            return dict(value)
    return {}


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


def value_in_paragraph(label: str, text: str, start: int, end: int) -> dict[str, Any]:
    """The value of a span whose boundaries were corrected (the window's boundary keys, a selection
    over a span of the same label): :func:`value_for` on its paragraph only, so a key press stays
    fast in a long document; {} for a label without value fields (PROJECT)."""
    if not fields_of(label):
        return {}
    lo, hi = value_context(text, start, end), paragraph_end(text, end)
    return value_for(label, text[lo:hi], start - lo, end - lo)

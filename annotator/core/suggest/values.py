"""The value a span gets when the user gives it another label, or other boundaries.

The old label's value never stays (a PROJECT must not keep a DISTRICT's division code): the
new label's suggester computes it for exactly that span in its document, as it would have
proposed it; where it proposes no such span, the value is empty ({}).
"""
from __future__ import annotations

from typing import Any

from annotator.core.labels import fields_of
from annotator.core.selection import paragraph_end, value_context
from annotator.core.suggest import REGISTRY, get_suggester


def value_for(label: str, text: str, start: int, end: int) -> dict[str, Any]:
    """The normalised value of ``text[start:end]`` as a ``label`` ({} when none can be computed)."""
    for name in REGISTRY:
        suggester = get_suggester(name)
        if label not in suggester.labels:
            continue
        for s in suggester.suggest(text):
            if s.label == label and (s.start, s.end) == (start, end):
                return dict(s.value)
    return {}


def value_in_paragraph(label: str, text: str, start: int, end: int) -> dict[str, Any]:
    """The value of a span whose boundaries were corrected (the window's boundary keys, a selection
    over a span of the same label): :func:`value_for` on its paragraph only, so a key press stays
    fast in a long document; {} for a label without value fields (PROJECT)."""
    if not fields_of(label):
        return {}
    lo, hi = value_context(text, start, end), paragraph_end(text, end)
    return value_for(label, text[lo:hi], start - lo, end - lo)

"""The value a span gets when the user gives it another label.

The old label's value never stays (a PROJECT must not keep a DISTRICT's division code): the
new label's suggester computes it for exactly that span in its document, as it would have
proposed it; where it proposes no such span, the value is empty ({}).
"""
from __future__ import annotations

from typing import Any

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

"""The mention rule: a name found in one place of a document is a name at its other mentions
there (王莽岭 in a list, and again in 加快王莽岭5A级景区创建), where the mention stands as
words of its own and no other proposal covers it."""
from __future__ import annotations

import bisect

from annotator.core.models import Suggestion
from annotator.core.suggest import segment

SHORTEST = 3  # characters of a name looked for again (two are too often part of a word)
WINDOW = 12  # characters either side, segmented to see that the mention stands alone


def other_mentions(text: str, found: list[Suggestion], origin: str) -> list[Suggestion]:
    """``found`` (sorted by start, disjoint) with the other mentions of its names added."""
    starts = [s.start for s in found]
    ends = [s.end for s in found]
    extra: list[Suggestion] = []
    for name in {s.text for s in found if len(s.text) >= SHORTEST}:
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            k = bisect.bisect_right(starts, pos)
            free = not ((k > 0 and ends[k - 1] > pos) or (k < len(starts) and starts[k] < end))
            if free and _alone(text, pos, end):
                extra.append(Suggestion(start=pos, end=end, label="PROJECT", text=name, value={},
                                        confidence=0.5, reason="project: named so elsewhere "
                                        "in the document", origin=origin))
            pos = text.find(name, end)
    if not extra:
        return found
    return sorted(found + extra, key=lambda s: s.start)


def _alone(text: str, start: int, end: int) -> bool:
    """Do the words of the text begin at ``start`` and end at ``end``?"""
    lo = max(0, start - WINDOW)
    toks = segment.tokens(text[lo:end + WINDOW], lo)
    bounds = {t.start for t in toks} | {t.end for t in toks}
    return start in bounds and end in bounds

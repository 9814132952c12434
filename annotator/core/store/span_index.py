"""The spans of one document that may not overlap, by label, searchable in O(log n).

Spans of one label that are not rejected never overlap, so sorted by start they are also
sorted by end: the only span that can overlap ``[start, end)`` is the last one starting
before ``end``. Checking a new span costs one bisection, not a scan of every span taken,
which keeps storing the suggestions of a long document linear in their number.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import NamedTuple


class Taken(NamedTuple):
    start: int
    end: int
    text: str


class SpanIndex:
    """Non-overlapping spans per label; ``clash`` finds the one a new span would overlap."""

    def __init__(self, spans: Iterable[tuple[str, int, int, str]] = ()) -> None:
        self._starts: dict[str, list[int]] = {}
        self._spans: dict[str, list[Taken]] = {}
        for label, start, end, text in sorted(spans, key=lambda s: (s[0], s[1], s[2])):
            self._starts.setdefault(label, []).append(start)
            self._spans.setdefault(label, []).append(Taken(start, end, text))

    def clash(self, label: str, start: int, end: int) -> Taken | None:
        """A span of ``label`` overlapping ``[start, end)``, or None."""
        starts = self._starts.get(label)
        if not starts:
            return None
        i = bisect_left(starts, end) - 1
        if i >= 0 and self._spans[label][i].end > start:
            return self._spans[label][i]
        return None

    def add(self, label: str, start: int, end: int, text: str) -> None:
        starts = self._starts.setdefault(label, [])
        spans = self._spans.setdefault(label, [])
        i = len(starts) if not starts or starts[-1] <= start else bisect_left(starts, start)
        starts.insert(i, start)
        spans.insert(i, Taken(start, end, text))

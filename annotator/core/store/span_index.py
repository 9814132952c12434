"""The spans of one document that may not overlap, by label and annotator, searchable in O(log n).

One annotator's spans of one label that are not rejected never overlap (each coder's spans are
a layer of their own: a merged project holds every coder's spans side by side), so sorted by
start they are also sorted by end: the only span of a layer that can overlap ``[start, end)``
is the last one starting before ``end``. Checking a new span costs one bisection, not a scan
of every span taken, which keeps storing the suggestions of a long document linear in their
number.
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
    """Non-overlapping spans per (label, annotator); ``clash`` finds the one a new span would overlap."""

    def __init__(self, spans: Iterable[tuple[str, str, int, int, str]] = ()) -> None:
        """``spans``: (label, annotator, start, end, text) of the spans taken."""
        self._starts: dict[tuple[str, str], list[int]] = {}
        self._spans: dict[tuple[str, str], list[Taken]] = {}
        self._layers: dict[str, set[str]] = {}  # label -> the annotators with spans of it
        for label, annotator, start, end, text in sorted(spans, key=lambda s: (s[0], s[1], s[2], s[3])):
            key = (label, annotator)
            self._starts.setdefault(key, []).append(start)
            self._spans.setdefault(key, []).append(Taken(start, end, text))
            self._layers.setdefault(label, set()).add(annotator)

    def clash(self, label: str, start: int, end: int, annotator: str | None = "") -> Taken | None:
        """A span of ``label`` by ``annotator`` overlapping ``[start, end)``, or None.
        ``annotator=None``: by any annotator (a suggestion is never proposed over a coder's span)."""
        if annotator is None:
            for layer in sorted(self._layers.get(label, ())):
                found = self.clash(label, start, end, layer)
                if found is not None:
                    return found
            return None
        key = (label, annotator)
        starts = self._starts.get(key)
        if not starts:
            return None
        i = bisect_left(starts, end) - 1
        if i >= 0 and self._spans[key][i].end > start:
            return self._spans[key][i]
        return None

    def add(self, label: str, start: int, end: int, text: str, annotator: str = "") -> None:
        key = (label, annotator)
        starts = self._starts.setdefault(key, [])
        spans = self._spans.setdefault(key, [])
        self._layers.setdefault(label, set()).add(annotator)
        i = len(starts) if not starts or starts[-1] <= start else bisect_left(starts, start)
        starts.insert(i, start)
        spans.insert(i, Taken(start, end, text))

"""A long document's features a block of lines at a time, each block's rows the same as those of
the whole document (:func:`.features.document_features`): a document of 400,000 characters held
about 150 MB of feature rows at once, 1.6 million characters 600 MB.

A block starts at the document's start or after a line break and ends at its end or at a line
break that no rule's span covers; its text is read with the line break before it and after it, so
that its first and last characters have the same neighbours (characters, bigrams, kinds, words)
as in the whole text. Words (jieba's pieces), gazetteer names, head words and quantities never
run over a line break, the CRF tags each line alone, and the one feature read from the whole
document, the direction of its parts (:func:`.features.direction_ranges`), is computed once and
given to each block. ``tests/core/test_model_blocks.py`` compares the blocks with the whole.

Training reads a document the same way (:func:`line_features`): its blocks are cut also at no line
break that an accepted span covers, and each line's rows are kept as tuples (:class:`LineFeatures`)
until each layer's trainer takes them, line by line as before: the model is the same, byte for byte.
A document of 400,000 characters held every row as a list and crfsuite's items of every line beside
(501 MB at the peak of learning four layers from it, 175 MB of them Python's); now 302 MB (90 MB).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import chain
from operator import attrgetter
from typing import Any, Protocol

from annotator.core.models import Suggestion
from annotator.core.suggest.base import no_collection
from annotator.core.suggest.model.features import (
    ALL,
    Directions,
    Features,
    Vocabulary,
    _features,
    direction_ranges,
    lines,
)

BLOCK_CHARS = 50_000  # a document longer than this is read in blocks of about this size


class Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def blocks(text: str, rules: Iterable[Span], size: int = BLOCK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of the blocks of ``text``: about ``size`` characters, cut at line breaks that
    no span of ``rules`` (the rules' proposals, accepted spans) covers (a block holds longer lines whole)."""
    covered = sorted((s.start, s.end) for s in rules)
    reach: list[int] = []  # the furthest end of the spans starting at or before each one
    for _start, end in covered:
        reach.append(max(end, reach[-1]) if reach else end)
    starts = [start for start, _end in covered]
    start = 0
    n = len(text)
    while start < n:
        cut = text.find("\n", start + size) if start + size < n else -1
        while cut >= 0:
            i = bisect_left(starts, cut + 1) - 1  # the spans starting at or before the line break
            if i < 0 or reach[i] <= cut:
                break
            cut = text.find("\n", cut + 1)
        end = n if cut < 0 else cut
        yield start, end
        start = end + 1 if end < n else n


def block_features(text: str, rules: list[Suggestion], vocabulary: Vocabulary, start: int, end: int,
                   directions: Directions | None = None) -> Features:
    """The rows ``start`` … ``end`` of the features of ``text`` (a block of :func:`blocks`);
    ``directions``: :func:`direction_ranges` of the whole text (computed when not given)."""
    lo = start - 1 if start else 0  # the line break before the block, and the one after it
    hi = min(end + 1, len(text))
    inside = [Suggestion(s.start - lo, s.end - lo, s.label, s.text, s.value, s.confidence, s.reason, s.origin)
              for s in rules if lo <= s.start and s.end <= hi]  # (the constructor: replace() costs several times more)
    if directions is None:
        directions = direction_ranges(text, vocabulary)
    with no_collection():
        rows = _features(text[lo:hi], inside, vocabulary, (directions, lo))
    return rows[start - lo:end - lo]


class LineFeatures:
    """The feature rows of the lines of a document (:func:`.features.lines`) that training cuts
    them into, each row a tuple (a list as :func:`.features.document_features` makes it takes
    half as much again). Iterated: (start, end, rows) of each line."""

    def __init__(self, length: int) -> None:
        self.length = length  # characters of the document
        self.lines: list[tuple[int, int]] = []
        self._rows: list[tuple[tuple[Any, ...], ...]] = []

    def __len__(self) -> int:
        return self.length

    def add(self, start: int, end: int, rows: Iterable[Iterable[Any]]) -> None:
        self.lines.append((start, end))
        self._rows.append(tuple(map(tuple, rows)))

    def __iter__(self) -> Iterator[tuple[int, int, tuple[tuple[Any, ...], ...]]]:
        for (start, end), rows in zip(self.lines, self._rows, strict=True):
            yield start, end, rows


def line_features(text: str, rules: list[Suggestion], whole: Iterable[Span] = (),
                  vocabulary: Vocabulary = ALL, size: int | None = None) -> LineFeatures:
    """The rows of every line of ``text`` (those of :func:`.features.document_features`), computed
    a block at a time; ``whole``: spans that no block cuts (the accepted spans: their tags then
    never run over a block); ``size``: of the blocks (default ``BLOCK_CHARS``)."""
    out = LineFeatures(len(text))
    ordered = sorted(rules, key=attrgetter("start"))
    starts = [s.start for s in ordered]
    directions = direction_ranges(text, vocabulary) if vocabulary.directions else ([], [])
    for start, end in blocks(text, chain(rules, whole), size or BLOCK_CHARS):
        near = ordered[bisect_left(starts, start - 1):bisect_right(starts, end + 1)]
        rows = block_features(text, near, vocabulary, start, end, directions)
        for s, e in lines(text[start:end]):
            out.add(start + s, start + e, rows[s:e])
    return out

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
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from annotator.core.models import Suggestion
from annotator.core.suggest.base import no_collection
from annotator.core.suggest.model.features import Directions, Features, Vocabulary, _features, direction_ranges

BLOCK_CHARS = 50_000  # a document longer than this is read in blocks of about this size


def blocks(text: str, rules: list[Suggestion], size: int = BLOCK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of the blocks of ``text``: about ``size`` characters, cut at line breaks that
    no span of ``rules`` covers (a block holds longer lines whole)."""
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

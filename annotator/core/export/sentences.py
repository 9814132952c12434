"""Sentence boundaries, used to relate districts, projects and amounts that stand together.

A sentence ends after 。！？!?；; (a run of them counts as one end, and closing quotes or
brackets right after it still belong to the sentence: ``他说：“好。”`` is one sentence) or at a
newline. The full stop ``.`` does not end a sentence: it is the decimal point of 55.1亿元.
The splitter knows nothing about the labels; it is the plain rule a reader would apply.

The tables' ``sentence`` column shows a sentence of at most ``LONGEST`` characters whole; a longer
one (a report pasted as one paragraph, an OCR text without 。) only around the span, marked …
where it was cut (each row held the whole document: a CSV of gigabytes).
"""
from __future__ import annotations

import re
from bisect import bisect_right

TERMINATORS = "。！？!?；;"
_CLOSERS = "”’」』》〉）)]】\"'"
LONGEST = 1000  # characters of a sentence a table shows whole (more, and the span is longer)
_END = re.compile(f"[{re.escape(TERMINATORS)}]+[{re.escape(_CLOSERS)}]*|\n")


def sentence_ends(text: str) -> list[int]:
    """Exclusive end offsets of the sentences of ``text``, in order; the last one is len(text)."""
    ends = [m.end() for m in _END.finditer(text)]
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    return ends


class Sentences:
    """The sentences of one text: which sentence an offset stands in, and its bounds and text."""

    def __init__(self, text: str):
        self.text = text
        self.ends = sentence_ends(text)

    def __len__(self) -> int:
        return len(self.ends)

    def index(self, offset: int) -> int:
        """Number (0-based) of the sentence that holds the character at ``offset``."""
        return min(bisect_right(self.ends, offset), len(self.ends) - 1)

    def bounds(self, number: int) -> tuple[int, int]:
        """(start, end) of sentence ``number``, including its terminator, without surrounding blanks."""
        start = self.ends[number - 1] if number > 0 else 0
        end = self.ends[number]
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def span(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence that holds ``offset``."""
        return self.bounds(self.index(offset))

    def sentence(self, offset: int) -> str:
        """Text of the sentence that holds ``offset``."""
        start, end = self.span(offset)
        return self.text[start:end]

    def shown(self, start: int, end: int) -> str:
        """The sentence of the span ``start``–``end`` as the tables show it: whole when it has at most
        ``LONGEST`` characters, else the ``LONGEST`` around the span (all of a longer span), with …
        where it was cut. A span across a sentence's end (a name holding a ?, as 敦煌行?丝绸之路 copied with
        its · lost) shows the sentences it stands in, so the cell holds it whole."""
        first, last = self.span(start)
        if end > last:
            last = self.span(end - 1)[1]
        if last - first <= LONGEST:
            return self.text[first:last]
        width = max(LONGEST, end - start)
        a = max(first, start - (width - (end - start)) // 2)
        b = min(last, a + width)
        a = max(first, b - width)
        return ("…" if a > first else "") + self.text[a:b] + ("…" if b < last else "")


def sentence_span(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the sentence of ``text`` that holds ``offset`` (one-off; use Sentences for many)."""
    return Sentences(text).span(offset)

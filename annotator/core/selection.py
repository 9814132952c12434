"""Shaping a text selection into a span: trim whitespace and punctuation at its edges (keeping
quotation marks and brackets whose partner is inside), or widen it to whole words.

Offsets are code points, ``end`` exclusive; an empty result (start == end) means nothing is left.
"""
from __future__ import annotations

import unicodedata

_PAIRS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "〈": "〉", "「": "」", "『": "』",
          "【": "】", "[": "]", "〔": "〕", '"': '"', "'": "'"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_BRACKETS = {k: v for k, v in _PAIRS.items() if k not in "“‘\"'"}  # quotes may belong to a name


_PERCENT = "%％‰‱"  # punctuation to Unicode, but a target's unit after its figure: 生产总值增长6%


def _is_junk(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading/trailing whitespace and punctuation (full-width too) from text[start:end].

    Quotation marks and brackets stay when their partner is inside the span (“智慧集美”平台), and a
    percent sign after a figure at its end (生产总值增长6%: 25 of the gold's targets end so).
    Returns an empty range (start == end) when nothing is left.
    """
    while start < end:
        ch = text[start]
        if ch in _PAIRS and _PAIRS[ch] in text[start + 1:end]:
            break
        if not _is_junk(ch):
            break
        start += 1
    while end > start:
        ch = text[end - 1]
        if ch in _CLOSERS and _CLOSERS[ch] in text[start:end - 1]:
            break
        if not _is_junk(ch) or ch in _PERCENT and end - 2 >= start and text[end - 2].isdigit():
            break
        end -= 1
    if end - start > 2 and _BRACKETS.get(text[start]) == text[end - 1]:  # （…） around it all
        return trim_span(text, start + 1, end - 1)
    return start, end


def snap_to_words(text: str, start: int, end: int, window: int = 40) -> tuple[int, int]:
    """Widen [start, end) to whole jieba words (imported only when this option is used)."""
    from annotator.core.suggest import segment

    lo, hi = max(0, start - window), min(len(text), end + window)
    new_start, new_end = start, end
    for _word, _tag, s, e in segment.tokens(text[lo:hi], lo):
        if s <= start < e:
            new_start = s
        if s < end <= e:
            new_end = e
    return new_start, new_end


def word_at(text: str, cp: int, window: int = 40) -> tuple[int, int]:
    """The jieba word holding text[cp] (what a double-click selects: 湖里区, not the whole run of
    Chinese up to the next space); a character outside ``text`` gives an empty range there."""
    if not 0 <= cp < len(text):
        return cp, cp
    return snap_to_words(text, cp, cp + 1, window)


def word_boundaries(text: str, lo: int, hi: int) -> list[int]:
    """Where jieba words begin and end in text[lo:hi] (``lo`` and ``hi`` included), ascending."""
    from annotator.core.suggest import segment

    bounds = {lo, hi}
    for _word, _tag, s, e in segment.tokens(text[lo:hi], lo):
        bounds.update((s, e))
    return sorted(bounds)


def move_edge(text: str, start: int, end: int, edge: str, step: int, by_word: bool = False,
              window: int = 40) -> tuple[int, int]:
    """The span [start, end) with its ``edge`` ("start" or "end") moved one character or one jieba
    word left (``step`` < 0) or right. A span never becomes empty nor leaves the text, and never
    begins or ends with white space (a line break at the end of a line is stepped over: 集美区 does
    not become "集美区\n", but 雅宝路 may grow across it into 雅宝路\n裘皮市场): a move that would
    is not made (the same offsets come back)."""
    pos = start if edge == "start" else end
    if by_word:
        bounds = word_boundaries(text, max(0, pos - window), min(len(text), pos + window))
        after = [b for b in bounds if b > pos] if step > 0 else [b for b in reversed(bounds) if b < pos]
        new = after[0] if after else pos
    else:
        new = pos + (1 if step > 0 else -1)
    move = 1 if step > 0 else -1
    inside = 0 if edge == "start" else -1  # the span's first or last character, from the moved edge
    while 0 <= new + inside < len(text) and text[new + inside].isspace() and 0 < new < len(text):
        new += move
    new_start, new_end = (new, end) if edge == "start" else (start, new)
    if not 0 <= new_start < new_end <= len(text) or text[new + inside].isspace():
        return start, end
    return new_start, new_end


def value_context(text: str, start: int, end: int, reach: int = 2_000) -> int:
    """Where the paragraph around [start, end) begins (at most ``reach`` characters before it): a
    value is computed on that paragraph, so a key press stays fast in a long document."""
    return max(text.rfind("\n", 0, start) + 1, start - reach, 0)


def paragraph_end(text: str, end: int, reach: int = 2_000) -> int:
    """Where the paragraph holding text[end - 1] ends (at most ``reach`` characters after ``end``)."""
    stop = text.find("\n", end)
    return min(len(text) if stop < 0 else stop, end + reach)

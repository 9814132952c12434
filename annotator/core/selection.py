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


def _is_junk(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PZ"


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading/trailing whitespace and punctuation (full-width too) from text[start:end].

    Quotation marks and brackets stay when their partner is inside the span (“智慧集美”平台).
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
        if not _is_junk(ch):
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

"""Shaping a text selection into a span: trim whitespace and punctuation at its edges (keeping
quotation marks and brackets whose partner is inside), or widen it to whole words.

Offsets are code points, ``end`` exclusive; an empty result (start == end) means nothing is left.
"""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotator.core.suggest.segment import Token

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


def _tokens(text: str, lo: int, hi: int) -> list[Token]:
    """jieba's words of text[lo:hi], read with traditional characters as simplified ones (one for one:
    the offsets stay), so that 湖裡區 is one word as 湖里区 is, not three characters."""
    from annotator.core.suggest import segment
    from annotator.core.suggest.traditional import simplified

    return segment.tokens(simplified(text[lo:hi]), lo)


def snap_to_words(text: str, start: int, end: int, window: int = 40) -> tuple[int, int]:
    """Widen [start, end) to whole jieba words (imported only when this option is used)."""
    lo, hi = max(0, start - window), min(len(text), end + window)
    new_start, new_end = start, end
    for _word, _tag, s, e in _tokens(text, lo, hi):
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
    bounds = {lo, hi}
    for _word, _tag, s, e in _tokens(text, lo, hi):
        bounds.update((s, e))
    return sorted(bounds)


SENTENCE_ENDS = "。！？；"  # a boundary key never grows a span across one (no gold span holds one)


def move_edge(text: str, start: int, end: int, edge: str, step: int, by_word: bool = False,
              window: int = 40) -> tuple[int, int]:
    """The span [start, end) with its ``edge`` ("start" or "end") moved one character or one jieba
    word left (``step`` < 0) or right: :func:`moved_edge` without the reason a move was not made."""
    new_start, new_end, _stop = moved_edge(text, start, end, edge, step, by_word, window)
    return new_start, new_end


def moved_edge(text: str, start: int, end: int, edge: str, step: int, by_word: bool = False,
               window: int = 40) -> tuple[int, int, str]:
    """The span [start, end) with its ``edge`` ("start" or "end") moved one character or one jieba
    word left (``step`` < 0) or right, and the end of a sentence that stopped it ("" when none did).

    A span never becomes empty nor leaves the text, and its moved edge never rests on white space
    or on punctuation a selection would be trimmed of: those are stepped over, as a name's 、 · — or
    a line break inside it are (集美区 does not become "集美区\n", but 雅宝路 may grow across it into
    雅宝路\n裘皮市场; 亲清茶事 grows into 心·亲清茶事, not ·亲清茶事). A quotation mark or bracket may
    open a span's start or close its end (“亲清一家人” is reached a key at a time), and a percent sign
    follow a figure at its end. A span never grows across the end of a sentence (。！？；): not into
    。京博 nor 京博。 — such a move is not made and the sentence end is returned. A move not made gives
    the same offsets back."""
    pos = start if edge == "start" else end
    move = 1 if step > 0 else -1
    if by_word:
        bounds = word_boundaries(text, max(0, pos - window), min(len(text), pos + window))
        after = [b for b in bounds if b > pos] if step > 0 else [b for b in reversed(bounds) if b < pos]
        new = after[0] if after else pos
    else:
        new = pos + move
    growing = (edge == "start") == (move < 0)
    while True:
        new_start, new_end = (new, end) if edge == "start" else (start, new)
        if new == pos or not 0 <= new_start < new_end <= len(text):
            return start, end, ""
        if growing:
            added = text[new:start] if edge == "start" else text[end:new]
            stop = next((ch for ch in added if ch in SENTENCE_ENDS), "")
            if stop:
                return start, end, stop
        if _may_bound(text, new_start, new_end, edge):
            return new_start, new_end, ""
        new += move


def _may_bound(text: str, start: int, end: int, edge: str) -> bool:
    """Whether [start, end)'s ``edge`` character may be where a boundary key leaves it."""
    ch = text[start] if edge == "start" else text[end - 1]
    if ch.isspace():
        return False
    if not _is_junk(ch):
        return True
    if edge == "start":
        return ch in _PAIRS
    return ch in _CLOSERS or ch in _PERCENT and end - 2 >= start and text[end - 2].isdigit()


def value_context(text: str, start: int, end: int, reach: int = 2_000) -> int:
    """Where the paragraph around [start, end) begins (at most ``reach`` characters before it): a
    value is computed on that paragraph, so a key press stays fast in a long document."""
    return max(text.rfind("\n", 0, start) + 1, start - reach, 0)


def paragraph_end(text: str, end: int, reach: int = 2_000) -> int:
    """Where the paragraph holding text[end - 1] ends (at most ``reach`` characters after ``end``)."""
    stop = text.find("\n", end)
    return min(len(text) if stop < 0 else stop, end + reach)

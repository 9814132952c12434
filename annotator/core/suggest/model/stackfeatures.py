"""The features a stacked PROJECT layer (stage 2, :mod:`.stacking`) reads beside a character's own:
what stage 1 (the PROJECT layer of the same model) makes of the character, of the other items of its
list and of the other mentions of its word, each as a bucket of its probability P(B or I).

* ``Sa0`` … ``Sa4``: the character's own probability;
* ``Sb0`` … ``Sb4``: its list-mates', the highest mean of the OTHER items of its 、/，/和/及-list
  (:func:`list_mates`);
* ``Sc0`` … ``Sc4``: its word's other mentions', the highest mean of the OTHER occurrences of its
  jieba word in the document (:func:`same_elsewhere`).
* tried, not kept (the variants ``near``, ``word``, ``nearword`` of :data:`KINDS`): ``Sl``/``Sr``, the highest
  probability of the two characters before / after it on its line (:func:`neighbours`), ``Sw``, the mean of
  its own word (:func:`own_word`).

The same code (numpy over the document's jieba words, :func:`columns`) makes them for training and
for tagging, so that the stacked layer reads, on a new document, what it learned from.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

CUTS = (0.1, 0.3, 0.5, 0.7)  # buckets 0 … 4: below 0.1, below 0.3, below 0.5, below 0.7, 0.7 or more
# the variants: the features each adds (the seed's: all; near, word, nearword: tried on 3 December, not kept)
KINDS = {"own": "a", "all": "abc", "near": "abclr", "word": "abcw", "nearword": "abclrw"}
BREAKS = frozenset("。；;！!？?：:\n")  # a word holding one ends a clause
SEPARATORS = frozenset({"、", "，", ",", "和", "及", "以及"})  # words between the items of a list
NONE = -1  # no bucket (no list, a word met once)


@dataclass(frozen=True)
class Second:
    """A stacked (stage-2) layer of a label: its crfsuite file, and the features it adds (``kinds``)."""
    layer: bytes
    kinds: str = KINDS["all"]


def bucket(p: float) -> int:
    """The bucket of a probability: 0 below 0.1, 1 below 0.3, 2 below 0.5, 3 below 0.7, else 4."""
    return int(np.searchsorted(CUTS, p, side="right"))


def feature_names(kinds: str) -> list[list[str]]:
    """[kind][bucket] -> the feature's name (``Sa0`` …)."""
    return [[f"S{kind}{b}" for b in range(len(CUTS) + 1)] for kind in kinds]


class _WordCodes(dict[str, int]):
    """word -> one number: its own (the same for every occurrence) times 8, plus 4 where it may be a
    mention (two characters at least, one a letter, digit or Chinese character), plus its kind: 0 an
    item's word, 1 a separator, 2 a clause break. Kept across documents (their words repeat)."""

    LIMIT = 200_000

    def __missing__(self, word: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        kind = 1 if word in SEPARATORS else 2 if BREAKS.intersection(word) else 0
        mention = len(word) >= 2 and any(ch.isalnum() for ch in word)
        value = self[word] = len(self) * 8 + 4 * mention + kind
        return value


_CODES = _WordCodes()


class _Words:
    """The words of a text (covering it in order) as arrays: lengths, first characters, the sum of
    ``probs`` over each, their kinds, whether each may be a mention, and a number for each word."""

    def __init__(self, words: Sequence[str], probs: np.ndarray) -> None:
        self.lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        self.starts = np.cumsum(self.lengths) - self.lengths
        self.sums = np.add.reduceat(probs, self.starts) if len(words) else np.zeros(0)
        codes = np.fromiter(map(_CODES.__getitem__, words), dtype=np.int64, count=len(words))
        self.kind = (codes & 3).astype(np.int8)
        self.mention = (codes & 4).astype(bool)
        self.ident = codes >> 3

    def per_char(self, values: np.ndarray) -> np.ndarray:
        return np.repeat(values, self.lengths)


def _best_of_others(group: np.ndarray, value: np.ndarray, groups: int) -> np.ndarray:
    """For each member (its ``group``, its ``value``): the highest value among the OTHER members of its
    group (NaN in a group of one)."""
    out = np.full(len(group), np.nan)
    if not len(group):
        return out
    count = np.bincount(group, minlength=groups)
    order = np.lexsort((-value, group))  # by group, the highest value first
    first = np.searchsorted(group[order], np.arange(groups))  # where each group starts in ``order``
    many = count >= 2
    best_member = np.where(many, order[np.minimum(first, len(order) - 1)], -1)
    best = value[order[np.minimum(first, len(order) - 1)]]
    second = value[order[np.minimum(first + 1, len(order) - 1)]]
    found = np.where(best_member[group] == np.arange(len(group)), second[group], best[group])
    out[many[group]] = found[many[group]]
    return out


def list_mates(words: Sequence[str], probs: np.ndarray, w: _Words | None = None) -> np.ndarray:
    """For each character (``words`` cover the text in order, ``probs`` one a character): the highest
    mean probability among the OTHER items of its list, or NaN. A clause ends at a word holding one of
    :data:`BREAKS`; its items are the runs of words between the words of :data:`SEPARATORS`; a clause of
    one item is no list, and a separator belongs to no item."""
    w = w or _Words(words, np.asarray(probs, dtype=np.float64))
    normal = w.kind == 0
    n_words = len(words)
    if not normal.any():
        return np.full(len(probs), np.nan)
    clause = np.cumsum(w.kind == 2) - (w.kind == 2)
    before = np.concatenate(([False], normal[:-1]))
    item = np.cumsum(normal & ~before) - 1  # the item of each word of one
    items = int(item[normal][-1]) + 1
    sums = np.bincount(item[normal], weights=w.sums[normal], minlength=items)
    lengths = np.bincount(item[normal], weights=w.lengths[normal], minlength=items)
    item_clause = np.zeros(items, dtype=np.int64)
    item_clause[item[normal]] = clause[normal]
    value = _best_of_others(item_clause, sums / lengths, int(clause[-1]) + 1 if n_words else 0)
    per_word = np.full(n_words, np.nan)
    per_word[normal] = value[item[normal]]
    return w.per_char(per_word)


def same_elsewhere(words: Sequence[str], probs: np.ndarray, w: _Words | None = None) -> np.ndarray:
    """For each character in a word of two characters or more (with a letter, digit or Chinese
    character): the highest mean probability of the word's OTHER occurrences (as a word) in the
    text, or NaN where it occurs once."""
    w = w or _Words(words, np.asarray(probs, dtype=np.float64))
    which = np.flatnonzero(w.mention)
    found, group = np.unique(w.ident[which], return_inverse=True)
    value = _best_of_others(group.reshape(-1), w.sums[which] / w.lengths[which], len(found))
    per_word = np.full(len(words), np.nan)
    per_word[which] = value
    return w.per_char(per_word)


def neighbours(words: Sequence[str], probs: np.ndarray, side: int, reach: int = 2) -> np.ndarray:
    """For each character: the highest probability of the ``reach`` characters before it (``side`` -1)
    or after it (+1) on its line, or NaN where it has none there (a line break is on no line)."""
    n = len(probs)
    out = np.full(n, np.nan)
    breaks = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32) == ord("\n")
    if len(breaks) != n:
        return out
    line = np.cumsum(breaks)
    index = np.arange(n)
    for k in range(1, reach + 1):
        other = index + side * k
        inside = (other >= 0) & (other < n)
        other = np.clip(other, 0, n - 1)
        same = inside & (line[other] == line) & ~breaks[other] & ~breaks
        out = np.where(same & ~(out >= probs[other]), probs[other], out)
    return out


def own_word(words: Sequence[str], probs: np.ndarray, w: _Words | None = None) -> np.ndarray:
    """For each character in a word of two characters or more (with a letter, digit or Chinese
    character): the mean probability of the word's characters, else NaN."""
    w = w or _Words(words, np.asarray(probs, dtype=np.float64))
    return w.per_char(np.where(w.mention, w.sums / np.maximum(w.lengths, 1), np.nan))


def columns(words: Sequence[str], probs: Any, kinds: str) -> np.ndarray:
    """The buckets of the features ``kinds`` names (a column each, in the order of ``kinds``), one row a
    character of the text ``words`` cover; :data:`NONE` where a feature is absent."""
    p = np.asarray(probs, dtype=np.float64)
    out = np.full((len(p), len(kinds)), NONE, dtype=np.int8)
    w = _Words(words, p) if set(kinds) & {"b", "c", "w"} else None
    for k, kind in enumerate(kinds):
        if kind in "lr":
            found = neighbours(words, p, -1 if kind == "l" else 1)
        elif kind == "w":
            found = own_word(words, p, w)
        else:
            found = p if kind == "a" else (list_mates if kind == "b" else same_elsewhere)(words, p, w)
        there = ~np.isnan(found)
        out[there, k] = np.searchsorted(CUTS, found[there], side="right")
    return out


def as_names(found: np.ndarray, kinds: str) -> list[tuple[str, ...]]:
    """The rows of :func:`columns` as feature names (training, python-crfsuite)."""
    names = feature_names(kinds)
    return [tuple(names[k][b] for k, b in enumerate(row) if b != NONE) for row in found.tolist()]

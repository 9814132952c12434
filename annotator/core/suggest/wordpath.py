"""The most probable path through a dictionary's words: jieba's ``cut(HMM=False)`` of one block
of Han characters, Latin letters and digits, for :mod:`.segment` (which loads the words and cuts a
text into such blocks).

``lp`` maps each word to its log-probability and each prefix of a word that is no word of its own
to None. The scores, the order in which they are added and the tie-breaking are jieba's
(``Tokenizer.calc``): a segmentation that differs anywhere changes what the rules and the model
propose (``tests/core/test_segment_equivalence.py`` compares it with the loop it replaced).
"""
from __future__ import annotations

import re
import sys
from typing import Any

_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_RE_ALNUM = re.compile("[a-zA-Z0-9]")
_NONE = float("-inf")  # the score of no path yet: every path scores more (finite log-probabilities)


def cut_block(blk: str, lp: dict[str, float | None], unknown: float) -> list[str]:
    """jieba's ``cut(HMM=False)`` of one block: the most probable path through the words of
    the dictionary (same scores, added in the same order, and the same tie-breaking as
    ``Tokenizer.calc``), single Latin letters and digits joined into runs."""
    n = len(blk)
    best = [0.0] * (n + 1)  # the score of the best path from each place to the end
    ends = [0] * n  # where the word of that path starting at each place ends
    get = lp.get
    missing: Any = lp  # sentinel: never a value of lp
    after = 0.0  # best[idx + 1]
    for idx in range(n - 1, -1, -1):
        v = get(blk[idx], missing)
        if v is missing:  # no word starts with this character
            after = best[idx] = unknown + after
            ends[idx] = idx + 1
            continue
        b = _NONE if v is None else v + after
        end = idx + 1
        i = idx + 1
        while i < n:
            i += 1
            v = get(blk[idx:i], missing)
            if v is missing:
                break
            if v is not None:
                sc = v + best[i]
                if sc >= b:  # ties go to the longer word, as in jieba
                    b = sc
                    end = i
        if b == _NONE:
            b = unknown + after
        after = best[idx] = b
        ends[idx] = end
    words: list[str] = []
    append = words.append
    x = 0
    while x < n:
        y = ends[x]
        append(blk[x:y])
        x = y
    if _RE_ALNUM.search(blk) is None:
        return words
    joined: list[str] = []  # runs of single Latin letters and digits made one word
    buf = ""
    for w in words:
        if w in _ASCII_ALNUM:
            buf += w
        else:
            if buf:
                joined.append(buf)
                buf = ""
            joined.append(w)
    if buf:
        joined.append(buf)
    return joined


def roomy(lp: dict[str, float | None]) -> dict[str, float | None]:
    """``lp`` itself, its hash table made larger: the cutter looks up two or three fragments a
    character, one of them mostly in vain, and a look-up that misses probes until it finds an
    empty slot. ``marshal.loads`` leaves the table of the 172,000 words and prefixes two-thirds full
    (about three probes a miss, each a cache miss); CPython doubles a table when an insertion
    finds it full, so keys that are no word (they hold NUL) are added until it grows, then
    removed: a third full. What the dictionary holds does not change. The cutter takes 5-8 % less
    time, for 3.8 MB more; where growing would take more than an eighth of the words as keys, the
    table is left as it was (the keys added, then removed)."""
    size = sys.getsizeof(lp)
    added: list[str] = []
    while sys.getsizeof(lp) == size and len(added) <= len(lp) // 8:
        key = f"\0{len(added)}"
        lp[key] = None
        added.append(key)
    for key in added:
        del lp[key]
    return lp

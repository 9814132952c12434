"""The cutter of :mod:`annotator.core.suggest.segment` made faster must cut exactly as before: every
rule and the model's features read its words, so one word moved changes what is proposed.

``_reference_cut`` is the cutter as it was (commit 1f9fe10: a loop over the dictionary's
prefixes per character, then the blocks and the pieces between them word by word), kept here
word for word. It is compared with :func:`segment.cut`, :func:`segment.words` and
:func:`segment.tokens` on every text of the shared reports and corpus, the test data and the
demo project, on their clauses, and on random texts made of their characters mixed with Latin
letters, digits, spaces and ``\\r\\n``.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from shared_data import shared_files

from annotator.core.suggest import segment, wordpath

ROOT = Path(__file__).resolve().parents[2]
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _reference_block(blk: str, lp: dict[str, float | None], unknown: float) -> list[str]:
    n = len(blk)
    best = [0.0] * (n + 1)
    nxt = [0] * n
    get = lp.get
    missing: Any = lp
    for idx in range(n - 1, -1, -1):
        b: float | None = None
        bx = idx
        i = idx
        frag = blk[idx]
        while True:
            v = get(frag, missing)
            if v is missing:
                break
            if v is not None:
                sc = v + best[i + 1]
                if b is None or sc >= b:
                    b, bx = sc, i
            i += 1
            if i >= n:
                break
            frag = blk[idx:i + 1]
        if b is None:
            b = unknown + best[idx + 1]
        best[idx] = b
        nxt[idx] = bx
    words: list[str] = []
    x = 0
    buf = ""
    while x < n:
        y = nxt[x] + 1
        w = blk[x:y]
        if y - x == 1 and w in _ASCII_ALNUM:
            buf += w
        else:
            if buf:
                words.append(buf)
                buf = ""
            words.append(w)
        x = y
    if buf:
        words.append(buf)
    return words


def _reference_cut(text: str) -> list[tuple[str, str, int, int]]:
    lp, unknown = segment._load()
    tags = segment._tags
    out: list[tuple[str, str, int, int]] = []
    pos = 0
    for i, blk in enumerate(segment._RE_HAN.split(text)):
        if not blk:
            continue
        words: list[str] = []
        if i & 1:
            words = _reference_block(blk, lp, unknown)
        else:
            for x in segment._RE_SKIP.split(blk):
                if not x:
                    continue
                if segment._RE_SKIP.match(x):
                    words.append(x)
                else:
                    words.extend(x)
        for w in words:
            n = len(w)
            out.append((w, tags.get(w, "x"), pos, pos + n))
            pos += n
    return out


def _texts() -> list[str]:
    files = shared_files("reports", "*.txt") + shared_files("corpus", "*.txt")
    files += sorted((ROOT / "tests" / "data").glob("*/*.txt")) + sorted((ROOT / "projects" / "demo").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]


def _same(text: str) -> None:
    expected = _reference_cut(text)
    segment.clear_caches()
    assert list(segment.cut(text)) == expected
    assert segment.words(text) == ([w for w, *_ in expected], [t for _, t, *_ in expected])
    assert [tuple(t) for t in segment.tokens(text, 3)] == [(w, t, s + 3, e + 3) for w, t, s, e in expected]


def test_every_text_and_clause_is_cut_as_before() -> None:
    texts = _texts()
    assert texts
    for text in texts:
        _same(text)
        segment.clear_caches()
        for clause in re.split(r"[，。；！？\n]", text):  # pieces cached by the whole text, then clauses
            assert list(segment.cut(clause)) == _reference_cut(clause)


@pytest.mark.parametrize("seed", range(4))
def test_random_texts_are_cut_as_before(seed: int) -> None:
    rnd = random.Random(seed)
    chars = "".join(_texts())
    extra = ["a", "Z", "7", "0", " ", "\r\n", "\r", "\n", "\t", "%", ".", "-", "+", "#", "&", "_", "，", "\u3000",
             "𠀀", "ß", "é"]
    for _ in range(300):
        size = rnd.randint(0, 60)
        start = rnd.randint(0, len(chars) - size)
        pieces = list(chars[start:start + size])
        for _ in range(rnd.randint(0, 6)):
            pieces.insert(rnd.randint(0, len(pieces)), rnd.choice(extra))
        if rnd.random() < 0.3:
            rnd.shuffle(pieces)
        _same("".join(pieces))


def test_a_roomier_table_holds_the_same_words() -> None:
    words: dict[str, float | None] = {f"词{i}": -float(i) for i in range(3000)}
    words.update({f"前{i}": None for i in range(3000)})
    before = dict(words)
    assert wordpath.roomy(words) is words
    assert words == before and list(words) == list(before)  # same items, same order
    assert sys.getsizeof(words) >= sys.getsizeof(before)
    lp, _ = segment._load()
    assert not any(word.startswith("\0") for word in lp)

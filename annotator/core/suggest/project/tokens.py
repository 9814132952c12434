"""What the words of a clause say about a name: single characters that make up an unknown
word (a proper name jieba does not know, cut into characters), and the evidence that a
name is specific."""
from __future__ import annotations

from collections.abc import Sequence

from annotator.core.suggest.project.words import (
    FRAGMENT_BREAKS,
    GOVERNING,
    HARD_FUNCTION,
    PRONOUN_CHARS,
    PROPER_TAGS,
    RE_LATIN,
    RE_PHASE,
    REGION_WORDS,
    RUN_BAN_TAGS,
    SINGLE_FUNCTION_TAGS,
    is_cjk,
)
from annotator.core.suggest.segment import Token

Tokens = Sequence[Token]


def single_ok(tok: Token) -> bool:
    """A one-character content word (a noun, an unknown character): it pairs with a
    neighbour of its kind into an unknown word."""
    w, tag = tok.word, tok.tag
    return (len(w) == 1 and is_cjk(w) and w not in GOVERNING and w not in PRONOUN_CHARS
            and tag not in SINGLE_FUNCTION_TAGS)


def single_loose(tok: Token) -> bool:
    """A one-character word that may sit inside an unknown name (黄/a 田/n 港/j)."""
    w, tag = tok.word, tok.tag
    return (len(w) == 1 and is_cjk(w) and w not in HARD_FUNCTION and w not in GOVERNING
            and tag not in RUN_BAN_TAGS)


def is_single_run(toks: Tokens, i: int, loose: bool = True) -> bool:
    """A one-character word next to another one: part of an unknown word. Content words
    (nouns, unknown characters) pair with any such neighbour; with ``loose``, adjectives,
    measure words and localisers pair with a content word (封/q 测/vn), and anything but
    function words joins a run of three or more (华/强/方/特, 黄/田/港)."""
    if single_ok(toks[i]):
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and single_ok(toks[j]):
                return True
    if not single_loose(toks[i]):
        return False
    if loose:
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and single_ok(toks[j]):
                return True
    lo = i
    while lo > 0 and single_loose(toks[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(toks) and single_loose(toks[hi + 1]):
        hi += 1
    return hi - lo >= 2


def evidence(toks: Tokens, lo: int, hi: int) -> bool:
    """Is there something specific (a proper name, unknown word, Latin, phase) in toks[lo:hi]?"""
    for i in range(lo, hi):
        w, tag = toks[i].word, toks[i].tag
        if tag in PROPER_TAGS or RE_LATIN.match(w) or RE_PHASE.match(w) or w in REGION_WORDS:
            return True
        if tag == "x" and len(w) > 1 and is_cjk(w[0]):
            return True
        if is_single_run(toks, i, loose=False):
            return True
    return False


def fragment_char(tok: Token) -> bool:
    """A one-character word that may be a piece of an unknown word cut into characters."""
    return len(tok.word) == 1 and is_cjk(tok.word) and tok.word not in FRAGMENT_BREAKS


def fragment_start(toks: Tokens, i: int) -> bool:
    """Does the name start with one character whose left neighbour is one character too?"""
    return fragment_char(toks[i]) and fragment_char(toks[i - 1]) and toks[i - 1].end == toks[i].start

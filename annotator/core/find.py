"""Finding a piece of text in a document as a reader means it: full-width Latin letters, digits
and punctuation match their half-width forms (ＡＢＣ１２３ = ABC123, the ideographic space a
space), Latin letters either case, and a name broken over two lines or by a stray space (text
taken from a PDF: 松元产\\n业园, 省妇幼保健 院) is found as one: between two characters of what
is sought, the text may hold white space. Each character folds to exactly one, so a hit's offsets
in the folded text are its offsets in the text (code points, ``end`` exclusive)."""
from __future__ import annotations

import re
from functools import lru_cache

_TABLE: dict[int, int] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # ！ … ～ -> ! … ~
_TABLE[0x3000] = 0x20
_TABLE.update({c: c + 0x20 for c in range(ord("A"), ord("Z") + 1)})
_TABLE.update({c: c - 0xFEE0 + 0x20 for c in range(ord("Ａ"), ord("Ｚ") + 1)})
_FOLD = str.maketrans(_TABLE)
GAP = 16  # at most this much white space between two characters sought (a line break and indent)


def fold(s: str) -> str:
    """``s`` with each character in its folded form (as long as ``s``)."""
    return s.translate(_FOLD)


@lru_cache(maxsize=32)
def _pattern(needle: str) -> re.Pattern[str] | None:
    """What finds ``needle``: its characters (folded; white space in it dropped) with up to
    ``GAP`` white-space characters allowed between each two. None when nothing but white space
    is sought."""
    chars = [c for c in fold(needle) if not c.isspace()]
    if not chars:
        return None
    return re.compile(rf"\s{{0,{GAP}}}".join(map(re.escape, chars)))


def find_between(text: str, needle: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of every match of ``needle`` (folded; white space in the text allowed between
    its characters) that starts in text[lo:hi], ascending; overlapping matches included. A long
    text is searched piece by piece with this."""
    pattern = _pattern(needle)
    if pattern is None:
        return []
    piece = fold(text[lo:hi + len(needle) * (GAP + 1)])  # the longest a hit starting before hi can be
    hits, m = [], pattern.search(piece)
    while m is not None and m.start() < hi - lo:  # one search a hit (each may overlap the one before)
        hits.append((lo + m.start(), lo + m.end()))
        m = pattern.search(piece, m.start() + 1)
    return hits

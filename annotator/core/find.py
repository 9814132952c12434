"""Finding a piece of text in a document as a reader means it: full-width Latin letters, digits
and punctuation match their half-width forms (ＡＢＣ１２３ = ABC123, the ideographic space a
space), and Latin letters either case. Each character folds to exactly one, so a hit's offsets in
the folded text are its offsets in the text (code points, ``end`` exclusive)."""
from __future__ import annotations

_TABLE: dict[int, int] = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # ！ … ～ -> ! … ~
_TABLE[0x3000] = 0x20
_TABLE.update({c: c + 0x20 for c in range(ord("A"), ord("Z") + 1)})
_TABLE.update({c: c - 0xFEE0 + 0x20 for c in range(ord("Ａ"), ord("Ｚ") + 1)})
_FOLD = str.maketrans(_TABLE)


def fold(s: str) -> str:
    """``s`` with each character in its folded form (as long as ``s``)."""
    return s.translate(_FOLD)


def find_between(text: str, needle: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of every match of ``needle`` (folded) that starts in text[lo:hi], ascending;
    overlapping matches included. A long text is searched piece by piece with this."""
    if not needle:
        return []
    wanted = fold(needle)
    piece = fold(text[lo:hi + len(needle) - 1])
    hits, pos = [], piece.find(wanted)
    while pos >= 0:
        hits.append((lo + pos, lo + pos + len(needle)))
        pos = piece.find(wanted, pos + 1)
    return hits

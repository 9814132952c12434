"""A PDF page's pieces of text, as pypdf's ``visitor_text`` gives them (``pdf_layout.PageReader``): how far
one reaches, and a character drawn after the run it stands in put back in its place.

LibreOffice draws a character its run's font lacks (∶ in 1∶1.1, the digits set in a Latin font) from
another font after the run; extraction reads the run with a space where the character stands and the
character after it (整零比提高到1 1.1∶). A piece of one character drawn on the baseline of the piece
before, where that piece's only space inside it is, takes that space's place (``fallbacks_in_place``).
In a run of Latin text, whose gap holds the character and spaces, more than one space is read: it stays.

Qt's QPdfWriter draws each run of one font (the digits in a Latin font, the hanzi in a CJK one) in a text
object of its own that sets the text matrix back to the origin before it moves to where the run starts;
pypdf reads a line break at that origin, between two runs of one line (——2015 / 年 / 1 / 月: the date line
not found, 760 / 亿元 no amount). A line break alone between a piece and the next, drawn on its baseline
where it ends, is no line break (``one_line_runs``).
"""
from __future__ import annotations

import unicodedata

Piece = tuple[str, float, float, float]  # (text, x, y, size)


def advance(text: str, size: float) -> float:
    """About how far ``text`` reaches: a Chinese character (or a mark set as wide in a Chinese font: “ ”)
    one em, any other half of one."""
    return size * sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text)


def fallbacks_in_place(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with each character drawn after the run it stands in put in its place (see the module's
    docstring)."""
    out: list[Piece] = []
    for text, x, y, size in pieces:
        if out and len(text) == 1 and not text.isspace() and _in_gap(out[-1], x, y):
            before, at, baseline, drawn = out[-1]
            out[-1] = (before.replace(" ", text), at, baseline, drawn)
        else:
            out.append((text, x, y, size))
    return out


def one_line_runs(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` without the line breaks read between two runs of one line (see the module's docstring):
    a piece that is a line break alone, between a piece and the next drawn on its baseline, from a little
    before where it ends (its width is a guess: a Latin character half an em) to an em after it."""
    return [piece for i, piece in enumerate(pieces)
            if not (piece[0] == "\n" and 0 < i < len(pieces) - 1 and _goes_on(pieces[i - 1], pieces[i + 1]))]


def _goes_on(before: Piece, after: Piece) -> bool:
    """Whether ``after`` is drawn on ``before``'s baseline where ``before`` ends."""
    text, x, y, size = before
    if not text or "\n" in text or not after[0] or after[0][0] == "\n" or abs(after[2] - y) >= 0.1 * size:
        return False
    return -1.5 * size <= after[1] - (x + advance(text, size)) <= size


def _in_gap(before: Piece, x: float, y: float) -> bool:
    """Whether a character drawn at (``x``, ``y``) stands where the only space inside ``before`` is."""
    text, at, baseline, size = before
    k = text.find(" ")
    return ("\n" not in text and text.count(" ") == 1 and 0 < k < len(text) - 1
            and abs(baseline - y) < 0.1 * size and abs(at + advance(text[:k], size) - x) < 0.5 * size)

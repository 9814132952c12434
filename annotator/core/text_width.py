"""How wide a text is in a terminal, for the command line's tables: a wide or full-width character
(王, 政策, ＡＢ: east_asian_width W or F) takes two columns, so a label named in Chinese lines up."""
from __future__ import annotations

import unicodedata


def columns(text: str) -> int:
    """Columns ``text`` takes in a terminal."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pad(text: str, width: int, *, left: bool = True) -> str:
    """``text`` filled with spaces to ``width`` columns, on the right (``left``: left-aligned) or left."""
    fill = " " * (width - columns(text))
    return text + fill if left else fill + text

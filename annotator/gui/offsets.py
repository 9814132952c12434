"""Code point <-> UTF-16 offsets: the one place where store offsets meet Qt positions.

The store counts Unicode code points (Python ``str`` indices); Qt's ``QTextCursor``
counts UTF-16 units, so every character outside the Basic Multilingual Plane (rare CJK
Extension B names do occur in place names) shifts all later positions by one.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Conversions for one text; O(1) for BMP-only text, O(log n) otherwise."""

    __slots__ = ("_astral", "_astral_qt", "length")

    def __init__(self, text: str):
        self.length = len(text)
        if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
            self._astral: list[int] = []
        else:
            # found by the regular expression's loop in C: a loop in Python over 400,000 characters
            # took 80 ms at each open of a long report holding one such character
            self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 position at which each astral character starts
        self._astral_qt = [cp + n for n, cp in enumerate(self._astral)]

    @property
    def identity(self) -> bool:
        return not self._astral

    def to_qt(self, cp: int) -> int:
        """Code-point offset -> UTF-16 position."""
        if not self._astral:
            return cp
        return cp + bisect_left(self._astral, cp)

    def to_cp(self, pos: int) -> int:
        """UTF-16 position -> code-point offset (a position inside a surrogate pair rounds down)."""
        if not self._astral:
            return pos
        # each astral character starting before pos took one extra unit (inside a pair: rounds down)
        return pos - bisect_right(self._astral_qt, pos - 1)


def to_qt(text: str, cp: int) -> int:
    return OffsetMap(text).to_qt(cp)


def to_cp(text: str, pos: int) -> int:
    return OffsetMap(text).to_cp(pos)

"""Each character of a text told by its kind in one pass of ``str.translate``, each distinct character
looked up in ``unicodedata`` once a process (the re-flow asked it of every character of every line,
in Python: two thirds of importing a folder of 5,000 plain reports, which need no re-flow at all).

``kinds(line)`` is a string as long as ``line`` holding, at each place, ``H`` for a hanzi (wide and
a letter: ``spacing._hanzi``), ``L`` for an ASCII letter, ``o`` for any other character that is not
white space, the space itself for a space, and a tab for any other white space (as ``str.isspace``
and the regular expressions' ``\\s`` see it), so a pattern over it finds what the same pattern over
the line would, by kind. ``width(line)`` is the display width: a wide (CJK, full-width) character
counts two.
"""
from __future__ import annotations

import unicodedata


class _Kinds(dict[int, str]):
    """A translation table filled as characters come: code point → its kind."""

    def __missing__(self, point: int) -> str:
        c = chr(point)
        wide = unicodedata.east_asian_width(c) in "WF"
        if c == " ":
            kind = " "
        elif c.isspace():
            kind = "\t"
        elif wide and unicodedata.category(c) == "Lo":
            kind = "H"
        elif c.isascii() and c.isalpha():
            kind = "L"
        else:
            kind = "o"
        self[point] = kind
        return kind


class _Wide(dict[int, str]):
    """A translation table filled as characters come: code point → ``W`` for a wide character, else ``.``."""

    def __missing__(self, point: int) -> str:
        mark = "W" if unicodedata.east_asian_width(chr(point)) in "WF" else "."
        self[point] = mark
        return mark


_KINDS = _Kinds()
_WIDE = _Wide()


def kinds(line: str) -> str:
    """``line`` with each character replaced by its kind (see the module's docstring)."""
    return line.translate(_KINDS)


def width(line: str) -> int:
    """Display width: a wide (CJK, full-width) character counts two."""
    return len(line) + line.translate(_WIDE).count("W")

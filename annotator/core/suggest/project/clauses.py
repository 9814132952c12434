"""The clauses of a text and the window of words around a head."""
from __future__ import annotations

import bisect
import re

from annotator.core.suggest.project.words import CLAUSE_BREAK

RE_BREAK = re.compile("[" + re.escape("".join(sorted(CLAUSE_BREAK))) + "]")
RE_BRACKETED = re.compile(r"（[\u4e00-\u9fff]{1,6}）")  # 中国（广州）…: no clause break
RE_ASCII_BRACKETED = re.compile(r"(?<=[\u4e00-\u9fff])\(([\u4e00-\u9fff]{1,6})\)")


def full_width_brackets(text: str) -> str:
    """``text`` with a bracket of ASCII parentheses between Chinese words written full-width, as
    the rules read it (web pages write 泸州(云龙)机场, 都香高速(鲁甸段)); one character for
    one, so every offset stays."""
    if "(" not in text:
        return text
    return RE_ASCII_BRACKETED.sub(lambda m: "（" + m.group(1) + "）", text)


class Clauses:
    """The clauses of a text, found once: every head in a clause shares its window (and so one
    cached segmentation of it)."""

    def __init__(self, text: str) -> None:
        inner = set()
        for m in RE_BRACKETED.finditer(text):
            inner.add(m.start())
            inner.add(m.end() - 1)
        self.breaks = [m.start() for m in RE_BREAK.finditer(text) if m.start() not in inner]
        self.n = len(text)

    def start(self, pos: int) -> int:
        """Where the clause of ``pos`` begins, however far back."""
        k = bisect.bisect_left(self.breaks, pos)
        return self.breaks[k - 1] + 1 if k > 0 else 0

    def bounds(self, pos: int, end: int) -> tuple[int, int]:
        """The window around text[pos:end]: its clause, at most 60 characters before and 40
        after."""
        k = bisect.bisect_left(self.breaks, pos)
        s = self.breaks[k - 1] + 1 if k > 0 else 0
        k = bisect.bisect_left(self.breaks, end, k)
        e = self.breaks[k] if k < len(self.breaks) else self.n
        return max(s, pos - 60), min(e, end + 40)

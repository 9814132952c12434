"""Text copied from a PDF with a space between every Chinese character, joined back on import.

Some PDFs place each character on its own, and what a viewer copies from them (or pdftotext writes)
has a space between every two: 湖 里 区 今 年 完 成 投 资 5 5 . 1 亿 元 。 A span could not hold a
name so spaced, and no suggester finds one; so ``unspace`` (run by ``reflow.reflow``, before any
span exists) removes those spaces.

It is conservative. A line is *spaced* when it has at least ``MIN_LINE_PAIRS`` pairs of neighbouring
characters next to a hanzi (neither of them a Latin letter), and at least ``SPACED_SHARE`` of these
pairs are parted by exactly one space (a hanzi and a hanzi, a punctuation mark or a digit). A text
is joined back only when its spaced lines hold at least ``MIN_PAIRS`` such pairs and at least
``TEXT_SHARE`` of all its pairs: a report whose title alone is spaced for show (政 府 工 作 报 告),
a line with an occasional space, a poem, a table are left byte for byte. In a spaced text, each
spaced line loses every single space between two characters, except a space beside a Latin word
(two or more characters with a Latin letter: "Made in China", "使 用 Python" keep theirs); a gap
of two or more spaces (a space of the original text, spaced again) stays as it is. Its other lines
stay as they are.
"""
from __future__ import annotations

import re

from annotator.core.imports.char_kinds import kinds

MIN_LINE_PAIRS = 2  # a line with fewer pairs beside a hanzi is never spaced
MIN_PAIRS = 8  # a text's spaced lines hold at least this many pairs, or it is left as it is
SPACED_SHARE = 0.9  # of a line's pairs beside a hanzi, at least this share parted by one space
TEXT_SHARE = 0.5  # of a text's pairs beside a hanzi, at least this share in spaced lines
_GAP = re.compile(r"(?<=\S) (?=\S)")  # one space between two characters
# by kind (char_kinds: H a hanzi, o another character not a Latin letter): each place opening a pair
# beside a hanzi, its two characters apart by nothing or one space; and of them those apart by one
_BESIDE_HANZI = re.compile(r"(?=H ?[Ho]|o ?H)")
_SPACED_HANZI = re.compile(r"(?=H [Ho]|o H)")


def _latin(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _pairs(line: str) -> tuple[int, int]:
    """(pairs beside a hanzi, of them parted by one space) of ``line``'s neighbouring characters
    (apart by nothing or one space; a wider gap parts no pair): found by kind (``char_kinds``), each
    place that opens one, a hanzi or another character not a Latin letter with one after it."""
    if "H" not in (by_kind := kinds(line)):
        return 0, 0
    return len(_BESIDE_HANZI.findall(by_kind)), len(_SPACED_HANZI.findall(by_kind))


def _is_spaced(counted: tuple[int, int]) -> bool:
    pairs, spaced = counted
    return pairs >= MIN_LINE_PAIRS and spaced >= SPACED_SHARE * pairs


def _latin_word(token: str) -> bool:
    return len(token) > 1 and any(_latin(c) for c in token)


def _joined(line: str) -> str:
    """A spaced line without its single spaces, but those beside a Latin word."""
    out: list[str] = []
    start = 0
    for match in _GAP.finditer(line):
        before = line[:match.start()].rsplit(None, 1)[-1]
        after = line[match.end():].split(None, 1)[0]
        if not (_latin_word(before) or _latin_word(after)):
            out.append(line[start:match.start()])
            start = match.end()
    out.append(line[start:])
    return "".join(out)


def unspace(text: str) -> tuple[str, int]:
    """(``text`` with its spaced lines joined back, how many lines were) when it is a spaced text;
    else (``text``, 0) (see the module's docstring)."""
    if " " not in text:
        return text, 0
    lines = text.split("\n")
    counted = [_pairs(line) for line in lines]
    total = sum(pairs for pairs, _spaced in counted)
    spaced = {i for i, c in enumerate(counted) if _is_spaced(c)}
    in_spaced = sum(counted[i][0] for i in spaced)
    if in_spaced < MIN_PAIRS or in_spaced < TEXT_SHARE * total:
        return text, 0
    out = [_joined(line) if i in spaced else line for i, line in enumerate(lines)]
    changed = sum(1 for a, b in zip(lines, out, strict=True) if a != b)
    return ("\n".join(out), changed) if changed else (text, 0)

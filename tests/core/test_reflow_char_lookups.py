"""Importing a folder of plain reports (one paragraph a line, nothing to re-flow) asked ``unicodedata``
of every character of every line, several times over, in Python: two thirds of the import of 5,000
reports (69 s). The re-flow and the spaced-text check now tell characters by kind in one
``str.translate``, each distinct character looked up once for each, and find what they found before."""
from __future__ import annotations

import random
import re
import unicodedata

from annotator.core.imports import spacing
from annotator.core.imports.char_kinds import width
from annotator.core.imports.reflow import reflow
from tests.core.test_import_reflow import PARAGRAPHS, pdf_like

_PAIR = re.compile(r"(\S)( ?)(?=(\S))")


def _hanzi(c: str) -> bool:
    return unicodedata.east_asian_width(c) in "WF" and unicodedata.category(c) == "Lo"


def _latin(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _pairs_one_by_one(line: str) -> tuple[int, int]:
    """The spaced-text check's count as it was made, a character at a time."""
    pairs = spaced = 0
    for a, gap, b in (m.groups() for m in _PAIR.finditer(line)):
        if (_hanzi(a) or _hanzi(b)) and not (_latin(a) or _latin(b)):
            pairs += 1
            spaced += gap == " "
    return pairs, spaced


def test_reflowing_a_plain_report_looks_each_character_up_once(monkeypatch):
    paragraphs = [*PARAGRAPHS * 3, "二〇二四年 市长 何辛幸　Made in China：１２３"]
    text, copied = "\n\n".join(paragraphs), pdf_like(paragraphs)
    asked: list[str] = []
    real = unicodedata.east_asian_width
    monkeypatch.setattr(unicodedata, "east_asian_width", lambda c: asked.append(c) or real(c))
    assert reflow(text).text == text
    assert reflow(copied).joined  # a PDF's copy of it is still re-flowed
    assert len(asked) <= 2 * len(set(text + copied))  # by kind and by width; before: 4 or more a character


def test_characters_are_told_by_kind_as_they_were_one_by_one():
    rng = random.Random(7)
    alphabet = "湖里区投资亿元。，、（）《》ab Z1２.　\t-—𠮷ｱ"
    for _ in range(500):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for case in (line, " ".join(line), line.replace("　", "  ")):
            assert spacing._pairs(case) == _pairs_one_by_one(case), case
            assert width(case) == sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in case)

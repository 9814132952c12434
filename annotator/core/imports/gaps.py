"""The space text extraction from a PDF puts between a Chinese character and a Latin letter or digit.

A PDF sets digits and Latin letters in another font than the hanzi around them, and the change of
font or the gap beside it is read as a space (2024 年 1 月, GDP 增长, 149 亿元): pypdf does it, and
so does pdftotext or a viewer's copy, whose text a researcher then saves as .txt or pastes into Word.
No Chinese report holds such spaces, and they break amounts and names (5 万吨级): the amount and
target rules do not see 149 亿元 as an amount. Nor does one hold a space between a hanzi and the ，
or 。 after it, which LibreOffice's justified line hung into the margin is read with (答卷 ，:
``close_marks``). They go from a PDF's text (``pdf.py``) and from a text the re-flow finds copied
from a PDF (``reflow.py``), nowhere else.
"""
from __future__ import annotations

import re

CJK = "\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\u2018-\u201d"
LATIN = "0-9A-Za-z%"
_GAP = re.compile(f"(?<=[{CJK}]) +(?=[{LATIN}])|(?<=[{LATIN}]) +(?=[{CJK}])")


_BEFORE_MARK = re.compile(f"(?<=[{CJK}]) +(?=[，。、；：！？）」』】》])")


def close_gaps(text: str) -> str:
    """``text`` without the spaces between a Chinese character and a Latin letter or digit."""
    return _GAP.sub("", text)


def close_marks(text: str) -> str:
    """``text`` without the spaces between a Chinese character and a mark closing a phrase after it (，。）).
    After ``justified.unstretch``: a line stretched to its width has a space before its marks too."""
    return _BEFORE_MARK.sub("", text)

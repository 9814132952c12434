"""Column names that Stata, R and pandas read without renaming: ASCII snake_case.

The exports (``export/``) name every column of their data sheets and CSV files with
:func:`snake`; the workbook importer (``imports/xlsx.py``) finds a column under its
snake_case name or under the name older exports gave it (``district code``, ``亿元``,
``updated (UTC)``; ``division_code``: :data:`OLDER_NAMES`), so workbooks of either kind can be read back.

Rules: lower case ASCII letters, digits and ``_``, starting with a letter, at most 32
characters (Stata's limit); ``亿元`` is ``yi`` (a sum in units of 100 million yuan), ``(UTC)``
is ``_utc``; ``start`` and ``end`` are ``start_offset`` and ``end_offset`` (``end`` is a
Stata keyword, and the offsets are code-point indices, not positions a reader counts); a name
that is one of Stata's reserved words gets ``_v``.
"""
from __future__ import annotations

import re

MAX_LENGTH = 32  # Stata's longest variable name
STATA_RESERVED = frozenset({
    "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n", "_pi",
    "_pred", "_rc", "_skip", "strl", "using", "with", "end"})
RENAMED = {"start": "start_offset", "end": "end_offset", "亿元": "yi", "万元": "wan"}
# today's column -> the name older workbooks gave it, read back under either (the Annotations sheet's
# DISTRICT code was division_code, the other sheets' district_code)
OLDER_NAMES = {"district code": "division code", "district_code": "division_code"}
_WORDS = (("(亿元)", " yi"), ("亿元", " yi "), ("(万元)", " wan"), ("万元", " wan "), ("(UTC)", " utc"))
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def snake(header: str) -> str:
    """The ASCII snake_case name of a column header ("" when nothing ASCII is left).

    >>> snake("district code"), snake("amount sum (亿元)"), snake("created (UTC)"), snake("end")
    ('district_code', 'amount_sum_yi', 'created_utc', 'end_offset')
    """
    if header in RENAMED:
        return RENAMED[header]
    text = header
    for word, ascii_word in _WORDS:
        text = text.replace(word, ascii_word)
    name = _NOT_WORD.sub("_", text.lower()).strip("_")
    if not name:
        return ""
    if not name[0].isalpha():
        name = "c_" + name
    name = name[:MAX_LENGTH].rstrip("_")
    if name in STATA_RESERVED:
        name = name[: MAX_LENGTH - 2] + "_v"
    return name

"""The numbers Word draws before the items of its numbered lists: （一）, 1., ① …

Word keeps a numbered paragraph's number out of its text (w:numPr points into numbering.xml), so
python-docx's text of （一）抓好项目建设 is 抓好项目建设: the number the reader sees, and that
a report's structure and the import's re-flow go by, is lost. ``Numbering`` counts the items as
Word does and gives each its label: the level's text (（%1）, %1.%2.) with each %N written in its
level's format (decimal, Chinese counting 一 十一 二十, circled ①, letters, Roman numerals, 甲乙丙),
counted per list definition (the lists sharing one go on counting; one that restarts, w:startOverride,
starts again at its first item), a deeper
level starting again under each new item above it. A bullet gives no label (its glyph is no text
of the report), nor does a level whose format is none. The label is followed by a space where Word
puts a tab or a space after it, and by nothing where it puts nothing.
"""
from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _val(el: Any, name: str) -> str | None:
    child = None if el is None else el.find(f"{_W}{name}")
    return None if child is None else child.get(f"{_W}val")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def chinese(n: int) -> str:
    """一 … 十, 十一, 二十一, 一百零五 (chineseCounting)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + chinese(rest) if rest < 10 else
                                    chinese(rest) if rest >= 20 else "一" + chinese(rest))
        return _DIGITS[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def written(n: int, fmt: str) -> str:
    """``n`` in Word's number format ``fmt`` (an unknown format: decimal)."""
    if fmt.startswith(("chinese", "taiwanese", "japanese", "ideographLegal")) and "Digital" not in fmt:
        return chinese(n)
    if fmt in ("ideographDigital", "taiwaneseDigital"):
        return "".join(_DIGITS[int(d)] for d in str(n))
    if fmt.startswith("decimalEnclosedCircle") and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "ideographTraditional" and 0 < n <= len(_HEAVENLY):
        return _HEAVENLY[n - 1]
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letters = _letters(n)
        return letters if fmt == "upperLetter" else letters.lower()
    if fmt == "decimalFullWidth":
        return str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class Numbering:
    """The labels of a document's numbered paragraphs, asked for in document order."""

    def __init__(self, document: Any) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):  # no numbering.xml: nothing is numbered
            root = None
        self._abstract = {} if root is None else {
            a.get(f"{_W}abstractNumId"): a for a in root.iter(f"{_W}abstractNum")}
        self._nums = {} if root is None else {n.get(f"{_W}numId"): n for n in root.iter(f"{_W}num")}
        self._counts: dict[str, list[int | None]] = {}  # by list definition: the lists sharing it go on
        self._used: set[str] = set()  # the lists (numId) met so far

    def label(self, paragraph: Any) -> str:
        """The number Word shows before ``paragraph`` and the space after it ("" if none)."""
        if not self._nums:
            return ""
        num_id, ilvl = _num_pr(paragraph)
        num = self._nums.get(num_id) if num_id else None
        abstract = self._abstract.get(_val(num, "abstractNumId")) if num is not None else None
        if num is None or abstract is None:
            return ""
        levels = {_int(lvl.get(f"{_W}ilvl"), 0): lvl for lvl in abstract.iter(f"{_W}lvl")}
        restart = {_int(o.get(f"{_W}ilvl"), 0): _int(_val(o, "startOverride"), 1)
                   for o in num.iter(f"{_W}lvlOverride") if _val(o, "startOverride") is not None}
        counts = self._counts.setdefault(str(_val(num, "abstractNumId")), [None] * 9)
        if num_id not in self._used:  # a list that restarts: its first item starts its levels again
            self._used.add(str(num_id))
            for i in restart:
                counts[i:i + 1] = [None]
        ilvl = min(max(ilvl, 0), 8)
        start = {i: restart.get(i, _int(_val(levels.get(i), "start"), 1)) for i in range(9)}
        now = counts[ilvl]
        counts[ilvl] = start[ilvl] if now is None else now + 1
        counts[ilvl + 1:] = [None] * (8 - ilvl)
        level = levels.get(ilvl)
        fmt, text = _val(level, "numFmt") or "decimal", _val(level, "lvlText")
        if level is None or fmt in ("bullet", "none") or not text:
            return ""
        for i in range(9):
            count = counts[i]
            text = text.replace(f"%{i + 1}", written(start[i] if count is None else count,
                                                     _val(levels.get(i), "numFmt") or "decimal"))
        return text + ("" if _val(level, "suff") == "nothing" else " ")


def _num_pr(paragraph: Any) -> tuple[str | None, int]:
    """(numId, level) of a paragraph: its own, else its style's (a heading style numbered by Word)."""
    p_pr = paragraph._p.pPr
    num_pr = None if p_pr is None else p_pr.find(f"{_W}numPr")
    style = paragraph.style if num_pr is None else None
    while num_pr is None and style is not None:
        s_pr = style.element.find(f"{_W}pPr")
        num_pr = None if s_pr is None else s_pr.find(f"{_W}numPr")
        style = style.base_style
    if num_pr is None:
        return None, 0
    num_id = _val(num_pr, "numId")
    return (None if num_id in (None, "0") else num_id), _int(_val(num_pr, "ilvl"), 0)

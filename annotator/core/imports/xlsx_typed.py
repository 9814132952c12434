"""Cells of an exported workbook as a colleague types them in Excel, read as what they mean:

- a status as the Chinese window writes it (已接受, 待审, 已拒绝; the short forms of its counts, 接受, 拒绝;
  待定 too), or the English one in any case or width (Accepted, REJECTED): :func:`status_of`;
- a TARGET's count typed with its unit in the quantity cell (80家, 5.5%, 2万亩): :func:`split_count`, the number
  and the unit as the target rules store them (the scale 万/亿 stays with the unit: 2 万亩).

(A sum in yuan typed negative where the span's text writes no minus is refused by ``core/yuan_sign.py``, the rule
the JSON Lines import and the window's form share: ``xlsx_rows.check_negative`` applies it to a row.)
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

from annotator.core.fields import read_text
from annotator.core.models import STATUSES

# what the Chinese window shows for a status (display.py: 已接受, 待审, 已拒绝; the export dialog's 待审建议),
# the short forms of its counts (counts_table.py: 接受, 拒绝), and 待定, which a colleague may write for an open one
_CHINESE_STATUSES = {"已接受": "accepted", "接受": "accepted", "待审": "suggested", "待审建议": "suggested",
                     "建议": "suggested", "待定": "suggested", "已拒绝": "rejected", "拒绝": "rejected"}
_ENGLISH_STATUSES = {"open suggestion": "suggested", "open suggestions": "suggested", "suggestion": "suggested"}
# a number as typed (Arabic digits, Chinese numerals without 万/亿: those stay with the unit), then the unit
_COUNT = re.compile(r"([-+−]?[0-9][0-9,.]*|[-+−]?[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千点]*)"
                    r"(?:多|余)?(\D.*)")
_NOT_A_UNIT = re.compile(r"^[.,]|[0-9至到~\-—–]|[零〇一二两三四五六七八九十]")


def status_of(cell: Any) -> Any:
    """The stored status a status cell names (accepted, suggested, rejected), read in any case or width
    and in the Chinese window's words; any other cell as it is (the store names the statuses it knows)."""
    text = read_text(cell)
    if text is None:
        return cell
    key = unicodedata.normalize("NFKC", text).strip().casefold()
    if key in STATUSES:
        return key
    return _CHINESE_STATUSES.get(key) or _ENGLISH_STATUSES.get(key) or cell


def split_count(cell: Any) -> tuple[str, str] | None:
    """(number, unit) of a count typed with its unit (80家: 80 and 家; 5.5％: 5.5 and %; 2万亩: 2 and 万亩;
    八十家: 八十 and 家); None for a cell that is no such text."""
    if not isinstance(cell, str):
        return None
    text = unicodedata.normalize("NFKC", "".join(cell.split())).removeprefix("'")
    m = _COUNT.fullmatch(text)
    if m is None or _NOT_A_UNIT.search(m.group(2)):  # 3至5家, 3-5家: a range, no count and unit
        return None
    return m.group(1), m.group(2)


def same_unit(a: Any, b: Any) -> bool:
    """Whether two unit cells are one unit (％ and %: one)."""
    return unicodedata.normalize("NFKC", read_text(a) or "") == unicodedata.normalize("NFKC", read_text(b) or "")

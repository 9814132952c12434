"""The types of the value fields of the label schema (``labels.py``), and table cells.

A value field (``{"yuan": 5510000000}``) has one of these types. The type says how the value
is

- parsed from what the user types in the window's form (:meth:`FieldType.parse`, ValueError
  when it is not one; ``expects`` says what is, for the form to tell the user),
- shown there (:meth:`FieldType.show`),
- written as a typed cell of the tabular exports (:meth:`FieldType.cell`: None when absent or
  unreadable; ``kind`` tells the xlsx writer its number format),
- read back from a workbook cell a researcher edited (:meth:`FieldType.from_cell`,
  :class:`CellError` naming the column when it is not one).

The cell helpers below (times, money in 亿元, characters a worksheet can hold) are shared by
the exports and the workbook importer, which do not import each other.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TypeVar

from annotator.core.numbers import parse_number

YI = 100_000_000  # yuan in one 亿元
_N = TypeVar("_N", int | float | None, int | None)
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_GROUPED = re.compile(r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d*)?(?:[eE][-+]?\d+)?")


class CellError(ValueError):
    """A workbook cell that does not hold a value of its column's type; the message says why."""


# ----------------------------------------------------------------- cells
def in_yi(yuan: int | float | None) -> float | None:
    return None if yuan is None else yuan / YI


def parse_time(stamp: str) -> datetime | None:
    """A stored ISO time as a naive UTC datetime (Excel has no time zones); None when unreadable."""
    try:
        t = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    if t.tzinfo is not None:
        t = t.astimezone(UTC).replace(tzinfo=None)
    return t


def clean(text: str) -> str:
    """Text a worksheet can hold: characters that XML forbids (most control characters) become U+FFFD."""
    return _ILLEGAL.sub("\ufffd", text)


MAX_CELL = 32_767  # characters a cell holds in Excel


def fit_cell(text: str) -> str:
    """A text a cell can hold: longer than :data:`MAX_CELL`, it is cut and says so."""
    if len(text) <= MAX_CELL:
        return text
    note = f" …[cut: {len(text):,} characters in all]"
    return text[: MAX_CELL - len(note)] + note


def number_cell(v: Any) -> int | float | None:
    """A stored number (or numeric text) as a number; None for anything else."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str):
        try:
            f = float(v.replace(",", "").strip())
        except ValueError:
            return None
        return int(f) if f.is_integer() else f
    return None


def text_cell(v: Any) -> str | None:
    """A stored value as text (a whole float without its ``.0``); None when absent or empty."""
    if v is None or v == "":
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def read_text(cell: Any) -> str | None:
    """A workbook cell as stripped text; None when empty."""
    if cell is None:
        return None
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = str(cell).strip() if not isinstance(cell, str) else cell.strip()
    return text or None


def read_number(cell: Any, column: str) -> int | float | None:
    """A workbook cell as a number (numeric text too); None when empty; CellError otherwise."""
    if cell is None or isinstance(cell, str) and not cell.strip():
        return None
    if isinstance(cell, bool) or not isinstance(cell, (int, float, str)):
        raise CellError(f"{column} must be a number, not {cell!r}")
    if isinstance(cell, str):
        text = cell.strip()
        if "," in text and not _GROUPED.fullmatch(text):  # 5,5: a decimal comma, or a slip; not 55
            raise CellError(f"{column} must be a number (commas grouping digits by three), not {cell!r}")
        try:
            cell = float(text.replace(",", ""))
        except ValueError:
            raise CellError(f"{column} must be a number, not {cell!r}") from None
    if cell != cell or cell in (float("inf"), float("-inf")):
        raise CellError(f"{column} must be a number, not {cell!r}")
    return int(cell) if isinstance(cell, float) and cell.is_integer() else cell


def read_whole(cell: Any, column: str) -> int | None:
    """A workbook cell as a whole number; None when empty; CellError otherwise."""
    n = read_number(cell, column)
    if isinstance(n, float):
        raise CellError(f"{column} must be a whole number, not {n!r}")
    return n


# ----------------------------------------------------------------- types
@dataclass(frozen=True)
class FieldType:
    """Text: stored as typed, shown as is; ``kind`` "code" keeps digits as text in Excel."""

    kind: str = "text"  # the export column kind (see export/rows.Column)
    choices: tuple[str, ...] = ()  # the form offers these (and "" for none) instead of free text
    expects: str = ""  # what parse reads, with examples (the form says it when it refuses a value)

    def parse(self, text: str) -> Any:
        return text.strip()

    def show(self, value: Any) -> str:
        return "" if value is None else str(value)

    def cell(self, value: Any) -> Any:
        return text_cell(value)

    def from_cell(self, cell: Any, column: str) -> Any:
        return read_text(cell)


@dataclass(frozen=True)
class NumberType(FieldType):
    """A number, whole or not (a quantity, a foreign amount)."""

    kind: str = "number"
    expects: str = "a number: 80, 6.5, 1,200 or 80万"

    def parse(self, text: str) -> int | float | None:
        """As typed: 6.5, 1,200, full-width digits, Chinese numerals and units (80万, 三千)."""
        number = typed_number(text)
        if number is None:
            return None
        return int(number) if number == number.to_integral_value() else float(number)

    def cell(self, value: Any) -> int | float | None:
        return number_cell(value)

    def from_cell(self, cell: Any, column: str) -> int | float | None:
        """A number cell, or a text as the form reads it (八十, 1.5万, ８０)."""
        return _typed_cell(self, cell, column, read_number)


@dataclass(frozen=True)
class YuanType(FieldType):
    """A sum of money in whole yuan; the tables show it in 亿元 too, in the column ``yi_column``
    right after it (a workbook may correct either)."""

    kind: str = "yuan"
    expects: str = "a whole number of yuan: 5510000000 or 55.1亿元"
    yi_column: str = "亿元"

    def parse(self, text: str) -> int | None:
        """Whole yuan as typed: 5510000000, 5,510,000,000, 55.1亿, 55.1亿元, 4251万 (a fraction
        of a yuan is refused)."""
        number = typed_number(text.strip().removesuffix("元"))
        if number is None:
            return None
        if number != number.to_integral_value():
            raise ValueError(f"not whole yuan: {text!r}")
        return int(number)

    def show(self, value: Any) -> str:
        """Grouped by thousands (5,510,000,000): a sum read at a glance."""
        return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else super().show(value)

    def cell(self, value: Any) -> int | float | None:
        """Whole yuan: a float a program computed (0.29亿 * 1e8 = 28999999.999999996, as another
        tool writes a JSONL value) is the whole number it stands for, so no sum in Stata or pandas
        carries the artefact; a true fraction of a yuan (12.5) stays as stored."""
        yuan = number_cell(value)
        if isinstance(yuan, float) and math.isfinite(yuan):
            whole = round(yuan)
            if abs(yuan - whole) <= 1e-9 * max(1.0, abs(yuan)):
                return whole
        return yuan

    def from_cell(self, cell: Any, column: str) -> int | None:
        """A number cell, or a text as the form reads it (5.51亿, 55,100万, 五千万元, ５５１０００００００)."""
        return _typed_cell(self, cell, column, read_whole)


class CodeType(FieldType):
    """A statistical division code (NBS): 6 digits (a county or above), 9 (a township) or 12 (NBS's full
    form, a village too), kept as text.
    Not a dataclass of its own (:data:`CODE` gives its kind and ``expects``): each costs ~0.6 ms at start."""

    def parse(self, text: str) -> str:
        """The code as typed, white space and full-width digits allowed; ValueError for anything else."""
        code = unicodedata.normalize("NFKC", "".join(text.split()))
        if code and not re.fullmatch(r"[0-9]{6}(?:[0-9]{3}){0,2}", code):
            raise ValueError(f"not a division code: {text!r}")
        return code

    def from_cell(self, cell: Any, column: str) -> str | None:
        """A code typed as a number (350206, 350206.0: Excel's), as text (full-width digits too), or
        with the apostrophe that keeps it text in Excel ('350206); CellError for anything else (35020)."""
        if isinstance(cell, float) and cell.is_integer():
            cell = int(cell)
        text = read_text(cell)
        if text is None:
            return None
        try:
            return self.parse(text.removeprefix("'")) or None
        except ValueError:
            raise CellError(f"{column} must be {self.expects}, not {cell!r}") from None


def _typed_cell(field: FieldType, cell: Any, column: str, read: Callable[[Any, str], _N]) -> _N:
    """A number cell read by ``read``; a text one as the form reads what is typed (``field.parse``:
    Chinese numerals and units by ``numbers.py``), else by ``read`` (1.2e9); CellError naming the column."""
    if not isinstance(cell, str):
        return read(cell, column)
    text = cell.strip().removeprefix("'")  # Excel's mark of a number kept as text, typed or pasted ('5510000000)
    try:
        parsed: _N = field.parse(text)
        return parsed
    except ValueError:
        pass
    try:
        return read(text, column)
    except CellError:
        raise CellError(f"{column} must be {field.expects}, not {cell!r}") from None


def typed_number(text: str) -> Decimal | None:
    """A number typed into a field, None when nothing is: white space ignored, full-width digits
    and commas, Chinese numerals and units as ``numbers.parse_number`` reads them, in traditional
    characters too (兩千萬); ValueError for anything else (a number beyond a float's range too)."""
    text = "".join(text.split()).replace("，", ",")
    if not text:
        return None
    if not text.isascii():
        from annotator.core.suggest.traditional import simplified  # its table read when first typed so

        text = simplified(text)
    sign = -1 if text[0] in "-－−" else 1
    try:
        number = sign * parse_number(text[1:] if sign < 0 else text)
    except (ValueError, ArithmeticError):
        raise ValueError(f"not a number: {text!r}") from None
    if not math.isfinite(float(number)):  # 400 nines: no sum, and every export's float of it overflowed
        raise ValueError(f"not a number: {text!r}")
    return number


TEXT = FieldType()
CODE = CodeType(kind="code", expects="a division code of 6, 9 or 12 digits: 350211 or 350211001")
NUMBER = NumberType()
MONEY = NumberType(kind="money")  # a sum in another currency: grouped by thousands, as yuan are
YUAN = YuanType()


def choice(*options: str) -> FieldType:
    """Text from a fixed list (the form offers a drop-down with an empty entry first)."""
    return FieldType(choices=("", *options))

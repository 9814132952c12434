"""The fast row path of the xlsx export: each row turned into SpreadsheetML text in one pass.

openpyxl spends about 20 µs on every cell (a Cell object, its type checks, one XML writer call per
element). :class:`RowXml` writes the XML openpyxl would write for a row — inline strings, the same
style ids, Excel serial dates, the row's height — in one pass over its values, and measures the
column widths in the same pass. A :class:`~annotator.core.export.sheets.SheetWriter` keeps that text
in a temporary file; when the workbook is saved, openpyxl writes the sheet around the header row
(views, widths, filter, print setup, chart) and :func:`splice_rows` puts the held rows after the
header. The plain path of ``sheets.py`` (every cell through openpyxl) stays as the fallback, and the
tests compare the two.

Widths are measured exactly as :func:`~annotator.core.export.sheets.display_width` measures them,
but only where a value could widen its column: a text of n characters is at most 2n wide, a number
below a bound fits the width already measured, and a column wider than its cap is no longer measured.
"""
from __future__ import annotations

import math
import shutil
from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import lru_cache
from math import isfinite
from typing import IO, Any
from xml.sax.saxutils import escape

from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from annotator.core.fields import clean

_OUT = math.inf  # the room of a column that is no longer measured: no value widens it


def _int_room(width: float) -> float:
    """A bound under which a non-negative integer is no wider than ``width`` (digits and commas)."""
    digits = 0
    while digits + 1 + digits // 3 <= width:
        digits += 1
    return 10 ** digits if digits else 0


def _float_room(width: float) -> float:
    """The same for a float, shown with up to 8 decimals (rounding may add a digit)."""
    digits = 0
    while (digits + 2) + (digits + 1) // 3 + 9 <= width:
        digits += 1
    return 10 ** digits if digits else 0


@lru_cache(maxsize=4096)  # spans stored together share their times
def _serial(value: datetime, epoch: datetime) -> str:
    return safe_string(to_excel(value, epoch))


class RowXml:
    """The XML of the rows of one sheet, and the widths of its columns.

    ``styles`` are the style ids of the columns' cells, ``date_style`` the style of a time in a
    column of another kind, ``fraction_styles`` those of a number with a fraction in a column of whole
    numbers (None: the column's), ``widths`` the widths measured so far (updated in place), ``measured``
    whether a column is measured at all, ``saturated`` the width from which a column shows at its cap,
    ``text_width`` and ``display_width`` the measures of a text and of any value, ``fit`` cuts a text
    longer than ``max_cell`` characters."""

    def __init__(self, styles: Sequence[str | None], date_style: str, is_date: Sequence[bool], epoch: datetime,
                 widths: list[float], measured: Sequence[bool], saturated: float,
                 text_width: Callable[[str], int], display_width: Callable[[Any], int],
                 fit: Callable[[str], str], max_cell: int, fraction_styles: Sequence[str | None] = ()) -> None:
        self.widths = widths
        self.fit, self.max_cell = fit, max_cell
        self.epoch = epoch
        self.saturated = saturated
        self.text_width = text_width
        self.display_width = display_width
        n = len(styles)
        self.open = [f'<c r="{get_column_letter(i + 1)}' for i in range(n)]

        def attrs(style: str | None, kind: str) -> str:  # what follows the cell's reference
            return f'" s="{style}" t="{kind}">' if style is not None else f'" t="{kind}">'

        self.text = [attrs(s, "inlineStr") + "<is><t>" for s in styles]
        self.spaced = [attrs(s, "inlineStr") + '<is><t xml:space="preserve">' for s in styles]
        self.number = [attrs(s, "n") + "<v>" for s in styles]
        self.boolean = [attrs(s, "b") + "<v>" for s in styles]
        fractions = list(fraction_styles) + [None] * (n - len(fraction_styles))
        self.fraction = [attrs(f, "n") + "<v>" if f is not None else self.number[i] for i, f in enumerate(fractions)]
        self.date = [attrs(s if d else date_style, "n") + "<v>" for s, d in zip(styles, is_date, strict=True)]
        # rooms: a value within them cannot widen its column (math.inf: the column is not measured)
        self.text_room = [0.0] * n
        self.int_room = [0.0] * n
        self.float_room = [0.0] * n
        for i in range(n):
            self._rooms(i, measured[i])

    def _rooms(self, i: int, measured: bool = True) -> None:
        width = self.widths[i]
        if not measured or width > self.saturated:
            self.text_room[i] = self.int_room[i] = self.float_room[i] = _OUT
        else:
            self.text_room[i], self.int_room[i], self.float_room[i] = width, _int_room(width), _float_room(width)

    def _widen(self, i: int, width: float) -> None:
        if width > self.widths[i]:
            self.widths[i] = width
            self._rooms(i)

    def row(self, values: Sequence[Any], r: str, height: float | None) -> str:
        """The ``<row>`` element of ``values`` as row ``r`` (a text too long for a cell is cut)."""
        parts = [f'<row r="{r}" ht="{height}" customHeight="1">' if height else f'<row r="{r}">']
        add = parts.append
        opens, text_room = self.open, self.text_room
        for i, value in enumerate(values):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                n = len(value)
                if n > self.max_cell:
                    value = self.fit(value)
                    n = len(value)
                # a text of n characters is at most 2n wide, and n when it is ASCII
                if n + n > text_room[i] and (n > text_room[i] or not value.isascii()):
                    self._widen(i, self.text_width(value))
                text = escape(value) if "&" in value or "<" in value or ">" in value else value
                if not value.isprintable():
                    text = clean(text).replace("\r", "&#13;")  # a parser would read \r as \n
                head = self.spaced[i] if value != value.strip() else self.text[i]
                add(f"{opens[i]}{r}{head}{text}</t></is></c>")
            elif kind is int:
                if not 0 <= value < self.int_room[i]:
                    self._widen(i, self.display_width(value))
                add(f"{opens[i]}{r}{self.number[i]}{value:.16g}</v></c>")  # as openpyxl's safe_string
            elif kind is float:
                if not 0 <= value < self.float_room[i]:
                    self._widen(i, self.display_width(value))
                number = self.number[i] if value.is_integer() else self.fraction[i]  # 12.5元: 12.50, not 13
                add(f"{opens[i]}{r}{number}{value:.16g}</v></c>" if isfinite(value)
                    else f"{opens[i]}{r}{number}</v></c>")
            elif kind is datetime:
                if text_room[i] < 19:
                    self._widen(i, self.display_width(value))
                add(f"{opens[i]}{r}{self.date[i]}{_serial(value, self.epoch)}</v></c>")
            else:
                add(self._other(i, value, r))
        parts.append("</row>")
        return "".join(parts)

    def _other(self, i: int, value: Any, r: str) -> str:
        """A cell of any other type (bool, a subclass of str, a number of another kind)."""
        if isinstance(value, str) and len(value) > self.max_cell:
            value = self.fit(value)
        if self.text_room[i] != _OUT:
            self._widen(i, self.display_width(value))
        if isinstance(value, str):
            text = escape(value)
            if not value.isprintable():
                text = clean(text).replace("\r", "&#13;")
            head = self.spaced[i] if value != value.strip() else self.text[i]
            return f"{self.open[i]}{r}{head}{text}</t></is></c>"
        if isinstance(value, bool):
            return f"{self.open[i]}{r}{self.boolean[i]}{int(value)}</v></c>"
        if isinstance(value, date):  # a day (a date column of the metadata) is its midnight
            day = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
            return f"{self.open[i]}{r}{self.date[i]}{_serial(day, self.epoch)}</v></c>"
        return f"{self.open[i]}{r}{self.number[i]}{safe_string(value)}</v></c>"


END = b"</sheetData>"


def splice_rows(path: str, body: IO[bytes]) -> None:
    """Put the rows held in ``body`` at the end of the sheet data of the sheet file ``path``, which
    openpyxl wrote with its header row only (views, widths, filter, print setup and chart around it)."""
    with open(path, "rb") as f:
        sheet = f.read()  # the header row and what surrounds the table: a few kilobytes
    cut = sheet.index(END)  # the one end tag: texts in the header are escaped, so none holds it
    body.seek(0)
    with open(path, "wb") as f:
        f.write(sheet[:cut])
        shutil.copyfileobj(body, f, 1 << 20)
        f.write(sheet[cut:])

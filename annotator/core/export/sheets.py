"""Presentation of the xlsx export: streamed sheets with one header row, widths, formats, no formulas.

A :class:`SheetWriter` writes into an openpyxl write-only worksheet, so a sheet of any length
takes the same memory. It holds back only the first rows (``sample``) to measure column widths,
which write-only mode needs before the first row. Every text cell is a string cell, even when
it begins with ``=``: its value read back is the original text, never a formula.
"""
from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Any, Sequence

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from annotator.core.export.rows import Column

FORMATS = {"int": "0", "yuan": "#,##0", "yi": "#,##0.00", "date": "yyyy-mm-dd hh:mm:ss", "code": "@"}
MIN_WIDTH, MAX_WIDTH, WRAP_WIDTH = 6, 40, 60
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")


def display_width(value: Any) -> int:
    """Width in Latin characters: a wide or full-width character (CJK) counts 2."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    if isinstance(value, int) and not isinstance(value, bool):
        return len(f"{value:,}")
    text = str(value)
    if text.isascii():
        return max(map(len, text.split("\n")))
    return max(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
               for line in text.split("\n"))


def clean(text: str) -> str:
    """Text a worksheet can hold: control characters that XML forbids become U+FFFD."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)


class SheetWriter:
    """One table on one write-only sheet: a bold, frozen header row, an auto-filter, fitted widths."""

    def __init__(self, wb, title: str, columns: Sequence[Column], *, sample: int = 300):
        self.ws = wb.create_sheet(title)
        self.columns = tuple(columns)
        self.rows = 0
        self._sample = sample
        self._held: list[list] | None = []
        self._templates = [self._template(c) for c in self.columns]
        self._date = self._template(Column("", "date"))  # a time in a column of another kind

    def _template(self, column: Column) -> WriteOnlyCell | None:
        """A reusable styled cell per column: rows are written one at a time, so one cell suffices."""
        fmt = FORMATS.get(column.kind)
        if fmt is None and column.kind != "wrap":
            return None
        cell = WriteOnlyCell(self.ws)
        if fmt:
            cell.number_format = fmt
        if column.kind == "wrap":
            cell.alignment = _WRAP
        return cell

    def append(self, values: list) -> None:
        if self._held is not None:
            self._held.append(values)
            if len(self._held) >= self._sample:
                self._start()
            return
        self._write(values)

    def extend(self, rows) -> None:
        for values in rows:
            self.append(values)

    def _start(self) -> None:
        held, self._held = self._held or [], None
        for i, column in enumerate(self.columns):
            dim = self.ws.column_dimensions[get_column_letter(i + 1)]
            if column.kind == "wrap":
                dim.width = WRAP_WIDTH
            else:
                widest = max([display_width(column.header)] + [display_width(r[i]) for r in held])
                dim.width = max(MIN_WIDTH, min(MAX_WIDTH, widest + 2))
        self.ws.freeze_panes = "A2"
        header = []
        for column in self.columns:
            cell = WriteOnlyCell(self.ws, value=column.header)
            cell.data_type = "s"
            cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _TOP
            header.append(cell)
        self.ws.append(header)
        for values in held:
            self._write(values)

    def _write(self, values: list) -> None:
        row = []
        for value, template in zip(values, self._templates):
            if value is None:
                row.append(None)
                continue
            if isinstance(value, str):
                if not value.isprintable():
                    value = clean(value)
                if template is None:
                    if value[:1] != "=":
                        row.append(value)
                        continue
                    template = WriteOnlyCell(self.ws)
                template.value = value
                template.data_type = "s"  # never a formula, whatever the text begins with
                row.append(template)
            elif isinstance(value, datetime) and (template is None or template.number_format != FORMATS["date"]):
                self._date.value = value
                row.append(self._date)
            elif template is not None:
                template.value = value
                row.append(template)
            else:
                row.append(value)
        self.ws.append(row)
        self.rows += 1

    def close(self) -> int:
        """Write what is held back and set the auto-filter over the table; returns the row count."""
        if self._held is not None:
            self._start()
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        return self.rows


def add_bar_chart(ws, *, title: str, axis_title: str, value_column: int, rows: int, anchor: str) -> BarChart:
    """A horizontal bar chart of column ``value_column`` (1-based) against the names in column A."""
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = title
    chart.legend = None
    chart.y_axis.title = axis_title
    chart.y_axis.numFmt = "#,##0.00"
    chart.x_axis.scaling.orientation = "maxMin"  # largest at the top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.add_data(Reference(ws, min_col=value_column, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
    chart.width = 18
    chart.height = max(7.5, 0.7 * rows + 2)
    ws.add_chart(chart, anchor)
    return chart

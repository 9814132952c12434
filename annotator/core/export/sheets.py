"""Presentation of the xlsx export: streamed sheets with one header row, widths, formats, no formulas.

A :class:`SheetWriter` writes into an openpyxl write-only worksheet, so a sheet of any length
takes the same memory. Write-only mode needs the column widths before the first row, so the rows
go to a temporary file first while their widths are measured — as the XML of the sheet's rows
(``sheet_xml.py``, the fast path), or pickled (the fallback, every cell through openpyxl); the
widths fit every row and the bold header. Every text cell is a string cell, even when it begins with
``=``: its value read back is the original text, never a formula.

What a reader sees: rows whose wrapped cells need several lines get the height for them; sums in
亿元 show up to eight decimals when small (5万元 is 0.0005, not 0.00); each sheet prints fitted to
the page width, landscape, with the header row repeated on every page. A text longer than a cell
holds (32,767 characters in Excel) is cut, saying so at its end.
"""
from __future__ import annotations

import math
import pickle
import re
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import IO, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.xml.functions import Element, SubElement

from annotator.core.errors import AnnotatorError
from annotator.core.export.rows import Column
from annotator.core.export.sheet_xml import RowXml, splice_rows
from annotator.core.fields import MAX_CELL, clean, fit_cell

# 亿元: two decimals from 1 亿元 up; a smaller sum shows up to eight (one yuan): 5万元 is 0.0005
YI_FORMAT = "[>=1]#,##0.00;[<=-1]-#,##0.00;0.00######"
FORMATS = {"int": "0", "yuan": "#,##0", "money": "#,##0",  # money: a foreign amount (USD …), grouped as yuan are
           "cents": "#,##0.00",  # a yuan or money figure with a fraction (12.5元, 1.05美元): not shown rounded
           "count": "#,##0",  # a whole quantity grouped (12,000 人; 1,000,000,000,000 with no 1E+12 of General)
           "written": "General",  # a quantity with a fraction in a count column (5.5 %), as written
           "yi": YI_FORMAT, "date": "yyyy-mm-dd hh:mm:ss", "day": "yyyy-mm-dd", "code": "@",
           "decimals2": "0.00",  # a confidence (Annotations)
           "decimals3": "0.000", "decimals4": "0.0000"}  # the agreement table's figures
MIN_WIDTH, MAX_WIDTH, WRAP_WIDTH = 8, 40, 60
PAGE_CHARS = 140  # column width units across a landscape A4 or Letter page at 100 %, margins taken
SHRINK = 1.2  # a page may hold this much more, printed a little smaller
LINE_HEIGHT, MAX_LINES = 16, 12  # points per line of a wrapped cell (CJK glyphs); taller rows show the start
MAX_ROWS = 1_048_576  # rows a sheet holds in Excel, the header among them


def too_many_rows(title: str) -> AnnotatorError:
    return AnnotatorError(f"the {title} sheet would hold more than {MAX_ROWS - 1:,} rows, Excel's limit; export "
                          "fewer documents or labels (--doc, --label), or export CSV (--format csv / --table facts), "
                          "which has no such limit")
HEADER_BOLD = 1.1  # a bold header is about a tenth wider
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
FAST_ROWS = True  # False: every cell through openpyxl (slower; the tests compare both)


def _fast_rows_possible(ws: object) -> bool:
    """The openpyxl internals the fast row path relies on are there (openpyxl 3.1): a write-only sheet
    that a WorksheetWriter writes to a file of its own (``out``), closed after the sheet's tail."""
    return (isinstance(ws, WriteOnlyWorksheet) and getattr(ws, "_writer", None) is None
            and callable(getattr(WriteOnlyWorksheet, "_get_writer", None))
            and callable(getattr(WorksheetWriter, "write_tail", None))
            and callable(getattr(WorksheetWriter, "close", None)))


def display_width(value: Any) -> int:
    """Width in Latin characters: a wide or full-width character (CJK) counts 2."""
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 19
    if isinstance(value, float):
        text = f"{value:,.8f}".rstrip("0")
        return len(text) + max(0, 2 - len(text.partition(".")[2]))
    if isinstance(value, int) and not isinstance(value, bool):
        return len(f"{value:,}")
    return _text_width(value if isinstance(value, str) else str(value))


# the wide and full-width characters (east_asian_width W or F): CJK, Hangul, full-width forms
_WIDE = re.compile("[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf"
                   "\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19"
                   "\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f\U0001f900-\U0001f9ff"
                   "\U00020000-\U0003fffd]")


@lru_cache(maxsize=65_536)  # the same names, labels and statuses come back row after row
def _text_width(text: str) -> int:
    if text.isascii():
        return max(map(len, text.split("\n")))
    return max(_line_width(line) for line in text.split("\n"))


def _line_width(line: str) -> int:
    return len(line) + len(_WIDE.findall(line))


@lru_cache(maxsize=4096)  # a sentence stands on the row of each of its spans
def wrapped_lines(text: str, width: float = WRAP_WIDTH) -> int:
    """Lines a text takes in a wrapped cell ``width`` characters wide (a little less is usable)."""
    usable = max(1.0, width - 2)
    return sum(max(1, math.ceil((len(line) if line.isascii() else _line_width(line)) / usable))
               for line in text.split("\n"))


class SheetWriter:
    """One table on one write-only sheet: a bold, frozen header row, an auto-filter, fitted widths,
    row heights for wrapped cells, a print setup."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[Column]) -> None:
        # a WriteOnlyWorksheet, whose stubs lack what it takes over from Worksheet (column_dimensions,
        # auto_filter, add_chart) and the internals the fast row path replaces
        self.ws: Any = wb.create_sheet(title)
        self.columns = tuple(columns)
        self.rows = 0
        self._widths = [display_width(c.header) * HEADER_BOLD for c in self.columns]
        self._measured = [i for i, c in enumerate(self.columns) if c.kind != "wrap"]
        self._wrapped = [i for i, c in enumerate(self.columns) if c.kind == "wrap"]
        self._spool: IO[bytes] | None = tempfile.TemporaryFile()
        self._spooled = 0
        self._templates = [self._template(c) for c in self.columns]
        self._date = date = self._template(Column("", "date"))  # a time in a column of another kind
        cents = self._template(Column("", "cents"))  # a fraction in a column of whole yuan (the fast path's style)
        written = self._template(Column("", "written"))  # a fraction in a count column
        self._fractions = [{"yuan": cents, "money": cents, "count": written}.get(c.kind) for c in self.columns]
        self._xml: RowXml | None = None  # the fast path: rows held as their XML
        self._held: list[str] = []  # the XML of the last rows, not yet in the temporary file
        if FAST_ROWS and _fast_rows_possible(self.ws):
            self._xml = RowXml([str(t.style_id) for t in self._templates], str(date.style_id),
                               [t.number_format in (FORMATS["date"], FORMATS["day"]) for t in self._templates],
                               self.ws.parent.epoch, self._widths, [c.kind != "wrap" for c in self.columns],
                               MAX_WIDTH - 3, _text_width, display_width, fit_cell, MAX_CELL,
                               [str(f.style_id) if f is not None else None for f in self._fractions])
        self._print_setup()

    def _print_setup(self) -> None:
        """Landscape, fitted to the page width (as many pages down as it takes), header on each page;
        a wide sheet several pages across (:meth:`_pages_wide`)."""
        ws = self.ws
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.print_title_rows = "1:1"

    def _pages_wide(self) -> None:
        """As many pages across as the columns need at a readable size (a sheet of 26 columns fitted
        to one page printed unreadably small), the first column repeated on each."""
        total = sum(self.ws.column_dimensions[get_column_letter(i + 1)].width for i in range(len(self.columns)))
        pages = max(1, math.ceil(total / (PAGE_CHARS * SHRINK)))
        self.ws.page_setup.fitToWidth = pages
        if pages > 1:
            self.ws.print_title_cols = "A:A"

    def _template(self, column: Column) -> Cell:
        """A reusable styled cell per column: rows are written one at a time, so one cell suffices.
        Every cell stands at the top of its row, where a wrapped cell of the row starts."""
        fmt = FORMATS.get(column.kind)
        cell = WriteOnlyCell(self.ws)
        if fmt:
            cell.number_format = fmt
        cell.alignment = _WRAP if column.kind == "wrap" else _TOP
        return cell

    def append(self, values: list[Any]) -> None:
        """Hold a row (in the temporary file) and measure it; rows are written by :meth:`close`."""
        if self._spool is None:
            raise ValueError(f"sheet {self.ws.title} is closed")
        if self._spooled + 1 >= MAX_ROWS:  # refused before anything is written: the file is not made
            raise too_many_rows(self.ws.title)
        if self._xml is not None:  # measured, cut and turned into XML in one pass
            self._spooled += 1
            height = self.row_height(values) if self._wrapped else None  # a cut text is as tall: 12 lines
            held = self._held
            held.append(self._xml.row(values, str(self._spooled + 1), height))
            if len(held) >= 256:
                self._spool.write("".join(held).encode())
                held.clear()
            return
        if any(isinstance(value, str) and len(value) > MAX_CELL for value in values):
            values = [fit_cell(v) if isinstance(v, str) else v for v in values]
        widths = self._widths
        for i in self._measured:
            value = values[i] if i < len(values) else None
            if value is not None:
                w = display_width(value)
                if w > widths[i]:
                    widths[i] = w
        pickle.dump(values, self._spool, protocol=pickle.HIGHEST_PROTOCOL)
        self._spooled += 1

    def extend(self, rows: Iterable[list[Any]]) -> None:
        for values in rows:
            self.append(values)

    def _start(self) -> None:
        for i, column in enumerate(self.columns):
            dim = self.ws.column_dimensions[get_column_letter(i + 1)]
            if column.kind == "wrap":
                dim.width = WRAP_WIDTH
            else:
                dim.width = max(MIN_WIDTH, min(MAX_WIDTH, math.ceil(self._widths[i]) + 2))
        self.ws.freeze_panes = "A2"
        self._pages_wide()
        header = []
        for column in self.columns:
            cell = WriteOnlyCell(self.ws, value=column.header)
            cell.data_type = "s"
            cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _TOP
            header.append(cell)
        self.ws.append(header)  # through openpyxl itself: this also writes the sheet's top (views, widths)
        self._digits_are_text()

    def _digits_are_text(self) -> None:
        """Excel marks every text cell of digits (a division code, the span 3 of 3-5亿元, a metadata value)
        with a green triangle and offers to convert it to a number; every number is written as one, so
        the sheet's ``ignoredErrors`` says its text cells are text on purpose (written after the page
        breaks, where openpyxl, which does not write it, leaves its place)."""
        writer = getattr(self.ws, "_writer", None)
        if not self._spooled or writer is None or not callable(getattr(writer, "write_breaks", None)):
            return
        ignored = Element("ignoredErrors")
        SubElement(ignored, "ignoredError", sqref=f"A2:{get_column_letter(len(self.columns))}{self._spooled + 1}",
                   numberStoredAsText="1")
        breaks = writer.write_breaks

        def breaks_then_ignored() -> None:
            breaks()
            writer.xf.send(ignored)

        writer.write_breaks = breaks_then_ignored

    def row_height(self, values: Sequence[Any]) -> float | None:
        """Points a row needs for its wrapped cells (None: one line, the default height)."""
        lines = 1
        for i in self._wrapped:
            value = values[i] if i < len(values) else None
            if isinstance(value, str) and (len(value) > WRAP_WIDTH // 2 - 1 or "\n" in value):
                lines = max(lines, wrapped_lines(value))
        return LINE_HEIGHT * min(lines, MAX_LINES) if lines > 1 else None

    def _write(self, values: list[Any]) -> None:
        row: list[Any] = []
        for value, template, fraction in zip(values, self._templates, self._fractions, strict=False):
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
                if fraction is not None and isinstance(value, float) and not value.is_integer():
                    template = WriteOnlyCell(self.ws)  # its own: a row may hold two such figures
                    template.number_format, template.alignment = fraction.number_format, _TOP
                template.value = value
                row.append(template)
            else:
                row.append(value)
        height = self.row_height(values) if self._wrapped else None
        index = self.rows + 2  # the header is row 1
        if height:  # read by openpyxl's row writer; dropped once the row is written
            self.ws.row_dimensions[index] = RowDimension(self.ws, index=index, ht=height, customHeight=True)
        self.ws.append(row)
        if height:
            del self.ws.row_dimensions[index]
        self.rows += 1

    def close(self) -> int:
        """Write the header and the held rows, set the auto-filter over the table; returns the row count."""
        spool, self._spool = self._spool, None
        if spool is None:
            return self.rows
        if self._xml is not None:
            try:
                spool.write("".join(self._held).encode())
                self._held.clear()
                self._start()
            except BaseException:
                spool.close()
                raise
            self.rows = self._spooled
            self._splice_when_saved(spool)
        else:
            try:
                self._start()
                spool.seek(0)
                for _ in range(self._spooled):
                    self._write(pickle.load(spool))
            finally:
                spool.close()
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        return self.rows

    def _splice_when_saved(self, spool: IO[bytes]) -> None:
        """Have the held rows put after the header once openpyxl has written the sheet (when the
        workbook is saved: the chart and the filter are written with the sheet's tail)."""
        writer = self.ws._writer
        path = writer.out
        if not isinstance(path, str):
            spool.close()
            raise RuntimeError(f"openpyxl writes sheet {self.ws.title} to {type(path).__name__}, not a file: "
                               "set sheets.FAST_ROWS = False")
        closing = writer.close

        def close_then_splice() -> None:
            closing()
            try:
                splice_rows(path, spool)
            finally:
                spool.close()

        writer.close = close_then_splice


def add_bar_chart(ws: Any, *, title: str, axis_title: str, value_column: int, rows: int, anchor: str) -> BarChart:
    """A horizontal bar chart of column ``value_column`` (1-based) against the names in column A,
    every bar named and labelled with its value, tall enough for all of them. (A chart sheet of
    its own shows empty in LibreOffice, and openpyxl would number the defined names of the sheets
    after it wrongly: the chart stays on its table's sheet.)"""
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = title
    chart.legend = None
    chart.y_axis.title = axis_title
    chart.y_axis.numFmt = "#,##0"
    chart.x_axis.scaling.orientation = "maxMin"  # largest at the top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.x_axis.tickLblSkip = 1  # every category named, however many
    chart.x_axis.tickMarkSkip = 1
    chart.dataLabels = DataLabelList(showVal=True, numFmt=YI_FORMAT)  # each bar says its value
    chart.dataLabels.showSerName = chart.dataLabels.showCatName = chart.dataLabels.showLegendKey = False
    chart.add_data(Reference(ws, min_col=value_column, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
    chart.width = 20
    chart.height = max(8, 0.9 * rows + 4)  # cm: a line for each name (LibreOffice skips names that do not fit)
    ws.add_chart(chart, anchor)
    return chart

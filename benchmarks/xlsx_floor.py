"""The raw XML floor of the xlsx export (used by bench_export.py, in a child process of its own).

The floor writes the same cells of the same sheets as ``annotator.core.export.xlsx.write``, and
nothing else: the export itself runs with its two openpyxl pieces swapped for the bare ones
below (``xlsx.Workbook`` → :class:`BareBook`, ``xlsx.SheetWriter`` → :class:`BareSheet`), so the
rows come from the very same store reads and row builders, in the same order. Each sheet is bare
SpreadsheetML — ``<row r=".."><c r=".." t="inlineStr"><is><t>escaped text</t></is></c>…</row>``,
numbers as ``<v>``, times as ``t="d"`` ISO text — in a temporary file (the export fills its
sheets in turn, one document at a time, and a zip file takes one member at a time), then deflated
into the zip file with the least a reader needs ([Content_Types].xml, workbook.xml and its rels).
No styles, widths, heights, filters, frozen panes, print setup or chart.

Every non-empty cell counts in :data:`COUNTS` (per sheet), and the time spent writing (the
``append`` calls and the zip file) in :data:`WRITING`, so "the rest" is the store and row building.
"""
from __future__ import annotations

import tempfile
import time
import zipfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
HEAD = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{MAIN}"><sheetData>'.encode()
TAIL = b"</sheetData></worksheet>"
LETTERS = [get_column_letter(i) for i in range(1, 16_385)]

COUNTS: dict[str, int] = {}  # sheet title -> cells written, the header among them
WRITING = [0.0]  # seconds in BareSheet.append and BareBook.save


def text(value: str) -> str:
    """The value escaped for XML character data (the common case, nothing to escape, costs three scans)."""
    return escape(value) if "&" in value or "<" in value or ">" in value else value


class _Sheet:
    """What the export's decorate step touches on a sheet (the Districts chart: ignored here)."""

    def __init__(self, title: str) -> None:
        self.title = title

    def add_chart(self, chart: Any, anchor: str) -> None:
        pass


class BareBook:
    def __init__(self, write_only: bool = True) -> None:
        self.sheets: list[BareSheet] = []

    def save(self, path: Any) -> None:
        t = time.perf_counter()
        n = len(self.sheets)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
            z.writestr("[Content_Types].xml", (
                '<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/'
                '2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
                + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{CT}.worksheet+xml"/>'
                          for i in range(1, n + 1)) + "</Types>"))
            z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{PKG}">'
                       f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                       "</Relationships>")
            z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="{MAIN}" '
                       f'xmlns:r="{REL}"><sheets>'
                       + "".join(f'<sheet name="{text(s.title)}" sheetId="{i}" r:id="rId{i}"/>'
                                 for i, s in enumerate(self.sheets, 1)) + "</sheets></workbook>")
            z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships '
                       f'xmlns="{PKG}">' + "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" '
                                                   f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
                       + "</Relationships>")
            for i, sheet in enumerate(self.sheets, 1):
                sheet.out.write(TAIL)
                sheet.out.flush()
                z.write(sheet.out.name, f"xl/worksheets/sheet{i}.xml")
                sheet.out.close()
        WRITING[0] += time.perf_counter() - t


class BareSheet:
    """Takes the place of ``SheetWriter``: the same calls, the cells written as bare XML."""

    def __init__(self, book: BareBook, title: str, columns: Sequence[Any]) -> None:
        book.sheets.append(self)
        self.title = title
        self.ws = _Sheet(title)
        self.columns = tuple(columns)
        self.out = tempfile.NamedTemporaryFile(suffix=".xml")  # noqa: SIM115 - closed by BareBook.save
        self.out.write(HEAD)
        self.row = 0
        COUNTS[title] = 0
        self.append([c.header for c in self.columns])

    def append(self, values: Sequence[Any]) -> None:
        t = time.perf_counter()
        self.row += 1
        r = str(self.row)
        parts = [f'<row r="{r}">']
        for i, v in enumerate(values):
            if v is None:
                continue
            kind = type(v)
            if kind is str:
                parts.append(f'<c r="{LETTERS[i]}{r}" t="inlineStr"><is><t>{text(v)}</t></is></c>')
            elif kind is bool:
                parts.append(f'<c r="{LETTERS[i]}{r}" t="b"><v>{int(v)}</v></c>')
            elif kind is datetime:
                parts.append(f'<c r="{LETTERS[i]}{r}" t="d"><v>{v.isoformat()}</v></c>')
            else:
                parts.append(f'<c r="{LETTERS[i]}{r}"><v>{v}</v></c>')
        parts.append("</row>")
        COUNTS[self.title] += len(parts) - 2
        self.out.write("".join(parts).encode())
        WRITING[0] += time.perf_counter() - t

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def close(self) -> int:
        return self.row - 1

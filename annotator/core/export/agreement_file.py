"""The agreement table as a file, for a paper's appendix (``annotator agreement P -o FILE``): the
rows the printed table shows (each pair of coders, all together, per label and overall), in the
columns of the workbook's Agreement sheet (:data:`~annotator.core.team.agreement_table.SHEET_COLUMNS`:
the spans' figures, then the links'), with the printed table's figures: F1, κ and α to four
decimals, the links' agreement to three.

- ``.xlsx``: the sheet *Agreement* made as the workbook's sheets are (``sheets.SheetWriter``: a bold
  frozen header, an auto-filter, fitted widths, the figures as numbers shown with their decimals),
  and a sheet *Notes*: what was compared, what was not, and every column's meaning.
- ``.csv``: UTF-8 with a byte-order mark, as the other CSV exports (Excel reads the names right),
  the figures written with their decimals; an empty cell where the table shows "-".
"""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.core.export.csv import safe
from annotator.core.export.rows import Column
from annotator.core.team.agreement import Agreement
from annotator.core.team.agreement_table import DIGITS, SHEET_COLUMNS, apart_note, sheet_rows, table_lines
from annotator.core.writing import atomic_path

SUFFIXES = (".csv", ".xlsx")


def rows(result: Agreement) -> list[list[Any]]:
    """The file's rows under :data:`SHEET_COLUMNS`: the table's, its figures rounded as it prints them
    (the workbook's Agreement sheet has the same)."""
    return sheet_rows(result)


def write(result: Agreement, out: str | Path) -> int:
    """Write the table to ``out`` (.csv or .xlsx; replaced only once complete); returns its row count."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise AnnotatorError(f"{out}: the agreement table is written as .csv or .xlsx; name the file so "
                             "(-o agreement.xlsx); nothing was written")
    table = rows(result)
    with atomic_path(out) as tmp:
        (_write_csv if suffix == ".csv" else _write_xlsx)(result, table, tmp)
    return len(table)


def note_lines(result: Agreement) -> list[str]:
    """The Notes sheet: what was compared (as the table's first lines), what was not, each column's meaning."""
    from annotator.core.team.uncompared import lines as alone_lines

    apart = apart_note(result)
    return [*table_lines(result)[:2], *([apart] if apart else []),
            *(line.strip() for line in alone_lines(result.alone)),
            *(f"{header}: {meaning}" for header, _kind, meaning in SHEET_COLUMNS)]


def _cell(header: str, value: Any) -> Any:
    if value is None:
        return ""
    return f"{value:.{DIGITS[header]}f}" if header in DIGITS else safe(value)


def _write_csv(_result: Agreement, table: list[list[Any]], tmp: Path) -> None:
    headers = [h for h, _k, _m in SHEET_COLUMNS]
    with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        for row in table:
            writer.writerow([_cell(h, v) for h, v in zip(headers, row, strict=True)])
        f.flush()
        os.fsync(f.fileno())


def _write_xlsx(result: Agreement, table: list[list[Any]], tmp: Path) -> None:
    from openpyxl import Workbook

    from annotator.core.export.sheets import SheetWriter

    wb = Workbook(write_only=True)
    sheet = SheetWriter(wb, "Agreement", [Column(h, f"decimals{DIGITS[h]}" if h in DIGITS else k)
                                          for h, k, _m in SHEET_COLUMNS])
    sheet.extend(table)
    sheet.close()
    notes = SheetWriter(wb, "Notes", [Column("note", "wrap")])
    notes.extend([line] for line in note_lines(result))
    notes.close()
    wb.save(tmp)
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())

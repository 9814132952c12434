"""Formulas without a computed value in an imported workbook.

The importer reads the values Excel or LibreOffice saved beside each formula (``data_only``:
formulas are never evaluated). A workbook written by a script (openpyxl, pandas) holds the
formula alone, which read that way is an empty cell: a ``yuan`` computed by ``=B2*1e8`` cleared
the span's value without a word. Such cells are found here — only in a workbook whose sheets hold
a formula at all, found by a scan of their XML — so that their rows are refused, naming the
formula, rather than read as empty (:class:`CheckedRow`).
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.fields import CellError

_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")  # <f>, <f t="shared" …>, <x:f>


@dataclass(frozen=True)
class Uncomputed:
    """A cell holding ``formula`` with no value saved beside it."""

    formula: str

    def __str__(self) -> str:
        return self.formula


def holds_formulas(path: Path) -> bool:
    """Whether a worksheet of the workbook holds a formula (read in pieces, never whole)."""
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                continue
            carry = b""
            with z.open(info) as f:
                while chunk := f.read(2**20):
                    data = carry + chunk
                    if _FORMULA.search(data):
                        return True
                    carry = data[-8:]
    return False


def uncomputed(path: Path, sheets: list[str]) -> dict[str, dict[int, dict[int, Uncomputed]]]:
    """{sheet: {Excel row: {column index: Uncomputed}}} of the formulas the workbook saved no value
    for, in ``sheets``; {} when no worksheet holds a formula."""
    if not holds_formulas(path):
        return {}
    from openpyxl import load_workbook

    values = load_workbook(path, read_only=True, data_only=True)
    formulas = load_workbook(path, read_only=True, data_only=False)
    try:
        return {sheet: _cells(values[sheet], formulas[sheet]) for sheet in sheets if sheet in values.sheetnames}
    finally:
        values.close()
        formulas.close()


def _cells(values: Any, formulas: Any) -> dict[int, dict[int, Uncomputed]]:
    out: dict[int, dict[int, Uncomputed]] = {}
    for number, (saved, written) in enumerate(zip(values.iter_rows(values_only=True),
                                                  formulas.iter_rows(values_only=True), strict=False), start=1):
        for i, cell in enumerate(written):
            if isinstance(cell, str) and cell.startswith("=") and (i >= len(saved) or saved[i] is None):
                out.setdefault(number, {})[i] = Uncomputed(cell)
    return out


class CheckedRow(dict[str, Any]):
    """A row's cells by column name; reading a cell that holds such a formula raises
    :class:`~annotator.core.fields.CellError` naming it, so a row is refused only for a column the
    importer reads (a column of the user's own, =LEN(C2), changes nothing). ``headings``: the name the
    sheet gives a column the importer knows by another (``yi`` for ``亿元``), said in its reasons."""

    headings: dict[str, str] = {}

    def __getitem__(self, column: str) -> Any:
        return _checked(heading(self, column), super().__getitem__(column))

    def get(self, column: str, default: Any = None) -> Any:
        return _checked(heading(self, column), super().get(column, default))


def heading(row: dict[str, Any], column: str) -> str:
    """The column as the row's sheet heads it (``start_offset`` for ``start``); a plain dict's as it is."""
    headings: dict[str, str] = getattr(row, "headings", {})
    return headings.get(column, column)


def _checked(column: str, value: Any) -> Any:
    if isinstance(value, Uncomputed):
        raise CellError(f"{column} holds the formula {value.formula} with no computed value (the workbook was "
                        "written by a program that does not compute formulas); open and save it in Excel or "
                        "LibreOffice, or type the value")
    return value

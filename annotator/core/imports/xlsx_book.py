"""Reading an exported workbook: its Annotations and Links sheets as numbered rows under a
header {column: index} (with the column names of older exports mapped onto today's), the project
and row count its About sheet names, and the sha256 of each document its Documents sheet lists.
What the rows do to a project is :mod:`.xlsx`'s.

The file is opened read-only with cached values only (``data_only``): formulas are never
evaluated and macros never run. The zip is checked first (``xlsx_package.py``); a formula
whose value was never computed is marked (``xlsx_formulas.py``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.columns import OLDER_NAMES, snake
from annotator.core.errors import ImportFileError, said
from annotator.core.fields import YuanType
from annotator.core.imports import xlsx_formulas
from annotator.core.imports.xlsx_package import check_package
from annotator.core.imports.xlsx_rows import LOCKED
from annotator.core.labels import value_fields

SHEET, LINKS_SHEET = "Annotations", "Links"
Row = tuple[int, tuple[Any, ...]]  # Excel row number, cells


@dataclass
class Book:
    """What the importer reads of a workbook."""

    header: dict[str, int]
    rows: list[Row]
    project_uuid: str | None = None  # the About sheet's: the project the ids belong to
    exported: int | None = None  # the About sheet's: rows the Annotations sheet had when written
    shas: dict[str, str] = field(default_factory=dict)  # document name -> sha256 (Documents sheet)
    link_header: dict[str, int] = field(default_factory=dict)
    link_rows: list[Row] = field(default_factory=list)


def read_book(path: Path) -> Book:
    """The sheets of the workbook at ``path`` that the importer reads (ImportFileError when it is none)."""
    from openpyxl import load_workbook

    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    check_package(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds (BadZipFile, KeyError …) on damaged files
        raise ImportFileError(f"{path}: is not a valid .xlsx workbook ({said(e)})") from e
    try:
        if SHEET not in wb.sheetnames:
            raise ImportFileError(f"{path}: has no '{SHEET}' sheet (is it a workbook exported by annotator?)")
        header, rows = _table(wb[SHEET])
        if not header:
            raise ImportFileError(f"{path}: the {SHEET} sheet is empty")
        _add_older_names(header)
        book = Book(header, rows)
        if LINKS_SHEET in wb.sheetnames:
            book.link_header, book.link_rows = _table(wb[LINKS_SHEET])
        if "About" in wb.sheetnames:
            book.project_uuid, book.exported = _about(wb["About"])
        if "Documents" in wb.sheetnames:
            book.shas = _shas(wb["Documents"])
    except ImportFileError:
        raise
    except Exception as e:  # a damaged sheet part, found only while reading its rows
        raise ImportFileError(f"{path}: is not a valid .xlsx workbook ({said(e)})") from e
    finally:
        wb.close()
    for sheet, marks in xlsx_formulas.uncomputed(path, [SHEET, LINKS_SHEET]).items():
        listed = book.rows if sheet == SHEET else book.link_rows
        listed[:] = [(n, _with(cells, marks[n])) if n in marks else (n, cells) for n, cells in listed]
    return book


def _with(cells: tuple[Any, ...], marks: dict[int, Any]) -> tuple[Any, ...]:
    width = max(len(cells), max(marks) + 1)
    return tuple(marks.get(i, cells[i] if i < len(cells) else None) for i in range(width))


def _table(ws: Any) -> tuple[dict[str, int], list[Row]]:
    """A sheet's header {name: column index} and its numbered rows."""
    it = ws.iter_rows(values_only=True)
    first = next(it, None) or ()
    header: dict[str, int] = {}
    for i, name in enumerate(first):
        if isinstance(name, str) and name.strip() and name.strip() not in header:
            header[name.strip()] = i
    return header, list(enumerate(it, start=2))


def _about(ws: Any) -> tuple[str | None, int | None]:
    """The About sheet's project uuid and the number of Annotations rows it says were exported."""
    uuid = exported = None
    for cells in ws.iter_rows(values_only=True, max_col=3):
        if tuple(cells[:2]) == ("project", "uuid") and isinstance(cells[2], str):
            uuid = cells[2]
        elif tuple(cells[:2]) == ("exported", "annotations") and isinstance(cells[2], int):
            exported = cells[2]
    return uuid, exported


def _shas(ws: Any) -> dict[str, str]:
    header, rows = _table(ws)
    if "document" not in header or "sha256" not in header:
        return {}
    d, s = header["document"], header["sha256"]
    return {str(cells[d]): str(cells[s]) for _n, cells in rows if len(cells) > max(d, s) and cells[d] and cells[s]}


def _add_older_names(header: dict[str, int]) -> None:
    """Columns are looked up by the names of older exports (``division code``, ``亿元``,
    ``updated (UTC)``, ``division_code``); a workbook of today names them in snake_case (``columns.py``)."""
    for new, old in OLDER_NAMES.items():
        if new not in header and old in header:
            header[new] = header[old]
    names = [*LOCKED, "label", "status", "note", "id", "updated (UTC)"]
    for f in value_fields():
        names.append(f.column)
        if isinstance(f.type, YuanType):
            names.append(f.type.yi_column)
    for name in names:
        new = snake(name)
        if name not in header and new in header:
            header[name] = header[new]

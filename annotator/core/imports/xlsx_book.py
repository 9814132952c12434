"""Reading an exported workbook: its Annotations and Links sheets as numbered rows under a
header {column: index} (with the column names of older exports mapped onto today's), the project
and row count its About sheet names, and the sha256 of each document its Documents sheet lists.
What the rows do to a project is :mod:`.xlsx`'s.

The file is opened read-only with cached values only (``data_only``): formulas are never
evaluated and macros never run. The zip is checked first (``xlsx_package.py``); a formula
whose value was never computed is marked (``xlsx_formulas.py``).
"""
from __future__ import annotations

import json
from collections.abc import Callable
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
from annotator.core.store import Store
from annotator.core.store.labels import chinese_name, name_key

SHEET, LINKS_SHEET = "Annotations", "Links"
LABEL_COLUMNS = ("label", "from_label", "to_label")  # the two sheets' columns naming a label
Row = tuple[int, tuple[Any, ...]]  # Excel row number, cells


@dataclass
class Book:
    """What the importer reads of a workbook."""

    header: dict[str, int]
    rows: list[Row]
    project_uuid: str | None = None  # the About sheet's: the project the ids belong to
    label_ids: dict[str, int] = field(default_factory=dict)  # the About sheet's: each label's id then
    exported: int | None = None  # the About sheet's: rows the Annotations sheet had when written
    shas: dict[str, str] = field(default_factory=dict)  # document name -> sha256 (Documents sheet)
    done: dict[str, bool] = field(default_factory=dict)  # document name -> its done mark (Documents sheet)
    link_header: dict[str, int] = field(default_factory=dict)
    link_rows: list[Row] = field(default_factory=list)
    headings: dict[str, str] = field(default_factory=dict)  # a column's name here -> the sheet's (亿元 -> yi)


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
        own = {i: name for name, i in header.items()}
        _add_older_names(header)
        book = Book(header, rows, headings={name: own[i] for name, i in header.items()})
        if LINKS_SHEET in wb.sheetnames:
            book.link_header, book.link_rows = _table(wb[LINKS_SHEET])
        if "About" in wb.sheetnames:
            book.project_uuid, book.exported, book.label_ids = _about(wb["About"])
        if "Documents" in wb.sheetnames:
            book.shas, book.done = _shas(wb["Documents"])
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


def renamed_since(store: Store, book: Book) -> dict[str, str]:
    """The labels the workbook names that the project renamed since it exported it, {name then: name
    now}, found by the ids its About sheet lists (none: another project's workbook, or an older one):
    a colleague's corrected copy of POLICY rows, POLICY renamed 政策 meanwhile, corrects the 政策 spans
    (its rows were refused for a label the project lacks, and adding POLICY again split the label)."""
    if not book.label_ids or book.project_uuid != store.project_uuid():
        return {}
    now = {label.id: label.name for label in store.labels()}
    return {then: now[i] for then, i in book.label_ids.items() if i in now and now[i] != then}


def label_now(store: Store, book: Book) -> Callable[[str], str | None]:
    """The project's name of a label a row names by another (None: none, or its own): one renamed since
    the export (:func:`renamed_since`), or typed in another case or width (amount, ＡＭＯＵＮＴ) or as the
    Chinese window shows it (金额): the one label it can be (case twins, and a schema label's Chinese name,
    are refused as label names: ``store.labels.name_key``)."""
    renamed = renamed_since(store, book)
    keys: dict[str, str] = {}
    for label in store.labels():
        for name in (chinese_name(label.name), label.name):
            if name:
                keys[name_key(name)] = label.name
    names = set(keys.values())
    return lambda name: renamed.get(name) or (None if name in names else keys.get(name_key(name)))


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


def _about(ws: Any) -> tuple[str | None, int | None, dict[str, int]]:
    """The About sheet's project uuid, the number of Annotations rows it says were exported and the
    labels' ids it lists (none in a workbook of an older annotator)."""
    uuid = exported = None
    ids: dict[str, int] = {}
    for cells in ws.iter_rows(values_only=True, max_col=3):
        if tuple(cells[:2]) == ("project", "uuid") and isinstance(cells[2], str):
            uuid = cells[2]
        elif tuple(cells[:2]) == ("exported", "annotations") and isinstance(cells[2], int):
            exported = cells[2]
        elif tuple(cells[:2]) == ("project", "label ids") and isinstance(cells[2], str):
            ids = _label_ids(cells[2])
    return uuid, exported, ids


def _label_ids(text: str) -> dict[str, int]:
    """{"POLICY": 5, …} as the export wrote it; what does not read so is left out."""
    try:
        ids = json.loads(text)
    except ValueError:
        return {}
    return {name: i for name, i in ids.items() if isinstance(i, int)} if isinstance(ids, dict) else {}


def _shas(ws: Any) -> tuple[dict[str, str], dict[str, bool]]:
    """{document name: sha256} and {document name: done mark} of the Documents sheet."""
    header, rows = _table(ws)
    if "document" not in header or "sha256" not in header:
        return {}, {}
    d, s, done = header["document"], header["sha256"], header.get("done")
    shas = {str(cells[d]): str(cells[s]) for _n, cells in rows if len(cells) > max(d, s) and cells[d] and cells[s]}
    marks = {str(cells[d]): cells[done] is True for _n, cells in rows
             if done is not None and len(cells) > max(d, done) and cells[d]}
    return shas, marks


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

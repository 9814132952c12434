"""Reading corrections back from the Annotations sheet of an exported workbook.

A researcher may change, per row: label, status, note and the typed value columns (those of the
label schema, ``labels.py``: yuan, 亿元, qualifier, currency, foreign amount, district name,
division code, quantity, unit; each read as its field's type, ``fields.py``). Rows are
matched by the ``id`` column; columns are found by their header, so moving or hiding columns
is fine and other sheets are ignored.

- A row whose editable cells equal the project's current values changes nothing.
- Value keys not shown as columns are kept; a cleared value cell removes its key (a cleared
  nullable field, the qualifier, becomes null). ``亿元`` is used only when it was changed and ``yuan`` was not.
- Refused, with the Excel row number and the reason: an unknown or repeated id, a changed
  document / text / start / end (spans are moved in the application, not in Excel), a value of
  the wrong type, a change the store refuses (unknown label or status, overlapping spans), and a
  row whose annotation was edited in the project after the export (its "updated" time is newer).
- Accepted changes are applied through ``Store.update_annotation`` in batches (as annotation
  import does: ``BATCH_LINES`` rows or ``BATCH_SECONDS``), each committed whole.

The file is opened read-only with cached values only (``data_only``): formulas are never
evaluated and macros never run. Before openpyxl sees it, the zip is checked like a .docx: parts
that unpack to more than ``MAX_XLSX_UNCOMPRESSED`` in all, a part other than a worksheet over
``MAX_XLSX_PART``, or more than ``MAX_XLSX_STRINGS`` shared strings (openpyxl keeps each in
memory, some 50,000 a second) are refused as a possible zip bomb.
"""
from __future__ import annotations

import re
import time
import zipfile
import zlib
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from annotator.core.columns import snake
from annotator.core.errors import ImportFileError, ValidationError
from annotator.core.fields import YI, CellError, YuanType, clean, in_yi, parse_time, read_number, read_text, read_whole
from annotator.core.imports import annotations as batches
from annotator.core.imports.annotations import AnnotationImportReport, FileResult
from annotator.core.labels import value_cells, value_fields
from annotator.core.store import Store

SHEET = "Annotations"
LOCKED = {"document": "document", "text": "text", "start": "start", "end": "end"}
CLOCK_SLACK = timedelta(seconds=1)
MAX_XLSX_UNCOMPRESSED = 256 * 2**20  # all parts unpacked (an export of 100,000 annotations: ~170 MB)
MAX_XLSX_PART = 64 * 2**20  # any part but a worksheet (shared strings, styles …), unpacked
MAX_XLSX_STRINGS = 500_000  # shared strings, counted before openpyxl loads them
MAX_ID = 2**63 - 1  # SQLite's largest integer
_STRING_ENTRY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")


class RowRefused(CellError):
    """One row that is not applied; the message says why (a cell of the wrong type is one too)."""


def import_file(store: Store, path: Path, *, status: str, annotator: str,
                report: AnnotationImportReport, result: FileResult) -> None:
    """The reader of the xlsx import format (a workbook's rows keep their status: ``status`` is
    for new spans, which a workbook cannot add)."""
    apply_workbook(store, path, report, annotator=annotator, result=result)


def apply_workbook(store: Store, path: str | Path, report: AnnotationImportReport, *,
                   annotator: str = "", result: FileResult | None = None) -> None:
    """Apply the corrections of ``path`` to ``store``, recording them in ``report`` and in
    ``result``, in batches each committed whole."""
    path = Path(path)
    result = result if result is not None else FileResult(str(path))
    header, rows = _read(path)
    if "id" not in header:
        raise ImportFileError(f"{path}: the {SHEET} sheet has no 'id' column, so its rows cannot be "
                              "matched to annotations")
    names = {d.id: d.name for d in store.documents() if d.id is not None}
    seen: dict[int, int] = {}
    changed = unchanged = 0
    refusals: list[tuple[str, int, str]] = []
    rows_iter = iter(rows)
    done = False
    while not done:
        started, count = time.monotonic(), 0
        with store.transaction():
            while count < batches.BATCH_LINES and time.monotonic() - started < batches.BATCH_SECONDS:
                item = next(rows_iter, None)
                if item is None:
                    done = True
                    break
                count += 1
                outcome = _apply_row(store, names, header, item, seen, annotator)
                if isinstance(outcome, str):
                    refusals.append((str(path), item[0], outcome))
                elif outcome:
                    changed += 1
                elif outcome is not None:
                    unchanged += 1
        # the batch is saved: its counts become the file's
        result.changed += changed
        report.changed += changed
        report.rejected += refusals
        result.rejected += len(refusals)
        result.unchanged += unchanged
        changed = unchanged = 0
        refusals = []
        result.summary = (f"{path.name}: {result.changed} annotation(s) changed, {result.unchanged} row(s) "
                          f"unchanged, {result.rejected} row(s) refused")


def _apply_row(store: Store, names: dict[int, str], header: dict[str, int], item: tuple[int, tuple[Any, ...]],
               seen: dict[int, int], annotator: str) -> bool | str | None:
    """True when the row changed its annotation, False when not, None for an empty row, the
    reason when it is refused."""
    number, cells = item
    row: dict[str, Any] = {name: cells[i] if i < len(cells) else None for name, i in header.items()}
    if all(v is None or v == "" for v in row.values()):
        return None
    try:
        fields = _changes(store, names, row, number, seen)
        if fields and annotator:
            fields["annotator"] = annotator
        return bool(fields and store.update_annotation(row["id"], **fields))
    except (CellError, ValidationError) as e:
        return str(e)


def _read(path: Path) -> tuple[dict[str, int], list[tuple[int, tuple[Any, ...]]]]:
    from openpyxl import load_workbook

    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    check_package(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds (BadZipFile, KeyError …) on damaged files
        raise ImportFileError(f"{path}: is not a valid .xlsx workbook ({type(e).__name__}: {e})") from e
    try:
        if SHEET not in wb.sheetnames:
            raise ImportFileError(f"{path}: has no '{SHEET}' sheet (is it a workbook exported by annotator?)")
        it = wb[SHEET].iter_rows(values_only=True)
        first = next(it, None)
        if not first:
            raise ImportFileError(f"{path}: the {SHEET} sheet is empty")
        header = {}
        for i, name in enumerate(first):
            if isinstance(name, str) and name.strip() and name.strip() not in header:
                header[name.strip()] = i
        _add_older_names(header)
        rows = [(number, cells) for number, cells in enumerate(it, start=2)]
    except ImportFileError:
        raise
    except Exception as e:  # a damaged sheet part, found only while reading its rows
        raise ImportFileError(f"{path}: is not a valid .xlsx workbook ({type(e).__name__}: {e})") from e
    finally:
        wb.close()
    return header, rows


def _add_older_names(header: dict[str, int]) -> None:
    """Columns are looked up by the names of older exports (``division code``, ``亿元``,
    ``updated (UTC)``); a workbook of today names them in snake_case (``columns.py``)."""
    names = [*LOCKED, "label", "status", "note", "id", "updated (UTC)"]
    for f in value_fields():
        names.append(f.column)
        if isinstance(f.type, YuanType):
            names.append(f.type.yi_column)
    for name in names:
        new = snake(name)
        if name not in header and new in header:
            header[name] = header[new]


def check_package(path: Path) -> None:
    """Refuse a damaged zip, or one whose parts would make openpyxl slow or huge, before it loads."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            total = sum(info.file_size for info in infos)
            if total > MAX_XLSX_UNCOMPRESSED:
                raise ImportFileError(f"{path}: unpacks to {_mb(total)} (over {_mb(MAX_XLSX_UNCOMPRESSED)}); "
                                      "refused as a possible zip bomb")
            strings = 0
            for info in infos:
                if info.filename.startswith("xl/worksheets/"):
                    continue  # read row by row, never whole
                if info.file_size > MAX_XLSX_PART:
                    raise ImportFileError(f"{path}: its part {info.filename} unpacks to {_mb(info.file_size)} "
                                          f"(over {_mb(MAX_XLSX_PART)}); refused as a possible zip bomb")
                strings += _count_entries(z, info, MAX_XLSX_STRINGS - strings)
                if strings > MAX_XLSX_STRINGS:
                    raise ImportFileError(f"{path}: holds over {MAX_XLSX_STRINGS:,} shared strings; refused as a "
                                          "possible zip bomb (an exported workbook needs far fewer)")
    except zipfile.BadZipFile as e:
        raise ImportFileError(f"{path}: is not a valid .xlsx workbook (not a zip archive: {e})") from e
    except (NotImplementedError, RuntimeError) as e:  # "zip file version 9.9", encryption …
        raise ImportFileError(f"{path}: is a zip archive this program cannot open ({e})") from e
    except (UnicodeDecodeError, ValueError, EOFError, OSError, zlib.error) as e:
        raise ImportFileError(f"{path}: is a damaged zip archive ({e.__class__.__name__}: {e})") from e


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def _count_entries(z: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> int:
    """Shared-string entries (<si>) in a part, read in pieces; counting stops past ``limit``."""
    count, carry = 0, b""
    with z.open(info) as f:
        while chunk := f.read(2**20):
            data = carry + chunk
            cut = max(data.rfind(b"<"), 0)  # a tag never holds "<": an entry cut here is counted next time
            count += len(_STRING_ENTRY.findall(data, 0, cut))
            carry = data[cut:]
            if count > limit:
                break
    return count + len(_STRING_ENTRY.findall(carry + b" "))


# ----------------------------------------------------------------- one row
def _changes(store: Store, names: dict[int, str], row: dict[str, Any], number: int,
             seen: dict[int, int]) -> dict[str, Any]:
    """The fields of the row's annotation that the row changes ({} when none)."""
    ann_id = read_whole(row.get("id"), "id")
    if ann_id is None:
        raise RowRefused("no annotation id (new spans cannot be added from a workbook)")
    if not 0 < ann_id <= MAX_ID:
        raise RowRefused(f"no annotation with id {ann_id} in this project")
    if ann_id in seen:
        raise RowRefused(f"id {ann_id} appears again (first in row {seen[ann_id]})")
    seen[ann_id] = number
    row["id"] = ann_id
    try:
        a = store.annotation(ann_id)
    except ValidationError:
        raise RowRefused(f"no annotation with id {ann_id} in this project") from None
    current = {"document": names.get(a.document_id, ""), "text": a.text, "start": a.start, "end": a.end}
    for column, key in LOCKED.items():
        if column in row and not _same_locked(row[column], current[key]):
            raise RowRefused(f"{column} cannot be changed in a workbook ({current[key]!r} -> {row[column]!r}); "
                             "move or retype spans in the application")
    fields: dict[str, Any] = {}
    for column in ("label", "status"):
        if column in row:
            new = read_text(row[column])
            if new is None:
                raise RowRefused(f"{column} is empty")
            if new != getattr(a, column):
                fields[column] = new
    if "note" in row:
        note = row["note"] if isinstance(row["note"], str) else read_text(row["note"]) or ""
        if note != clean(a.note):
            fields["note"] = note
    value = _value(a.value, row)
    if value != a.value:
        fields["value"] = value
    if fields:
        _check_not_stale(a.updated_at, row.get("updated (UTC)"))
    return fields


def _value(stored: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """The stored value with the row's value columns (those of the label schema) applied."""
    before = value_cells(stored)
    value = dict(stored) if isinstance(stored, dict) else {}
    for f in value_fields():
        if f.column not in row:
            continue
        new = f.type.from_cell(row[f.column], f.column)
        if new == before[f.key]:
            continue
        if new is None:
            if f.nullable:
                value[f.key] = None
            else:
                value.pop(f.key, None)
        else:
            value[f.key] = new
    for f in value_fields():
        if isinstance(f.type, YuanType) and f.type.yi_column in row:
            _apply_yi(f.key, f.type.yi_column, before[f.key], value, row)
    return value


def _apply_yi(key: str, column: str, before: int | float | None, value: dict[str, Any], row: dict[str, Any]) -> None:
    """A sum also shown in 亿元: the 亿元 cell is used only when it was changed and the yuan one was not."""
    yi = read_number(row[column], column)
    old_yi = in_yi(before)
    yi_changed = not _close(yi, old_yi)
    yuan_changed = value_cells(value)[key] != before
    if yi_changed and not yuan_changed:
        if yi is None:
            value.pop(key, None)
        else:
            value[key] = round(yi * YI)
    elif yi_changed and yi is not None and not _close(yi, in_yi(value.get(key)), 0.005):
        raise RowRefused(f"{key} {value.get(key)} and {column} {yi} disagree; change one of them")


def _check_not_stale(updated_at: str, cell: Any) -> None:
    stored = parse_time(updated_at)
    if isinstance(cell, datetime) and stored is not None and stored - cell > CLOCK_SLACK:
        raise RowRefused(f"the annotation was changed in the project after this export "
                         f"(at {stored:%Y-%m-%d %H:%M:%S} UTC); export again and redo this row")


# ------------------------------------------------------------- cell values
def _close(a: float | None, b: float | None, tolerance: float = 1e-9) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))


def _same_locked(cell: Any, current: Any) -> bool:
    if isinstance(current, int):
        try:
            return read_whole(cell, "offset") == current
        except CellError:
            return False
    if current == "" and cell is None:
        return True
    return cell is not None and (clean(cell) if isinstance(cell, str) else read_text(cell)) == clean(current)

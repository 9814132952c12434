"""One row of an exported workbook's Annotations sheet against a span of the project: what the
row changes (label, status, note, the typed value columns of the label schema), and what it may
not change (document, text, offsets: spans are moved in the application, not in Excel; the
annotator: each coder's spans are a layer of their own).

The confidence and reason columns are read for a span a row adds (``row_confidence``,
``row_reason``); a span the project has keeps its own. A row is a dict {column header: cell};
columns are found by their header (``xlsx.py`` also maps the names of older exports onto today's).
Each cell is read as its field's type (``fields.py``).
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from annotator.core import fields as cells
from annotator.core.divisions import name_and_code_agreeing
from annotator.core.fields import YI, CellError, YuanType, clean, in_yi, parse_time, read_number, read_text, read_whole
from annotator.core.labels import names_a_division, value_cells, value_fields
from annotator.core.models import Annotation

LOCKED = {"document": "document", "text": "text", "start": "start", "end": "end", "annotator": "annotator"}
CLOCK_SLACK = timedelta(seconds=1)


class RowRefused(CellError):
    """One row that is not applied; the message says why (a cell of the wrong type is one too)."""


def check_locked(a: Annotation, document: str, row: dict[str, Any]) -> None:
    """Refuse a row whose document, text, offsets or annotator differ from its span's."""
    current = {"document": document, "text": a.text, "start": a.start, "end": a.end, "annotator": a.annotator}
    for column, key in LOCKED.items():
        if column in row and not _same_locked(row[column], current[key]):
            hint = ("each coder's spans are a layer of their own" if column == "annotator"
                    else "move or retype spans in the application")
            raise RowRefused(f"{column} cannot be changed in a workbook ({current[key]!r} -> {row[column]!r}); {hint}")


def changes(a: Annotation, row: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``a`` that the row changes ({} when none)."""
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
        if note not in (clean(a.note), clean(cells.fit_cell(a.note))):  # a note cut to fit its cell is unchanged
            if cells.fit_cell(a.note) != a.note:  # written back, the cut would lose the note's end
                raise RowRefused(f"note is {len(a.note):,} characters long, more than a cell holds, and was cut in "
                                 "the workbook; change it in the application")
            fields["note"] = note
    value = row_value(a.value, row)
    if names_a_division(fields.get("label", a.label)):  # a code typed alone brings its unit's name
        value = name_and_code_agreeing(a.value if isinstance(a.value, dict) else {}, value)
    if value != a.value:
        fields["value"] = value
    if fields:
        _check_not_stale(a.updated_at, row.get("updated (UTC)"))
    return fields


def row_value(stored: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
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


def row_confidence(row: dict[str, Any]) -> float | None:
    """The row's confidence (the model's or a suggester's, from 0 to 1) for a span it adds; None when the
    cell is empty or the sheet has no such column (a workbook exported before it had one)."""
    confidence = read_number(row.get("confidence"), "confidence")
    if confidence is not None and not 0 <= confidence <= 1:
        raise RowRefused(f"confidence must be a number from 0 to 1, not {confidence!r}")
    return None if confidence is None else float(confidence)


def row_reason(row: dict[str, Any]) -> str:
    """Why the suggester proposed the row's span, for a span it adds; "" when the cell is empty or the
    sheet has no such column (a workbook exported before it had one)."""
    return read_text(row.get("reason")) or ""


def offsets(row: dict[str, Any]) -> tuple[int, int]:
    """The row's start and end, whole numbers with start < end."""
    start, end = read_whole(row.get("start"), "start"), read_whole(row.get("end"), "end")
    if start is None or end is None:
        raise RowRefused("start and end are needed to find the span in its document")
    if not 0 <= start < end:
        raise RowRefused(f"offsets {start}-{end} are swapped or negative")
    return start, end


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

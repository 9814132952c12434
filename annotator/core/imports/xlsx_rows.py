"""One row of an exported workbook's Annotations sheet against a span of the project: what the
row changes (label, status, note, the typed value columns of the label schema), and what it may
not change (document, text, offsets: spans are moved in the application, not in Excel; the
annotator: each coder's spans are a layer of their own).

The confidence and reason columns are read for a span a row adds (``row_confidence``,
``row_reason``); a span the project has keeps its own. A row is a dict {column header: cell};
columns are found by their header (``xlsx.py`` also maps the names of older exports onto today's).
Each cell is read as its field's type (``fields.py``); a count typed with its unit (80家) is split (``xlsx_typed.py``),
and a sum typed negative where the span's text writes no minus is refused (``core/yuan_sign.py``, as the JSON Lines
import and the window's form refuse it).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from annotator.core import division_names
from annotator.core import fields as cells
from annotator.core.divisions import codes_named, name_and_code_agreeing, unit_of
from annotator.core.fields import (
    NUMBER,
    YI,
    YUAN,
    CellError,
    YuanType,
    clean,
    in_yi,
    parse_time,
    read_number,
    read_text,
    read_whole,
)
from annotator.core.imports.xlsx_formulas import heading
from annotator.core.imports.xlsx_typed import same_unit, split_count
from annotator.core.labels import fields_of, names_a_division, spec, value_cells, value_fields
from annotator.core.models import Annotation
from annotator.core.suggest.traditional import simplified
from annotator.core.target_units import base_quantity
from annotator.core.yuan_sign import check_sign

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
            raise RowRefused(f"{heading(row, column)} cannot be changed in a workbook ({current[key]!r} -> "
                             f"{row[column]!r}); {hint}")


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
    value = row_value(a.value, row, fields.get("label", a.label))
    if "label" in fields:  # the old label's value never stays, as in the window (a TARGET's yuan)
        value = {k: v for k, v in value.items() if k in {f.key for f in fields_of(fields["label"])}}
    if value != a.value:
        check_negative(a.value, value, a.text)
        fields["value"] = value
    if fields:
        _check_not_stale(a.updated_at, row.get("updated (UTC)"))
    return fields


def row_value(stored: dict[str, Any], row: dict[str, Any], label: str, *, agree: bool = True) -> dict[str, Any]:
    """The stored value with the row's value columns of ``label``'s fields applied (a label the schema
    lacks: every value column); another label's cells are not read (a relabelled AMOUNT's yuan). A
    district's name or code changed alone brings the other (``agree``; not for a span added as the row
    gives it); a name and code naming two units are refused."""
    before = value_cells(stored)
    value = dict(stored) if isinstance(stored, dict) else {}
    own = {f.key for f in fields_of(label)} if spec(label) is not None else {f.key for f in value_fields()}
    if "quantity" in own and "quantity" in row:
        _split_count(row, value)
    for f in value_fields():
        if f.column not in row or f.key not in own:
            continue
        try:
            new = f.type.from_cell(row[f.column], heading(row, f.column))
        except CellError:
            if read_text(row[f.column]) == read_text(before[f.key]):  # as exported: a stored value kept
                continue
            raise
        if new == before[f.key]:
            continue
        if f.key == "quantity" and _scaled(row[f.column], row.get("unit", value.get("unit"))):
            raise RowRefused(f"{heading(row, f.column)} {row[f.column]!r} and unit "
                             f"{read_text(row.get('unit', value.get('unit')))!r} "
                             "both carry 万 or 亿; type the quantity as the unit counts it (3 for 3万亩)")
        if new is None:
            if f.nullable:
                value[f.key] = None
            else:
                value.pop(f.key, None)
        else:
            value[f.key] = new
    for f in value_fields():
        if isinstance(f.type, YuanType) and f.type.yi_column in row and f.key in own:
            _apply_yi(f.key, f.type.yi_column, before[f.key], value, row)
    if names_a_division(label):
        value = name_and_code_agreeing(stored, value) if agree and isinstance(stored, dict) else value
        _check_one_place(stored if isinstance(stored, dict) else {}, value)
    return value


def check_negative(before: Any, value: dict[str, Any], text: str) -> None:
    """Refuse a sum in yuan the row makes negative where the span's text writes no minus (``core/yuan_sign.py``)."""
    before = value_cells(before)
    for f in value_fields():
        if isinstance(f.type, YuanType) and value.get(f.key) != before.get(f.key):
            check_sign(value.get(f.key), text, f.column)


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


def offsets(row: dict[str, Any], document: Callable[[], str] | None = None) -> tuple[int, int]:
    """The row's start and end, whole numbers with start < end; a row typed in without them, where its
    text stands once in the ``document()``'s text (several times: refused, the places named)."""
    start, end = (read_whole(row.get(side), heading(row, side)) for side in ("start", "end"))
    text = read_text(row.get("text"))
    if start is None and end is None and text and document is not None:
        whole, found = document(), list[int]()
        at = whole.find(text)
        while at >= 0 and len(found) < 6:
            found, at = [*found, at], whole.find(text, at + 1)
        if len(found) == 1:
            return found[0], found[0] + len(text)
        if not found:
            raise RowRefused(f"text {text!r} is not in its document; give its start_offset and end_offset")
        raise RowRefused(f"text {text!r} stands {whole.count(text)} times in its document (at "
                         f"{', '.join(map(str, found[:5]))}{' …' if len(found) > 5 else ''}); give its start_offset "
                         "and end_offset")
    if start is None or end is None:
        raise RowRefused("start_offset and end_offset are needed to find the span in its document")
    if not 0 <= start < end:
        raise RowRefused(f"offsets {start}-{end} are swapped or negative")
    return start, end


def _apply_yi(key: str, column: str, before: int | float | None, value: dict[str, Any], row: dict[str, Any]) -> None:
    """A sum also shown in 亿元: the 亿元 cell is used only when it was changed and the yuan one was not."""
    yi = _yi_cell(row[column], heading(row, column))
    old_yi = in_yi(before)
    yi_changed = not _close(yi, old_yi)
    yuan_changed = value_cells(value)[key] != before
    if yi_changed and not yuan_changed:
        if yi is None:
            value.pop(key, None)
        else:
            value[key] = round(yi * YI)
    elif yi_changed and yi is not None and not _close(yi, in_yi(value.get(key)), 0.005):
        raise RowRefused(f"{key} {value.get(key)} and {heading(row, column)} {yi} disagree; change one of them")


def _yi_cell(cell: Any, column: str) -> float | None:
    """The 亿元 cell: a number of 亿元 (5.51, ５．５１), or a sum written with its unit (5.51亿, 5.51亿元, 55,100万:
    the sum itself, as the yuan column reads it)."""
    if not isinstance(cell, str) or not cell.strip():
        return read_number(cell, column)
    try:
        if any(c in cell for c in "万萬亿億元"):
            yuan = YUAN.parse(cell)
            return None if yuan is None else yuan / YI
        number = cells.typed_number(cell)
        return None if number is None else float(number)
    except ValueError:
        pass
    try:
        return read_number(cell, column)
    except CellError:
        raise CellError(f"{column} must be a number of 亿元 (5.51) or a sum with its unit (5.51亿元), "
                        f"not {cell!r}") from None


def _split_count(row: dict[str, Any], value: dict[str, Any]) -> None:
    """A count typed with its unit in the quantity cell (80家, 5.5%, 2万亩): the number there, and the unit in the
    unit cell where that is empty or says the same; refused where it says another unit."""
    cell = row["quantity"]
    if not isinstance(cell, str) or (split := split_count(cell)) is None:
        return
    try:
        NUMBER.from_cell(cell, "quantity")  # a number as it is (八十, 1.5万): nothing to split
        return
    except CellError:
        pass
    number, unit = split
    given = row["unit"] if "unit" in row else value.get("unit")
    if read_text(given) is not None and not same_unit(given, unit):
        raise RowRefused(f"{heading(row, 'quantity')} {cell!r} carries the unit {unit!r}, but {heading(row, 'unit')} "
                         f"says {read_text(given)!r}; type the number alone in {heading(row, 'quantity')}, or the "
                         "same unit in both")
    row["quantity"], row["unit"] = number, unit


def _scaled(quantity: Any, unit: Any) -> bool:
    """Whether a quantity typed with 万 or 亿 (3万) stands beside a unit that carries a scale too (万亩)."""
    return (isinstance(quantity, str) and any(c in quantity for c in "万萬亿億")
            and base_quantity(1, read_text(unit))[0] != 1)


def _check_one_place(before: dict[str, Any], value: dict[str, Any]) -> None:
    """Refuse a district whose name and code, one of them changed by the row, name two units: 鼓楼区 typed
    over 湖里区 (several units have that name, and the code stayed 350206), or 海沧区 with 350206."""
    name, code = (read_text(value.get(k)) or "" for k in ("name", "code"))
    unit = unit_of(code)  # NBS's twelve digits too: 350206000000 is 湖里区
    if (not name or unit is None or simplified(name) == unit.name
            or (name, code) == tuple(read_text(before.get(k)) or "" for k in ("name", "code"))):
        return
    if division_names.may_name(name, unit.code):  # 湖里, 厦门市湖里区 beside 350206, 朝阳 beside 110105: the same place
        return
    named = codes_named(name) or codes_named(simplified(name))
    its = f" ({named[0]})" if len(named) == 1 else ""  # else several units have it (鼓楼区), or none (湖里县)
    raise RowRefused(f"district name {name!r}{its} and district code {code!r} ({unit.name}) name two places; "
                     "type the code that goes with the name, or empty one of the two")


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

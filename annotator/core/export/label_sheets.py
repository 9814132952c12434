"""The sheets of the xlsx export that list the spans of one label, as the label schema names them.

A label of the schema (``labels.py``) with a ``sheet`` gets that sheet. Four titles are built
here because they relate labels: Districts (one row per district, keyed by its code, with the
spans linked to it, and a chart; ``districts.py``), Projects, Amounts and Targets (one row per
span with its district and project, linked as in the Facts table, ``facts.py``). Any other title
is a plain list: one row per span with the label's value columns (:class:`SpanList`).

Column names are ASCII snake_case (``columns.py``); the Codebook sheet explains each one.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from annotator.core.export.districts import DISTRICT_COLUMNS, DistrictTally
from annotator.core.export.facts import AMOUNT, GUESSED_COLUMNS, PROJECT, TARGET, linker_for
from annotator.core.export.parts import parts_for
from annotator.core.export.project_key import project_key
from annotator.core.export.ranges import key, range_ends, range_texts, upper_ends
from annotator.core.export.rows import Column, DocumentSpans, _cols, cells_of, value_columns, value_row
from annotator.core.export.subtotals import subtotals_for
from annotator.core.fields import YI, in_yi
from annotator.core.labels import LabelSpec, specs
from annotator.core.models import Annotation
from annotator.core.target_units import base_quantity

CHART_DISTRICTS = 25

PROJECT_COLUMNS = _cols(
    "project", "project_key", "district", ("district_code", "code"), "amount", ("yuan", "yuan"), ("yi", "yi"),
    ("amounts", "int"), ("amount_sum_yuan", "yuan"), ("amount_sum_yi", "yi"), "document", ("sentence", "wrap"),
    ("start_offset", "int"), ("end_offset", "int"), ("id", "int"))
AMOUNT_COLUMNS = _cols(
    "document", "amount", ("yuan", "yuan"), ("yi", "yi"), "qualifier", "currency", ("foreign_amount", "money"),
    "range_end", ("part_of", "int"), "district", ("district_code", "code"), "project", "report_part",
    ("sentence", "wrap"),
    ("document_total_yuan", "yuan"), ("document_total_yi", "yi"), ("start_offset", "int"), ("end_offset", "int"),
    ("id", "int"))
TARGET_COLUMNS = _cols(
    "target", ("quantity", "number"), "unit", ("base_quantity", "count"), "base_unit", "district",
    ("district_code", "code"), "project", "report_part",
    "document", ("sentence", "wrap"), ("start_offset", "int"), ("end_offset", "int"), ("id", "int"))


def money(yuan: int | float) -> str:
    """A sum as a reader says it: in 亿元, or in 万元 when under 0.01 亿元 (never "0.00 亿元")."""
    if yuan == 0 or abs(yuan) >= YI / 100:
        return f"{yuan / YI:,.2f} 亿元"
    return f"{yuan / 10_000:,.2f} 万元"


def yuan_of(a: Annotation) -> int | float | None:
    return cells_of(a.value)["yuan"] if a.label == AMOUNT else None


def summed(ds: DocumentSpans) -> int | float | None:
    """The yuan of the document's exported amounts, a range once at its lower bound (ranges.py), a
    total stated with 其中 without its parts (subtotals.py); None (an empty cell, not 0) when none
    of them is in yuan (2.5亿美元 alone)."""
    upper, parts = upper_ends(ds.text, ds.spans), subtotals_for(ds)
    counted = [y for a in ds.spans
               if (y := yuan_of(a)) is not None and (a.start, a.end, a.annotator) not in upper and not parts.inside(a)]
    return sum(counted) if counted else None


# ------------------------------------------------------------- per span
def project_rows(ds: DocumentSpans) -> Iterator[list[Any]]:
    """One row per project, with the first amount that is for it as in Facts (its project link,
    else, for an amount with no links, the project the link rules give it), and the count and sum
    of all of them (a range once, at its lower bound, and a part of a total for the same project left
    out: a Facts groupby by project gives the same)."""
    linker = linker_for(ds)
    upper, parts = upper_ends(ds.text, ds.spans), subtotals_for(ds)

    def project_of(x: Annotation) -> int | None:
        found = linker.find(x).project
        return found.id if found is not None else None

    firsts: dict[int | None, Annotation] = {}
    sums: dict[int | None, tuple[int, int | float]] = {}
    for b in ds.spans:
        p = linker.find(b).project if b.label == AMOUNT else None
        if p is not None:
            firsts.setdefault(p.id, b)
            y = yuan_of(b)
            if y is not None and (b.start, b.end, b.annotator) not in upper and not parts.inside(b, project_of):
                n, total = sums.get(p.id, (0, 0))
                sums[p.id] = (n + 1, total + y)
    whole = range_texts(ds.text, [b for b in ds.spans if b.label == AMOUNT]) if firsts else {}
    for a in ds.spans:
        if a.label != PROJECT:
            continue
        found, m = linker.find(a), firsts.get(a.id)
        place = found.place
        yuan = yuan_of(m) if m else None
        n, total = sums.get(a.id, (0, 0))
        summed_yuan = total if n else None  # empty: no amount is for it
        yield [a.text, project_key(a.text), place.name if place else None, place.code if place else None,
               whole.get(key(m), m.text) if m else None, yuan, in_yi(yuan), n, summed_yuan, in_yi(summed_yuan),
               ds.doc.name, ds.sentence_of(a), a.start, a.end, a.id, found.guessed]


def amount_rows(ds: DocumentSpans) -> Iterator[list[Any]]:
    linker = linker_for(ds)
    amounts = [a for a in ds.spans if a.label == AMOUNT]
    total = summed(ds)
    ends = range_ends(ds.text, amounts)
    part, whole = parts_for(ds), subtotals_for(ds).total_of
    for a in amounts:
        v = cells_of(a.value)
        found = linker.find(a)
        place, p = found.place, found.project
        of = whole(a)
        yield [ds.doc.name, a.text, v["yuan"], in_yi(v["yuan"]), v["qualifier"], v["currency"], v["amount"],
               ends.get((a.start, a.end, a.annotator)), of.id if of else None, place.name if place else None,
               place.code if place else None, p.text if p else None, part(a.start, a.end), ds.sentence_of(a),
               total, in_yi(total), a.start, a.end, a.id, found.guessed]


def target_rows(ds: DocumentSpans) -> Iterator[list[Any]]:
    linker = linker_for(ds)
    part = parts_for(ds)
    for a in ds.spans:
        if a.label != TARGET:
            continue
        v = cells_of(a.value)
        found = linker.find(a)
        place, p = found.place, found.project
        yield [a.text, v["quantity"], v["unit"], *base_quantity(v["quantity"], v["unit"]),
               place.name if place else None, place.code if place else None,
               p.text if p else None, part(a.start, a.end), ds.doc.name, ds.sentence_of(a), a.start, a.end, a.id,
               found.guessed]


# -------------------------------------------------------------- sheets
class LabelSheet:
    """One sheet: its columns, its rows per document (streamed), rows after the last document
    (a tally), a chart, its line in the About sheet's "how to read" and in the summary."""

    per_span = True  # one row per span: its document's metadata follows (xlsx.py) …
    last: tuple[Column, ...] = ()  # … then these, the rows' last cells (code_guessed: appended after the metadata)

    def __init__(self, title: str, columns: tuple[Column, ...], note: str | None = None) -> None:
        self.title, self.columns, self.note = title, columns, note

    def rows(self, ds: DocumentSpans) -> Iterable[list[Any]]:
        return ()

    def final_rows(self) -> list[list[Any]]:
        return []

    def decorate(self, ws: Any, final_rows: list[list[Any]]) -> None:
        """Add what the sheet shows beside its table (a chart) once its rows are written."""

    def summary(self, count: int) -> str:
        return f"{count:,} row(s) on {self.title}"


class SpanRows(LabelSheet):
    """One row per span, by a row function of this module."""

    def __init__(self, title: str, columns: tuple[Column, ...], rows: Callable[[DocumentSpans], Iterator[list[Any]]],
                 noun: str, note: str) -> None:
        super().__init__(title, columns, note)
        self._rows, self.noun, self.last = rows, noun, GUESSED_COLUMNS  # each row's place tells its guess

    def rows(self, ds: DocumentSpans) -> Iterable[list[Any]]:
        return self._rows(ds)

    def summary(self, count: int) -> str:
        return f"{count:,} {self.noun}(s)"


class Amounts(SpanRows):
    """The amounts, and their sum in the summary line."""

    def __init__(self) -> None:
        super().__init__("Amounts", AMOUNT_COLUMNS, amount_rows, "amount",
                         "'document total' repeats the sum (yuan) of the document on each of its rows; "
                         "amounts in other currencies have no yuan value and are left out of sums; a range "
                         "(3-5亿元: two rows) counts once in sums, at its lower bound (range_end: lower, upper); "
                         "a total stated with 其中 counts without its parts (part_of: the id of the total's row)")
        self.yuan: int | float = 0

    def rows(self, ds: DocumentSpans) -> Iterable[list[Any]]:
        self.yuan += summed(ds) or 0
        return amount_rows(ds)

    def summary(self, count: int) -> str:
        return f"{count:,} amount(s) totalling {money(self.yuan)}"


class Districts(LabelSheet):
    """The tally per district, sorted once every document is counted, with a bar chart."""

    per_span = False

    def __init__(self) -> None:
        super().__init__("Districts", DISTRICT_COLUMNS,
                         "one row per district code (a name without a code is its own row, keyed_by = name); "
                         "projects, amounts and targets are those linked to it as in Facts (each counts once; a "
                         "range once, a part of a total stated with 其中 only where the total is not: part_of); "
                         "the chart right of the table shows the largest sums")
        self.tally = DistrictTally()

    def rows(self, ds: DocumentSpans) -> Iterable[list[Any]]:
        self.tally.add(ds)
        return ()

    def final_rows(self) -> list[list[Any]]:
        return self.tally.rows()

    def decorate(self, ws: Any, final_rows: list[list[Any]]) -> None:
        from openpyxl.utils import get_column_letter

        from annotator.core.export.sheets import add_bar_chart

        headers = [c.header for c in self.columns]
        yuan_col, yi_col = headers.index("amount_sum_yuan"), headers.index("amount_sum_yi")
        charted = sum(1 for r in final_rows[:CHART_DISTRICTS] if r[yuan_col])  # rows are sorted by the sum
        if charted:
            top = f"top {charted} districts" if charted < len(final_rows) else f"{charted} districts"
            add_bar_chart(ws, title=f"Amounts linked to each district (亿元), {top}",
                          axis_title="亿元", value_column=yi_col + 1, rows=charted,
                          anchor=f"{get_column_letter(len(headers) + 2)}2")

    def summary(self, count: int) -> str:
        return f"{count:,} district(s)"


class SpanList(LabelSheet):
    """Any other label's sheet: one row per span with the label's value columns."""

    def __init__(self, spec: LabelSpec) -> None:
        super().__init__(spec.sheet or "", (
            *_cols("document", "text"), *value_columns(spec.fields),
            *_cols(("sentence", "wrap"), "status", ("start_offset", "int"), ("end_offset", "int"), ("id", "int"))),
            f"one row per exported {spec.name} span with its value")
        self.spec = spec

    def rows(self, ds: DocumentSpans) -> Iterator[list[Any]]:
        for a in ds.spans:
            if a.label == self.spec.name:
                yield [ds.doc.name, a.text, *value_row(a.value, self.spec.fields), ds.sentence_of(a), a.status,
                       a.start, a.end, a.id]

    def summary(self, count: int) -> str:
        return f"{count:,} {self.spec.name} span(s)"


BUILT_IN: dict[str, Callable[[LabelSpec], LabelSheet]] = {
    "Districts": lambda _spec: Districts(),
    "Projects": lambda _spec: SpanRows("Projects", PROJECT_COLUMNS, project_rows, "project",
                                       "district and amount: linked as in Facts (amount: the first for the project; "
                                       "amount_sum_yuan: all of them, a range once, a total without its parts)"),
    "Amounts": lambda _spec: Amounts(),
    "Targets": lambda _spec: SpanRows("Targets", TARGET_COLUMNS, target_rows, "target",
                                      "district and project: linked as in Facts"),
}


def label_sheets(order: Sequence[str] = ()) -> list[LabelSheet]:
    """The sheets of the labels of the schema that name one (fresh: they count), in the project's order
    of its labels (``order``: their names, as ``Store.label_names``; a label it lacks after them, in
    schema order)."""
    place = {name: i for i, name in enumerate(order)}
    chosen = sorted(specs(), key=lambda spec: place.get(spec.name, len(place)))
    return [BUILT_IN.get(spec.sheet, SpanList)(spec) for spec in chosen if spec.sheet]

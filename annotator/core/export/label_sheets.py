"""The sheets of the xlsx export that list the spans of one label, as the label schema names them.

A label of the schema (``labels.py``) with a ``sheet`` gets that sheet. Four titles are built
here because they relate labels: Districts (a tally per district with the projects and amounts
of its sentences, and a chart), Projects, Amounts and Targets (one row per span with the
nearest district / project / amount of its sentence). Any other title is a plain list: one row
per span with the label's value columns (:class:`SpanList`).

Relations ("the district of this amount") are found per sentence (see ``sentences.py``): among
the exported spans of the wanted label in the same sentence, the nearest one (fewest characters
between the two spans; a span inside the other is at distance 0; a tie goes to the earlier one).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from annotator.core.export.rows import Column, DocumentSpans, _cols, value_columns, value_row
from annotator.core.fields import YI, in_yi
from annotator.core.labels import LabelSpec, specs, value_cells
from annotator.core.models import Annotation

DISTRICT, PROJECT, AMOUNT, TARGET = "DISTRICT", "PROJECT", "AMOUNT", "TARGET"
CHART_DISTRICTS = 25

DISTRICT_COLUMNS = _cols(
    "district", ("division code", "code"), ("mentions", "int"), ("documents", "int"), ("projects", "int"),
    ("amounts", "int"), ("amount sum (yuan)", "yuan"), ("amount sum (亿元)", "yi"), ("project names", "wrap"))
PROJECT_COLUMNS = _cols(
    "project", "district", ("division code", "code"), "amount", ("yuan", "yuan"), ("亿元", "yi"), "document",
    ("sentence", "wrap"), ("start", "int"), ("end", "int"), ("id", "int"))
AMOUNT_COLUMNS = _cols(
    "document", "amount", ("yuan", "yuan"), ("亿元", "yi"), "qualifier", "currency", ("foreign amount", "number"),
    "district", "project", ("sentence", "wrap"), ("document total (yuan)", "yuan"),
    ("document total (亿元)", "yi"), ("start", "int"), ("end", "int"), ("id", "int"))
TARGET_COLUMNS = _cols(
    "target", ("quantity", "number"), "unit", "district", "document", ("sentence", "wrap"), ("start", "int"),
    ("end", "int"), ("id", "int"))


def yuan_of(a: Annotation) -> int | float | None:
    return value_cells(a.value)["yuan"] if a.label == AMOUNT else None


def district_key(a: Annotation) -> str:
    """A district by its normalised name, falling back to the span text."""
    return value_cells(a.value)["name"] or a.text


# ------------------------------------------------------------- per span
def project_rows(ds: DocumentSpans) -> Iterator[list]:
    for a in ds.spans:
        if a.label != PROJECT:
            continue
        d, m = ds.nearest(a, DISTRICT), ds.nearest(a, AMOUNT)
        yuan = yuan_of(m) if m else None
        yield [a.text, district_key(d) if d else None, value_cells(d.value)["code"] if d else None,
               m.text if m else None, yuan, in_yi(yuan), ds.doc.name, ds.sentence_of(a), a.start, a.end, a.id]


def amount_rows(ds: DocumentSpans) -> Iterator[list]:
    amounts = [a for a in ds.spans if a.label == AMOUNT]
    total = sum(y for y in map(yuan_of, amounts) if y is not None)
    for a in amounts:
        v = value_cells(a.value)
        d, p = ds.nearest(a, DISTRICT), ds.nearest(a, PROJECT)
        yield [ds.doc.name, a.text, v["yuan"], in_yi(v["yuan"]), v["qualifier"], v["currency"], v["amount"],
               district_key(d) if d else None, p.text if p else None, ds.sentence_of(a), total, in_yi(total),
               a.start, a.end, a.id]


def target_rows(ds: DocumentSpans) -> Iterator[list]:
    for a in ds.spans:
        if a.label != TARGET:
            continue
        v = value_cells(a.value)
        d = ds.nearest(a, DISTRICT)
        yield [a.text, v["quantity"], v["unit"], district_key(d) if d else None, ds.doc.name,
               ds.sentence_of(a), a.start, a.end, a.id]


# ----------------------------------------------------------- districts
@dataclass
class _District:
    code: str | None = None
    mentions: int = 0
    documents: set = field(default_factory=set)
    projects: dict = field(default_factory=dict)  # name -> None, in order of first mention
    amounts: int = 0
    yuan: int | float = 0


class DistrictTally:
    """Per district (normalised name): mentions, documents, and the projects and amounts of its sentences.

    An amount counts once for every district named in its sentence, so the sums of two districts
    named together overlap: they are not meant to be added up across districts.
    """

    def __init__(self) -> None:
        self.districts: dict[str, _District] = {}

    def add(self, ds: DocumentSpans) -> None:
        for by_label in ds.by_sentence().values():
            names = []
            for a in by_label.get(DISTRICT, ()):
                key = district_key(a)
                d = self.districts.setdefault(key, _District())
                d.mentions += 1
                d.documents.add(ds.doc.id)
                d.code = d.code or value_cells(a.value)["code"]
                if key not in names:
                    names.append(key)
            yuans = [y for y in map(yuan_of, by_label.get(AMOUNT, ())) if y is not None]
            for key in names:
                d = self.districts[key]
                for p in by_label.get(PROJECT, ()):
                    d.projects.setdefault(p.text, None)
                d.amounts += len(yuans)
                d.yuan += sum(yuans)

    def rows(self) -> list[list]:
        """Sorted by the sum of amounts, then mentions, then name."""
        items = sorted(self.districts.items(), key=lambda kv: (-kv[1].yuan, -kv[1].mentions, kv[0]))
        return [[name, d.code, d.mentions, len(d.documents), len(d.projects), d.amounts, d.yuan, in_yi(d.yuan),
                 "、".join(d.projects) or None] for name, d in items]


# -------------------------------------------------------------- sheets
class LabelSheet:
    """One sheet: its columns, its rows per document (streamed), rows after the last document
    (a tally), a chart, its line in the About sheet's "how to read" and in the summary."""

    def __init__(self, title: str, columns: tuple[Column, ...], note: str | None = None) -> None:
        self.title, self.columns, self.note = title, columns, note

    def rows(self, ds: DocumentSpans) -> Iterable[list]:
        return ()

    def final_rows(self) -> list[list]:
        return []

    def decorate(self, ws: Any, final_rows: list[list]) -> None:
        """Add what the sheet shows beside its table (a chart) once its rows are written."""

    def summary(self, count: int) -> str:
        return f"{count} row(s) on {self.title}"


class SpanRows(LabelSheet):
    """One row per span, by a row function of this module."""

    def __init__(self, title: str, columns: tuple[Column, ...], rows: Callable[[DocumentSpans], Iterator[list]],
                 noun: str, note: str) -> None:
        super().__init__(title, columns, note)
        self._rows, self.noun = rows, noun

    def rows(self, ds: DocumentSpans) -> Iterable[list]:
        return self._rows(ds)

    def summary(self, count: int) -> str:
        return f"{count} {self.noun}(s)"


class Amounts(SpanRows):
    """The amounts, and their sum in the summary line."""

    def __init__(self) -> None:
        super().__init__("Amounts", AMOUNT_COLUMNS, amount_rows, "amount",
                         "'document total' repeats the sum (yuan) of the document on each of its rows; "
                         "amounts in other currencies have no yuan value and are left out of sums")
        self.yuan: int | float = 0

    def rows(self, ds: DocumentSpans) -> Iterable[list]:
        for a in ds.spans:
            if a.label == AMOUNT:
                self.yuan += yuan_of(a) or 0
        return amount_rows(ds)

    def summary(self, count: int) -> str:
        return f"{count} amount(s) totalling {self.yuan / YI:,.2f} 亿元"


class Districts(LabelSheet):
    """The tally per district, sorted once every document is counted, with a bar chart."""

    def __init__(self) -> None:
        super().__init__("Districts", DISTRICT_COLUMNS,
                         "an amount counts for every district named in its sentence, so sums of districts "
                         "named together overlap; the chart shows the largest sums")
        self.tally = DistrictTally()

    def rows(self, ds: DocumentSpans) -> Iterable[list]:
        self.tally.add(ds)
        return ()

    def final_rows(self) -> list[list]:
        return self.tally.rows()

    def decorate(self, ws: Any, final_rows: list[list]) -> None:
        from annotator.core.export.sheets import add_bar_chart

        headers = [c.header for c in self.columns]
        yuan_col, yi_col = headers.index("amount sum (yuan)"), headers.index("amount sum (亿元)")
        charted = sum(1 for r in final_rows[:CHART_DISTRICTS] if r[yuan_col])  # rows are sorted by the sum
        if charted:
            add_bar_chart(ws, title=f"Amounts in the same sentence (亿元), top {charted} districts",
                          axis_title="亿元", value_column=yi_col + 1, rows=charted, anchor="K2")

    def summary(self, count: int) -> str:
        return f"{count} district(s)"


class SpanList(LabelSheet):
    """Any other label's sheet: one row per span with the label's value columns."""

    def __init__(self, spec: LabelSpec) -> None:
        super().__init__(spec.sheet or "", (
            *_cols("document", "text"), *value_columns(spec.fields),
            *_cols(("sentence", "wrap"), "status", ("start", "int"), ("end", "int"), ("id", "int"))),
            f"one row per exported {spec.name} span with its value")
        self.spec = spec

    def rows(self, ds: DocumentSpans) -> Iterator[list]:
        for a in ds.spans:
            if a.label == self.spec.name:
                yield [ds.doc.name, a.text, *value_row(a.value, self.spec.fields), ds.sentence_of(a), a.status,
                       a.start, a.end, a.id]

    def summary(self, count: int) -> str:
        return f"{count} {self.spec.name} span(s)"


BUILT_IN: dict[str, Callable[[LabelSpec], LabelSheet]] = {
    "Districts": lambda _spec: Districts(),
    "Projects": lambda _spec: SpanRows("Projects", PROJECT_COLUMNS, project_rows, "project",
                                       "district and amount: the nearest one in the same sentence"),
    "Amounts": lambda _spec: Amounts(),
    "Targets": lambda _spec: SpanRows("Targets", TARGET_COLUMNS, target_rows, "target",
                                      "district: the nearest one in the same sentence"),
}


def label_sheets() -> list[LabelSheet]:
    """The sheets of the labels of the schema that name one, in schema order (fresh: they count)."""
    return [BUILT_IN.get(spec.sheet, SpanList)(spec) for spec in specs() if spec.sheet]

"""The Districts sheet: one row per district, keyed by its division code.

A district with a code is one row whatever name the text used (厦门, 厦门市), with the province,
prefecture and county above it from the gazetteer (``divisions.py``); two units of one name
(鼓楼区 of Fuzhou, 350102, and of Nanjing, 320106) are two rows, their ``district`` cell
qualified by the unit above (``鼓楼区 (福州市)``). A district named without a code is a row of its
own, keyed by its name and marked ``keyed_by = name``, unless the document's links give that
name a code (gold links carry a township's code its DISTRICT spans lack): then it is that code's.

Counts: ``mentions`` and ``documents`` of the DISTRICT spans; ``projects`` (one per ``project_key``:
“东部旧改” and 东部旧改项目 are one, named as it was first), ``amounts`` (and
their sum) and ``targets`` linked to the district as in the Facts table (``facts.py``): each span
counts for one district only. A range counts once, at its lower bound (``ranges.py``), and a part
of a total stated with 其中 (``subtotals.py``) is left out of the row that has its total, but added
to its own district's (全市投资300亿元，其中湖里区120亿元: 湖里区 did invest 120), so the rows add up
to the linked amounts' total with each total once and a part counted where its total is not.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator.core.export.facts import AMOUNT, DISTRICT, PROJECT, TARGET, Place, code_guessed, linker_for, span_code
from annotator.core.export.project_key import project_key
from annotator.core.export.ranges import upper_ends
from annotator.core.export.rows import DocumentSpans, _cols, cells_of
from annotator.core.export.subtotals import subtotals_for
from annotator.core.fields import in_yi
from annotator.core.models import Annotation

DISTRICT_COLUMNS = _cols(
    "district", ("district_code", "code"), "district_name", "level", "province", "prefecture", "county", "keyed_by",
    ("mentions", "int"), ("documents", "int"), ("projects", "int"), ("amounts", "int"), ("amount_sum_yuan", "yuan"),
    ("amount_sum_yi", "yi"), ("targets", "int"), ("project_names", "wrap"),
    ("code_guessed", "bool"))  # appended (56th session): no column a script reads by its place moves


def _key(place: Place) -> tuple[str, str]:
    """The row of a district: its code, else its name."""
    return ("code", place.code) if place.code else ("name", place.name)


@dataclass
class _Row:
    place: Place
    mentions: int = 0
    documents: set[int | None] = field(default_factory=set)
    projects: dict[str, str] = field(default_factory=dict)  # project_key -> the name it first had, in order
    amounts: int = 0
    yuan: int | float = 0
    targets: int = 0
    guessed: bool = False  # a mention or a linked span has its code by the tables' order (facts.code_guessed)


def _sum(row: _Row) -> tuple[int | float | None, float | None]:
    """The row's sum in yuan and in 亿元; empty, not 0, when no amount in yuan is linked to it (one
    in USD, a target or a project alone), as the Projects sheet leaves a project without one."""
    return (row.yuan, in_yi(row.yuan)) if row.amounts else (None, None)


class DistrictTally:
    """Per district (code, else name): mentions, documents, and the spans linked to it."""

    def __init__(self) -> None:
        self.rows_by_key: dict[tuple[str, str], _Row] = {}

    def _row(self, place: Place) -> _Row:
        key = _key(place)
        row = self.rows_by_key.get(key)
        if row is None:
            row = self.rows_by_key[key] = _Row(place)
        return row

    def add(self, ds: DocumentSpans) -> None:
        linker = linker_for(ds)
        upper = upper_ends(ds.text, ds.spans)  # a range's upper end is not added (ranges.py)
        parts = subtotals_for(ds)  # nor a part of a total (其中) added to the same row (subtotals.py)

        def row_of(x: Annotation) -> tuple[str, str] | None:
            place = linker.find(x).place
            return _key(place) if place is not None else None
        for a in ds.spans:
            if a.label == DISTRICT:
                place = linker.place(a)
                row = self._row(place)
                row.guessed |= code_guessed(a) and place.code == span_code(a)
                row.mentions += 1
                row.documents.add(ds.doc.id)
            elif a.label in (PROJECT, AMOUNT, TARGET):
                found = linker.find(a)
                if found.place is None:
                    continue
                row = self._row(found.place)
                row.guessed |= found.guessed
                if a.label == PROJECT:
                    row.projects.setdefault(project_key(a.text) or a.text, a.text)  # “东部旧改” is 东部旧改
                elif a.label == TARGET:
                    row.targets += 1
                else:
                    yuan = cells_of(a.value)["yuan"]
                    if yuan is not None and (a.start, a.end, a.annotator) not in upper and not parts.inside(a, row_of):
                        row.amounts += 1
                        row.yuan += yuan

    def rows(self) -> list[list[Any]]:
        """Sorted by the sum of amounts, then mentions, then code or name."""
        items = sorted(self.rows_by_key.items(),
                       key=lambda kv: (-kv[1].yuan, -kv[1].mentions, kv[0][0], kv[0][1]))
        names: dict[str, int] = {}
        for _key, r in items:
            names[r.place.name] = names.get(r.place.name, 0) + 1
        out: list[list[Any]] = []
        for (keyed_by, _k), r in items:
            d = r.place.division
            shown = r.place.name
            if names[shown] > 1:
                above = (d.prefecture if d and d.prefecture != d.name else None) or (d.province if d else None)
                shown = f"{shown} ({above or r.place.code or 'no code'})"
            out.append([shown, r.place.code, r.place.name, d.level_name if d else None,
                        d.province if d else None, d.prefecture if d else None, d.county if d else None,
                        keyed_by, r.mentions, len(r.documents), len(r.projects), r.amounts, *_sum(r),
                        r.targets, "、".join(r.projects.values()) or None, r.guessed])
        return out

"""The part of a report a span is in: ``review`` (一、2019年工作回顾, 过去五年…: what was done in the
years before the report's) or ``plan`` (二、2020年工作安排, 今年是…: what it sets for its own year
and after), empty before the first part and in a text without such parts (an article).

The column ``report_part`` of Facts, Amounts and Targets: a 2020 report's review figures are
2019's and its targets 2020's, so a panel by year needs to tell them apart. The parts are the
ones the TARGET suggester finds (``suggest/target/structure.py``), once per document; a clause
that looks back inside the plan (去年完成…) is still in the plan part.
"""
from __future__ import annotations

from collections.abc import Callable

from annotator.core.export.meta import year_of
from annotator.core.export.rows import DocumentSpans
from annotator.core.suggest.target.structure import future_year, part_at, structure

REVIEW, PLAN = "review", "plan"
_NAMES = {-1: REVIEW, 1: PLAN}


def report_parts(text: str, year: int | None = None) -> Callable[[int], str | None]:
    """A function from an offset of ``text`` to the name of the part that holds it (None: neither);
    ``year`` (the document's) stands in for the year the text plans for when its text names none."""
    _headings, parts = structure(text, future_year(text) or year)
    return lambda pos: _NAMES.get(part_at(parts, pos))


def parts_for(ds: DocumentSpans) -> Callable[[int], str | None]:
    """``report_parts`` of one document, found once for all the sheets that ask."""
    parts = getattr(ds, "_parts", None)
    if parts is None:
        parts = report_parts(ds.text, year_of(ds.doc))
        ds._parts = parts  # type: ignore[attr-defined]
    return parts

"""The part of a report a span is in: ``review`` (一、2019年工作回顾, 过去五年…: what was done in the
years before the report's) or ``plan`` (二、2020年工作安排, 今年是…: what it sets for its own year
and after), empty before the first part and in a text without such parts (an article).

The column ``report_part`` of Facts, Amounts and Targets: a 2020 report's review figures are
2019's and its targets 2020's, so a panel by year needs to tell them apart. The parts are the
ones the TARGET suggester finds (``suggest/target/structure.py``), once per document. A span in
the plan whose sentence turns back to a result by the suggester's own markers (去年金城江区完成
固定资产投资65亿元, 2019年，全区完成…: ``markers.looks_back``) is ``review``: it is last year's
figure, whichever part recalls it. Not so the other way: in a review, 争取上级资金3亿元, 即将通车,
倍增计划 are results too, so a span in the review part stays ``review``.
"""
from __future__ import annotations

from typing import Protocol

from annotator.core.export.meta import year_of
from annotator.core.export.rows import DocumentSpans
from annotator.core.suggest.target.markers import looks_back, markers
from annotator.core.suggest.target.structure import future_year, part_at, structure
from annotator.core.suggest.traditional import simplified

REVIEW, PLAN = "review", "plan"
_NAMES = {-1: REVIEW, 1: PLAN}


class PartOf(Protocol):
    def __call__(self, start: int, end: int | None = None) -> str | None: ...


def report_parts(text: str, year: int | None = None) -> PartOf:
    """A function from a span of ``text`` (its start, and its end: a span's own words 力争 count)
    to the name of the part it belongs to (None: neither); ``year`` (the document's) stands in
    for the year the text plans for when its text names none. A report in traditional characters
    (二、2020年工作安排 written 工作安排, 一、2019年工作回顧) is read as its simplified form, one for one."""
    text = simplified(text)
    future = future_year(text) or year
    _headings, parts = structure(text, future)
    marks = markers(text, future, parts)

    def part(start: int, end: int | None = None) -> str | None:
        name = _NAMES.get(part_at(parts, start))
        if name == PLAN and looks_back(text, marks, start, start if end is None else end):
            return REVIEW  # 去年完成投资65亿元 recalled in the plan: last year's figure
        return name
    return part


def parts_for(ds: DocumentSpans) -> PartOf:
    """``report_parts`` of one document, found once for all the sheets that ask."""
    parts = getattr(ds, "_parts", None)
    if parts is None:
        parts = report_parts(ds.text, year_of(ds.doc))
        ds._parts = parts  # type: ignore[attr-defined]
    return parts

"""A range of money written as two amounts (3-5亿元, 3000万至5000万元, 3亿元到5亿元; ``core/ranges.py``):
a total counts the range once, at its lower bound (as the guide reads a range of a target: 3至5家 →
3 家), so the sums of the Districts and Amounts sheets do not add 3亿 and 5亿 for one investment of
3 to 5亿元."""
from __future__ import annotations

from collections.abc import Iterable

from annotator.core.models import Annotation
from annotator.core.ranges import ranges

LOWER, UPPER = "lower", "upper"  # the Facts and Amounts column range_end


def upper_ends(text: str, spans: Iterable[Annotation]) -> set[tuple[int, int]]:
    """(start, end) of each AMOUNT of ``spans`` that is the upper end of a range: right after
    another AMOUNT, with only a range separator (and white space) between them."""
    return {(b.start, b.end) for run in ranges(text, spans) for b in run[1:]}


def range_ends(text: str, spans: Iterable[Annotation]) -> dict[tuple[int, int], str]:
    """(start, end) -> ``"lower"`` or ``"upper"`` for each AMOUNT of ``spans`` that is an end of a
    range (the column ``range_end`` of Facts and Amounts: summing the rows that are not ``upper``
    gives the sheets' totals); an amount that ends one range and starts another is ``upper``."""
    ends: dict[tuple[int, int], str] = {}
    for run in ranges(text, spans):
        ends[(run[0].start, run[0].end)] = LOWER
        ends.update(((b.start, b.end), UPPER) for b in run[1:])
    return ends

"""A range of money written as two amounts (3-5亿元, 3000万至5000万元, 3亿元到5亿元; ``core/ranges.py``):
a total counts the range once, at its lower bound (as the guide reads a range of a target: 3至5家 →
3 家), so the sums of the Districts and Amounts sheets do not add 3亿 and 5亿 for one investment of
3 to 5亿元."""
from __future__ import annotations

from collections.abc import Iterable

from annotator.core.models import Annotation
from annotator.core.ranges import ranges

LOWER, UPPER = "lower", "upper"  # the Facts and Amounts column range_end
Key = tuple[int, int, str]  # a span's start, end and annotator


def key(a: Annotation) -> Key:
    return a.start, a.end, a.annotator


def _runs(text: str, spans: Iterable[Annotation]) -> list[list[Annotation]]:
    """The ranges of each annotator's spans apart: a merged team's export holds every coder's 3 and 5亿元
    (and the gold's) side by side, and the ends of one coder's range are no neighbours among them."""
    layers: dict[str, list[Annotation]] = {}
    for a in spans:
        layers.setdefault(a.annotator, []).append(a)
    return [run for layer in layers.values() for run in ranges(text, layer)]


def upper_ends(text: str, spans: Iterable[Annotation]) -> set[Key]:
    """:func:`key` of each AMOUNT of ``spans`` that is the upper end of a range: right after another
    AMOUNT of the same annotator, with only a range separator (and white space) between them."""
    return {key(b) for run in _runs(text, spans) for b in run[1:]}


def range_ends(text: str, spans: Iterable[Annotation]) -> dict[Key, str]:
    """:func:`key` -> ``"lower"`` or ``"upper"`` for each AMOUNT of ``spans`` that is an end of a
    range (the column ``range_end`` of Facts and Amounts: summing the rows that are not ``upper``
    gives the sheets' totals); an amount that ends one range and starts another is ``upper``."""
    ends: dict[Key, str] = {}
    for run in _runs(text, spans):
        ends[key(run[0])] = LOWER
        ends.update((key(b), UPPER) for b in run[1:])
    return ends


def range_texts(text: str, spans: Iterable[Annotation]) -> dict[Key, str]:
    """:func:`key` of each range's lower end -> the range as written, both ends (``3-5亿元``): the Projects
    sheet's ``amount`` of a project whose first amount is a range (its ``yuan`` the lower bound)."""
    return {key(run[0]): text[run[0].start:run[-1].end] for run in _runs(text, spans)}

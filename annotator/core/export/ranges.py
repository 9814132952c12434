"""A range of money written as two amounts (3-5亿元, 3000万至5000万元, 3亿元到5亿元): the AMOUNT
suggester proposes both ends, each a sum of money; a total counts the range once, at its lower
bound (as the guide reads a range of a target: 3至5家 → 3 家), so the sums of the Districts and
Amounts sheets do not add 3亿 and 5亿 for one investment of 3 to 5亿元."""
from __future__ import annotations

from collections.abc import Iterable

from annotator.core.models import Annotation

LOWER, UPPER = "lower", "upper"  # the Facts and Amounts column range_end
SEPARATORS = frozenset("至到~～-－—–")  # between the two ends (annotator/core/suggest/amount.py's)
AMOUNT = "AMOUNT"


def upper_ends(text: str, spans: Iterable[Annotation]) -> set[tuple[int, int]]:
    """(start, end) of each AMOUNT of ``spans`` that is the upper end of a range: right after
    another AMOUNT, with only a range separator (and white space) between them."""
    amounts = sorted((a for a in spans if a.label == AMOUNT), key=lambda a: (a.start, a.end))
    return {(b.start, b.end) for a, b in zip(amounts, amounts[1:], strict=False)
            if a.end <= b.start and text[a.end:b.start].strip() in SEPARATORS and text[a.end:b.start].strip()}


def range_ends(text: str, spans: Iterable[Annotation]) -> dict[tuple[int, int], str]:
    """(start, end) -> ``"lower"`` or ``"upper"`` for each AMOUNT of ``spans`` that is an end of a
    range (the column ``range_end`` of Facts and Amounts: summing the rows that are not ``upper``
    gives the sheets' totals); an amount that ends one range and starts another is ``upper``."""
    spans = list(spans)
    upper = upper_ends(text, spans)
    amounts = sorted((a for a in spans if a.label == AMOUNT), key=lambda a: (a.start, a.end))
    ends = {(a.start, a.end): LOWER for a, b in zip(amounts, amounts[1:], strict=False) if (b.start, b.end) in upper}
    ends.update((key, UPPER) for key in upper)
    return ends

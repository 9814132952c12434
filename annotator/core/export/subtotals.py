"""A total and its parts stated with 其中: 完成固定资产投资300亿元，其中工业投资120亿元、基础设施投资80亿元
(120 and 80 are parts of the 300). Each figure is an AMOUNT; a sum of the workbook counts the
total and leaves out its parts, as it counts a range once (``ranges.py``), so the Districts,
Projects and Amounts sheets do not add 300 + 120 + 80 for an investment of 300亿元.

An AMOUNT is a *part* when a 其中 stands before it in its sentence (no 。！？!?；; nor line break
between: the ``sentence`` column's rule, ``sentences.py``) and an AMOUNT stands before that 其中 in
the same sentence: the nearest one that is neither a part nor a range's upper end (3-5亿元，其中…:
the 3) is its *total*, and every amount after the 其中 to the end of the sentence is a part of it
(a 、-list, a range: both ends), as long as the parts (a range at its lower end) do not add up to
more than the total: the first amount that would (…，其中工业120亿元，社会消费品零售总额200亿元 after
300亿元) is another figure of the sentence, and the list of parts ends before it. Past a ；, the list
goes on where the amount is a figure of the same measure as the total or a part before it (the same
three words before it: 生产总值702.5亿元，其中第一产业增加值98.5亿元，增长5.8%；第二产业增加值211亿元；…).
A 其中 with no
amount before it in its sentence (实施项目50个，其中亿元以上项目20个、总投资80亿元) makes no part,
nor does one that ends a phrase (参与其中, 乐在其中:
a 其中 of parts opens its clause, after punctuation or at the start of the sentence). A second 其中
in the sentence adds nothing: the amounts after it are parts of the first total already. Each
coder's spans are a layer of their own: a part's total is one of the same coder's.

A part is left out of a sum only where its total is added to the same sum: the document's total
(when the total has a yuan value), a project's (when the total is for the same project) and a
district's row (when the total is linked to the same district: 全市投资300亿元，其中湖里区120亿元
adds 120 to 湖里区's row, which does not have the 300). The column ``part_of`` of Facts and Amounts
(the ``id`` of the total's row) lets an analyst do the same.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable

from annotator.core.export.ranges import upper_ends
from annotator.core.export.rows import DocumentSpans, cells_of
from annotator.core.export.sentences import sentence_ends
from annotator.core.models import Annotation

AMOUNT = "AMOUNT"
QIZHONG = "其中"
SLACK = 0.01  # parts rounded each may add up to a little more than their rounded total (1 %)
# 其中 opens its clause: at the start of the text or a line, or after punctuation or a blank (not 参与其中)
_OPENS = re.compile(r"(?:^|(?<=[\s，,、：:（(“\"‘'—。！？!?；;]))其中", re.MULTILINE)

_FULL_END = re.compile(r"[。！？!?]+[”’」』》〉）)\]】\"']*|\n")  # the ends of sentences, not of ；-clauses
Key = tuple[int, int, str]  # a span's start, end and annotator


def key_of(a: Annotation) -> Key:
    return a.start, a.end, a.annotator


def totals(text: str, spans: Iterable[Annotation]) -> dict[Key, Annotation]:
    """(start, end, annotator) of each AMOUNT of ``spans`` that is a part -> the AMOUNT that is
    its total (see above)."""
    spans = list(spans)
    upper = upper_ends(text, spans)
    layers: dict[str, list[Annotation]] = {}
    for a in sorted((a for a in spans if a.label == AMOUNT), key=lambda a: (a.start, a.end)):
        layers.setdefault(a.annotator, []).append(a)
    if not layers or QIZHONG not in text:
        return {}
    ends = sentence_ends(text)
    full_ends = [m.end() for m in _FULL_END.finditer(text)] + [len(text)]  # a ；-clause runs on to these
    qizhong = [m.start() for m in _OPENS.finditer(text)]
    found: dict[Key, Annotation] = {}
    for amounts in layers.values():
        starts = [a.start for a in amounts]
        for q in qizhong:
            sentence = bisect_right(ends, q)
            first, last = ends[sentence - 1] if sentence else 0, ends[min(sentence, len(ends) - 1)]
            total = next((a for a in reversed(amounts[bisect_left(starts, first):bisect_left(starts, q)])
                          if a.end <= q and key_of(a) not in found and key_of(a) not in upper), None)
            if total is None:
                continue  # 实施项目50个，其中…: no total in the sentence
            whole, added, heads = yuan_of(total), 0.0, {_head(text, total)}
            stop = full_ends[min(bisect_right(full_ends, q), len(full_ends) - 1)]
            for a in amounts[bisect_left(starts, q + len(QIZHONG)):]:
                if a.end > stop or (a.end > last and _head(text, a) not in heads - {None}):
                    break  # past a ；, a list of parts goes on only with the measure it had (…增加值211亿元)
                part = yuan_of(a) if key_of(a) not in upper else None
                if whole is not None and part is not None:
                    added += part
                    if added > whole * (1 + SLACK):  # parts add up to more than the total: this one is
                        break  # another figure of the sentence (…，其中工业120亿元，社会消费品零售总额200亿元)
                found.setdefault(key_of(a), total)
                heads.add(_head(text, a))
    return found


def _head(text: str, a: Annotation) -> str | None:
    """The three characters before an amount when they are all words (增加值, 总收入): the measure it
    is a figure of; None where they are not (a digit, punctuation, the text's start)."""
    head = text[max(a.start - 3, 0):a.start]
    return head if len(head) == 3 and all(c.isalpha() for c in head) else None


def yuan_of(a: Annotation) -> int | float | None:
    return cells_of(a.value)["yuan"] if a.label == AMOUNT else None


class Subtotals:
    """The parts of one document's amounts, and whether a sum leaves one out."""

    def __init__(self, text: str, spans: Iterable[Annotation]) -> None:
        self.totals = totals(text, spans)

    def total_of(self, a: Annotation) -> Annotation | None:
        """The total ``a`` is a part of (None: it is none)."""
        return self.totals.get(key_of(a)) if a.label == AMOUNT else None

    def inside(self, a: Annotation, where: Callable[[Annotation], Hashable | None] = lambda _a: True) -> bool:
        """``a`` is a part whose total a sum adds already: a sum keyed by ``where`` (the district, the
        project of a span; by default one sum: the document's) adds the total to ``a``'s: it has a
        yuan value and ``where`` gives both the same key, not None (a total with no district is added
        to no district's row)."""
        total = self.total_of(a)
        if total is None or yuan_of(total) is None:
            return False
        here = where(total)
        return here is not None and here == where(a)


def subtotals_for(ds: DocumentSpans) -> Subtotals:
    """``Subtotals`` of one document (a ``DocumentSpans``), found once for all the sheets that ask."""
    found = getattr(ds, "_subtotals", None)
    if not isinstance(found, Subtotals):
        found = Subtotals(ds.text, ds.spans)
        ds._subtotals = found  # type: ignore[attr-defined]
    return found

"""A range of money written as two amounts (3-5亿元, 3000万至5000万元, 3亿元到5亿元): the AMOUNT
suggester proposes both ends, each a sum of money, but they are one fact. Both ends concern the
same district and are for the same project: the link suggester proposes the same links for both
(``suggest/links.py``), a link made by hand on one end is made on the other in the same step
(``range_links.py``), and a total counts the range once, at its lower end (``export/ranges.py``)."""
from __future__ import annotations

from collections.abc import Iterable

from annotator.core.models import Annotation

SEPARATORS = frozenset("至到~～-－—–")  # between the two ends (annotator/core/suggest/amount.py's)
AMOUNT = "AMOUNT"


def joined(text: str, a: Annotation, b: Annotation) -> bool:
    """Whether ``b`` comes right after ``a`` with only a range separator (and white space) between."""
    between = text[a.end:b.start].strip() if a.end <= b.start else ""
    return len(between) == 1 and between in SEPARATORS


def ranges(text: str, spans: Iterable[Annotation]) -> list[list[Annotation]]:
    """The ranges among the AMOUNTs of ``spans``, in order: runs of two or more, each right after
    the one before with only a separator between (its lower end first)."""
    amounts = sorted((a for a in spans if a.label == AMOUNT), key=lambda a: (a.start, a.end))
    out: list[list[Annotation]] = []
    run: list[Annotation] = []
    for a in amounts:
        if run and joined(text, run[-1], a):
            run.append(a)
            continue
        if len(run) > 1:
            out.append(run)
        run = [a]
    if len(run) > 1:
        out.append(run)
    return out


def as_one(text: str, run: list[Annotation]) -> Annotation:
    """A range read as one span, from its lower end's start to its upper end's end (the id of its
    lower end): what the link rules weigh (3-5亿元建设松元产业园: a sum spent on building it)."""
    first, last = run[0], run[-1]
    return first.with_(end=last.end, text=text[first.start:last.end])


def each_alone_or_ranged(text: str, spans: Iterable[Annotation]) -> list[tuple[Annotation, list[Annotation]]]:
    """(the span the link rules read, the spans its links go from) for each of ``spans``: a span by
    itself, or the ends of a range of money read as one (:func:`as_one`) for all its ends; in order."""
    spans = sorted(spans, key=lambda a: (a.start, a.end))
    ends = {id(a): run for run in ranges(text, spans) for a in run}
    out: list[tuple[Annotation, list[Annotation]]] = []
    for a in spans:
        run = ends.get(id(a))
        if run is None:
            out.append((a, [a]))
        elif run[0] is a:
            out.append((as_one(text, run), run))
    return out

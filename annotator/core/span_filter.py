"""Which spans the annotation list's filters let through: a label, an annotator, an origin and a
piece of the text (None / "": any; traditional characters read as their simplified ones, 湖里区 =
湖裡區). The one test of a span against them, for the list (the window's ``AnnotationFilterProxy``)
and for N / P (:func:`annotator.core.review.step_suggestion`): the suggestion N selects is one the
list shows. The list's status filter is not here: N / P are about open suggestions whatever the
list shows of the others.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple, Protocol, TypeVar

from annotator.core.suggest.traditional import simplified


class Filterable(Protocol):
    """What the filters read of a span: an :class:`~annotator.core.models.Annotation` or a ``SpanRow``."""

    @property
    def label(self) -> str: ...
    @property
    def origin(self) -> str: ...
    @property
    def annotator(self) -> str: ...


S = TypeVar("S", bound=Filterable)


def own_text(span: Any) -> str:
    """The text of a span that holds it (an Annotation)."""
    return str(span.text)


def _simplified_all(texts: Iterable[str]) -> list[str]:
    """``texts`` read as simplified, at once: one call for all of them, one character for one (10,000
    spans: 3–5 ms, 11–19 ms in traditional characters, where a call each took 7–9 ms and 40–70 ms)."""
    texts = list(texts)
    joined = simplified("".join(texts))
    out, at = [], 0
    for t in texts:
        out.append(joined[at:at + len(t)])
        at += len(t)
    return out


class SpanFilter(NamedTuple):  # a NamedTuple, not a frozen dataclass: the window imports it before its first paint
    labels: frozenset[str] | None = None  # None: any label
    annotator: str | None = None
    origin: str | None = None
    needle: str = ""  # a piece of the span's text ("": any)

    def __bool__(self) -> bool:
        """Whether it filters anything out."""
        return self.labels is not None or self.annotator is not None or self.origin is not None or bool(self.needle)

    def with_labels(self, labels: Iterable[str] | None) -> SpanFilter:
        return self._replace(labels=frozenset(labels) if labels is not None else None)

    def with_text(self, needle: str) -> SpanFilter:
        return self._replace(needle=needle.strip())

    def with_field(self, field: str, value: str | None) -> SpanFilter:
        """``field`` "annotator" or "origin" set to ``value`` (None: any)."""
        if field == "annotator":
            return self._replace(annotator=value)
        if field == "origin":
            return self._replace(origin=value)
        raise ValueError(f"no span filter by {field!r}")

    def passes(self, span: S, text_of: Callable[[S], str] = own_text) -> bool:
        """Whether ``span`` passes; its text is read (``text_of``) only when a piece of text is asked for."""
        if self.labels is not None and span.label not in self.labels:
            return False
        if self.annotator is not None and span.annotator != self.annotator:
            return False
        if self.origin is not None and span.origin != self.origin:
            return False
        return not self.needle or simplified(self.needle) in simplified(text_of(span))

    def passing(self, spans: Sequence[S], texts_of: Callable[[Sequence[S]], Iterable[str]]) -> list[bool]:
        """Whether each of ``spans`` passes (as :meth:`passes`), in one pass: their texts are read
        at once (``texts_of``, in their order) and only when a piece of text is asked for."""
        labels, annotator, origin, needle = self
        needle = simplified(needle)  # 湖里区 typed finds 湖裡區, a report's traditional writing, as Find does
        if labels is None and annotator is None and origin is None:  # the text alone (typed into the list's filter)
            return [needle in t for t in _simplified_all(texts_of(spans))] if needle else [True] * len(spans)
        kept = [(labels is None or s.label in labels) and (annotator is None or s.annotator == annotator)
                and (origin is None or s.origin == origin) for s in spans]
        if needle:
            kept = [k and needle in t for k, t in zip(kept, _simplified_all(texts_of(spans)), strict=True)]
        return kept

    def parts(self) -> list[tuple[str, str]]:
        """The filters set, as (field, value) pairs in the list's order: label, annotator, origin, text."""
        return [*(("label", name) for name in sorted(self.labels or ())),
                *((("annotator", self.annotator),) if self.annotator is not None else ()),
                *((("origin", self.origin),) if self.origin is not None else ()),
                *((("text", self.needle),) if self.needle else ())]

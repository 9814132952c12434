"""A span as the window lists and draws it: the columns of its row that a table and a text view
use, read bare from the store (``Store.span_rows``), without building an :class:`Annotation`.

A :class:`SpanRow` is a tuple ``(start, end, id, label, status, origin, annotator, value,
confidence)``, the value as its JSON text (None when empty), the confidence the suggester's or
the model's (None for a span of an origin in :data:`~annotator.core.models.UNSCORED_ORIGINS`:
made by hand, imported, adjudicated, whatever confidence it carries), so that a list of them is
in text order as it is, a row's first three items are its sort key, and opening a document of
10,000 spans costs no Python call per span beyond the tuple SQLite makes. The rest of a span (its text, reason,
note …) is read whole when one is shown or edited; its text is the document's piece
``text[start:end]`` (the store checks that at every write).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from operator import itemgetter
from typing import Any, NamedTuple, Protocol, TypeGuard

from annotator.core.models import UNSCORED_ORIGINS, Annotation

START, END, ID, LABEL, STATUS, ORIGIN, ANNOTATOR, VALUE, CONFIDENCE = range(9)
COLUMNS = ("start", "end", "id", "label", "status", "origin", "annotator", "value", "confidence")

try:  # the C getter namedtuple's fields use (faster than a property over itemgetter)
    from collections import _tuplegetter as _getter  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    def _getter(index: int, doc: str) -> Any:
        return property(itemgetter(index), doc=doc)


class Spanlike(Protocol):
    """What drawing and stepping through spans read: an :class:`Annotation` or a :class:`SpanRow`."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def id(self) -> int | None: ...
    @property
    def label(self) -> str: ...
    @property
    def status(self) -> str: ...


class SpanRow(tuple):  # type: ignore[type-arg]
    """One span's row (see the module's doc); ``SpanRow(row)`` from a row of :data:`COLUMNS`."""

    __slots__ = ()
    start: int = _getter(START, "first code point")
    end: int = _getter(END, "code point after the last")
    id: int = _getter(ID, "the row's id")
    label: str = _getter(LABEL, "the label's name")
    status: str = _getter(STATUS, "accepted, suggested or rejected")
    origin: str = _getter(ORIGIN, "where it came from")
    annotator: str = _getter(ANNOTATOR, "who made or accepted it")
    value_json: str | None = _getter(VALUE, "the value as JSON text; None when empty")
    confidence: float | None = _getter(CONFIDENCE, "the suggester's confidence; None: made by hand, imported …")

    @property
    def value(self) -> dict[str, Any]:
        text = self[VALUE]
        return json.loads(text) if text else {}

    def replaced(self, **changes: Any) -> SpanRow:
        """A copy with some of :data:`COLUMNS` changed (the value as its JSON text)."""
        items = list(self)
        for name, value in changes.items():
            items[COLUMNS.index(name)] = value
        return SpanRow(items)


def value_json(value: dict[str, Any]) -> str | None:
    """A value as a SpanRow holds it (as the store writes it, None when empty)."""
    return json.dumps(value, ensure_ascii=False) if value else None


def span_row(a: Annotation) -> SpanRow:
    """The row of an Annotation (one given by an edit's ChangeSet)."""
    return SpanRow((a.start, a.end, a.id, a.label, a.status, a.origin, a.annotator, value_json(a.value),
                    None if a.origin in UNSCORED_ORIGINS else a.confidence))


def span_rows(spans: Iterable[Annotation | SpanRow]) -> list[SpanRow]:
    """Rows of spans given as Annotations or rows already."""
    return [s if type(s) is SpanRow else span_row(s) for s in spans]  # type: ignore[arg-type]


def rows_only(spans: list[Annotation | SpanRow]) -> TypeGuard[list[SpanRow]]:
    """Whether ``spans`` are rows already (as the store reads them), not Annotations to make rows of."""
    return set(map(type, spans)) <= {SpanRow}


class TextSpan(NamedTuple):
    """A row with its text and value: what reading a span's words needs (the jurisdiction guess)."""

    start: int
    end: int
    id: int
    label: str
    status: str
    text: str
    value: dict[str, Any]


def text_spans(rows: Iterable[SpanRow], text: str, label: str) -> list[TextSpan]:
    """The rows of ``label`` with their text (their piece of the document's ``text``) and value."""
    make = tuple.__new__  # a NamedTuple's own __new__ is a Python call: 2,500 districts at each open
    return [make(TextSpan, (r[START], r[END], r[ID], label, r[STATUS], text[r[START]:r[END]],
                            json.loads(r[VALUE]) if r[VALUE] else {}))
            for r in rows if r[LABEL] == label]

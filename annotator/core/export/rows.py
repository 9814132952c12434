"""The plain rows of the tabular exports, shared by the xlsx and csv writers.

Nothing here knows about Excel: a row is a list of str, int, float, bool, datetime or None, in
the order of its table's :class:`Column` tuple. The ``kind`` of a column tells a writer how to
present it (number format, width, wrapping); the csv writer ignores it.

Relations ("the district of this amount") are found per sentence (see ``sentences.py``): among
the exported spans of the wanted label in the same sentence, the nearest one (fewest characters
between the two spans; a span inside the other is at distance 0; a tie goes to the earlier one).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import groupby
from typing import Any, Iterable, Iterator

from annotator.core.export.sentences import Sentences
from annotator.core.models import STATUSES, Annotation, Document
from annotator.core.store import Store

DISTRICT, PROJECT, AMOUNT, TARGET = "DISTRICT", "PROJECT", "AMOUNT", "TARGET"
YI = 100_000_000  # yuan in one 亿元


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text, wrap (long text), code (digits kept as text), int, yuan, yi, number, date, bool


def _cols(*specs: str | tuple[str, str]) -> tuple[Column, ...]:
    return tuple(Column(s) if isinstance(s, str) else Column(*s) for s in specs)


# value key -> column header of the typed value columns of the Annotations table (editable on import)
VALUE_COLUMNS = {"yuan": "yuan", "qualifier": "qualifier", "currency": "currency", "amount": "foreign amount",
                 "name": "district name", "code": "division code", "quantity": "quantity", "unit": "unit"}
VALUE_KINDS = {"yuan": "yuan", "amount": "number", "quantity": "number", "code": "code"}

ANNOTATION_COLUMNS = _cols(
    "document", "title", "label", "text", ("yuan", "yuan"), ("亿元", "yi"), "qualifier", "currency",
    ("foreign amount", "number"), "district name", ("division code", "code"), ("quantity", "number"), "unit",
    ("sentence", "wrap"), "status", "origin", "annotator", ("start", "int"), ("end", "int"),
    ("created (UTC)", "date"), ("updated (UTC)", "date"), ("note", "wrap"), ("id", "int"))
DISTRICT_COLUMNS = _cols(
    "district", ("division code", "code"), ("mentions", "int"), ("documents", "int"), ("projects", "int"),
    ("amounts", "int"), ("amount sum (yuan)", "yuan"), ("amount sum (亿元)", "yi"), ("project names", "wrap"))
PROJECT_COLUMNS = _cols(
    "project", "district", ("division code", "code"), "amount", ("yuan", "yuan"), ("亿元", "yi"), "document",
    ("sentence", "wrap"), ("start", "int"), ("end", "int"), ("id", "int"))
AMOUNT_COLUMNS = _cols(
    "document", "amount", ("yuan", "yuan"), ("亿元", "yi"), "qualifier", "currency", ("foreign amount", "number"),
    "district", "project", ("sentence", "wrap"), ("document total (yuan)", "yuan"),
    ("document total (亿元)", "yi"), ("start", "int"), ("end", "int"), ("id", "int"))
TARGET_COLUMNS = _cols(
    "target", ("quantity", "number"), "unit", "district", "document", ("sentence", "wrap"), ("start", "int"),
    ("end", "int"), ("id", "int"))


def document_columns(label_names: Iterable[str]) -> tuple[Column, ...]:
    """Exported spans per label, then all spans of the document per status (in STATUSES order)."""
    return _cols("document", "title", ("characters", "int"), *((n, "int") for n in label_names),
                 *((f"{s} (all labels)", "int") for s in STATUSES), ("done", "bool"))


# ------------------------------------------------------------------ values
def _number(v: Any) -> int | float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str):
        try:
            f = float(v.replace(",", "").strip())
        except ValueError:
            return None
        return int(f) if f.is_integer() else f
    return None


def _text(v: Any) -> str | None:
    if v is None or v == "":
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def value_cells(value: dict) -> dict[str, Any]:
    """The typed cells of a stored value, by value key (yuan, qualifier, …); absent keys give None."""
    value = value if isinstance(value, dict) else {}
    yuan = _number(value.get("yuan"))
    return {"yuan": int(yuan) if isinstance(yuan, float) and yuan.is_integer() else yuan,
            "qualifier": _text(value.get("qualifier")), "currency": _text(value.get("currency")),
            "amount": _number(value.get("amount")), "name": _text(value.get("name")),
            "code": _text(value.get("code")), "quantity": _number(value.get("quantity")),
            "unit": _text(value.get("unit"))}


def yuan_of(a: Annotation) -> int | float | None:
    return value_cells(a.value)["yuan"] if a.label == AMOUNT else None


def in_yi(yuan: int | float | None) -> float | None:
    return None if yuan is None else yuan / YI


def parse_time(stamp: str) -> datetime | None:
    """A stored ISO time as a naive UTC datetime (Excel has no time zones); None when unreadable."""
    try:
        t = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    if t.tzinfo is not None:
        t = t.astimezone(timezone.utc).replace(tzinfo=None)
    return t


def district_key(a: Annotation) -> str:
    """A district by its normalised name, falling back to the span text."""
    return value_cells(a.value)["name"] or a.text


# --------------------------------------------------------------- documents
@dataclass
class DocumentSpans:
    """One document's exported spans with its text and sentences (one document in memory at a time)."""

    doc: Document
    text: str
    spans: list[Annotation]
    sentences: Sentences = field(init=False)
    _by_sentence: dict[int, dict[str, list[Annotation]]] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.sentences = Sentences(self.text)

    def sentence_of(self, a: Annotation) -> str:
        return self.sentences.sentence(a.start)

    def by_sentence(self) -> dict[int, dict[str, list[Annotation]]]:
        """{sentence number: {label: spans}} of the sentences that hold spans."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for a in self.spans:
                self._by_sentence.setdefault(self.sentences.index(a.start), {}).setdefault(a.label, []).append(a)
        return self._by_sentence

    def nearest(self, a: Annotation, label: str) -> Annotation | None:
        """The span of ``label`` nearest to ``a`` in its sentence (None when there is none)."""
        best, best_key = None, None
        for b in self.by_sentence().get(self.sentences.index(a.start), {}).get(label, ()):
            if b.id == a.id:
                continue
            key = (max(b.start - a.end, a.start - b.end, 0), b.start)
            if best_key is None or key < best_key:
                best, best_key = b, key
        return best


def iter_documents(store: Store, statuses: Iterable[str] | None = ("accepted",),
                   labels: Iterable[str] | None = None,
                   doc_ids: Iterable[int] | None = None) -> Iterator[DocumentSpans]:
    """The documents that have exported spans, in document order, each with its spans and text."""
    docs = {d.id: d for d in store.documents()}
    spans = store.iter_annotations(statuses=None if statuses is None else list(statuses),
                                   labels=None if labels is None else list(labels),
                                   doc_ids=None if doc_ids is None else list(doc_ids))
    for doc_id, group in groupby(spans, key=lambda a: a.document_id):
        text = next(store.document_texts([doc_id]))[2]
        yield DocumentSpans(docs[doc_id], text, list(group))


# -------------------------------------------------------------------- rows
def annotation_row(ds: DocumentSpans, a: Annotation) -> list:
    v = value_cells(a.value)
    return [ds.doc.name, ds.doc.title, a.label, a.text, v["yuan"], in_yi(v["yuan"]), v["qualifier"],
            v["currency"], v["amount"], v["name"], v["code"], v["quantity"], v["unit"], ds.sentence_of(a),
            a.status, a.origin, a.annotator or None, a.start, a.end, parse_time(a.created_at),
            parse_time(a.updated_at), a.note or None, a.id]


def project_rows(ds: DocumentSpans) -> Iterator[list]:
    for a in ds.spans:
        if a.label != PROJECT:
            continue
        d, m = ds.nearest(a, DISTRICT), ds.nearest(a, AMOUNT)
        yuan = yuan_of(m) if m else None
        yield [a.text, district_key(d) if d else None, value_cells(d.value)["code"] if d else None,
               m.text if m else None, yuan, in_yi(yuan), ds.doc.name, ds.sentence_of(a), a.start, a.end, a.id]


def amount_rows(ds: DocumentSpans) -> Iterator[list]:
    amounts = [a for a in ds.spans if a.label == AMOUNT]
    total = sum(y for y in map(yuan_of, amounts) if y is not None)
    for a in amounts:
        v = value_cells(a.value)
        d, p = ds.nearest(a, DISTRICT), ds.nearest(a, PROJECT)
        yield [ds.doc.name, a.text, v["yuan"], in_yi(v["yuan"]), v["qualifier"], v["currency"], v["amount"],
               district_key(d) if d else None, p.text if p else None, ds.sentence_of(a), total, in_yi(total),
               a.start, a.end, a.id]


def target_rows(ds: DocumentSpans) -> Iterator[list]:
    for a in ds.spans:
        if a.label != TARGET:
            continue
        v = value_cells(a.value)
        d = ds.nearest(a, DISTRICT)
        yield [a.text, v["quantity"], v["unit"], district_key(d) if d else None, ds.doc.name,
               ds.sentence_of(a), a.start, a.end, a.id]


@dataclass
class _District:
    code: str | None = None
    mentions: int = 0
    documents: set = field(default_factory=set)
    projects: dict = field(default_factory=dict)  # name -> None, in order of first mention
    amounts: int = 0
    yuan: int | float = 0


class DistrictTally:
    """Per district (normalised name): mentions, documents, and the projects and amounts of its sentences.

    An amount counts once for every district named in its sentence, so the sums of two districts
    named together overlap: they are not meant to be added up across districts.
    """

    def __init__(self) -> None:
        self.districts: dict[str, _District] = {}

    def add(self, ds: DocumentSpans) -> None:
        for by_label in ds.by_sentence().values():
            names = []
            for a in by_label.get(DISTRICT, ()):
                key = district_key(a)
                d = self.districts.setdefault(key, _District())
                d.mentions += 1
                d.documents.add(ds.doc.id)
                d.code = d.code or value_cells(a.value)["code"]
                if key not in names:
                    names.append(key)
            yuans = [y for y in map(yuan_of, by_label.get(AMOUNT, ())) if y is not None]
            for key in names:
                d = self.districts[key]
                for p in by_label.get(PROJECT, ()):
                    d.projects.setdefault(p.text, None)
                d.amounts += len(yuans)
                d.yuan += sum(yuans)

    def rows(self) -> list[list]:
        """Sorted by the sum of amounts, then mentions, then name."""
        items = sorted(self.districts.items(), key=lambda kv: (-kv[1].yuan, -kv[1].mentions, kv[0]))
        return [[name, d.code, d.mentions, len(d.documents), len(d.projects), d.amounts, d.yuan, in_yi(d.yuan),
                 "、".join(d.projects) or None] for name, d in items]

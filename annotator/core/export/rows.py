"""The plain rows of the tabular exports, shared by the xlsx and csv writers.

Nothing here knows about Excel: a row is a list of str, int, float, bool, datetime or None, in
the order of its table's :class:`Column` tuple. The ``kind`` of a column tells a writer how to
present it (number format, width, wrapping); the csv writer ignores it.

The Annotations table has one typed column per value field of the label schema (``labels.py``);
the sheets of single labels are built in ``label_sheets.py``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import groupby
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from annotator.core.columns import MAX_LENGTH, snake
from annotator.core.export.sentences import Sentences
from annotator.core.fields import YuanType, in_yi, parse_time
from annotator.core.labels import ValueField, value_cells, value_fields
from annotator.core.models import STATUSES, UNSCORED_ORIGINS, Annotation, Document, Link
from annotator.core.store import Store

if TYPE_CHECKING:
    from annotator.core.export.meta import MetaColumns

T = TypeVar("T")


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text, wrap (long text), code (digits kept as text), int, yuan, money, yi, number, date, bool


def _cols(*specs: str | tuple[str, str]) -> tuple[Column, ...]:
    return tuple(Column(s) if isinstance(s, str) else Column(*s) for s in specs)


def value_columns(fields: Iterable[ValueField] | None = None) -> tuple[Column, ...]:
    """The typed value columns of ``fields`` (default: every value field of the label schema, as the
    Annotations table has them); a sum in yuan is followed by its 亿元."""
    columns = []
    for f in value_fields() if fields is None else fields:
        columns.append(Column(snake(f.column) or f.key, f.type.kind))
        if isinstance(f.type, YuanType):
            columns.append(Column(snake(f.type.yi_column) or f.key + "_yi", "yi"))
    return tuple(columns)


def annotation_columns(meta: MetaColumns | None = None) -> tuple[Column, ...]:
    """The columns of the Annotations table (xlsx sheet and csv), as the label schema has them now,
    with the document's metadata after its name (``meta``; without it only the title); ``confidence``
    (after ``origin``) is the model's or a suggester's of a span it proposed (:func:`confidence_of`), and
    ``reason`` why it proposed it (the window's form shows it as Reason)."""
    return (Column("document"), *(meta.columns() if meta is not None else (Column("title"),)),
            *_cols("label", "text"), *value_columns(),
            *_cols(("sentence", "wrap"), "status", "origin", ("confidence", "decimals2"), ("reason", "wrap"),
                   "annotator",
                   ("start_offset", "int"), ("end_offset", "int"), ("created_utc", "date"), ("updated_utc", "date"),
                   ("note", "wrap"), ("id", "int")))


def document_columns(label_names: Iterable[str], meta: MetaColumns | None = None,
                     ids: Mapping[str, int | None] | None = None) -> tuple[Column, ...]:
    """The document's metadata, its exported spans per label (``n_district`` …; ``ids``: the labels'
    ids, :func:`label_count_columns`), then all spans of the document per status (``n_accepted`` …, in
    STATUSES order)."""
    counted = label_count_columns(label_names, ids).values()
    return (Column("document"), *(meta.columns() if meta is not None else (Column("title"),)),
            *_cols(("characters", "int"), *((c, "int") for c in counted),
                   *((f"n_{s}", "int") for s in STATUSES), ("done", "bool"), "sha256"))


LINK_COLUMNS = _cols("document", "kind", "from_label", "from_text", ("from_start", "int"), ("from_end", "int"),
                     ("from_id", "int"), "to_label", "to_text", ("to_start", "int"), ("to_end", "int"),
                     ("to_id", "int"), "district_name",
                     ("district_code", "code"), "status", "origin", "annotator", ("reason", "wrap"), ("id", "int"))


def link_rows(ds: DocumentSpans) -> Iterator[list[Any]]:
    """The Links sheet's rows of one document: each link (not rejected) of an exported span, both
    spans named by label, text and offsets (what the importer matches them by) and by id (what
    the id of Facts and Annotations joins: offsets alone name two coders' equal spans alike)."""
    from annotator.core.links import DISTRICT, district_of

    exported = {a.id for a in ds.spans}
    for link in ds.links:
        source = ds.all_spans.get(link.source_id)
        if source is None or source.id not in exported:
            continue
        target = ds.all_spans.get(link.target_id) if link.target_id is not None else None
        district = district_of(link, target) if link.kind == DISTRICT else None
        yield [ds.doc.name, link.kind, source.label, source.text, source.start, source.end, source.id,
               *((target.label, target.text, target.start, target.end, target.id) if target else (None,) * 5),
               district.name if district else None, district.code if district else None,
               link.status, link.origin, link.annotator or None, link.reason or None, link.id]


def label_count_column(label: str, number: int, suffix: str = "") -> str:
    """The Documents column counting the exported spans of ``label`` (``number``: its id, else its place),
    ``suffix`` after it, cut to Stata's 32 characters (a long label's name is cut, not the suffix)."""
    name = "n_" + (snake(label) or f"label_{number}")
    return name[:MAX_LENGTH - len(suffix)].rstrip("_") + suffix


def label_count_columns(label_names: Iterable[str], ids: Mapping[str, int | None] | None = None) -> dict[str, str]:
    """Each label's Documents column (:func:`label_count_column`), every one a name of its own: a label
    whose ASCII name another has (my label, my_label: n_my_label) gets its number after it
    (n_my_label_6), so that Stata, R and pandas read one column per label. The number is the label's
    id where ``ids`` gives it (the Codebook says which label a column counts), and the names are
    given in the ids' order: a label moved in the list keeps its column's name (政策 n_label_7, where
    its place had made it n_label_2 after a move); else the label's place in ``label_names``."""
    names = list(label_names)
    number = {name: (ids or {}).get(name) or place for place, name in enumerate(names, 1)}
    columns: dict[str, str] = {}
    taken = {f"n_{s}" for s in STATUSES}
    for name in sorted(names, key=number.__getitem__):
        column = label_count_column(name, number[name])
        if column in taken:
            column = label_count_column(name, number[name], f"_{number[name]}")
        taken.add(column)
        columns[name] = column
    return {name: columns[name] for name in names}


def label_count_meanings(label_names: Iterable[str], ids: Mapping[str, int | None] | None = None) -> dict[str, str]:
    """The Codebook's words for each label's Documents column, naming the label as the project has it
    (n_label_5: exported 政策 spans of the document)."""
    return {column: f"exported {name} spans of the document"
            for name, column in label_count_columns(label_names, ids).items()}


def value_row(value: dict[str, Any], fields: Iterable[ValueField] | None = None) -> list[Any]:
    """The cells of a stored value under :func:`value_columns` of the same ``fields``."""
    get = value.get if isinstance(value, dict) else {}.get
    row: list[Any] = []
    for key, cell, yi in _plan(value_fields() if fields is None else tuple(fields)):
        c = cell(get(key))
        row.append(c)
        if yi:
            row.append(in_yi(c))
    return row


# id(value) -> (value, fields, cells): the sheets ask for each exported span's cells four or five times
_cells: dict[int, tuple[Any, tuple[ValueField, ...], dict[str, Any]]] = {}


def cells_of(value: Any) -> dict[str, Any]:
    """:func:`~annotator.core.labels.value_cells` of a span's stored value, worked out once for that value
    (an export never changes the values it reads); the dict given is shared: read it, never change it."""
    fields = value_fields()
    known = _cells.get(id(value))
    if known is not None and known[0] is value and known[1] is fields:
        return known[2]
    if len(_cells) >= 4096:
        _cells.clear()
    cells = value_cells(value)
    _cells[id(value)] = (value, fields, cells)  # the value kept: its id names no other while it is here
    return cells


Plan = tuple[tuple[str, Callable[[Any], Any], bool], ...]
# id(fields) -> (fields, plan): an export asks for every row
_plans: dict[int, tuple[tuple[ValueField, ...], Plan]] = {}


def _plan(fields: tuple[ValueField, ...]) -> Plan:
    """(key, cell function, followed by 亿元?) per field."""
    known = _plans.get(id(fields))
    if known is None or known[0] is not fields:
        if len(_plans) > 16:
            _plans.clear()
        known = _plans[id(fields)] = (fields, tuple((f.key, f.type.cell, isinstance(f.type, YuanType))
                                                     for f in fields))
    return known[1]


# --------------------------------------------------------------- documents
LINK_STATUSES = ("accepted", "suggested")  # the links the tables use (an accepted one wins)


@dataclass
class DocumentSpans:
    """One document's exported spans with its text and sentences (one document in memory at a time)."""

    doc: Document
    text: str
    spans: list[Annotation]
    links: list[Link] = field(default_factory=list)  # the document's links (not rejected)
    all_spans: dict[int, Annotation] = field(default_factory=dict)  # the spans its links go to (a link may
    # point at a span the export leaves out) and its exported spans, by id, when it has links
    context: list[Annotation] | None = None  # the document's spans of every label (the export's statuses
    # and annotators) when labels are filtered: what the link rules read (None: ``spans`` are all)
    districts: Callable[[], list[Annotation]] | None = None  # its DISTRICT spans accepted or suggested, read
    # when asked: the jurisdiction is guessed from them as the window guesses it, whatever the export takes
    sentences: Sentences = field(init=False)

    def __post_init__(self) -> None:
        self.sentences = Sentences(self.text)

    def sentence_of(self, a: Annotation) -> str:
        return self.sentences.shown(a.start, a.end)


def iter_documents(store: Store, statuses: Iterable[str] | None = ("accepted",),
                   labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
                   annotators: Iterable[str] | None = None, *, links: bool = True) -> Iterator[DocumentSpans]:
    """The documents that have exported spans, in document order, each with its spans and text, and
    (``links``: what the link rules and the Links rows read; the Annotations table reads none) its
    links and the spans they go to. Spans, texts, links and targets are each one query over all documents,
    read in step a document at a time (``store/export_reads.py``); with ``labels`` the spans of every
    label are read, the rules' context, and the chosen ones exported."""
    docs = {d.id: d for d in store.documents()}
    statuses = None if statuses is None else list(statuses)
    doc_ids = None if doc_ids is None else list(doc_ids)
    annotators = None if annotators is None else list(annotators)
    chosen = None if labels is None else list(labels)
    in_context = links and chosen is not None  # every label's spans read, the chosen ones exported
    spans = store.iter_annotations(statuses=statuses, labels=None if in_context else chosen,
                                   doc_ids=doc_ids, annotators=annotators)
    doc_links = _InStep(store.links_by_document(LINK_STATUSES, doc_ids, statuses) if links else iter(()))
    targets = _InStep(store.link_targets_by_document(LINK_STATUSES, doc_ids, statuses) if links else iter(()))
    districts = _InStep(store.spans_by_document(LINK_STATUSES, ["DISTRICT"], doc_ids, annotators) if links
                        else iter(()))
    texts = _InStep(store.texts_by_document(statuses, chosen, doc_ids, annotators))
    wanted = set(chosen) if chosen is not None else set()
    for doc_id, group in groupby(spans, key=lambda a: a.document_id):
        read = list(group)
        context = read if in_context else None
        exported = [a for a in read if a.label in wanted] if in_context else read
        if not exported:
            continue
        text = texts.take(doc_id, "")
        linked = doc_links.take(doc_id, [])
        every = {**targets.take(doc_id, {}), **{a.id: a for a in exported if a.id is not None}} if linked else {}
        linked = [link for link in linked if _counts(link, every, statuses)]
        yield DocumentSpans(docs[doc_id], text, exported, linked, every, context,
                            _districts(districts.take(doc_id, []) if links else None, store, doc_id, annotators))


class _InStep(Generic[T]):
    """A stream of (document id, rows) by document id, read up to the document asked for."""

    def __init__(self, stream: Iterator[tuple[int, T]]) -> None:
        self.stream = stream
        self.head: tuple[int, T] | None = next(stream, None)

    def take(self, doc_id: int, none: T) -> T:
        """The rows of ``doc_id`` (``none`` when it has none); those of the documents before it are passed by."""
        while self.head is not None and self.head[0] < doc_id:
            self.head = next(self.stream, None)
        if self.head is None or self.head[0] != doc_id:
            return none
        rows = self.head[1]
        self.head = next(self.stream, None)
        return rows


def _districts(read: list[Annotation] | None, store: Store, doc_id: int, annotators: list[str] | None
               ) -> Callable[[], list[Annotation]]:
    """The document's DISTRICT spans the window guesses its jurisdiction from (accepted or suggested;
    ``read``: as read for every document at once, else read when the tables first ask): a fact left
    without a district of its own (its district span still a suggestion while only accepted spans are
    exported) goes to the jurisdiction, not to none."""
    if read is not None:
        return lambda: read
    return lambda: store.annotations(doc_id, statuses=LINK_STATUSES, labels=["DISTRICT"], annotators=annotators)


def _counts(link: Link, spans: dict[int, Annotation], statuses: Iterable[str] | None) -> bool:
    """Whether the tables use ``link``: its target span (if any) has a status the export takes (never a
    rejected one when it takes all). A sum linked to a PROJECT suggestion that was rejected, or left
    open while only accepted spans are exported, is not that project's (the Facts sheet named a project
    no Projects row holds, and its Links row was refused when the workbook was imported elsewhere); a
    target left out by the label, document or annotator filters still counts."""
    if link.target_id is None:
        return True
    target = spans.get(link.target_id)
    if target is None:
        return False
    return target.status != "rejected" if statuses is None else target.status in statuses


# -------------------------------------------------------------------- rows
def annotation_row(ds: DocumentSpans, a: Annotation, meta: MetaColumns | None = None) -> list[Any]:
    from annotator.core.export.meta import title_of  # meta.py imports this module

    return [ds.doc.name, *(meta.row(ds.doc) if meta is not None else (title_of(ds.doc),)), a.label, a.text,
            *value_row(a.value), ds.sentence_of(a), a.status, a.origin, confidence_of(a), a.reason or None,
            a.annotator or None,
            a.start, a.end, parse_time(a.created_at), parse_time(a.updated_at), a.note or None, a.id]


def confidence_of(a: Annotation) -> float | None:
    """The confidence the model or a suggester proposed ``a`` with (kept once it is accepted); None for
    a span made by hand, imported or adjudicated (as the window shows it: ``span_row.py``), or by a rule
    that gives none."""
    return None if a.origin in UNSCORED_ORIGINS else a.confidence

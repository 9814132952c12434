"""Span annotations as JSON Lines: the gold format of the annotation guide, and doccano's."""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.export.links import link_entries, relations_between
from annotator.core.export.meta import metadata_of
from annotator.core.export.rejected import LeftOut
from annotator.core.models import MANUAL, Annotation
from annotator.core.store import Store
from annotator.core.writing import atomic_path


def gold_lines(store: Store, statuses: Iterable[str] = ("accepted",), labels: Iterable[str] | None = None,
               doc_ids: Iterable[int] | None = None, annotators: Iterable[str] | None = None) -> Iterator[str]:
    """One line per span: {"doc", "start", "end", "label", "text", "value"}, by document and offset;
    ``meta`` when the document has metadata (``--meta``): title, the stored keys, year (a document
    without gives exactly the guide's gold lines). A span with links (of ``statuses``) carries them
    as ``links`` (``export/links.py``). A span that is not accepted says so (``status``, ``origin``),
    so the file imported into a new project gives the same spans: an open suggestion stays one."""
    docs = {d.id: d for d in store.documents()}
    metas: dict[int, dict[str, Any] | None] = {}
    doc_ids = list(doc_ids) if doc_ids is not None else None
    statuses = list(statuses)
    links: dict[int, list[dict[str, Any]]] = {}
    for a in store.iter_annotations(statuses=statuses, labels=labels, doc_ids=doc_ids, annotators=annotators):
        if a.document_id not in metas:
            doc = docs[a.document_id]
            metas[a.document_id] = metadata_of(doc) if doc.metadata else None
            links = link_entries(store, statuses, [a.document_id])  # one document's at a time: memory stays flat
        line: dict[str, Any] = {"doc": docs[a.document_id].name, "start": a.start, "end": a.end,
                                "label": a.label, "text": a.text, "value": a.value}
        line.update(review_keys(a))
        if metas[a.document_id] is not None:
            line["meta"] = metas[a.document_id]
        if a.id in links:
            line["links"] = links[a.id]
        yield _dumps(line)


def review_keys(a: Annotation) -> dict[str, Any]:
    """What the importer (``imports/jsonl.py``) reads back of a span's review beside the guide's
    keys: its status when it is not accepted, its origin when it is not ``manual`` (a rule's, the
    model's, a gold layer's ``adjudicated``), its annotator when it has one. So a merged team's file
    read into a new project gives each coder's layer back (two coders' equal spans stay two, and the
    agreement compares them) and the gold layer stays adjudicated; the model's confidence in a span
    it suggested as ``confidence``, and why it was proposed as ``reason``; a span made by hand without
    a name gives exactly the guide's gold line."""
    keys: dict[str, Any] = {"status": a.status} if a.status != "accepted" else {}
    if a.origin != MANUAL or a.status != "accepted":
        keys["origin"] = a.origin
    if a.annotator:
        keys["annotator"] = a.annotator
    if a.confidence is not None:  # the model's, of a span it suggested: the window's minimum confidence hides it
        keys["confidence"] = a.confidence
    if a.reason:  # why a rule or the model proposed it (the window's form says it)
        keys["reason"] = a.reason
    return keys


def documents_with_spans(store: Store, statuses: Iterable[str] = ("accepted",),
                         labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
                         annotators: Iterable[str] | None = None
                         ) -> Iterator[tuple[int, str, str, dict[str, Any], list[Annotation]]]:
    """(id, name, text, meta, spans) of every document (of ``doc_ids``), one at a time (memory stays
    flat): what the formats of one document a record (doccano's, Label Studio's) are written from.
    ``meta`` holds the document's metadata (title, the ``--meta`` keys, year) and ``values``:
    ``[[start, end, LABEL, value], …]``, the normalised value of each span that has one (yuan,
    division code, quantity …), which those formats have no place for."""
    docs = {d.id: d for d in store.documents()}
    statuses, annotators = list(statuses), list(annotators) if annotators is not None else None
    wanted = set(doc_ids) if doc_ids is not None else None
    for doc_id, name, text in store.document_texts():
        if wanted is not None and doc_id not in wanted:
            continue
        found = list(store.iter_annotations(doc_id, statuses=statuses, labels=labels, annotators=annotators))
        meta = metadata_of(docs[doc_id]) if doc_id in docs else {}
        meta["values"] = values_of(found)
        yield doc_id, name, text, meta, found


def values_of(spans: Iterable[Annotation]) -> list[list[Any]]:
    """``meta``'s ``values``: ``[[start, end, LABEL, value], …]`` of the spans that have a value."""
    return [[a.start, a.end, a.label, a.value] for a in spans if a.value]


def doccano_lines(store: Store, statuses: Iterable[str] = ("accepted",), labels: Iterable[str] | None = None,
                  doc_ids: Iterable[int] | None = None, annotators: Iterable[str] | None = None,
                  rejected: LeftOut | None = None) -> Iterator[str]:
    """One line per document: {"id", "name", "text", "label": [[start, end, LABEL], …], "meta"}
    (doccano keeps a line's other keys as the document's metadata: ``meta`` as
    :func:`documents_with_spans` gives it). doccano has no status: the rejected spans are left out (read back,
    they came in accepted), counted in ``rejected`` (``export/rejected.py``)."""
    left_out = rejected if rejected is not None else LeftOut()
    statuses = list(statuses)
    for doc_id, name, text, meta, found in documents_with_spans(store, statuses, labels, doc_ids, annotators):
        found, _shown = left_out.take(store, doc_id, statuses, found, links=False)
        meta["values"] = values_of(found)
        spans = [[a.start, a.end, a.label] for a in found]
        yield _dumps({"id": doc_id, "name": name, "text": text, "label": spans, "meta": meta})


def doccano_relation_lines(store: Store, statuses: Iterable[str] = ("accepted",),
                           labels: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
                           annotators: Iterable[str] | None = None, rejected: LeftOut | None = None
                           ) -> Iterator[str]:
    """doccano's relation-extraction JSONL, one document a line: {"id", "name", "text", "entities":
    [{"id", "label", "start_offset", "end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}],
    "meta"}. Entity and relation ids are the project's span and link ids; ``type`` is the link's kind
    ("district", "project"). A district link that names no exported span (the jurisdiction, a district
    by name) has no relation to point to: it goes to ``meta`` as ``district_links``
    (:func:`~annotator.core.export.links.relations_between`). ``meta`` has ``values`` as in :func:`doccano_lines`;
    the rejected spans and links are left out as there, counted in ``rejected``."""
    left_out = rejected if rejected is not None else LeftOut()
    statuses = list(statuses)
    for doc_id, name, text, meta, found in documents_with_spans(store, statuses, labels, doc_ids, annotators):
        found, shown = left_out.take(store, doc_id, statuses, found)
        meta["values"] = values_of(found)
        relations, by_name = relations_between(store, doc_id, shown, found)
        if by_name:
            meta["district_links"] = [entry for _link, entry in by_name]
        yield _dumps({"id": doc_id, "name": name, "text": text, "meta": meta,
                      "entities": [{"id": a.id, "label": a.label, "start_offset": a.start, "end_offset": a.end}
                                   for a in found],
                      "relations": [{"id": link.id, "from_id": link.source_id, "to_id": link.target_id,
                                     "type": link.kind} for link in relations]})


WRITERS = {"jsonl": gold_lines, "doccano": doccano_lines, "doccano-relations": doccano_relation_lines}


class Lines(int):
    """The number of lines :func:`write` wrote, and the rejected spans and links doccano's formats left out."""

    left_out: LeftOut

    def __new__(cls, count: int, left_out: LeftOut | None = None) -> Lines:
        lines = super().__new__(cls, count)
        lines.left_out = left_out if left_out is not None else LeftOut()
        return lines

    @property
    def rejected_note(self) -> str:
        """The summary's line on the rejected spans and links left out ("": none)."""
        return self.left_out.note("doccano")


def write(store: Store, out: Path, fmt: str = "jsonl", **filters: Any) -> Lines:
    """Write the chosen format to ``out`` (atomically) line by line as it is read; returns the number of lines
    (and, for doccano's formats, the rejected spans and links left out)."""
    count, left_out = 0, LeftOut()
    if fmt != "jsonl":  # the gold lines keep every status
        filters["rejected"] = left_out
    with atomic_path(Path(out)) as tmp, open(tmp, "w", encoding="utf-8", newline="") as f:
        for line in WRITERS[fmt](store, **filters):
            f.write(line + "\n")
            count += 1
        f.flush()
        os.fsync(f.fileno())
    return Lines(count, left_out)


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)

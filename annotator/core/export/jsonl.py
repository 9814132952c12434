"""Span annotations as JSON Lines: the gold format of the annotation guide, and doccano's."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.export.links import link_entries
from annotator.core.export.meta import metadata_of
from annotator.core.models import Annotation
from annotator.core.store import Store
from annotator.core.writing import atomic_write_text


def gold_lines(store: Store, statuses: Iterable[str] = ("accepted",), labels: Iterable[str] | None = None,
               doc_ids: Iterable[int] | None = None) -> Iterator[str]:
    """One line per span: {"doc", "start", "end", "label", "text", "value"}, by document and offset;
    ``meta`` when the document has metadata (``--meta``): title, the stored keys, year (a document
    without gives exactly the guide's gold lines). A span with links (of ``statuses``) carries them
    as ``links`` (``export/links.py``)."""
    docs = {d.id: d for d in store.documents()}
    metas: dict[int, dict[str, Any] | None] = {}
    doc_ids = list(doc_ids) if doc_ids is not None else None
    links = link_entries(store, statuses, doc_ids)
    for a in store.iter_annotations(statuses=list(statuses), labels=labels, doc_ids=doc_ids):
        if a.document_id not in metas:
            doc = docs[a.document_id]
            metas[a.document_id] = metadata_of(doc) if doc.metadata else None
        line: dict[str, Any] = {"doc": docs[a.document_id].name, "start": a.start, "end": a.end,
                                "label": a.label, "text": a.text, "value": a.value}
        if metas[a.document_id] is not None:
            line["meta"] = metas[a.document_id]
        if a.id in links:
            line["links"] = links[a.id]
        yield _dumps(line)


def doccano_lines(store: Store, statuses: Iterable[str] = ("accepted",), labels: Iterable[str] | None = None,
                  doc_ids: Iterable[int] | None = None) -> Iterator[str]:
    """One line per document: {"id", "name", "text", "label": [[start, end, LABEL], …], "meta"}.

    ``meta`` (doccano keeps a line's other keys as the document's metadata) holds the document's
    metadata (title, the ``--meta`` keys, year) and ``values``: ``[[start, end, LABEL, value], …]``,
    the normalised value of each span that has one (yuan, division code, quantity …)."""
    docs = {d.id: d for d in store.documents()}
    by_doc: dict[int, list[Annotation]] = {}
    for a in store.iter_annotations(statuses=list(statuses), labels=labels, doc_ids=doc_ids):
        by_doc.setdefault(a.document_id, []).append(a)
    wanted = set(doc_ids) if doc_ids is not None else None
    for doc_id, name, text in store.document_texts():
        if wanted is not None and doc_id not in wanted:
            continue
        spans = [[a.start, a.end, a.label] for a in by_doc.get(doc_id, [])]
        meta = metadata_of(docs[doc_id]) if doc_id in docs else {}
        meta["values"] = [[a.start, a.end, a.label, a.value] for a in by_doc.get(doc_id, []) if a.value]
        yield _dumps({"id": doc_id, "name": name, "text": text, "label": spans, "meta": meta})


def write(store: Store, out: Path, fmt: str = "jsonl", **filters: Any) -> int:
    """Write the chosen format to ``out`` (atomically); returns the number of lines."""
    lines = list((doccano_lines if fmt == "doccano" else gold_lines)(store, **filters))
    atomic_write_text(Path(out), "".join(line + "\n" for line in lines))
    return len(lines)


def _dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)

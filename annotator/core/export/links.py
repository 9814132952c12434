"""Links in the exchange formats: the ``links`` list a span line of the gold JSONL carries, and the
relations of the formats of one document a record (doccano's, Label Studio's).

Each entry names the linked span by its offsets and label (as the guide's gold links do):
``{"kind": "district", "start": 0, "end": 3, "label": "DISTRICT", "text": "湖里区",
"district": {"name": "湖里区", "code": "350206"}, "status": "accepted", "origin": "clause",
"reason": "clause: 湖里区 governs the clause"}`` (``reason``: why a rule proposed it, when it says);
a district no span names has ``start`` and ``end`` null. ``kind`` "project" entries name the
PROJECT span the sum or goal is for.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from annotator.core.links import DISTRICT, district_of
from annotator.core.models import Annotation, Link
from annotator.core.store import Store


def link_entries(store: Store, statuses: Iterable[str], doc_ids: Iterable[int] | None = None
                 ) -> dict[int, list[dict[str, Any]]]:
    """{span id: [link entry, …]} for the links of ``statuses`` in the given documents (all when None)."""
    wanted = list(statuses)
    ids = list(doc_ids) if doc_ids is not None else None
    links = store.links(statuses=wanted, doc_ids=ids)
    if not links:
        return {}
    spans: dict[int, Annotation] = {}
    for doc_id in sorted({link.document_id for link in links}):
        spans.update((a.id, a) for a in store.annotations(doc_id) if a.id is not None)
    out: dict[int, list[dict[str, Any]]] = {}
    for link in links:
        target = spans.get(link.target_id) if link.target_id is not None else None
        entry: dict[str, Any] = {"kind": link.kind,
                                 "start": target.start if target else None, "end": target.end if target else None,
                                 "label": target.label if target else "DISTRICT",
                                 "text": target.text if target else None}
        if link.kind == DISTRICT:
            district = district_of(link, target)
            entry["district"] = {"name": district.name, "code": district.code} if district else None
        entry.update(status=link.status, origin=link.origin)
        if link.reason:
            entry["reason"] = link.reason
        out.setdefault(link.source_id, []).append(entry)
    return out


def relations_between(store: Store, doc_id: int, statuses: Iterable[str], exported: Iterable[Annotation]
                      ) -> tuple[list[Link], list[tuple[Link, list[Any]]]]:
    """The links of ``statuses`` in a document from one of its ``exported`` spans: those to an exported
    span (a relation between two entities, in doccano's and Label Studio's formats), and, as (the link,
    ``[start, end, LABEL, {"name", "code"}]``), the district links that name no exported span (the
    jurisdiction, a district by name), which those formats keep as ``district_links``. A link to a span
    that is not exported (another status, label) is left out."""
    exported = list(exported)
    ids = {a.id for a in exported}
    spans = {a.id: a for a in store.annotations(doc_id) if a.id is not None}
    relations: list[Link] = []
    by_name: list[tuple[Link, list[Any]]] = []
    for link in store.links(doc_id, statuses=list(statuses)):
        if link.source_id not in ids:
            continue
        if link.target_id in ids:
            relations.append(link)
            continue
        target = spans.get(link.target_id) if link.target_id is not None else None
        district = district_of(link, target) if link.kind == DISTRICT else None
        if district is not None:
            source = spans[link.source_id]
            by_name.append((link, [source.start, source.end, source.label,
                                              {"name": district.name, "code": district.code}]))
    return relations, by_name

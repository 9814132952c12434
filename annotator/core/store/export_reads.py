"""The reads of the tabular exports (csv, xlsx) over all their documents at once: each document's
links and the spans they go to, streamed in document order, one query each for the whole project.

The exports asked for them one document at a time, and read every span of each document to find
the few a link goes to: on 4,704 reports (475,000 spans, 341,000 links) 8,400 queries and 525,000
spans made objects for 47,700 targets (a csv export took 19.9 s, now 6.1 s). Each stream holds one
document's rows at a time (a cursor, not a list), so memory does not grow with the project.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby

from annotator.core.models import Annotation, Link
from annotator.core.store.base import StoreBase
from annotator.core.store.links import LINK_COLUMNS, _row_to_link
from annotator.core.store.rows import ann_columns_sql, quoted, row_to_annotation, where_clause


def _link_order(link: Link) -> tuple[int, str, int]:
    return link.source_id, link.kind, link.id or 0


def _in(*filters: tuple[str, Iterable[object] | None]) -> tuple[str, list[object]]:
    """``column IN (…) AND `` for each filter given (None: any value), and their parameters."""
    where, params = "", []
    for column, values in filters:
        if values is not None:
            chosen = list(values)
            where += f"{column} IN ({', '.join('?' * len(chosen))}) AND "
            params.extend(chosen)
    return where, params


def _target_status(column: str, statuses: Iterable[str] | None) -> tuple[str, list[object]]:
    """The condition that a target span's status is one the export takes (None: any but rejected)."""
    if statuses is None:
        return f"{column} != 'rejected'", []
    chosen = list(statuses)
    return f"{column} IN ({', '.join('?' * len(chosen))})", list(chosen)


class ExportReadQueries(StoreBase):
    def links_by_document(self, statuses: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
                          target_statuses: Iterable[str] | None = None) -> Iterator[tuple[int, list[Link]]]:
        """(document id, its links of ``statuses``) for each document of ``doc_ids`` (None: all) that
        has some, by document id; each document's links in the order of ``links()`` (source, kind, id).
        Only the links to no span (a district by name) or to a span of ``target_statuses`` (None: not
        rejected): what the tables use (``export.rows._counts``). Read down the index on document_id:
        no sort of the whole table."""
        where, params = _in(("l.status", statuses), ("l.document_id", doc_ids))
        target, more = _target_status("t.status", target_statuses)
        rows = self.conn.execute(
            f"SELECT {', '.join('l.' + quoted(c) for c in LINK_COLUMNS)} FROM links l "
            f"LEFT JOIN annotations t ON t.id = l.target_id WHERE {where}(l.target_id IS NULL OR {target}) "
            "ORDER BY l.document_id", params + more)
        for doc_id, group in groupby(map(_row_to_link, rows), key=lambda link: link.document_id):
            yield doc_id, sorted(group, key=_link_order)

    def link_targets_by_document(self, statuses: Iterable[str] | None = None, doc_ids: Iterable[int] | None = None,
                                 target_statuses: Iterable[str] | None = None
                                 ) -> Iterator[tuple[int, dict[int, Annotation]]]:
        """(document id, {span id: span}) of the spans of ``target_statuses`` (None: not rejected) that the
        links of ``statuses`` of ``doc_ids`` (None: all) go to, by document id."""
        where, params = where_clause(None, (("status", statuses), ("document_id", doc_ids)))
        target, more = _target_status("+status", target_statuses)
        rows = self.conn.execute(f"SELECT {ann_columns_sql()} FROM annotations WHERE +id IN "  # "+": down an index
                                 f"(SELECT target_id FROM links{where}) AND {target} ORDER BY document_id",
                                 params + more)  # on document_id, not the targets sorted in a temporary tree
        for doc_id, group in groupby(map(row_to_annotation, rows), key=lambda a: a.document_id):
            yield doc_id, {a.id: a for a in group if a.id is not None}

    def spans_by_document(self, statuses: Iterable[str] | None = None, labels: Iterable[str] | None = None,
                          doc_ids: Iterable[int] | None = None, annotators: Iterable[str] | None = None
                          ) -> Iterator[tuple[int, list[Annotation]]]:
        """(document id, its spans as ``iter_annotations`` gives them) for each document that has some: a
        few labels of every document read down the index on document and offsets (the index on label and
        status sorted them whole: 36 MB more for the 143,000 DISTRICT spans of 4,704 reports)."""
        where, params = _in(("+status", statuses), ("+label", labels), ("document_id", doc_ids),
                            ("+annotator", annotators))  # "+": down the index on document_id and offsets, not
        rows = self.conn.execute(f"SELECT {ann_columns_sql()} FROM annotations WHERE {where}1 "  # sorted apart
                                 'ORDER BY document_id, start, "end", id', params)
        for doc_id, group in groupby(map(row_to_annotation, rows), key=lambda a: a.document_id):
            yield doc_id, list(group)

    def texts_by_document(self, statuses: Iterable[str] | None = None, labels: Iterable[str] | None = None,
                          doc_ids: Iterable[int] | None = None, annotators: Iterable[str] | None = None
                          ) -> Iterator[tuple[int, str]]:
        """(document id, its text, checked against its sha256) of each document holding a span of
        ``statuses``, ``labels``, ``doc_ids`` and ``annotators`` (None: any), by document id: one text
        in memory at a time."""
        where, params = where_clause(None, (("status", statuses), ("label", labels), ("document_id", doc_ids),
                                            ("annotator", annotators)))
        rows = self.conn.execute("SELECT id, name, sha256, text FROM documents WHERE id IN "
                                 f"(SELECT document_id FROM annotations{where}) ORDER BY id", params)
        for doc_id, name, digest, text in rows:
            yield doc_id, self._checked(doc_id, name, digest, text)  # type: ignore[attr-defined]  # TextQueries

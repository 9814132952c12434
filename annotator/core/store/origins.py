"""Counts of spans by where they came from (``core/provenance.py``: the origin, with a suggestion a
coder changed told apart from a span made by hand), and the documents each annotator coded: what
``annotator stats`` and the workbook's About sheet report for a methods section. A scan of the
spans, asked for by those two only (not after each edit, as :meth:`Store.stats` is).
"""
from __future__ import annotations

import json
from collections.abc import Iterable

from annotator.core.provenance import kind
from annotator.core.store.base import StoreBase


class OriginQueries(StoreBase):
    def count_by_origin(self, annotators: Iterable[str] | None = None,
                        doc_ids: Iterable[int] | None = None) -> dict[tuple[str, str], int]:
        """{(status, kind): count} of the project's spans (of ``annotators`` only, in ``doc_ids`` only, when given)."""
        chosen = None if annotators is None else set(annotators)
        where, params = ("", ()) if doc_ids is None else (
            "WHERE document_id IN (SELECT value FROM json_each(?)) ", (json.dumps(sorted(set(doc_ids))),))
        counts: dict[tuple[str, str], int] = {}
        for status, origin, scored, who, n in self.conn.execute(
                "SELECT status, origin, confidence IS NOT NULL, annotator, COUNT(*) FROM annotations "
                f"{where}GROUP BY status, origin, confidence IS NOT NULL, annotator", params):
            if chosen is None or who in chosen:
                key = (status, kind(origin, 0.0 if scored else None))
                counts[key] = counts.get(key, 0) + n
        return counts

    def documents_by_annotator(self, status: str = "accepted",
                               doc_ids: Iterable[int] | None = None) -> dict[str, int]:
        """{annotator: how many documents hold spans of theirs with ``status``} (of ``doc_ids`` only, when given)."""
        where, params = _in_documents(doc_ids)
        return {who: n for who, n in self.conn.execute(
            f"SELECT annotator, COUNT(DISTINCT document_id) FROM annotations WHERE status = ?{where} "
            "GROUP BY annotator",
            (status, *params))}

    def spans_by_annotator(self, status: str = "accepted", doc_ids: Iterable[int] | None = None) -> dict[str, int]:
        """{annotator: how many spans of theirs have ``status``} (in ``doc_ids`` only, when given)."""
        where, params = _in_documents(doc_ids)
        return {who: n for who, n in self.conn.execute(
            f"SELECT annotator, COUNT(*) FROM annotations WHERE status = ?{where} GROUP BY annotator",
            (status, *params))}

    def documents_of(self, annotators: Iterable[str], status: str = "accepted",
                     doc_ids: Iterable[int] | None = None) -> int:
        """How many documents hold spans of any of ``annotators`` with ``status`` (of ``doc_ids`` only, when given)."""
        names = sorted(set(annotators))
        if not names:
            return 0
        marks = ", ".join("?" * len(names))
        where, params = _in_documents(doc_ids)
        return int(self.conn.execute(
            f"SELECT COUNT(DISTINCT document_id) FROM annotations WHERE status = ? AND annotator IN ({marks}){where}",
            (status, *names, *params)).fetchone()[0])


def _in_documents(doc_ids: Iterable[int] | None) -> tuple[str, tuple[str, ...]]:
    """The condition (after a WHERE's first) that keeps the spans of ``doc_ids`` (none: every document)."""
    if doc_ids is None:
        return "", ()
    return " AND document_id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(set(doc_ids))),)

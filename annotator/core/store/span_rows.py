"""The narrow read of a document's spans for the window (:class:`~annotator.core.span_row.SpanRow`):
nine columns as SQLite gives them, in text order, no object built per span (a bare read of
10,000 spans: about 15 ms, against 27–32 ms for the 15 columns of ``annotations`` and 22 ms
more for their objects; kept while nothing is written); and the documents holding an open
suggestion the annotation list's filters let through (N / P)."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from math import prod

from annotator.core.find import writings
from annotator.core.models import UNSCORED_ORIGINS
from annotator.core.span_row import SpanRow
from annotator.core.store.base import StoreBase
from annotator.core.suggest.traditional import simplified

# the confidence None where the origin gives it no meaning (as span_row.span_row does)
SPAN_ROWS_SQL = ('SELECT start, "end", id, label, status, origin, annotator, NULLIF(value, \'{}\'), '
                 f'CASE WHEN origin IN ({", ".join(repr(o) for o in UNSCORED_ORIGINS)}) THEN NULL ELSE confidence END '
                 'FROM annotations WHERE document_id = ? ORDER BY start, "end", id')


FEW_WRITINGS = 2  # a text filter's writings looked for one by one at most
KEPT_ROWS = 3  # documents whose rows are kept: the open one, the one before, another


class SpanRowQueries(StoreBase):
    _rows_kept: dict[int, list[SpanRow]] | None = None  # by document, as read while nothing was written since
    _rows_mark: tuple[int, int] = (-1, -1)  # (total_changes, data_version) when they were read

    def span_rows(self, doc_id: int) -> list[SpanRow]:
        """The spans of one document as rows, in text order (start, end, id): the order the index
        on (document_id, start, end) gives without sorting.

        Rows read are kept while nothing is written, by this connection (``total_changes``) or
        another (``data_version``: ``counts_mark``'s test): a document opened again (back from
        another, a reload that finds nothing changed) is given a new list of the same rows (they
        are immutable) without reading them again: 11,300 rows, 45-60 ms read, under 1 ms kept."""
        if self.conn.in_transaction:  # what it reads may yet be rolled back: neither kept nor taken from those kept
            return list(map(SpanRow, self.conn.execute(SPAN_ROWS_SQL, (doc_id,))))
        mark = (self.conn.total_changes, self.data_version())
        if self._rows_kept is None or mark != self._rows_mark:
            self._rows_kept, self._rows_mark = {}, mark
        rows = self._rows_kept.pop(doc_id, None)
        if rows is None:
            rows = list(map(SpanRow, self.conn.execute(SPAN_ROWS_SQL, (doc_id,))))
        self._rows_kept[doc_id] = rows  # the last read last
        while len(self._rows_kept) > KEPT_ROWS:
            del self._rows_kept[next(iter(self._rows_kept))]
        return list(rows)

    def documents_suggesting(self, labels: Iterable[str] | None = None, annotator: str | None = None,
                             origin: str | None = None, needle: str = "") -> set[int]:
        """The documents holding an open suggestion of ``labels``, ``annotator`` and ``origin`` (None:
        any) whose text holds ``needle`` ("": any; as Python's ``in``: ``instr``, case and width as
        typed, a character in any of its writings, 湖里区 or 湖裡區) — the annotation list's filters
        (``core/span_filter.py``), for N / P to pass over the others without reading their spans:
        one scan of an index, ~15 ms for 100,000 suggestions."""
        where, params = ["status = 'suggested'"], []
        if labels is not None:
            chosen = list(labels)
            where.append(f"label IN ({', '.join('?' * len(chosen))})")
            params += chosen
        for column, value in (("annotator", annotator), ("origin", origin)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if needle:  # in either writing: 湖里区 finds 湖裡區, as SpanFilter reads both as simplified
            where_text, more = text_condition(self.conn, needle)
            where.append(where_text)
            params += more
        return {row[0] for row in self.conn.execute(
            f"SELECT DISTINCT document_id FROM annotations WHERE {' AND '.join(where)}", params)}


def text_condition(conn: sqlite3.Connection, needle: str) -> tuple[str, list[str]]:
    """Where a span's text holds ``needle`` as :class:`~annotator.core.span_filter.SpanFilter` reads it
    (traditional characters as simplified ones), and its parameters: ``instr`` of each of its writings
    where they are few (GDP, 55.1: one; 区: 区 and 區); else the texts holding its character of the fewest
    writings (湖 in 湖里区), each of those read as simplified. Over 100,000 suggestions 20–40 ms, as
    ``instr`` of the needle alone; 180 ms where that character is in every text, against 100 ms for
    ``instr`` of 湖里区's 6 writings and 240 ms of 松元产业园's 24."""
    plain = simplified(needle)
    each = [writings(c) for c in plain]
    if len(plain) == 1 or prod(map(len, each)) <= FEW_WRITINGS:
        written = writings(plain)
        return "(" + " OR ".join(["instr(text, ?) > 0"] * len(written)) + ")", written
    conn.create_function("simplified", 1, simplified, deterministic=True)
    rarest = min(each, key=len)
    return ("(" + " OR ".join(["instr(text, ?) > 0"] * len(rarest)) + ") AND instr(simplified(text), ?) > 0",
            [*rarest, plain])

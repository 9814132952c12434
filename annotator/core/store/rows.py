"""How annotations and documents are laid out in their tables, and read back as objects."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from annotator.core.models import Annotation, Document

ANN_COLUMNS = ("id", "document_id", "start", "end", "label", "text", "value", "status", "origin",
               "annotator", "confidence", "reason", "note", "created_at", "updated_at")
_QUOTED = [f'"{c}"' for c in ANN_COLUMNS]
INSERT_SQL = f"INSERT INTO annotations({', '.join(_QUOTED)}) VALUES ({', '.join('?' * len(_QUOTED))})"
_new, _set = object.__new__, object.__setattr__
DOC_SUMMARY = ("id", "name", "title", "sha256", "source_path", "encoding", "char_count",
               "imported_at", "metadata", "done")


# The spans of one status, found through the index on (label, status, annotator) label by label
# instead of by reading every span: the labels the spans carry, each found by one seek
# (a skip-scan written out; SQLite's own needs ANALYZE's statistics, which a project has not).
# Reading a few accepted or rejected spans among 900,000 suggestions: ~1 ms instead of 30-1,500 ms.
SPAN_LABELS_SQL = ("WITH RECURSIVE l(x) AS (SELECT MIN(label) FROM annotations UNION ALL "
                   "SELECT (SELECT MIN(label) FROM annotations WHERE label > x) FROM l WHERE x IS NOT NULL) "
                   "SELECT x FROM l WHERE x IS NOT NULL")
BY_STATUS = f"label IN ({SPAN_LABELS_SQL}) AND status = ?"  # its one parameter: the status


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def quoted(column: str) -> str:
    return f'"{column}"'


def where_clause(doc_id: int | None,
                 filters: Iterable[tuple[str, Iterable[object] | None]]) -> tuple[str, list[object]]:
    """`` WHERE …`` (or "") and its parameters: one document, and ``column IN (…)`` for each
    filter that is given (None: any value)."""
    where: list[str] = []
    params: list[object] = []
    if doc_id is not None:
        where.append("document_id = ?")
        params.append(doc_id)
    for column, values in filters:
        if values is not None:
            chosen = list(values)
            where.append(f"{quoted(column)} IN ({', '.join('?' * len(chosen))})")
            params.extend(chosen)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def spans_query(doc_id: int | None, statuses: Iterable[str] | None, labels: Iterable[str] | None,
                 doc_ids: Iterable[int] | None, annotators: Iterable[str] | None) -> tuple[str, list[object]]:
    """The SELECT of ``Store.iter_annotations``: in text order (document, start, end, id), which the
    index on (document_id, start, end) gives without sorting (schema 6)."""
    where, params = where_clause(doc_id, (("status", statuses), ("label", labels), ("document_id", doc_ids),
                                          ("annotator", annotators)))
    return f"SELECT {ann_columns_sql()} FROM annotations{where} ORDER BY document_id, start, \"end\", id", params


def ann_columns_sql() -> str:
    return ", ".join(map(quoted, ANN_COLUMNS))


def row_to_annotation(row: sqlite3.Row | tuple[Any, ...]) -> Annotation:
    """An Annotation from a row of ANN_COLUMNS.

    Fills the instance dict directly: a frozen dataclass's __init__ sets its 15 fields one
    object.__setattr__ at a time, which doubles the cost of opening a document with
    10,000 spans. The row comes from our own table, so there is nothing to check.
    """
    a = _new(Annotation)
    d = dict(zip(ANN_COLUMNS, row, strict=True))
    value = d["value"]
    d["value"] = json.loads(value) if value != "{}" and value else {}
    _set(a, "__dict__", d)  # the dict itself, not a copy into the empty one
    return a


TEXT_FIELDS = ("title", "source_path", "encoding", "imported_at")  # NULL in a row an older annotator wrote


def row_to_document(d: dict[str, Any]) -> Document:
    d = dict(d)
    for key in TEXT_FIELDS:  # str fields: "" for NULL (a package or merge of such a document was refused)
        if d.get(key) is None and key in d:
            d[key] = ""
    d["metadata"] = json.loads(d.get("metadata") or "{}")
    d["done"] = bool(d.get("done"))
    d.setdefault("text", "")
    return Document(**d)


def summary_to_document(row: tuple[Any, ...]) -> Document:
    """A Document (without its text) from a row of DOC_SUMMARY, filled as ``row_to_annotation``
    fills spans: a list of 100,000 documents builds in a fraction of ``Document(**d)``'s time."""
    doc = object.__new__(Document)
    d = doc.__dict__
    d.update(zip(DOC_SUMMARY, row, strict=True))
    meta = d["metadata"]
    d["metadata"] = json.loads(meta) if meta and meta != "{}" else {}
    d["done"] = bool(d["done"])
    d["text"] = ""
    for key in TEXT_FIELDS:
        if d[key] is None:
            d[key] = ""
    return doc


_columns_of = attrgetter(*ANN_COLUMNS)
_VALUE = ANN_COLUMNS.index("value")


def annotation_params(a: Annotation, value: str | None = None) -> list[Any]:
    """Column values of ``a`` in ANN_COLUMNS order, the value as JSON (``value``: that JSON, if
    made already); a shallow read, no copies."""
    params = list(_columns_of(a))
    params[_VALUE] = value if value is not None else json.dumps(a.value, ensure_ascii=False)
    return params


def changed_columns(before: Annotation, after: Annotation) -> list[str]:
    """The columns whose values differ between two versions of one annotation."""
    return [c for c in ANN_COLUMNS if getattr(before, c) != getattr(after, c)]

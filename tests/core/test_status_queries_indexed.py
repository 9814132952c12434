"""The queries that read the spans of one status search an index, never read every span.

A project of 5,000 reports holds ~900,000 suggestions, and a few accepted or rejected spans among
them. Each suggest run reads the accepted and rejected ones (``learned_entries``,
``rejected_entries``: 1.5 s when they scanned the table), and the window counts the accepted
ones after every edit (``accepted_count`` for the model's training, ``documents_with_accepted``
for the statistics panel: 30 ms each over every span). The plans are checked on the statements
the functions really run (a project has no ANALYZE statistics, so its size does not change them),
and the results against a plain recount.
"""
from __future__ import annotations

import re
from collections import Counter

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store, trained

TEXT = "湖里区集美区思明区海沧区同安区翔安区完成投资12亿元"
FULL_SCAN = re.compile(r"\bSCAN (annotations|a)\b")  # a read of every span (or every entry of one of its indexes)


def _project(tmp_path) -> Store:
    store = Store.create(tmp_path / "p")
    for n in range(3):
        text = f"{n}{TEXT}"
        store.add_document(Document(None, f"d{n}.txt", f"d{n}", text, sha256(text)))
    spans = [(1, 1, 4, "DISTRICT", "accepted"), (1, 4, 7, "DISTRICT", "rejected"), (1, 7, 10, "DISTRICT", "suggested"),
             (2, 1, 4, "DISTRICT", "rejected"), (2, 22, 26, "AMOUNT", "accepted"), (2, 10, 13, "DISTRICT", "suggested"),
             (3, 1, 4, "DISTRICT", "suggested")]
    for doc_id, start, end, label, status in spans:
        store.add_annotation(doc_id, start, end, label, status=status, annotator="li")
    return store


def _plans(store: Store, call) -> tuple[object, list[str]]:
    """What ``call()`` returns, and the query plan of each statement it ran on the annotations."""
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        result = call()
    finally:
        store.conn.set_trace_callback(None)
    plans = [" | ".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
             for sql in statements if "annotations" in sql and sql.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert plans, statements
    return result, plans


def test_reading_the_accepted_and_rejected_spans_searches_an_index(tmp_path):
    store = _project(tmp_path)
    try:
        rows = store.conn.execute("SELECT document_id, label, text, status FROM annotations").fetchall()
        recount = Counter(status for *_rest, status in rows)
        calls = {
            "rejected_entries": (store.rejected_entries,
                                 {(label, text) for _d, label, text, s in rows if s == "rejected"}),
            "learned_entries": (lambda: set(store.learned_entries()),
                                {(label, text) for _d, label, text, s in rows if s == "accepted"}),
            "accepted_count": (lambda: trained.accepted_count(store), recount["accepted"]),
            "documents_with_accepted": (lambda: trained.documents_with_accepted(store),
                                        len({d for d, *_rest, s in rows if s == "accepted"})),
        }
        for name, (call, expected) in calls.items():
            result, plans = _plans(store, call)
            assert result == expected, name
            assert not any(FULL_SCAN.search(plan) for plan in plans), (name, plans)
    finally:
        store.close()


def test_the_values_learned_are_the_latest_accepted_of_each_text(tmp_path):
    store = _project(tmp_path)
    try:
        store.add_annotation(3, 4, 7, "DISTRICT", status="accepted", value={"name": "集美区", "code": "1"})
        store.add_annotation(2, 4, 7, "DISTRICT", status="accepted", value={"name": "集美区", "code": "2"})
        # the same (label, text) accepted later (in the same second, as a fast hand does): its value is learned
        assert store.learned_entries()[("DISTRICT", "集美区")] == {"name": "集美区", "code": "2"}
    finally:
        store.close()


def test_each_text_learned_is_decoded_once_however_often_it_was_accepted(tmp_path, monkeypatch):
    """400,000 accepted spans of 5,000 reports hold ~30,000 texts: a suggest run decoded every span's value."""
    from annotator.core.store import annotations

    store = _project(tmp_path)
    try:
        for doc_id in (1, 2, 3):
            store.add_annotation(doc_id, 10, 13, "DISTRICT", status="accepted", annotator="wang",
                                 value={"name": "海沧区", "code": "350205"})
        decoded: list[str] = []
        real = annotations.json.loads
        monkeypatch.setattr(annotations.json, "loads", lambda s, *a, **k: decoded.append(s) or real(s, *a, **k))
        entries = store.learned_entries()
        assert entries[("DISTRICT", "海沧区")] == {"name": "海沧区", "code": "350205"}
        assert len(decoded) == len(entries) == 3  # each (label, text) once
    finally:
        store.close()

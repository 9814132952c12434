"""Schema 5: documents keep their text at the end of the row, counts come from covering indexes and
search from a trigram index kept by triggers. The migration rebuilds the documents table with foreign
keys off, so no span or link is lost to a cascade; search returns what each document's Find finds."""
from __future__ import annotations

import random
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.find import find_between
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store, migrations
from annotator.paths import DB_FILENAME
from tests.core.conftest import old_project

TEXTS = {"a.txt": "湖里区投资55.1亿元建设松元产业园。湖里区新增企业20家。", "b.txt": "集美区安排3亿元；湖里区。",
         "c.txt": "Hello 湖里 world, 100% done_ok \\ 湖里区"}


def test_a_v4_project_migrates_keeping_every_document_span_and_link(tmp_path):
    folder = tmp_path / "old"
    old_project(folder, 4)  # documents with the text in the middle of the row, as schema 1 made them
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("PRAGMA foreign_keys = ON")
    stamp = "2026-01-01T00:00:00"
    for i, (name, text) in enumerate(TEXTS.items(), start=1):
        conn.execute("INSERT INTO documents(id, name, title, text, sha256, char_count, metadata, done) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (i, name, name.upper(), text, sha256(text), len(text),
                                                         '{"year": "2024"}', int(i == 2)))
    conn.execute("INSERT INTO annotations(id, document_id, start, \"end\", label, text, status, created_at, "
                 "updated_at) VALUES (1, 1, 0, 3, 'DISTRICT', '湖里区', 'accepted', ?, ?)", (stamp, stamp))
    conn.execute("INSERT INTO annotations(id, document_id, start, \"end\", label, text, status, created_at, "
                 "updated_at) VALUES (2, 1, 5, 11, 'AMOUNT', '55.1亿元', 'accepted', ?, ?)", (stamp, stamp))
    conn.execute("INSERT INTO links(document_id, source_id, kind, target_id, status, created_at, updated_at) "
                 "VALUES (1, 2, 'district', 1, 'accepted', ?, ?)", (stamp, stamp))
    conn.commit()
    conn.close()
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 5
        assert [(d.id, d.name, d.title, d.char_count, d.metadata, d.done) for d in store.documents()] == [
            (1, "a.txt", "A.TXT", len(TEXTS["a.txt"]), {"year": "2024"}, False),
            (2, "b.txt", "B.TXT", len(TEXTS["b.txt"]), {"year": "2024"}, True),
            (3, "c.txt", "C.TXT", len(TEXTS["c.txt"]), {"year": "2024"}, False)]
        assert [store.document(i).text for i in (1, 2, 3)] == list(TEXTS.values())
        assert [(a.id, a.text) for a in store.annotations()] == [(1, "湖里区"), (2, "55.1亿元")]  # no cascade
        assert [(k.source_id, k.target_id) for k in store.links()] == [(2, 1)]
        assert [r[1] for r in store.conn.execute("PRAGMA table_info(documents)")][-1] == "text"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert [h[:2] for h in store.search("湖里区")] == [(1, "a.txt")] * 2 + [(2, "b.txt"), (3, "c.txt")]
        store.delete_annotations([1])  # the references still hold: the link goes with its span
        assert store.links() == []


def test_counts_and_lists_read_no_text_through_the_indexes(tmp_path):
    with Store.create(tmp_path / "p") as store:
        plans = {sql: " ".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
                 for sql in ("SELECT label, status, COUNT(*) FROM annotations GROUP BY label, status",
                             "SELECT document_id, status, COUNT(*) FROM annotations GROUP BY document_id, status")}
        assert all("COVERING INDEX" in plan for plan in plans.values()), plans


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="湖里区厦门%_\\abＡ \n", min_size=1, max_size=40), min_size=1, max_size=6),
       st.text(alphabet="湖里区厦门%_\\aAb ", min_size=1, max_size=4), st.integers(1, 8))
def test_search_returns_what_find_finds_in_each_document(tmp_path_factory, texts, needle, limit):
    """Search all documents finds what each document's Find finds (full-width, either case, a name
    broken by white space), document by document, up to the limit."""
    folder = tmp_path_factory.mktemp("s")
    with Store.create(folder / "p") as store:
        docs = []
        for i, text in enumerate(dict.fromkeys(texts)):
            d = store.add_document(Document(None, f"{i}.txt", "", text, sha256(text), char_count=len(text)))
            docs.append(d)
        if docs and random.random() < 0.3:  # the index follows deletions too
            store.conn.execute("DELETE FROM documents WHERE id = ?", (docs.pop().id,))
        expected = [(d.id, d.name, start, end) for d in docs
                    for start, end in find_between(d.text, needle, 0, len(d.text))]
        assert store.search(needle, limit=limit) == expected[:limit]

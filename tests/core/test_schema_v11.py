"""Schema 11: search all documents reads only the texts that the trigram index of each text without
its white space (``documents_squeezed``) names; the trigram index of schema 5 over the texts as they
are (``documents_fts``), which search no longer read, is gone with its triggers. The migration
changes nothing else and backs the project up first; search finds exactly what reading every text
finds (what search did at schema 10), and what each document's Find finds."""
from __future__ import annotations

import re
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.find import find_between, writings
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store, backup, documents, migrations
from annotator.paths import DB_FILENAME
from tests.core.conftest import old_project

STAMP = "2026-01-01T00:00:00"
TEXTS = ("湖里区投资55.1亿元建设松元产\n  业园。", "集美区安排3亿元；松元产业园二期。",
         "厦门市 ＧＤＰ 增长\u20285%，湖里\u3000区。")
OURS = ("documents_squeezed", "annotations_learned", "coders", "document_files", "tombstones",  # the names schema
        "link_tombstones")  # 11 adds (its table, shadow tables and triggers), the index of schema 12 and the tables of
# schemas 13, 14 (with its index), 15 and 16


def v10_project(folder) -> None:
    rows = [f"INSERT INTO documents(id, name, title, text, sha256, char_count, metadata, done) VALUES "
            f"({i}, '{i}.txt', 'T{i}', '{t}', '{sha256(t)}', {len(t)}, '{{\"year\": \"2024\"}}', {i % 2})"
            for i, t in enumerate(TEXTS, start=1)]
    rows += ["INSERT INTO annotations(id, document_id, start, \"end\", label, text, status, created_at, updated_at) "
             f"VALUES (1, 1, 0, 3, 'DISTRICT', '湖里区', 'accepted', '{STAMP}', '{STAMP}')",
             "INSERT INTO annotations(id, document_id, start, \"end\", label, text, status, created_at, updated_at) "
             f"VALUES (2, 1, 5, 11, 'AMOUNT', '55.1亿元', 'suggested', '{STAMP}', '{STAMP}')",
             "INSERT INTO links(document_id, source_id, kind, target_id, status, created_at, updated_at) "
             f"VALUES (1, 2, 'district', 1, 'accepted', '{STAMP}', '{STAMP}')",
             f"INSERT INTO suggest_runs(document_id, settings, finished_at) VALUES (1, 'digest', '{STAMP}')",
             "INSERT INTO meta(key, value) VALUES ('guide:DISTRICT', '县区名')"]
    old_project(folder, 10, *rows)


def everything_but_the_indexes(conn: sqlite3.Connection) -> dict[str, object]:
    """Every table's rows and every schema object, but for the search indexes (either schema's)
    and the store's marks of a write (the migration's time, the token backups compare, the project's id)."""
    objects = sorted(r for r in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
                     if not r[1].startswith(("documents_fts", *OURS)) and not r[1].startswith("sqlite_"))
    tables = [r[1] for r in objects if r[0] == "table"]
    rows = {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    rows["meta"] = [r for r in rows["meta"]  # (and the project's id, given at its first write)
                    if not r.startswith(("('schema_migrated_at'", f"('{backup.EDITED}'", "('project_uuid'"))]
    return {"objects": objects, "rows": rows}


def test_a_schema_10_project_loses_the_unread_index_and_nothing_else_with_a_backup(tmp_path):
    folder = tmp_path / "v10"
    v10_project(folder)
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        before = everything_but_the_indexes(conn)
        assert conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'documents_fts%'").fetchone()[0] >= 4
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 11
        assert everything_but_the_indexes(store.conn) == before
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert not {n for n in names if n.startswith("documents_fts")}  # the table, its shadows, its triggers
        assert {"documents_squeezed", "documents_squeezed_update"} <= names  # the store adds and removes
        assert not names & {"documents_squeezed_insert", "documents_squeezed_delete"}  # entries itself
        # the index was filled from the documents there: a name broken by a line break is found
        assert [h[:2] for h in store.search("松元产业园")] == [(1, "1.txt"), (2, "2.txt")]
        assert [h[0] for h in store.search("湖里区")] == [1, 3]
        assert [(k.source_id, k.target_id) for k in store.links()] == [(2, 1)]
        assert store.integrity_check() == "ok"
    (made,) = backup.list_backups(folder)
    assert "before-migration-v10" in made.name
    with sqlite3.connect(made) as old:  # the backup is the project as schema 10 left it
        assert old.execute("PRAGMA user_version").fetchone() == (10,)
        assert everything_but_the_indexes(old) == before
        assert old.execute("SELECT rowid FROM documents_fts WHERE text LIKE '%湖里区%'").fetchall() == [(1,)]


def test_search_reads_only_the_texts_the_index_names(tmp_path):
    with Store.create(tmp_path / "p") as store:
        for i, text in enumerate(TEXTS):
            store.add_document(Document(None, f"{i}.txt", "", text, sha256(text)))
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        assert store.search("不存在的词语") == []
        (sql,) = [s for s in seen if s.startswith("SELECT")]
        plan = " ".join(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "documents_squeezed VIRTUAL TABLE" in plan and "SCAN documents " not in plan + " ", plan
        store.conn.set_trace_callback(None)


@pytest.mark.parametrize(("needle", "grams"), [
    ("松元产\n业园", ["松元产", "元产业", "产业园"]),
    ("GDP", []), ("发展", []),  # nothing of three characters that match only themselves: every text
    ("ＧＤＰ增长率", ["增长率"]), ("湖里 ＡB区厦门市", ["区厦门", "厦门市"]),
    ('说"好"的', []),  # ASCII punctuation has a full-width form
    ("經濟發展", ["经济发", "济发展"]),  # traditional characters asked for as simplified ones, in every writing
])
def test_the_index_is_asked_for_the_needles_runs_of_plain_characters(needle, grams):
    assert documents.trigram_query(needle) == " AND ".join(
        "(" + " OR ".join(f'"{w}"' for w in writings(gram)) + ")" for gram in grams)
    assert all(gram in writings(gram) for gram in grams)
    if grams == ["经济发", "济发展"]:
        assert {"經濟發", "经济发", "經济發"} <= set(writings("经济发"))


SPACE = "\t\n \u3000\u2028\x85\xa0\x1f"


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(alphabet='湖里区厦门區門"ＡaA%' + SPACE, min_size=1, max_size=40), min_size=1, max_size=6),
       st.text(alphabet='湖里区厦门區門"aA \n', min_size=1, max_size=6), st.integers(1, 8), st.randoms())
def test_search_through_the_index_finds_what_reading_every_text_finds(tmp_path_factory, texts, needle, limit, rnd):
    """The same hits, in the same order, as reading every text (schema 10's search) and as each
    document's Find; after documents are removed or a text is changed too (the triggers)."""
    folder = tmp_path_factory.mktemp("s")
    with Store.create(folder / "p") as store:
        docs = [store.add_document(Document(None, f"{i}.txt", "", t, sha256(t)))
                for i, t in enumerate(dict.fromkeys(texts))]
        if len(docs) > 1 and rnd.random() < 0.3:
            store.delete_documents([docs.pop(rnd.randrange(len(docs))).id])
        if docs and rnd.random() < 0.3:  # another program's change of a text: the index follows it
            changed = docs[0].text[::-1]
            store.conn.execute("UPDATE documents SET text = ? WHERE id = ?", (changed, docs[0].id))
            docs[0] = Document(docs[0].id, docs[0].name, "", changed, "")
        expected = [(d.id, d.name, start, end) for d in docs
                    for start, end in find_between(d.text, needle, 0, len(d.text))]
        through_index = store.search(needle, limit=limit)
        reading_all = documents.trigram_query
        documents.trigram_query = lambda _needle: ""  # type: ignore[assignment]
        try:
            every_text = store.search(needle, limit=limit)
        finally:
            documents.trigram_query = reading_all
        assert through_index == every_text == expected[:limit]


def test_a_name_broken_by_any_white_space_is_named_by_the_index(tmp_path):
    """Every character ``\\s`` matches in the patterns is removed from the indexed text."""
    assert migrations.WHITE_SPACE == "".join(c for c in map(chr, range(0x110000)) if re.fullmatch(r"\s", c))
    with Store.create(tmp_path / "p") as store:
        for i, space in enumerate(migrations.WHITE_SPACE):
            text = f"第{i}篇：松元{space}产业园"
            store.add_document(Document(None, f"{i}.txt", "", text, sha256(text)))
        assert [h[0] for h in store.search("松元产业园")] == list(range(1, len(migrations.WHITE_SPACE) + 1))

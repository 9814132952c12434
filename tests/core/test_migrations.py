"""Schema migrations only go forward, keep every row, and back up first."""
from __future__ import annotations

import sqlite3

import pytest

from annotator.core.errors import ValidationError
from annotator.core.sqlite import Database
from annotator.core.store import Store, backup, migrations
from annotator.paths import DB_FILENAME
from tests.core.conftest import old_project

ONE_DISTRICT = ('INSERT INTO annotations(id, document_id, start, "end", label, text, status, created_at, '
                "updated_at) VALUES (7, 1, 0, 3, 'DISTRICT', '湖里区', 'accepted', 'then', 'then')")


def document(text: str) -> str:
    """The SQL that stores a document a.txt holding ``text``, as old schemas take it."""
    return ("INSERT INTO documents(name, title, text, sha256, char_count) "
            f"VALUES ('a.txt', 't', '{text}', 'x', {len(text)})")


def plan_of(store: Store, action, marker: str) -> str:
    """SQLite's query plan for the SELECT holding ``marker`` that ``action()`` runs."""
    seen: list[str] = []
    store.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        store.conn.set_trace_callback(None)
    (sql,) = [s for s in seen if s.startswith("SELECT") and marker in s]
    return " ".join(row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql))


def make_v1_project(folder):
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_FILENAME)
    db = Database(conn)
    migrations.MIGRATIONS[0](db)
    conn.execute("INSERT INTO documents(name, title, text, sha256, char_count) "
                 "VALUES ('a.txt', 't', '湖里区建设', 'x', 5)")
    conn.execute('INSERT INTO annotations(id, document_id, start, "end", label, text, status, created_at, '
                 "updated_at) VALUES (7, 1, 0, 3, 'DISTRICT', '湖里区', 'accepted', 'then', 'then')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_v1_project_migrates_to_current_keeping_rows_with_a_backup(tmp_path):
    folder = tmp_path / "old"
    make_v1_project(folder)
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
        (a,) = store.annotations()
        assert (a.id, a.start, a.end, a.text, a.created_at) == (7, 0, 3, "湖里区", "then")
        assert store.integrity_check() == "ok"
    (made,) = backup.list_backups(folder)
    assert "before-migration-v1" in made.name


def test_annotation_ids_are_never_reused_so_undo_of_a_delete_cannot_collide(tmp_path):
    with Store.create(tmp_path / "p") as store:
        store.conn.execute("INSERT INTO documents(name, title, text, sha256, char_count) "
                           "VALUES ('a.txt', 't', '湖里区和集美区', 'x', 7)")
        added = store.add_annotation(1, 0, 3, "DISTRICT")
        deleted = store.delete_annotation(added.changes[0].after.id)
        other = store.add_annotation(1, 4, 7, "DISTRICT")  # another writer, meanwhile
        assert other.changes[0].after.id != added.changes[0].after.id
        store.revert(deleted)
        assert [a.text for a in store.annotations()] == ["湖里区", "集美区"]


def test_a_documents_spans_come_in_text_order_from_the_index_without_sorting(tmp_path):
    """Schema 6: the index on (document_id, start, end) gives the window's read of a document's
    spans its order; with (document_id, start) SQLite sorted them in a temporary B-tree."""
    with Store.create(tmp_path / "p") as store:
        store.conn.execute("INSERT INTO documents(name, title, text, sha256, char_count) "
                           "VALUES ('a.txt', 't', '湖里区湖里区', 'x', 6)")
        store.add_annotation(1, 0, 3, "DISTRICT")
        store.add_annotation(1, 0, 2, "PROJECT")
        assert [(a.start, a.end) for a in store.annotations(1)] == [(0, 2), (0, 3)]
        plan = plan_of(store, lambda: store.annotations(1), "FROM annotations")
        assert "idx_annotations_document_id_start" in plan and "TEMP B-TREE" not in plan, plan


def test_a_schema_5_project_gets_the_text_order_index(tmp_path):
    folder = tmp_path / "v5"
    old_project(folder, 5)
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 6
        (sql,) = [r[0] for r in store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'idx_annotations_document_id_start'")]
        assert '"end"' in sql
        assert store.integrity_check() == "ok"


def test_schema_7_reads_the_windows_span_rows_from_the_index_alone(tmp_path):
    """Schema 7: the text-order index holds the columns of ``Store.span_rows``, so SQLite reads
    the rows from it (no table row, no sort), and a schema 6 project gets it, rows kept."""
    folder = tmp_path / "v6"
    old_project(folder, 6, document("湖里区湖里"), ONE_DISTRICT)
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 7
        store.add_annotation(1, 0, 2, "PROJECT")
        plan = plan_of(store, lambda: store.span_rows(1), "FROM annotations")  # (read again, they are kept)
        assert [(r.start, r.end, r.id, r.label) for r in store.span_rows(1)][1] == (0, 3, 7, "DISTRICT")
        assert "COVERING INDEX idx_annotations_document_id_start" in plan and "TEMP B-TREE" not in plan, plan
        assert store.integrity_check() == "ok"


def test_schema_8_checks_an_overlap_down_the_layer_index(tmp_path):
    """Schema 8: a span's overlap check reads the one span of its layer that starts last before
    it ends, down ``annotations_layer`` (no scan of the document's spans); a schema 7 project
    gets the index, rows kept, and its overlaps are still refused."""
    folder = tmp_path / "v7"
    old_project(folder, 7, document("湖里区湖里区"), ONE_DISTRICT)
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 8
        with pytest.raises(ValidationError, match="overlap"):
            store.add_annotation(1, 2, 4, "DISTRICT")
        plan = plan_of(store, lambda: store.add_annotation(1, 3, 6, "DISTRICT"), "annotations_layer")
        assert "INDEX annotations_layer" in plan and "TEMP B-TREE" not in plan, plan
        assert [(a.start, a.end) for a in store.annotations(1)] == [(0, 3), (3, 6)]
        assert store.integrity_check() == "ok"


def test_schema_9_reads_the_confidence_of_the_windows_span_rows_from_the_index_too(tmp_path):
    """Schema 9: the text-order index holds the confidence the window lists, so ``Store.span_rows``
    still reads no table row; a schema 8 project gets it, rows (and their confidences) kept."""
    folder = tmp_path / "v8"
    old_project(folder, 8, document("湖里区湖里"), ONE_DISTRICT)
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 9
        store.add_annotation(1, 3, 5, "DISTRICT", status="suggested", origin="model", confidence=0.62)
        plan = plan_of(store, lambda: store.span_rows(1), "FROM annotations")  # (read again, they are kept)
        assert [(r.start, r.origin, r.confidence) for r in store.span_rows(1)][-1] == (3, "model", 0.62)
        assert "COVERING INDEX idx_annotations_document_id_start" in plan and "TEMP B-TREE" not in plan, plan
        assert store.integrity_check() == "ok"


def test_schema_10_records_each_documents_last_suggesting_run(tmp_path):
    """Schema 10: ``suggest_runs`` holds, per document, what its last suggesting run ran with; a
    schema 9 project opens with the table empty (every document due once), rows kept, and a
    record goes with its document when that is removed."""
    folder = tmp_path / "v9"
    old_project(folder, 9, document("湖里区湖里"), ONE_DISTRICT)
    with Store.open(folder) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 10
        assert store.suggest_records() == {}
        assert [(a.id, a.text) for a in store.annotations()] == [(7, "湖里区")]
        with store.transaction():
            store.record_suggested(1, "digest", ["DISTRICT"])
        (record,) = store.suggest_records().values()
        assert (record.settings, record.labels, record.links) == ("digest", ("DISTRICT",), False)
        store.delete_documents([1])
        assert store.suggest_records() == {}
        assert store.integrity_check() == "ok"


def test_a_project_another_program_upgrades_meanwhile_is_not_upgraded_twice(tmp_path):
    # two commands (or the window and a command) opening a schema-1 project at once: the one that waited
    # for the lock ran the steps the other had run, "AssertionError: annotations table is not in the shape
    # v1 made", a traceback
    folder = tmp_path / "old"
    old_project(folder, 1, document("湖里区建设"), ONE_DISTRICT)
    others: list[int] = []

    def meanwhile(step) -> None:
        if not others:  # this one about to run its first step: the other program upgrades the project whole
            with Store.open(folder) as other:
                others.append(other.schema_version)

    with Store.open(folder, on_step=meanwhile) as store:
        assert others == [store.schema_version] == [migrations.SCHEMA_VERSION]
        (a,) = store.annotations()
        assert (a.id, a.text) == (7, "湖里区") and store.integrity_check() == "ok"

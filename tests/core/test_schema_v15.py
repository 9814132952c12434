"""Schema 15: the spans deleted, by their keys and when (``tombstones`` table, ``store/tombstones.py``). An older
project keeps its documents and spans, with no tombstone (its deletions left none): deleting one of its spans
then records one, and a document's are read down the table's primary key."""
from __future__ import annotations

import sqlite3

from annotator.core.store import Store, later_steps, migrations
from annotator.paths import DB_FILENAME
from tests.core.conftest import old_project
from tests.core.test_migrations import ONE_DISTRICT, document, plan_of


def test_a_schema_14_project_keeps_its_spans_and_records_its_next_deletion(tmp_path):
    old_project(tmp_path / "v14", 14, document("湖里区建设"), ONE_DISTRICT)
    with Store.open(tmp_path / "v14") as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 15
        assert [(a.id, a.text) for a in store.annotations()] == [(7, "湖里区")]
        assert store.tombstones(1) == [] and store.integrity_check() == "ok"
        store.delete_annotation(7)
        assert [t.key for t in store.tombstones(1)] == [(0, 3, "DISTRICT", "")]
        plan = plan_of(store, lambda: store.tombstones(1), "FROM tombstones")
        assert "USING PRIMARY KEY (document_id=?)" in plan and "TEMP B-TREE" not in plan  # no scan, no sort


def test_a_table_of_tombstones_before_schema_15_is_refused_as_a_foreign_file(tmp_path):
    old_project(tmp_path / "p", 14, later_steps.TOMBSTONES_SQL)
    with sqlite3.connect(tmp_path / "p" / DB_FILENAME) as conn:
        assert migrations.shape_problem(conn, 14) == "table tombstones exists although schema 14 has none"
        assert migrations.shape_problem(conn, 15) == ""

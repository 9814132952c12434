"""Schema 16: the links deleted, by their keys and when (``link_tombstones`` table, ``store/link_tombstones.py``). An
older project keeps its documents, spans, links and span tombstones, with no link tombstone (its removals left
none): removing one of its links then records one, and a document's are read down the table's primary key."""
from __future__ import annotations

import sqlite3

from annotator.core.store import Store, later_steps, migrations
from annotator.paths import DB_FILENAME
from tests.core.conftest import old_project
from tests.core.test_migrations import ONE_DISTRICT, document, plan_of

A_SUM = ('INSERT INTO annotations(id, document_id, start, "end", label, text, status, annotator, created_at, '
         "updated_at) VALUES (8, 1, 5, 11, 'AMOUNT', '55.1亿元', 'accepted', 'li', 'then', 'then')")
ITS_DISTRICT = ("INSERT INTO links(document_id, source_id, kind, target_id, status, annotator, created_at, updated_at) "
                "VALUES (1, 8, 'district', 7, 'accepted', 'li', 'then', 'then')")
A_TOMBSTONE = ('INSERT INTO tombstones(document_id, start, "end", label, annotator, deleted_at) '
               "VALUES (1, 12, 14, 'DISTRICT', 'li', 'then')")


def test_a_schema_15_project_keeps_its_links_and_records_its_next_removal(tmp_path):
    old_project(tmp_path / "v15", 15, document("湖里区投资55.1亿元建设"), ONE_DISTRICT, A_SUM, ITS_DISTRICT,
                A_TOMBSTONE)
    with Store.open(tmp_path / "v15") as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 16
        assert [(k.source_id, k.target_id) for k in store.links(1)] == [(8, 7)]
        assert [t.key for t in store.tombstones(1)] == [(12, 14, "DISTRICT", "li")]
        assert store.link_tombstones(1) == [] and store.integrity_check() == "ok"
        store.unlink(8, "district", "li")
        (tomb,) = store.link_tombstones(1)
        assert tomb.key == ((5, 11, "AMOUNT", "li"), "district", (0, 3, "DISTRICT", ""))
        plan = plan_of(store, lambda: store.link_tombstones(1), "FROM link_tombstones")
        assert "USING PRIMARY KEY (document_id=?)" in plan and "TEMP B-TREE" not in plan  # no scan, no sort


def test_a_table_of_link_tombstones_before_schema_16_is_refused_as_a_foreign_file(tmp_path):
    old_project(tmp_path / "p", 15, later_steps.LINK_TOMBSTONES_SQL)
    with sqlite3.connect(tmp_path / "p" / DB_FILENAME) as conn:
        assert migrations.shape_problem(conn, 15) == "table link_tombstones exists although schema 15 has none"
        assert migrations.shape_problem(conn, 16) == ""

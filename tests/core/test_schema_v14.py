"""Schema 14: the files each document was read from, by their keys (``document_files`` table,
``store/document_files.py``). An older project keeps its documents, spans and links, with no key yet: the
first import of its folder reads each file once more, as before, and records its key
(tests/core/test_import_read_before.py)."""
from __future__ import annotations

import sqlite3

from annotator.core.store import Store, later_steps, migrations
from annotator.paths import DB_FILENAME
from tests.core.conftest import old_project
from tests.core.test_migrations import ONE_DISTRICT, document


def test_a_schema_13_project_keeps_its_documents_and_spans_and_has_no_keys_yet(tmp_path):
    old_project(tmp_path / "v13", 13, document("湖里区建设"), ONE_DISTRICT)
    with Store.open(tmp_path / "v13") as store:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 14
        assert [(d.id, d.name) for d in store.documents()] == [(1, "a.txt")]
        assert [(a.id, a.text) for a in store.annotations()] == [(7, "湖里区")]
        assert store.document_files(1) == [] and store.integrity_check() == "ok"


def test_a_table_of_document_files_before_schema_14_is_refused_as_a_foreign_file(tmp_path):
    old_project(tmp_path / "p", 13, later_steps.DOCUMENT_FILES_SQL)
    with sqlite3.connect(tmp_path / "p" / DB_FILENAME) as conn:
        assert migrations.shape_problem(conn, 13) == "table document_files exists although schema 13 has none"
        assert migrations.shape_problem(conn, 14) == ""

"""Schema migrations only go forward, keep every row, and back up first."""
from __future__ import annotations

import sqlite3

from annotator.core.sqlite import Database
from annotator.core.store import Store, backup, migrations
from annotator.paths import DB_FILENAME


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

"""Rolling backups: before each migration, before the first edit of a session and then hourly,
at most 10 kept in PROJECT/backups/, and `annotator restore` brings one back."""
from __future__ import annotations

import os
import sqlite3
import time

import pytest

from annotator import cli
from annotator.core import backup, migrations
from annotator.core import store as store_module
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.text import sha256
from annotator.paths import DB_FILENAME

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "p"
    with Store.create(folder) as store:
        store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
    return folder


def spans_in(path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute('SELECT start, "end", label FROM annotations ORDER BY id').fetchall()
    finally:
        conn.close()


def test_a_new_project_makes_no_backup_on_its_first_edits(tmp_path):
    with Store.create(tmp_path / "p") as store:
        store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
    assert backup.list_backups(tmp_path / "p") == []


def test_first_edit_of_a_session_backs_up_then_at_most_hourly(project, monkeypatch):
    with Store.open(project) as store:
        assert backup.list_backups(project) == []  # opening alone writes nothing
        store.add_annotation(1, 3, 6, "DISTRICT")
        store.add_annotation(1, 0, 2, "DISTRICT")
        first = backup.list_backups(project)
        assert len(first) == 1 and first[0].parent == project / "backups"
        assert spans_in(first[0]) == []  # taken before the session's first edit
    with Store.open(project) as store:  # a new session within the hour: the recent backup is enough
        store.add_annotation(1, 14, 19, "PROJECT")
        assert backup.list_backups(project) == first
        # an hour later (in the session's clock and on disk) the next edit backs up again
        hour_ago = time.time() - backup.INTERVAL_SECONDS - 5
        os.utime(first[0], (hour_ago, hour_ago))
        clock = time.monotonic() + backup.INTERVAL_SECONDS + 1
        monkeypatch.setattr(store_module.time, "monotonic", lambda: clock)
        store.add_annotation(1, 8, 13, "AMOUNT")
        after = backup.list_backups(project)
        assert len(after) == 2
        assert len(spans_in(after[-1])) == 3


def test_backup_before_a_migration(project, monkeypatch):
    def next_step(db):
        db.execute("CREATE TABLE extra (x INTEGER)")

    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, next_step])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    with Store.open(project) as store:
        assert store.schema_version == current + 1
    made = backup.list_backups(project)
    assert len(made) == 1 and f"before-migration-v{current}" in made[0].name
    conn = sqlite3.connect(made[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    conn.close()


def test_at_most_ten_backups_are_kept(project):
    with Store.open(project) as store:
        made = [backup.backup(store, reason=f"r{i}") for i in range(13)]
    kept = backup.list_backups(project)
    assert len(kept) == backup.KEEP == 10
    assert kept == made[-10:]


def test_restore_through_the_cli(project, capsys):
    with Store.open(project) as store:
        store.add_annotation(1, 3, 6, "DISTRICT")
        good = backup.backup(store, reason="manual")
        store.add_annotation(1, 14, 19, "PROJECT")
    assert cli.main(["restore", str(project), "--list"]) == 0
    assert str(good) in capsys.readouterr().out
    assert cli.main(["restore", str(project), str(good)]) == 0
    assert "restored" in capsys.readouterr().out
    with Store.open(project) as store:
        assert [(a.start, a.end, a.label) for a in store.annotations()] == [(3, 6, "DISTRICT")]
        assert store.integrity_check() == "ok"
    # the state before the restore was itself backed up, so the restore can be undone
    before_restore = [p for p in backup.list_backups(project) if "before-restore" in p.name]
    assert len(before_restore) == 1 and len(spans_in(before_restore[0])) == 2
    assert cli.main(["restore", str(project)]) == 0  # the newest: the one made before the restore
    with Store.open(project) as store:
        assert len(store.annotations()) == 2


def test_restore_brings_back_a_project_whose_database_is_damaged(project, capsys):
    with Store.open(project) as store:
        store.add_annotation(1, 3, 6, "DISTRICT")
        backup.backup(store, reason="manual")
    damaged = b"SQLite format 3\x00" + os.urandom(8000)
    (project / DB_FILENAME).write_bytes(damaged)
    assert cli.main(["restore", str(project)]) == 0, capsys.readouterr().err
    with Store.open(project) as store:
        assert len(store.annotations()) == 1
    kept = list((project / "backups").glob("damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # the damaged file is set aside, not lost


def test_restore_refuses_a_file_that_is_not_a_backup(project, tmp_path, capsys):
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(os.urandom(4096))
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = (project / DB_FILENAME).read_bytes()
    for source in (bogus, other, tmp_path / "missing.sqlite"):
        assert cli.main(["restore", str(project), str(source)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("annotator: error: ") and str(source) in err and "Traceback" not in err
    assert (project / DB_FILENAME).read_bytes() == before


def test_restore_without_backups_says_so(project, capsys):
    assert cli.main(["restore", str(project)]) == 1
    assert "has no backups" in capsys.readouterr().err

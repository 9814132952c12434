"""Rolling backups: before each migration, before the first write of a session and then hourly
when something changed, at most 10 kept in PROJECT/backups/, checked before they are kept;
`annotator restore` brings one back without ever losing a backup."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from annotator import cli
from annotator.core.errors import ProjectError
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store, backup, migrations
from annotator.core.store import base as store_base
from annotator.core.store.restore import restore
from annotator.paths import DB_FILENAME

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def project(make_project):
    return make_project(TEXT)


def spans_in(path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute('SELECT start, "end", label FROM annotations ORDER BY id').fetchall()
    finally:
        conn.close()


def test_a_project_without_documents_is_never_backed_up(tmp_path):
    with Store.create(tmp_path / "p") as store:
        store.add_label("PLACE")
    with Store.open(tmp_path / "p") as store:
        store.add_label("OTHER")
    assert backup.list_backups(tmp_path / "p") == []


def test_the_session_that_imports_the_first_documents_leaves_a_backup_of_them(tmp_path):
    """Never is an empty backup the only one of a project that has documents."""
    folder = tmp_path / "p"
    Store.create(folder).close()
    with Store.open(folder) as store:  # e.g. `annotator import`
        store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
        assert backup.list_backups(folder) == []  # before its first write there was nothing to keep
    (made,) = backup.list_backups(folder)
    assert "-first" in made.name
    conn = sqlite3.connect(made)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
    conn.close()


def test_first_write_of_each_session_backs_up_what_changed_then_at_most_hourly(project, monkeypatch):
    start = backup.list_backups(project)
    with Store.open(project) as store:
        assert backup.list_backups(project) == start  # opening alone writes nothing
        store.add_annotation(1, 3, 6, "DISTRICT")
        store.add_annotation(1, 0, 2, "DISTRICT")
        # the project equals its newest backup: nothing new to keep before this first write
        assert backup.list_backups(project) == start
    with Store.open(project) as store:  # a new session: its first write backs up the two spans
        store.add_annotation(1, 14, 19, "PROJECT")
        first = backup.list_backups(project)
        assert len(first) == len(start) + 1 and "-session" in first[-1].name
        assert len(spans_in(first[-1])) == 2  # taken before this session's first write
        store.add_annotation(1, 8, 13, "AMOUNT")
        assert backup.list_backups(project) == first  # within the hour: no more
        clock = time.monotonic() + backup.INTERVAL_SECONDS + 1
        monkeypatch.setattr(store_base.time, "monotonic", lambda: clock)
        store.add_annotation(1, 6, 8, "DISTRICT")  # an hour later
        after = backup.list_backups(project)
        assert len(after) == len(first) + 1 and "-hourly" in after[-1].name
        assert len(spans_in(after[-1])) == 4


def test_backup_before_a_migration(project, monkeypatch):
    def next_step(db):
        db.execute("CREATE TABLE extra (x INTEGER)")

    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, next_step])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    before = backup.list_backups(project)
    with Store.open(project) as store:
        assert store.schema_version == current + 1
    made = [p for p in backup.list_backups(project) if p not in before]
    assert len(made) == 1 and f"before-migration-v{current}" in made[0].name
    conn = sqlite3.connect(made[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    conn.close()


def test_at_most_ten_backups_are_kept(project):
    with Store.open(project) as store:
        made = [backup.backup(store.conn, store.folder, reason=f"r{i}") for i in range(13)]
    kept = backup.list_backups(project)
    assert len(kept) == backup.KEEP == 10
    assert kept == made[-10:]


def test_restore_through_the_cli(project, capsys):
    with Store.open(project) as store:
        store.add_annotation(1, 3, 6, "DISTRICT")
        good = backup.backup(store.conn, store.folder, reason="manual")
        store.add_annotation(1, 14, 19, "PROJECT")
    assert cli.main(["restore", str(project), "--list"]) == 0
    assert str(good) in capsys.readouterr().out
    assert cli.main(["restore", str(project), str(good)]) == 0
    assert "restored" in capsys.readouterr().out
    assert good.exists()  # a restore only reads its backup
    with Store.open(project) as store:
        assert [(a.start, a.end, a.label) for a in store.annotations()] == [(3, 6, "DISTRICT")]
        assert store.integrity_check() == "ok"
    # the state before the restore was itself kept apart, so the restore can be undone
    (before_restore,) = backup.list_restore_points(project)
    assert len(spans_in(before_restore)) == 2
    assert cli.main(["restore", str(project), "--list"]) == 0
    assert str(before_restore) in capsys.readouterr().out
    assert cli.main(["restore", str(project), str(before_restore)]) == 0
    with Store.open(project) as store:
        assert len(store.annotations()) == 2


def test_restoring_the_oldest_of_ten_backups_again_and_again_keeps_them_all(project):
    with Store.open(project) as store:
        made = [backup.backup(store.conn, store.folder, reason=f"r{i}") for i in range(backup.KEEP)]
        for m in made:  # each backup holds a different number of spans
            assert len(spans_in(m)) == 0
        store.add_annotation(1, 3, 6, "DISTRICT")
    oldest = backup.list_backups(project)[0]
    for _ in range(12):
        assert restore(project, oldest) == oldest
        assert oldest.exists()
    assert backup.list_backups(project) == made  # restores never rotate the automatic series
    assert len(backup.list_restore_points(project)) == backup.KEEP  # their own series, also capped
    assert len(spans_in(backup.list_restore_points(project)[0])) == 0  # after the first restore


def test_restore_refuses_a_backup_of_a_newer_schema(project, tmp_path, capsys):
    with Store.open(project) as store:
        newer = backup.backup(store.conn, store.folder, reason="manual")
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = (project / DB_FILENAME).read_bytes()
    assert cli.main(["restore", str(project), str(newer)]) == 1
    err = capsys.readouterr().err
    assert "newer annotator" in err and str(newer) in err
    assert (project / DB_FILENAME).read_bytes() == before
    with Store.open(project) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION


@pytest.mark.parametrize("name", ["p#1", "p?x=1", "p%20q", "项目 #2?%"])
def test_restore_where_the_path_holds_uri_characters(tmp_path, name, capsys):
    folder = tmp_path / name
    with Store.create(folder) as store:
        store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
    with Store.open(folder) as store:
        store.add_annotation(1, 3, 6, "DISTRICT")
        good = backup.backup(store.conn, store.folder, reason="manual")
        store.add_annotation(1, 14, 19, "PROJECT")
    outside = set(tmp_path.iterdir())
    assert cli.main(["restore", str(folder), str(good)]) == 0, capsys.readouterr().err
    with Store.open(folder) as store:
        assert len(store.annotations()) == 1
    assert set(tmp_path.iterdir()) == outside  # no stray files beside the project


def test_a_damaged_database_is_never_kept_as_a_backup(project, tmp_path):
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes((project / DB_FILENAME).read_bytes())
    conn = sqlite3.connect(damaged)
    conn.execute("PRAGMA writable_schema = ON")  # an index that no longer matches its table
    conn.execute("UPDATE sqlite_master SET sql = replace(sql, 'sha256', 'name') "
                 "WHERE type = 'index' AND name LIKE '%sha256%'")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(damaged)
    with pytest.raises(ProjectError, match="damaged"):
        backup.copy_checked(conn, project / "backups" / "project-x.sqlite")
    conn.close()
    assert not (project / "backups" / "project-x.sqlite").exists()
    assert list((project / "backups").glob("*.part")) == []


def test_part_files_of_killed_backups_are_removed(project):
    d = project / "backups"
    d.mkdir(exist_ok=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = d / f"project-20260101-000000-000000-hourly.{dead.pid}.part"
    stale.write_bytes(b"x" * 1000)
    legacy = d / "project-20260101-000000-000000-hourly.part"
    legacy.write_bytes(b"x")
    mine = d / f"project-20260101-000000-000000-hourly.{os.getpid()}.part"
    mine.write_bytes(b"x")  # a backup of a living process is left alone
    with Store.open(project) as store:
        backup.backup(store.conn, store.folder, reason="manual")
    assert not stale.exists() and not legacy.exists() and mine.exists()


def test_a_failed_automatic_backup_is_logged_and_kept_for_the_user(project, monkeypatch, caplog):
    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "backup", fail)
    with Store.open(project) as store:
        store.add_annotation(1, 3, 6, "DISTRICT")
    with Store.open(project) as store, caplog.at_level("WARNING"):
        store.add_annotation(1, 14, 19, "PROJECT")  # the session's first write tries a backup
        assert "No space left" in store.backup_error and str(project) in store.backup_error
        assert len(store.annotations()) == 2  # the edit itself was saved
    assert any("No space left" in r.getMessage() for r in caplog.records)


def test_restore_brings_back_a_project_whose_database_is_damaged(project, capsys):
    with Store.open(project) as store:
        store.add_annotation(1, 3, 6, "DISTRICT")
        backup.backup(store.conn, store.folder, reason="manual")
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


def test_restore_refuses_an_empty_file_as_empty(project, tmp_path, capsys):
    """A file of 0 bytes (a copy that failed) was called 'an SQLite database but not a backup'."""
    empty = tmp_path / "project-copy.sqlite"
    empty.touch()
    before = (project / DB_FILENAME).read_bytes()
    assert cli.main(["restore", str(project), str(empty)]) == 1
    assert capsys.readouterr().err == (f"annotator: error: {empty}: is not a usable backup (the file is empty); "
                                       "nothing was restored — choose another backup\n")
    assert (project / DB_FILENAME).read_bytes() == before and empty.stat().st_size == 0


def test_restore_without_backups_says_so(project, capsys):
    shutil.rmtree(project / "backups")
    assert cli.main(["restore", str(project)]) == 1
    assert "has no backups" in capsys.readouterr().err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions")
def test_restore_from_a_backup_on_a_read_only_disk(project, tmp_path, capsys):
    """A backup is a WAL-mode file, which SQLite opens read-only only where it may create the
    shared-memory file beside it: one on a read-only disk, folder or snapshot was refused as
    'not a usable backup (unable to open database file)'."""
    with Store.open(project) as store:
        store.add_annotation(1, 3, 6, "DISTRICT")
        made = backup.backup(store.conn, store.folder, reason="manual")
        store.add_annotation(1, 14, 19, "PROJECT")
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    kept = shutil.copy(made, shelf / made.name)
    shelf.chmod(0o555)
    try:
        assert cli.main(["restore", str(project), str(kept)]) == 0, capsys.readouterr().err
    finally:
        shelf.chmod(0o755)
    assert sorted(p.name for p in shelf.iterdir()) == [made.name]  # only read
    with Store.open(project) as store:
        assert [(a.start, a.end, a.label) for a in store.annotations()] == [(3, 6, "DISTRICT")]


@pytest.mark.parametrize("read_only", ["folder", "database"])
def test_restore_into_a_read_only_project_sets_nothing_aside(project, monkeypatch, capsys, read_only):
    """A read-only project was taken for a damaged one: its database moved to backups/damaged-…"""
    with Store.open(project) as store:
        store.add_annotation(1, 3, 6, "DISTRICT")
        backup.backup(store.conn, store.folder, reason="manual")
    before = {p.name: p.read_bytes() for p in project.iterdir() if p.is_file()}
    locked = project if read_only == "folder" else project / DB_FILENAME
    real_access = os.access  # chmod does not stop root (CI runs as root)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p) == str(locked) and mode == os.W_OK
                        else real_access(p, mode, **kw))
    assert cli.main(["restore", str(project)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("annotator: error: ") and "read-only" in err and "nothing was restored" in err
    assert {p.name: p.read_bytes() for p in project.iterdir() if p.is_file()} == before
    assert not list((project / "backups").glob("damaged-*"))


@pytest.mark.parametrize("edit", ["link", "metadata", "done swapped", "guide"])
def test_a_session_that_changed_only_links_metadata_or_guides_is_backed_up_by_the_next(project, edit):
    """The newest backup was compared with the project by its spans and labels alone: a session of
    linking, of jurisdictions typed in, or of the codebook written was never backed up, so a restore
    after the next session's mistake lost it."""
    with Store.open(project) as store:
        store.add_document(Document(None, "b.txt", "b", TEXT + "。", sha256(TEXT + "。")))
        store.set_document_done(1, True)
        amount = store.add_annotation(1, 8, 14, "AMOUNT").changes[0].after.id
        district = store.add_annotation(1, 3, 6, "DISTRICT").changes[0].after.id
        backup.backup(store.conn, store.folder, reason="manual")  # the newest backup holds all this
    before = backup.list_backups(project)
    with Store.open(project) as store:  # the session that changes only the one thing
        if edit == "link":
            store.add_link(amount, "district", district)
        elif edit == "metadata":
            store.set_document_metadata(1, "jurisdiction", "湖里区 350206")
        elif edit == "done swapped":  # as many documents done as before
            store.set_document_done(1, False)
            store.set_document_done(2, True)
        else:
            store.set_label_guide("DISTRICT", "Only county-level units and above.")
    assert backup.list_backups(project) == before  # its first write: nothing new to keep yet
    with Store.open(project) as store:
        store.add_annotation(1, 0, 3, "DISTRICT")  # the next session's first write
    made = [p for p in backup.list_backups(project) if p not in before]
    assert len(made) == 1 and "-session" in made[0].name  # it holds what the session before changed


def test_backups_leave_no_journal_files_beside_them(project):
    """A backup was a WAL-mode file: each read-only look at the newest (is the project unchanged
    since?) left a -shm and a -wal beside it, and rotating backups away left those behind."""
    for i in range(backup.KEEP + 3):
        with Store.open(project) as store:  # a session that changes something: a backup before it
            store.set_document_done(1, i % 2 == 0)
    kept = backup.list_backups(project)
    assert 3 < len(kept) <= backup.KEEP
    assert sorted(p.name for p in (project / "backups").iterdir()) == sorted(p.name for p in kept)
    with Store.open(project) as store:  # a backup still restores into a WAL-mode project
        store.add_annotation(1, 10, 12, "DISTRICT")
    restore(project)
    with Store.open(project) as store:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.integrity_check() == "ok"


def test_stale_journal_files_of_a_rotated_backup_go_with_it(project):
    with Store.open(project) as store:
        made = [backup.backup(store.conn, store.folder, reason=f"r{i}") for i in range(backup.KEEP)]
        for suffix in ("-wal", "-shm"):  # as earlier versions left them
            made[0].with_name(made[0].name + suffix).write_bytes(b"")
        backup.backup(store.conn, store.folder, reason="one more")
    assert not any(p.name.startswith(made[0].name) for p in (project / "backups").iterdir())


@pytest.mark.parametrize("args", [[], ["--list"]])
def test_restore_of_a_folder_that_is_not_there_says_so(tmp_path, capsys, args):
    """'nope: has no backups in nope/backups' for a mistyped project folder, and --list printed
    nothing and succeeded."""
    assert cli.main(["restore", str(tmp_path / "nope"), *args]) == 1
    err = capsys.readouterr().err
    assert err == f"annotator: error: {tmp_path / 'nope'}: no such project folder\n"
    assert not (tmp_path / "nope").exists()


def test_a_large_project_backed_up_minutes_ago_is_not_copied_again_by_each_command(project, monkeypatch):
    """A script of many commands on a large project (each a session) made a full copy at each:
    271 MB and 3-5 s a command on 2,000 reports. Within ten minutes of the newest backup a large
    project's session makes none; a small one (its copy cheap) is backed up before each session."""
    with Store.open(project) as store:
        store.add_annotation(1, 3, 6, "DISTRICT")
    with Store.open(project) as store:
        store.add_annotation(1, 14, 19, "PROJECT")  # a session: backed up before it
    made = backup.list_backups(project)
    monkeypatch.setattr(backup, "LARGE_BYTES", 0)  # as if the project were large
    with Store.open(project) as store:
        store.add_annotation(1, 8, 13, "AMOUNT")
    assert backup.list_backups(project) == made  # the newest is minutes old: not copied again
    monkeypatch.setattr(backup, "RECENT_SECONDS", 0)  # … and once it is older, it is
    with Store.open(project) as store:
        store.add_annotation(1, 6, 8, "DISTRICT")
    later = backup.list_backups(project)
    assert len(later) == len(made) + 1 and len(spans_in(later[-1])) == 3

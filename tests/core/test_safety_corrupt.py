"""Damaged or foreign files: one ProjectError naming the file and the problem; nothing overwritten."""
from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.errors import ProjectError
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store, migrations
from annotator.paths import DB_FILENAME


def make_project(folder: Path) -> bytes:
    with Store.create(folder) as store:
        for i in range(30):
            text = f"第{i}篇。" + "厦门市湖里区" * 300
            doc = store.add_document(Document(None, f"{i}.txt", "t", text, sha256(text)))
            store.add_annotation(doc.id, 5, 8, "DISTRICT")
        store.checkpoint()
    return (folder / DB_FILENAME).read_bytes()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def open_fails(folder: Path, *words: str) -> ProjectError:
    before = snapshot(folder)
    with pytest.raises(ProjectError) as info:
        Store.open(folder)
    message = str(info.value)
    assert str(folder) in message
    for word in words:
        assert word in message
    assert "\n" not in message
    assert snapshot(folder) == before, "a file was changed or created"
    return info.value


@pytest.mark.parametrize("keep", [0.99, 0.9, 0.5, 0.1, 4096, 100, 20])
def test_truncated_database(tmp_path, keep):
    data = make_project(tmp_path / "good")
    folder = tmp_path / "p"
    folder.mkdir()
    cut = int(len(data) * keep) if keep < 1 else keep
    (folder / DB_FILENAME).write_bytes(data[:cut])
    open_fails(folder, DB_FILENAME)


def test_empty_database_file_is_not_silently_replaced_by_a_new_project(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(b"")
    open_fails(folder, "empty")


def test_random_bytes_named_project_sqlite(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(random.Random(1).randbytes(50_000))
    open_fails(folder, "not an SQLite database")


def test_random_bytes_behind_a_valid_sqlite_header(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(50_000))
    open_fails(folder, DB_FILENAME)


@pytest.mark.parametrize("user_version", [0, 1, 7])
def test_sqlite_database_of_another_program(tmp_path, user_version):
    folder = tmp_path / "p"
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places(url) VALUES ('https://example.org')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    # whatever its user_version says, a database without a project's tables is not "newer"
    open_fails(folder, "not an annotator project")


def test_newer_schema_is_never_migrated_downward(tmp_path):
    folder = tmp_path / "p"
    make_project(folder)
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    shutil.rmtree(folder / "backups", ignore_errors=True)
    open_fails(folder, "newer annotator", f"schema {migrations.SCHEMA_VERSION + 1}")
    conn = sqlite3.connect(folder / DB_FILENAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION + 1
    conn.close()
    assert not (folder / "backups").exists()


def test_a_newer_project_left_with_its_log_keeps_the_log_and_the_file_as_they_are(tmp_path):
    """A newer annotator ended without closing (or its project was copied while open): its latest write waits
    in project.sqlite-wal. Refused, the log stays as it is; the refused connection's close folded it into the
    database file, which 'nothing was changed' then did not say."""
    folder = tmp_path / "p"
    make_project(folder)
    shutil.rmtree(folder / "backups", ignore_errors=True)
    subprocess.run([sys.executable, "-c", (  # a newer annotator's last write, then the end without a close
        "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
        "c.execute('PRAGMA wal_autocheckpoint = 0'); c.execute('CREATE TABLE later (x)'); "
        f"c.execute('PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}'); os._exit(0)"),
        str(folder / DB_FILENAME)], check=True)
    before = snapshot(folder)
    assert before["project.sqlite-wal"]
    with pytest.raises(ProjectError, match="newer annotator"):
        Store.open(folder)
    after = snapshot(folder)
    assert after["project.sqlite"] == before["project.sqlite"]
    assert after["project.sqlite-wal"] == before["project.sqlite-wal"]


def test_read_only_project_folder(tmp_path, monkeypatch):
    # chmod does not stop root (CI runs as root), so the store's os.access check is what is tested
    folder = tmp_path / "p"
    make_project(folder)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == folder and mode == os.W_OK
                        else real_access(p, mode, **kw))
    open_fails(folder, "read-only")


def test_read_only_database_file(tmp_path, monkeypatch):
    folder = tmp_path / "p"
    make_project(folder)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p).name == DB_FILENAME
                        and mode == os.W_OK else real_access(p, mode, **kw))
    open_fails(folder, "read-only")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder_for_real(tmp_path):
    folder = tmp_path / "p"
    make_project(folder)
    folder.chmod(0o555)
    try:
        open_fails(folder, "read-only")
    finally:
        folder.chmod(0o755)


def test_path_that_does_not_exist(tmp_path):
    with pytest.raises(ProjectError, match="no such project folder") as info:
        Store.open(tmp_path / "nowhere")
    assert str(tmp_path / "nowhere") in str(info.value)
    assert not (tmp_path / "nowhere").exists()


def test_folder_without_a_project_and_a_file_instead_of_a_folder(tmp_path):
    with pytest.raises(ProjectError, match="not an annotator project"):
        Store.open(tmp_path)
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "f").write_text("x")
    with pytest.raises(ProjectError, match="is a file, not a project folder"):
        Store.open(tmp_path / "f")
    make_project(tmp_path / "q")
    with pytest.raises(ProjectError, match="already exists"):
        Store.create(tmp_path / "q")

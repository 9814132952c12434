"""A write that fails (full disk, I/O error) is reported as not saved, and the database stays whole."""
from __future__ import annotations

import errno
import os
import sqlite3
import types

import pytest

from annotator.core.errors import SaveError
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store, backup
from annotator.core.writing import atomic_write_text

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


class FailingConnection:
    """Wraps the store's connection; raises like a full disk at the chosen statement."""

    def __init__(self, conn: sqlite3.Connection, fail_on: str, after: int = 0,
                 message: str = "database or disk is full"):
        self._conn, self.fail_on, self.after, self.message = conn, fail_on, after, message

    def execute(self, sql, *args):
        if sql.lstrip().upper().startswith(self.fail_on):
            if self.after == 0:
                raise sqlite3.OperationalError(self.message)
            self.after -= 1
        return self._conn.execute(sql, *args)

    def executemany(self, sql, rows):
        """Each row counts as one statement: the failing one stops the batch where it stands."""
        for row in rows:
            self.execute(sql, row)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT))


def assert_still_good(store: Store, expected_rows: int) -> None:
    assert len(store.annotations()) == expected_rows
    assert store.integrity_check() == "ok"
    store.add_annotation(1, 14, 19, "PROJECT")  # later edits work
    assert len(store.annotations()) == expected_rows + 1


@pytest.mark.parametrize("fail_on", ["COMMIT", "INSERT", "BEGIN"])
def test_a_failed_add_is_reported_not_saved(store, fail_on):
    real = store.conn
    store.conn = FailingConnection(real, fail_on)
    with pytest.raises(SaveError, match="nothing was saved"):
        store.add_annotation(1, 3, 6, "DISTRICT")
    store.conn = real
    assert not real.in_transaction
    assert_still_good(store, 0)


def test_a_multi_row_change_failing_halfway_changes_nothing(store, monkeypatch):
    from annotator.core.store import statuses

    monkeypatch.setattr(statuses, "CHUNK", 1)  # a statement per span: the second one fails
    ids = [store.add_annotation(1, s, e, "DISTRICT", status="suggested").changes[0].after.id
           for s, e in ((0, 3), (3, 6))]
    real = store.conn
    store.conn = FailingConnection(real, "UPDATE", after=1, message="disk I/O error")
    with pytest.raises(SaveError):
        store.set_status(ids, "accepted")
    store.conn = real
    assert {a.status for a in store.annotations()} == {"suggested"}
    assert_still_good(store, 2)


def test_a_real_full_database_is_reported_and_rolled_back(store):
    """SQLite's own SQLITE_FULL, provoked by capping the page count of the database."""
    store.add_annotation(1, 3, 6, "DISTRICT")
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    big = "湖里区" * 200_000
    with pytest.raises(SaveError, match="full"):
        store.add_document(Document(None, "big.txt", "t", big, sha256(big)))
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert len(store.documents()) == 1
    assert_still_good(store, 1)


def test_a_failing_automatic_backup_never_stops_the_edit(tmp_path, monkeypatch):
    folder = tmp_path / "p"
    Store.create(folder).close()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "backup_if_changed", full)
    with Store.open(folder) as store:
        store.add_label("PLACE")
        assert "No space left" in store.backup_error
        assert "PLACE" in store.label_names()


def test_an_export_that_cannot_be_written_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SaveError, match="No space left"):
        atomic_write_text(target, "new\n" * 1000)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_an_export_to_a_read_only_mount_says_nothing_was_changed_as_a_full_disk_does(tmp_path, monkeypatch):
    """It said "cannot write there (Read-only file system)" alone, where the full disk's line ends
    "could not be written (No space left on device); nothing was changed"."""
    from annotator.core import writing

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(writing.os, "open", read_only)
    target = tmp_path / "out.jsonl"
    with pytest.raises(SaveError) as refused:
        atomic_write_text(target, "new\n")
    assert str(refused.value) == f"{target}: cannot write there (Read-only file system); nothing was changed"
    assert not target.exists()


@pytest.mark.parametrize("fail_on", ["COMMIT", "BEGIN"])
def test_a_write_refused_by_a_full_disk_says_so_as_the_command_line_does(store, fail_on, monkeypatch):
    """It said SQLite's "could not write (database or disk is full); nothing was saved"; a disk measured full
    is said as the command line's full-disk check says it, with the space left."""
    from annotator.core.store import disk

    monkeypatch.setattr(disk.shutil, "disk_usage", lambda _folder: types.SimpleNamespace(free=12_000))
    real = store.conn
    store.conn = FailingConnection(real, fail_on)
    with pytest.raises(SaveError) as refused:
        store.add_annotation(1, 3, 6, "DISTRICT")
    store.conn = real
    assert str(refused.value) == f"{store.path}: the disk holding the project is full (12 KB free); nothing was saved"
    assert_still_good(store, 0)

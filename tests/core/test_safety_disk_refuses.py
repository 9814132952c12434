"""A disk that refuses the project (full, failing, a path longer than SQLite takes) is not a damaged
database: opening says what the disk did and sends no one to ``annotator restore``, and a restore on
such a disk changes nothing — it never sets a sound project aside as damaged, and a restore whose
copy cannot be written puts back what it set aside instead of leaving an empty database."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from annotator.core.errors import ProjectError
from annotator.core.store import Store, backup, disk
from annotator.core.store import restore as restore_module
from annotator.core.store.restore import restore
from annotator.paths import DB_FILENAME
from tests.core.test_damaged_projects import damage_a_page, everything
from tests.core.test_safety_corrupt import make_project, open_fails

SHMSIZE = 10 | (19 << 8)  # SQLITE_IOERR_SHMSIZE: no room for the shared-memory file on a full disk


class DiskRefuses(sqlite3.Connection):
    """A connection whose first statement fails as on a full tmpfs (the -shm file cannot grow)."""

    def execute(self, sql, *args):
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = SHMSIZE
        raise error


def refusing_disk(monkeypatch, free: int) -> None:
    real = sqlite3.connect

    def connect(where, *a, **k):  # the project's database; its backups are read as ever
        return real(where, *a, factory=DiskRefuses, **k) if str(where).endswith(DB_FILENAME) else real(where, *a, **k)
    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(disk.shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9 - free, free))


def test_a_full_disk_at_open_is_not_called_damage(tmp_path, monkeypatch):
    folder = tmp_path / "p"
    make_project(folder)
    refusing_disk(monkeypatch, free=0)
    message = str(open_fails(folder, DB_FILENAME, "the disk is full", "disk I/O error", "free some space"))
    assert "damaged" not in message and "restore" not in message


def test_a_failing_disk_at_open_says_the_database_is_not_known_to_be_damaged(tmp_path, monkeypatch):
    folder = tmp_path / "p"
    make_project(folder)
    refusing_disk(monkeypatch, free=10**8)
    message = str(open_fails(folder, "the disk reported an error", "not known to be damaged", "check the disk"))
    assert "restore" not in message


def test_a_restore_on_a_full_disk_never_sets_the_project_aside(tmp_path, monkeypatch):
    folder = tmp_path / "p"
    make_project(folder)  # with its session's backup
    before = everything(folder)
    refusing_disk(monkeypatch, free=0)
    with pytest.raises(ProjectError, match="the disk is full"):
        restore(folder)
    assert everything(folder) == before  # the project is where it was, nothing set aside as damaged


def test_a_before_restore_copy_that_cannot_be_written_stops_the_restore(tmp_path, monkeypatch):
    folder = tmp_path / "p"
    make_project(folder)
    before = (folder / DB_FILENAME).read_bytes()

    def full(conn, target):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(restore_module, "copy_checked", full)
    with pytest.raises(ProjectError, match=r"before-restore-.*could not be written \(database or disk is full\); "
                                           "nothing was restored"):
        restore(folder)
    assert (folder / DB_FILENAME).read_bytes() == before
    assert not list((folder / "backups").glob("damaged-*"))


class FullDiskSource:
    """A backup to restore from whose copy into the project fails as on a full disk."""

    def __init__(self, path: Path):
        self.real = backup.open_read_only(path)

    def backup(self, dest, **_):
        dest.execute("CREATE TABLE half (x)")  # the new file exists when the disk fills up
        raise sqlite3.OperationalError("database or disk is full")

    def close(self):
        self.real.close()


def test_a_damaged_project_whose_restore_cannot_be_written_is_put_back(tmp_path, monkeypatch):
    folder = tmp_path / "p"
    make_project(folder)
    damage_a_page(folder)
    damaged = (folder / DB_FILENAME).read_bytes()
    monkeypatch.setattr(restore_module, "open_read_only", FullDiskSource)
    with pytest.raises(ProjectError, match=r"could not be written \(database or disk is full\); nothing was restored "
                                           "— the damaged database is back where it was"):
        restore(folder)
    assert (folder / DB_FILENAME).read_bytes() == damaged  # not an empty or half-copied database
    assert not list((folder / "backups").glob("damaged-*"))
    assert not (folder / f"{DB_FILENAME}-wal").exists()


def test_a_restore_into_a_folder_without_its_database_leaves_no_empty_one(tmp_path, monkeypatch):
    folder = tmp_path / "p"
    make_project(folder)
    (folder / DB_FILENAME).unlink()
    monkeypatch.setattr(restore_module, "open_read_only", FullDiskSource)
    with pytest.raises(ProjectError, match="nothing was restored"):
        restore(folder)
    assert not (folder / DB_FILENAME).exists()  # no empty database that opens as "lost or damaged"


def test_a_path_too_long_for_sqlite_is_named_as_such(tmp_path):
    folder = tmp_path.joinpath(*["长路径" * 25] * 3) / "project"  # well over SQLite's 512 bytes
    with pytest.raises(ProjectError, match=r"its path is too long for SQLite \(\d+ bytes, at most \d+\); move or "
                                           "rename the project folder to a shorter path"):
        Store.create(folder)


@pytest.fixture
def full_tmpfs(tmp_path):
    """A 4 MB tmpfs (root only; skipped elsewhere)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_really_full_disk(full_tmpfs):
    folder = full_tmpfs / "p"
    make_project(folder)
    with open(full_tmpfs / "filler", "wb") as f:  # fill the disk to the last byte
        with pytest.raises(OSError):
            while True:
                f.write(b"\0" * 65536)
                f.flush()
    before = everything(folder)
    message = str(open_fails(folder, "the disk is full"))
    assert "damaged" not in message
    with pytest.raises(ProjectError, match="the disk is full"):
        restore(folder)
    assert everything(folder) == before
    (full_tmpfs / "filler").unlink()
    with Store.open(folder) as store:
        assert len(store.documents()) == 30 and store.integrity_check() == "ok"

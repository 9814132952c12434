"""A large project is quick-checked at its first open only when it is not exactly as it was at the
last clean check or close (a check reads every page: seconds for 20,000 documents); a small one at
every first open; a file changed since, or left with a write-ahead log, is checked again."""
from __future__ import annotations

import os

import pytest

from annotator.core.errors import ProjectError
from annotator.core.store import Store, db_file
from annotator.paths import DB_FILENAME
from tests.core.test_damaged_projects import damage_a_page


@pytest.fixture
def large(monkeypatch):
    monkeypatch.setattr(db_file, "ALWAYS_CHECK_BELOW", 0)  # every project counts as large


def reopen(folder) -> bool:
    with Store.open(folder) as store:
        return store.checked


def test_a_large_project_unchanged_since_its_last_clean_close_is_not_checked_again(make_project, large):
    folder = make_project()  # closed cleanly: the stamp is recorded
    assert reopen(folder) is False
    path = folder / DB_FILENAME
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))  # another program wrote to it
    assert reopen(folder) is True
    assert reopen(folder) is False


def test_a_small_project_is_checked_at_every_first_open(make_project):
    folder = make_project()
    assert reopen(folder) is True and reopen(folder) is True


def test_a_large_project_damaged_after_its_close_is_refused_and_checked_again_next_time(make_project, large):
    folder = make_project()
    reopen(folder)
    path = folder / DB_FILENAME
    damage_a_page(folder)
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    with pytest.raises(ProjectError, match="damaged"):
        Store.open(folder)
    with pytest.raises(ProjectError, match="damaged"):  # the stamp is the old file's: checked again
        Store.open(folder)


def test_a_project_left_with_a_write_ahead_log_is_checked(make_project, large, tmp_path):
    folder = make_project()
    reopen(folder)
    path = folder / DB_FILENAME
    assert db_file.check_needed(path) is False
    db_file.wal_path(path).write_bytes(b"x" * 32)  # a crash left the log behind
    assert db_file.check_needed(path) is True

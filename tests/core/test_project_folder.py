"""Where a new project may be created: a folder that does not exist yet, an empty one, one
holding other files (asked first); not a file, a project already there, or an unwritable place."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator.core import project_folder as pf
from annotator.core.store import Store


def test_a_missing_folder_is_created_with_its_parents(tmp_path):
    target = tmp_path / "a" / "b" / "project"
    assert pf.check_new_folder(target) == pf.NewFolder(target, pf.MISSING)
    assert not (tmp_path / "a").exists()  # checking creates nothing
    Store.create(target).close()
    assert pf.check_new_folder(target).state == pf.PROJECT


def test_empty_and_not_empty_folders(tmp_path):
    assert pf.check_new_folder(tmp_path).state == pf.EMPTY
    for name in ("d.txt", "c.txt", "b.txt", "a.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    check = pf.check_new_folder(tmp_path)
    assert (check.state, check.count, check.entries, check.usable) == (pf.NOT_EMPTY, 4, ("a.txt", "b.txt", "c.txt"),
                                                                        True)


def test_a_file_or_a_file_in_the_way_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert pf.check_new_folder(tmp_path / "notes.txt").state == pf.FILE
    under = pf.check_new_folder(tmp_path / "notes.txt" / "project")
    assert (under.state, under.blocker, under.usable) == (pf.BLOCKED, tmp_path / "notes.txt", False)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_refused(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert pf.check_new_folder(locked / "new").blocker == locked
        assert pf.check_new_folder(locked).state == pf.BLOCKED
    finally:
        locked.chmod(0o700)


def test_typed_paths(tmp_path):
    assert pf.resolve_typed("  ~/reports ") == Path.home() / "reports"
    assert pf.resolve_typed("reports/2024", base=tmp_path) == tmp_path / "reports" / "2024"
    assert pf.resolve_typed(str(tmp_path / "a" / ".." / "b")) == tmp_path / "b"

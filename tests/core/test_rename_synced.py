"""An export, a package or an unpacked project was synced to disk before its rename into place, but the folder
that records the new name was not: a kill could not lose it, a power cut right after could (the old file back, or
none). The folder is now synced after the rename (``writing.sync_folder``), on POSIX; where a file system cannot
sync a folder the rename stands as before."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator.core import writing

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a folder is synced on POSIX only (Windows opens none)")


@pytest.fixture
def synced(monkeypatch):
    """The folders fsync was called on, each after the renames made before it (in the order they came)."""
    events: list[tuple[str, str]] = []
    opened: dict[int, str] = {}
    real_open, real_fsync, real_replace, real_rename = os.open, os.fsync, os.replace, os.rename

    def open_(path, flags, *args, **kwargs):
        fd = real_open(path, flags, *args, **kwargs)
        opened[fd] = str(path)
        return fd

    def fsync(fd):
        if fd in opened and os.path.isdir(opened[fd]):
            events.append(("sync", opened.pop(fd)))
        return real_fsync(fd)

    def replace(src, dst, *args, **kwargs):
        real_replace(src, dst, *args, **kwargs)
        events.append(("rename", str(Path(dst).parent)))

    def rename(src, dst, *args, **kwargs):
        real_rename(src, dst, *args, **kwargs)
        events.append(("rename", str(Path(dst).parent)))

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "rename", rename)
    return events


def test_a_file_written_in_place_has_its_folder_synced_after_the_rename(tmp_path, synced):
    writing.atomic_write_text(tmp_path / "out.jsonl", "{}\n")
    assert (tmp_path / "out.jsonl").read_text() == "{}\n"
    assert synced == [("rename", str(tmp_path)), ("sync", str(tmp_path))]


def test_a_folder_put_in_place_has_its_parent_synced_after_the_rename(tmp_path, synced):
    with writing.atomic_folder(tmp_path / "project") as folder:
        (folder / "project.sqlite").write_bytes(b"x")
    assert (tmp_path / "project" / "project.sqlite").read_bytes() == b"x"
    assert synced == [("rename", str(tmp_path)), ("sync", str(tmp_path))]


def test_a_folder_that_cannot_be_synced_leaves_the_rename_standing(tmp_path, monkeypatch):
    def refused(fd):
        raise OSError(22, "Invalid argument")  # as some network file systems answer for a folder

    monkeypatch.setattr(os, "fsync", refused)
    writing.sync_folder(tmp_path)  # says nothing, raises nothing
    with writing.atomic_path(tmp_path / "a.csv") as part:
        part.write_text("a\n")  # written without fsync here: only the folder's sync is refused
    assert (tmp_path / "a.csv").read_text() == "a\n"

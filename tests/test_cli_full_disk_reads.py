"""A project on a disk filled to the last byte: SQLite cannot make the shared-memory file a project in
WAL mode needs even to be read, so ``annotator export P -o OTHER_DISK/out.xlsx`` (the way to get the
work off that disk) and ``stats`` were refused: "cannot be opened, the disk is full". The commands that
only read it now read it as a read-only project, one warning naming the disk as full; the commands
that write it are refused as before, and nothing is written into its folder."""
from __future__ import annotations

from annotator.cli import main
from tests.core.test_damaged_projects import everything
from tests.core.test_safety_corrupt import make_project
from tests.core.test_safety_disk_refuses import refusing_disk


def test_a_project_on_a_full_disk_is_exported_to_another_disk(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "p"
    make_project(folder)
    before = everything(folder)
    refusing_disk(monkeypatch, free=0)
    out = tmp_path / "elsewhere" / "out.xlsx"
    out.parent.mkdir()
    assert main(["export", str(folder), "-o", str(out)]) == 0
    said = capsys.readouterr()
    assert out.stat().st_size > 0 and "30 annotation(s)" in said.out
    warning, = said.err.splitlines()
    assert warning == (f"annotator: warning: {folder}: the disk holding the project is full (0 KB free), so it "
                       "was only read, nothing written into it; free some space on that disk before changing it")
    assert main(["stats", str(folder)]) == 0 and "DISTRICT" in capsys.readouterr().out
    assert main(["suggest", str(folder)]) == 1  # a command that writes: refused as before
    error = capsys.readouterr().err
    assert "cannot be opened, the disk is full" in error and "warning" not in error
    assert everything(folder) == before


def test_a_failing_disk_that_is_not_full_is_still_refused(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "p"
    make_project(folder)
    refusing_disk(monkeypatch, free=10**8)
    assert main(["export", str(folder), "-o", str(tmp_path / "out.xlsx")]) == 1
    assert "the disk reported an error" in capsys.readouterr().err and not (tmp_path / "out.xlsx").exists()

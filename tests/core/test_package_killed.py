"""Package commands killed (``kill -9``) at any point leave nothing to clean up and nothing that stops the same
command again.

- ``open-package`` unpacked into the project folder itself, one file after the other: killed after unpacking, the
  folder held a project, and the same command again refused it as "not empty"; killed between the database and its
  write-ahead log (a zip of a folder the window had open), the project opened without the edits in the log. Now the
  project is made whole in a hidden folder beside it and renamed into place in one step; the next run removes the
  hidden folder a killed one left.
- ``export-package`` built its project in ``annotator-package-…`` in the system's temporary folder, a merge of a zip
  unpacked it into ``annotator-unpacked-…``: killed, the folder (a full copy of the project) stayed there for good.
  Now they are named with the process's id and the next run of either removes those of processes that are gone.
"""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from annotator.core.store import Store
from annotator.core.team.package import export_package, open_package
from annotator.paths import DB_FILENAME
from tests.core.test_team_merge_corrected import first_copy
from tests.killed_after_writes import KILLED, ROOT, run_killed_after, run_killed_after_step, steps_of

A = "厦门市湖里区投资55.1亿元建设松元产业园。"
B = "思明区新增10家规上工业企业。"

def spans(folder: Path) -> list[tuple[str, int, int, str, str, str]]:
    with Store.open(folder) as store:
        assert store.integrity_check() == "ok"
        names = {d.id: d.name for d in store.documents()}
        return sorted((names[a.document_id], a.start, a.end, a.label, a.status, a.annotator)
                      for a in store.annotations())


def package_of_a_copy(make_project, tmp_path: Path) -> Path:
    """export-package's zip of a coder's work."""
    li = make_project({"a.txt": A, "b.txt": B}, [("a.txt", 0, 3, "DISTRICT", {"annotator": "li"}),
                                                 ("b.txt", 0, 3, "DISTRICT", {"status": "suggested"})], name="li")
    with Store.open(li) as store:
        export_package(store, tmp_path / "li.zip", include=["annotations"])
    return tmp_path / "li.zip"


def zip_of_an_open_folder(make_project, tmp_path: Path) -> Path:
    """A coder's folder zipped while their window had it open: the latest edits are in project.sqlite-wal."""
    li = make_project({"a.txt": A}, [("a.txt", 0, 3, "DISTRICT", {"status": "suggested"})], name="li")
    with Store.open(li) as coder:
        coder.set_status([a.id for a in coder.annotations()], "accepted", "li")
        coder.add_annotation(1, 8, 14, "AMOUNT", annotator="li")
        with zipfile.ZipFile(tmp_path / "li.zip", "w") as z:
            for path in sorted(li.rglob("*")):
                z.write(path, f"li/{path.relative_to(li)}")
    with zipfile.ZipFile(tmp_path / "li.zip") as z:
        assert z.getinfo("li/project.sqlite-wal").file_size > 0
    return tmp_path / "li.zip"


@pytest.mark.parametrize("made", [package_of_a_copy, zip_of_an_open_folder], ids=["package", "with-its-log"])
def test_open_package_killed_at_any_step_leaves_the_folder_as_it_was_or_whole_and_runs_again(make_project, tmp_path,
                                                                                          made):
    package = made(make_project, tmp_path)
    open_package(package, tmp_path / "whole")
    whole = spans(tmp_path / "whole")
    steps = steps_of("open-package", package, tmp_path / "counted" / "li")
    wrong = []  # what each kill left that it should not have
    for n in range(1, steps + 1):
        folder = tmp_path / f"killed{n}" / "li"
        assert run_killed_after_step(n, "open-package", package, folder).returncode == KILLED
        if folder.exists() and any(folder.iterdir()):  # in place: only the whole project, the command's last steps
            held = sorted(p.name for p in folder.iterdir())  # (the rename into place, then its folder synced)
            if n < steps - 1 or DB_FILENAME not in held or spans(folder) != whole:
                wrong.append(f"killed after step {n} of {steps}: {folder} holds {held}")
        else:  # nothing in place: the same command again opens it
            again = subprocess.run([sys.executable, "-m", "annotator", "open-package", str(package), str(folder)],
                                   capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
            if again.returncode != 0 or spans(folder) != whole:
                wrong.append(f"killed after step {n} of {steps}, opened again: {again.stderr.strip()}")
        beside = sorted(p.name for p in folder.parent.iterdir())
        if beside != ["li"]:
            wrong.append(f"killed after step {n} of {steps}: beside the project, {beside}")
    assert not wrong, "\n".join(wrong)


def test_a_hidden_folder_of_a_running_open_package_is_left_alone(make_project, tmp_path):
    package = package_of_a_copy(make_project, tmp_path)
    mine = tmp_path / "coders" / f".wang.{os.getpid()}.0123abcd.part"  # this process runs
    theirs = tmp_path / "coders" / ".notes.part"  # a folder of the user's own
    for folder in (mine, theirs):
        folder.mkdir(parents=True)
    open_package(package, tmp_path / "coders" / "li")
    assert sorted(p.name for p in (tmp_path / "coders").iterdir()) == sorted([mine.name, theirs.name, "li"])


@pytest.mark.parametrize(("killed", "then"), [("export-package", "merge"), ("merge", "export-package")])
def test_the_working_folder_a_killed_package_command_left_is_removed_by_the_next(make_project, tmp_path, temporary,
                                                                                 killed, then):
    li = first_copy(make_project)
    lead = make_project({"a.txt": A, "b.txt": B}, name="lead")
    with Store.open(li) as store:
        export_package(store, tmp_path / "li.zip", include=["annotations"])
    commands = {"export-package": ("export-package", li, "-o", tmp_path / "out.zip"),
                "merge": ("merge", lead, tmp_path / "li.zip")}
    running = temporary / f"annotator-package-{os.getpid()}-abcd_123"  # this process runs: its folder stays
    older = temporary / "annotator-unpacked-abcd_123"  # an older annotator's: no id tells whether it is done
    for folder in (running, older):
        folder.mkdir()
    left = []
    for n in (1, 2, 3):
        assert run_killed_after(n, *commands[killed]).returncode == KILLED
        left += [p.name for p in temporary.iterdir() if p not in (running, older)]
        assert run_killed_after(0, *commands[then]).returncode == 0
        assert sorted(temporary.iterdir()) == sorted([running, older])
    assert left  # each kill left its working folder, removed by the next command

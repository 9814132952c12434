"""``open-package PKG FOLDER`` where FOLDER holds this package's project already: opened before, by the same command
run twice, or by a run killed right after it renamed the project into place (before it said what it opened). The
second run refused FOLDER as "not empty", so a coder told "run it again" after a crash got an error about a folder
holding exactly what they asked for. Now it says the folder holds the package's project, leaves it as it is (the
coder's work in it too) and ends with 0; a folder holding another project, or other files, is refused as before."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.errors import AnnotatorError
from annotator.core.store import Store
from annotator.core.team import package as package_module
from annotator.core.team.package import export_package, open_package
from annotator.paths import DB_FILENAME
from tests.killed_after_writes import KILLED, ROOT, run_killed_after_step, steps_of

A = "厦门市湖里区投资55.1亿元建设松元产业园。"
B = "思明区新增10家规上工业企业。"


def files(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder``, its bytes and modification time: what "left as it is" compares."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def spans(folder: Path) -> list[tuple[str, int, int, str, str]]:
    with Store.open(folder) as store:
        names = {d.id: d.name for d in store.documents()}
        return sorted((names[a.document_id], a.start, a.end, a.label, a.annotator) for a in store.annotations())


def lead_project(make_project) -> Path:
    return make_project({"a.txt": A, "b.txt": B}, [("b.txt", 0, 3, "DISTRICT", {"status": "suggested"})], name="lead")


def handed_out(make_project, tmp_path: Path, coder: str = "li") -> Path:
    with Store.open(lead_project(make_project)) as lead:
        export_package(lead, tmp_path / f"{coder}.zip", include=["suggestions"], coder=coder)
    return tmp_path / f"{coder}.zip"


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_open_package_run_twice_says_the_folder_holds_its_project_and_leaves_it_as_it_is(make_project, tmp_path,
                                                                                        capsys):
    package, folder = handed_out(make_project, tmp_path), tmp_path / "coders" / "li"
    code, out, _ = run(capsys, "open-package", package, folder)
    assert code == 0 and out.startswith("opened ")
    with Store.open(folder) as li:  # the coder codes in it; then the same command again
        li.add_annotation(li.document_id_by_name("a.txt"), 3, 6, "DISTRICT", annotator="li")
    before = files(folder)

    code, out, err = run(capsys, "open-package", package, folder)

    assert (code, err) == (0, "")
    assert out == (f"{folder} already holds the project of {package} (opened before): nothing done; it was handed out "
                   f"to li: code under that name (the window offers it; --annotator li on the command line); open it "
                   f"with 'annotator gui {folder}'\n")
    assert files(folder) == before  # not a byte written, the coder's span kept
    assert ("a.txt", 3, 6, "DISTRICT", "li") in spans(folder)
    assert sorted(p.name for p in folder.parent.iterdir()) == ["li"]  # nothing left beside it


def test_open_package_killed_right_after_its_project_is_in_place_then_run_again_succeeds(make_project, tmp_path):
    package = handed_out(make_project, tmp_path)
    steps = steps_of("open-package", package, tmp_path / "counted" / "li")
    folder = tmp_path / "killed" / "li"
    killed = run_killed_after_step(steps, "open-package", package, folder)  # the last step: the rename into place
    assert killed.returncode == KILLED and "opened" not in killed.stdout  # the coder was told nothing
    assert DB_FILENAME in os.listdir(folder)
    before = files(folder)

    again = subprocess.run([sys.executable, "-m", "annotator", "open-package", str(package), str(folder)],
                           capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))

    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"{folder} already holds the project of {package} (opened before): nothing done")
    assert files(folder) == before
    open_package(package, tmp_path / "whole")
    assert spans(folder) == spans(tmp_path / "whole")


def test_a_zip_of_a_project_folder_is_known_by_its_project_id(make_project, tmp_path):
    li = make_project({"a.txt": A}, name="li")
    with Store.open(li) as store:
        store.project_uuid()  # (made on first need: an export to Excel)
    with zipfile.ZipFile(tmp_path / "li.zip", "w") as z:
        z.write(li / DB_FILENAME, f"li/{DB_FILENAME}")
    open_package(tmp_path / "li.zip", tmp_path / "copy")
    assert open_package(tmp_path / "li.zip", tmp_path / "copy").before


def refused(package: Path, folder: Path) -> None:
    before = files(folder)
    with pytest.raises(AnnotatorError, match="exists and is not an empty folder; name a new folder for the project"):
        open_package(package, folder)
    assert files(folder) == before


def test_a_folder_holding_another_packages_project_or_other_files_is_refused_as_before(make_project, tmp_path,
                                                                                      monkeypatch):
    lead = lead_project(make_project)
    monkeypatch.setattr(package_module, "now", lambda: "2024-05-01T08:00:00+00:00")  # both written in one second
    with Store.open(lead) as store:
        export_package(store, tmp_path / "li.zip", doc_ids=[store.document_id_by_name("a.txt")])
        export_package(store, tmp_path / "wang.zip", doc_ids=[store.document_id_by_name("b.txt")])
        export_package(store, tmp_path / "zhao.zip", coder="zhao")
    open_package(tmp_path / "wang.zip", tmp_path / "wang")
    refused(tmp_path / "li.zip", tmp_path / "wang")  # the same lead, the same second: other documents
    open_package(tmp_path / "zhao.zip", tmp_path / "zhao")
    refused(tmp_path / "li.zip", tmp_path / "zhao")  # another coder's
    refused(tmp_path / "li.zip", lead)  # the project it was handed out of
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "notes.txt").write_text("x", encoding="utf-8")
    refused(tmp_path / "li.zip", notes)  # other files
    (notes / DB_FILENAME).write_bytes(b"not a database")
    refused(tmp_path / "li.zip", notes)


def test_a_damaged_package_and_a_folder_of_its_project_keep_the_refusal(make_project, tmp_path):
    package = handed_out(make_project, tmp_path)
    open_package(package, tmp_path / "li")
    package.write_bytes(package.read_bytes()[:200])  # cut off: its project cannot be read to compare
    refused(package, tmp_path / "li")

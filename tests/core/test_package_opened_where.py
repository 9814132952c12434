"""Where a package was opened before, found without unpacking it: a coder opened li.zip in the window (or with
``open-package``), coded, and the next day opened li.zip again the same way; the window proposed a NEW folder li-2
(li was not empty), they unpacked a fresh copy and started over, their work unseen in li. ``open_package`` now records
in the project it unpacks what the zip's central directory says of its project (CRC-32, size, time), and
``opened_into`` finds the folders named after the zip (li, li-2 … beside it, in Documents) holding that record, read
only; a folder of another package, of an earlier li.zip, or opened by an older version is not found."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

from annotator.cli import main
from annotator.core.store import Store
from annotator.core.team import package as package_module
from annotator.core.team.opened_where import candidates, opened_into
from annotator.core.team.package import OPENED_FROM, export_package, open_package, zip_mark
from annotator.paths import DB_FILENAME

A = "厦门市湖里区投资55.1亿元建设松元产业园。"
B = "思明区新增10家规上工业企业。"


def files(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


def hand_out(make_project, mail: Path, coder: str = "li", docs: tuple[str, ...] = ()) -> Path:
    lead = mail.parent / "lead"
    if not lead.exists():
        make_project({"a.txt": A, "b.txt": B}, name="lead")
    mail.mkdir(exist_ok=True)
    with Store.open(lead) as store:
        ids = [store.document_id_by_name(d) for d in docs] or None
        export_package(store, mail / f"{coder}.zip", doc_ids=ids, coder=coder)
    return mail / f"{coder}.zip"


def code_in(folder: Path) -> None:
    with Store.open(folder) as li:
        li.add_annotation(li.document_id_by_name("a.txt"), 0, 3, "DISTRICT", annotator="li")


def test_the_folder_a_package_was_opened_into_is_found_read_only(make_project, tmp_path):
    package = hand_out(make_project, tmp_path / "mail")
    documents = tmp_path / "Documents"
    documents.mkdir()
    folder = tmp_path / "mail" / "li"
    open_package(package, folder)
    code_in(folder)
    before = files(folder)

    assert opened_into(package, [package.parent, documents]) == [folder]

    assert files(folder) == before  # nothing written into it
    with Store.open(folder) as li:
        assert [(a.start, a.end, a.annotator) for a in li.annotations()] == [(0, 3, "li")]


def test_the_command_lines_open_package_into_documents_is_found_there(make_project, tmp_path, capsys):
    package = hand_out(make_project, tmp_path / "mail")
    documents = tmp_path / "Documents"
    assert main(["open-package", str(package), str(documents / "li")]) == 0
    capsys.readouterr()
    assert opened_into(package, [package.parent, documents]) == [documents / "li"]


def test_only_the_zips_central_directory_is_read(make_project, tmp_path, monkeypatch):
    package = hand_out(make_project, tmp_path / "mail")
    open_package(package, tmp_path / "mail" / "li")
    mark = zip_mark(package)
    with zipfile.ZipFile(package) as z:
        db = next(i for i in z.infolist() if i.filename.endswith(DB_FILENAME))
    assert str(db.CRC) in mark and str(db.file_size) in mark
    with Store.open(tmp_path / "mail" / "li") as li:
        assert li.get_meta(OPENED_FROM) == mark
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError("read")))
    monkeypatch.setattr(zipfile.ZipFile, "read", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError("read")))
    assert opened_into(package, [package.parent]) == [tmp_path / "mail" / "li"]


def test_folders_of_other_projects_are_not_found(make_project, tmp_path, monkeypatch):
    mail = tmp_path / "mail"
    monkeypatch.setattr(package_module, "now", lambda: "2024-05-01T08:00:00+00:00")  # all written in one second
    wang = hand_out(make_project, mail, "wang")
    open_package(wang, mail / "li")  # another package, in a folder named like li's
    older = hand_out(make_project, mail, "li", docs=("a.txt",))
    open_package(older, mail / "li-2")  # an earlier li.zip (of other documents) …
    package = hand_out(make_project, mail, "li")  # … written over by the one handed out now
    open_package(package, mail / "li-3")
    with Store.open(mail / "li-3") as li:  # as a project opened by an older version: no record
        li.set_meta(OPENED_FROM, "")
    (mail / "li-4").mkdir()
    (mail / "li-4" / DB_FILENAME).write_bytes(b"not a database")
    (mail / "li-5").mkdir()  # no project

    assert candidates("li", [mail]) == [mail / "li", mail / "li-2", mail / "li-3", mail / "li-4"]
    assert opened_into(package, [mail, tmp_path / "Documents"]) == []


def test_opened_twice_the_folder_written_last_comes_first(make_project, tmp_path):
    package = hand_out(make_project, tmp_path / "mail")
    mail = tmp_path / "mail"
    for name in ("li", "li-2", "li-10"):
        open_package(package, mail / name)

    def written(times: dict[str, int]) -> list[Path]:
        for name, when in times.items():
            for file in (mail / name).iterdir():
                os.utime(file, (when, when))
        return opened_into(package, [mail])

    assert written({"li": 1_000, "li-2": 3_000, "li-10": 2_000}) == [mail / "li-2", mail / "li-10", mail / "li"]
    assert written({"li": 1_000, "li-2": 1_000, "li-10": 1_000}) == [mail / "li", mail / "li-2", mail / "li-10"]


def test_a_damaged_zip_finds_nothing(make_project, tmp_path):
    package = hand_out(make_project, tmp_path / "mail")
    open_package(package, tmp_path / "mail" / "li")
    package.write_bytes(package.read_bytes()[:200])
    assert zip_mark(package) == ""
    assert opened_into(package, [package.parent]) == []
    assert opened_into(tmp_path / "missing.zip", [package.parent]) == []


def test_opened_again_into_the_folder_it_records_it_is_known_without_unpacking(make_project, tmp_path, monkeypatch):
    package = hand_out(make_project, tmp_path / "mail")
    folder = tmp_path / "mail" / "li"
    open_package(package, folder)
    code_in(folder)
    before = files(folder)
    monkeypatch.setattr(package_module, "unpacked", lambda _path: (_ for _ in ()).throw(AssertionError("unpacked")))
    opened = open_package(package, folder)
    assert opened.before and opened.coder == "li"
    assert files(folder) == before

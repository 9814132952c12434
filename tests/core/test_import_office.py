"""Old Word .doc, WPS .wps, .rtf and .odt files import through LibreOffice: a fake ``soffice`` on PATH
(tests/office_fake.py) stands in for it, so the whole path is tested where LibreOffice is not installed
(CI): many files per start, the private profile, a file it cannot convert, a timeout, cancel. Without
LibreOffice each such file is refused saying how to convert many at once."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from annotator.core.imports import documents, office, office_batches
from annotator.core.imports.documents import import_files
from annotator.core.store import Store
from tests import office_fake

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the fake soffice is a script run through its #! line")

TEXT = "{0}市2023年政府工作报告\n全市地区生产总值增长5.2%。\n新建学校{1}所，投资3.5亿元。"


def _reports(folder: Path, n: int, suffix: str = ".doc") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"报告{i:02d}{suffix}"
        path.write_text(TEXT.format("某", i), encoding="utf-8")  # the fake reads it as text
        paths.append(path)
    return paths


@pytest.fixture
def store(tmp_path):
    with Store.create(tmp_path / "project") as s:
        yield s


def test_a_folder_of_doc_files_imports_twenty_per_start_as_docx_under_their_own_names(store, tmp_path, monkeypatch):
    log = office_fake.install(tmp_path, monkeypatch)
    folder = tmp_path / "reports"
    _reports(folder, 23)
    (folder / "长沙.rtf").write_text(TEXT.format("长沙", 1), encoding="utf-8")
    (folder / "长沙.odt").write_text(TEXT.format("长沙", 2), encoding="utf-8")  # the same stem: another call
    (folder / "株洲.wps").write_text(TEXT.format("株洲", 3), encoding="utf-8")
    (folder / "notes.txt").write_text("湖里区", encoding="utf-8")
    before = sorted(p.name for p in folder.iterdir())
    seen: list[tuple[int, int, str]] = []
    report = import_files(store, [folder], progress=lambda done, total, current: seen.append((done, total, current)))
    assert report.failed == [] and len(report.imported) == 27, report.lines()
    doc_id = store.document_id_by_name("报告07.doc")
    assert doc_id is not None
    doc = store.document(doc_id)
    assert doc.text == TEXT.format("某", 7) and doc.encoding == "docx"  # as a .docx import makes it
    assert store.document(store.document_id_by_name("长沙.odt")).text == TEXT.format("长沙", 2)
    assert store.document(store.document_id_by_name("株洲.wps")).text == TEXT.format("株洲", 3)
    made = office_fake.calls(log)
    assert [len(office_fake.converted(c)) for c in made] == [20, 5, 1]  # 长沙.rtf: not in one call with 长沙.odt
    assert sorted(n for c in made for n in office_fake.converted(c)) == sorted(
        p for p in before if not p.endswith(".txt"))
    for call in made:
        assert call[1:5] == ["--headless", "--norestore", "--convert-to", "docx"]
        assert len({Path(n).stem for n in office_fake.converted(call)}) == len(office_fake.converted(call))
    profile = made[0][0]
    assert profile.startswith("-env:UserInstallation=file:///") and str(tmp_path) not in profile
    assert all(c[0] == profile for c in made)  # one private profile for the import, made in its temporary folder
    temporary = Path(made[0][made[0].index("--outdir") + 1]).parent
    assert not temporary.exists()  # removed at the end
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing written beside the user's files
    assert seen[-1] == (27, 27, "") and len({done for done, _total, _current in seen}) == 28  # it moved file by file


def test_a_file_libreoffice_cannot_convert_is_named_and_the_others_import(store, tmp_path, monkeypatch):
    office_fake.install(tmp_path, monkeypatch)
    folder = tmp_path / "reports"
    good = _reports(folder, 2)
    (folder / "坏.doc").write_text("FAIL", encoding="utf-8")
    (folder / "金山.wps").write_text("FAIL", encoding="utf-8")
    (folder / "乱码.wps").write_text("GARBAGE", encoding="utf-8")
    (folder / "乱码.doc").write_text("GARBAGE 2", encoding="utf-8")
    report = import_files(store, [folder])
    assert sorted(d.name for d in report.imported) == sorted(p.name for p in good)
    failed = dict(report.failed)
    assert failed[str(folder / "坏.doc")] == ("LibreOffice could not convert it (damaged, password-protected, or not a "
                                            "document); open it in Word, WPS or LibreOffice, save it as .docx and "
                                            "import that")
    wps = ("LibreOffice does not read this WPS document (it reads some Kingsoft WPS files, not all); open it in WPS "
           "Office, save it as .docx and import that")
    assert failed[str(folder / "金山.wps")] == wps and failed[str(folder / "乱码.wps")] == wps
    assert failed[str(folder / "乱码.doc")].startswith("LibreOffice did not read it as a document (its text came out "
                                                     "as random characters")
    assert len(report.lines()) == 5 and store.document_id_by_name("乱码.doc") is None


def test_a_doc_over_the_size_limit_is_refused_before_libreoffice_converts_it(store, tmp_path, monkeypatch):
    """A .doc was converted whatever its size (the 16 MB limit of the other formats was checked only by
    the reader of the file given, not of the .docx LibreOffice made)."""
    log = office_fake.install(tmp_path, monkeypatch)
    monkeypatch.setattr(documents, "MAX_FILE_BYTES", 2**20)  # the limit, made small
    folder = tmp_path / "reports"
    small = _reports(folder, 1)
    big = folder / "大.doc"
    big.write_text(TEXT.format("大", 1) + "。" * 2**19, encoding="utf-8")  # 1.5 MB
    report = import_files(store, [folder])
    assert [d.name for d in report.imported] == [small[0].name]
    assert dict(report.failed) == {str(big): "is 2 MB; files over 1 MB are refused (split it into smaller files)"}
    assert [n for c in office_fake.calls(log) for n in office_fake.converted(c)] == [small[0].name]  # 大.doc: never


def test_a_batch_that_hangs_is_stopped_and_only_the_file_that_hangs_fails(store, tmp_path, monkeypatch):
    log = office_fake.install(tmp_path, monkeypatch)
    monkeypatch.setattr(office_batches, "START_SECONDS", 3.0)
    monkeypatch.setattr(office_batches, "FILE_SECONDS", 0.0)
    folder = tmp_path / "reports"
    first, last = _reports(folder, 2)
    (folder / "报告00a.doc").write_text("HANG", encoding="utf-8")  # between the two, in the order of names
    report = import_files(store, [folder])
    assert sorted(d.name for d in report.imported) == [first.name, last.name]
    assert report.failed == [(str(folder / "报告00a.doc"), "LibreOffice did not finish converting it within 3 seconds "
                              "and was stopped; open it in Word, WPS or LibreOffice, save it as .docx and import that")]
    made = [office_fake.converted(c) for c in office_fake.calls(log)]
    assert made == [[first.name, "报告00a.doc", last.name], ["报告00a.doc"], [last.name]]  # the rest: one per call


def test_cancel_stops_between_batches(store, tmp_path, monkeypatch):
    log = office_fake.install(tmp_path, monkeypatch)
    _reports(tmp_path / "reports", 25)
    stop = []
    report = import_files(store, [tmp_path / "reports"], cancelled=lambda: bool(stop),
                          progress=lambda done, total, current: done >= 19 and stop.append(done))
    assert report.cancelled and len(report.imported) == 20 and len(store.documents()) == 20
    assert len(office_fake.calls(log)) == 1  # the second batch never converted


def test_cancel_stops_a_running_conversion(store, tmp_path, monkeypatch):
    log = office_fake.install(tmp_path, monkeypatch)
    folder = tmp_path / "reports"
    _reports(folder, 1)
    (folder / "报告99.doc").write_text("HANG", encoding="utf-8")
    started = time.monotonic()
    report = import_files(store, [folder], cancelled=lambda: bool(office_fake.calls(log)))
    assert report.cancelled and report.imported == [] and store.documents() == []
    assert time.monotonic() - started < office_batches.START_SECONDS  # stopped, not waited out


def test_without_libreoffice_a_doc_is_refused_saying_how_to_convert_many_at_once(store, tmp_path, monkeypatch):
    monkeypatch.delenv("ANNOTATOR_SOFFICE", raising=False)
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(office, "install_locations", lambda: [str(tmp_path / "nowhere" / "soffice")])
    assert office.find_soffice() is None and office.patterns() == ""
    path = tmp_path / "报告.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00")
    report = import_files(store, [path])
    assert report.lines() == [
        "imported 0 document(s)",
        f"failed {path}: is an old Word document; annotator reads it through LibreOffice, not found on this "
        "computer: install LibreOffice (libreoffice.org) and import again, or convert many files at once with: "
        "soffice --headless --convert-to docx *.doc"]


def test_libreoffice_is_found_where_its_installers_put_it(tmp_path, monkeypatch):
    monkeypatch.delenv("ANNOTATOR_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(office.sys, "platform", "win32")
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    program = tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe"
    assert office.find_soffice() is None or not str(office.find_soffice()).startswith(str(tmp_path))
    program.parent.mkdir(parents=True)
    program.write_bytes(b"MZ")
    assert office.find_soffice() == str(program)
    monkeypatch.setattr(office.sys, "platform", "darwin")
    assert office.install_locations()[0] == "/Applications/LibreOffice.app/Contents/MacOS/soffice"
    monkeypatch.setenv("ANNOTATOR_SOFFICE", str(tmp_path / "mine" / "soffice"))  # named: taken as it is
    assert office.find_soffice() == str(tmp_path / "mine" / "soffice")
    monkeypatch.setenv("ANNOTATOR_SOFFICE", "")
    assert office.find_soffice() is None

"""A folder imported again read every file again (a PDF, an OFD, a .docx, a .doc through LibreOffice) only to
find its text already there: 422 documents, 20 s for nothing; and a newer annotator that read a PDF a little
differently stored the same file as a second document beside the one annotated. Now the project keeps each
document's files by their keys (the SHA-256 of the bytes with what decides the reading: ``file_keys.py``,
schema 14), and a file whose bytes were read the same way is passed over unread, said as before ("the same
text is already in the project"). A file changed, or read another way (``--keep-lines``, ``--encoding``), is
read; a document stored before schema 14 gets its file's key at the first import that reads it again."""
from __future__ import annotations

import os
import sqlite3
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from annotator.core.imports import pdf, word
from annotator.core.imports.documents import ALREADY, import_files
from annotator.core.imports.text import sha256
from annotator.core.store import Store
from annotator.paths import DB_FILENAME
from tests import office_fake
from tests.pdf_files import text_pdf, wrapped_pages

PDF_TEXT = "湖里区政府工作报告\n" + "\n".join(f"（{i:02d}）全区新建学校{i}所，投资{i}亿元建设产业园区。"
                                         for i in range(1, 25))  # three pages: their numbers are removed
DOCX_PARAGRAPHS = ("思明区政府工作报告", "投资55.1亿元建设厦门湾南岸。")


@pytest.fixture
def reads(monkeypatch) -> Counter[str]:
    """How often the PDF and .docx readers read which file (by name)."""
    counted: Counter[str] = Counter()
    for module, name in ((pdf, "read_pdf_file"), (word, "read_word_file")):
        real = getattr(module, name)

        def counting(path, *args, real=real, **kwargs):
            counted[Path(path).name] += 1
            return real(path, *args, **kwargs)

        monkeypatch.setattr(module, name, counting)
    return counted


def folder_of_reports(folder: Path) -> Path:
    docx = pytest.importorskip("docx")
    folder.mkdir(parents=True, exist_ok=True)
    text_pdf(folder / "湖里.pdf", wrapped_pages(PDF_TEXT))
    document = docx.Document()
    for paragraph in DOCX_PARAGRAPHS:
        document.add_paragraph(paragraph)
    document.save(folder / "思明.docx")
    return folder


def test_a_folder_imported_again_is_not_read_again(tmp_path, reads):
    folder = folder_of_reports(tmp_path / "reports")
    with Store.create(tmp_path / "p") as store:
        first = import_files(store, [folder])
        assert len(first.imported) == 2 and reads == {"湖里.pdf": 1, "思明.docx": 1}, first.lines()
        again = import_files(store, [folder])
        assert reads == {"湖里.pdf": 1, "思明.docx": 1}  # neither read again
        assert again.skipped == [(str(folder / "思明.docx"), ALREADY), (str(folder / "湖里.pdf"), ALREADY)]
        assert again.lines() == ["imported 0 document(s)", f"skipped {folder / '思明.docx'}: {ALREADY}",
                                 f"skipped {folder / '湖里.pdf'}: {ALREADY}"]
        assert len(store.documents()) == 2


def test_a_newer_reading_of_an_unchanged_file_stores_no_second_document(tmp_path, monkeypatch):
    folder = folder_of_reports(tmp_path / "reports")
    with Store.create(tmp_path / "p") as store:
        import_files(store, [folder])
        real = pdf.read_pdf_file

        def read_better(*args, **kwargs):  # a newer annotator's re-flow: another text of the same file
            read = real(*args, **kwargs)
            return replace(read, text=read.text + "。", sha256=sha256(read.text + "。"))

        monkeypatch.setattr(pdf, "read_pdf_file", read_better)
        assert import_files(store, [folder]).imported == []
        assert sorted(d.name for d in store.documents()) == ["思明.docx", "湖里.pdf"]


def test_a_file_changed_on_disk_is_read_again(tmp_path, reads):
    folder = folder_of_reports(tmp_path / "reports")
    with Store.create(tmp_path / "p") as store:
        import_files(store, [folder])
        text_pdf(folder / "湖里.pdf", wrapped_pages(PDF_TEXT + "\n新增一段。"))
        again = import_files(store, [folder])
        assert reads == {"湖里.pdf": 2, "思明.docx": 1}
        assert [d.source_path for d in again.imported] == [str(folder / "湖里.pdf")]  # another text: another
        # document, as before


def test_the_same_bytes_saved_again_elsewhere_are_already_in_the_project(tmp_path, reads):
    folder = folder_of_reports(tmp_path / "reports")
    (folder / "copy").mkdir()
    (folder / "copy" / "湖里副本.pdf").write_bytes((folder / "湖里.pdf").read_bytes())  # read first (sorted)
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [folder])
        assert len(report.imported) == 2 and report.skipped == [(str(folder / "湖里.pdf"), ALREADY)]
        assert reads == {"湖里副本.pdf": 1, "思明.docx": 1}  # its bytes are those just read


@pytest.mark.parametrize("second", [{"keep_lines": True}, {"encoding": "gb18030"}], ids=["keep-lines", "encoding"])
def test_a_file_read_another_way_is_read_again(tmp_path, reads, second):
    folder = folder_of_reports(tmp_path / "reports")
    (folder / "集美.txt").write_bytes("集美区政府工作报告\n投资3亿元。\n".encode("gb18030"))
    with Store.create(tmp_path / "p") as store:
        import_files(store, [folder])
        report = import_files(store, [folder], **second)
        if "keep_lines" in second:  # every file's reading depends on it: each read again
            assert reads == {"湖里.pdf": 2, "思明.docx": 2}
            assert [d.source_path for d in report.imported] == [str(folder / "湖里.pdf")]  # its lines as on the pages
        else:  # only a text file's (or a page's) reading does
            assert reads == {"湖里.pdf": 1, "思明.docx": 1}
            assert report.skipped[-1] == (str(folder / "集美.txt"), ALREADY)  # read again, with gb18030
        assert {why for _f, why in report.skipped} == {ALREADY}
        again = import_files(store, [folder], **second)  # the second way is remembered too
        assert again.imported == [] and reads["湖里.pdf"] == (2 if "keep_lines" in second else 1)


@pytest.mark.skipif(os.name == "nt", reason="the fake soffice is a script run through its #! line")
def test_a_doc_file_read_before_is_not_converted_again(tmp_path, monkeypatch):
    log = office_fake.install(tmp_path, monkeypatch)
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(3):
        (folder / f"报告{i}.doc").write_text(f"某市2023年政府工作报告\n新建学校{i}所。", encoding="utf-8")  # the fake
    with Store.create(tmp_path / "p") as store:  # reads it as text
        assert len(import_files(store, [folder]).imported) == 3
        (folder / "报告3.doc").write_text("某市2024年政府工作报告\n新建学校3所。", encoding="utf-8")
        report = import_files(store, [folder])
        assert [d.name for d in report.imported] == ["报告3.doc"] and len(report.skipped) == 3
        assert [office_fake.converted(call) for call in office_fake.calls(log)] == [
            ["报告0.doc", "报告1.doc", "报告2.doc"], ["报告3.doc"]]  # the others not converted again


def test_a_removed_document_is_imported_again_from_its_file(tmp_path, reads):
    folder = folder_of_reports(tmp_path / "reports")
    with Store.create(tmp_path / "p") as store:
        import_files(store, [folder])
        doc_id = store.document_id_by_name("湖里.pdf")
        (key,) = store.document_files(doc_id)
        store.delete_documents([doc_id])
        assert store.document_files(doc_id) == [] and store.document_by_file(key) is None  # its key went with it
        report = import_files(store, [folder])
        assert [d.name for d in report.imported] == ["湖里.pdf"] and reads["湖里.pdf"] == 2


def as_schema_13(folder: Path) -> None:
    """The project as annotator at schema 13 left it: its documents without their files' keys (nor the tombstones
    of schemas 15 and 16)."""
    with sqlite3.connect(folder / DB_FILENAME) as conn:
        conn.execute("DROP TABLE document_files")
        conn.execute("DROP TABLE tombstones")
        conn.execute("DROP TABLE link_tombstones")
        conn.execute("PRAGMA user_version = 13")
    conn.close()


def test_an_older_projects_documents_get_their_files_keys_at_the_first_import_again(tmp_path, reads):
    folder = folder_of_reports(tmp_path / "reports")
    with Store.create(tmp_path / "p") as store:
        import_files(store, [folder])
    as_schema_13(tmp_path / "p")
    with Store.open(tmp_path / "p") as store:
        first = import_files(store, [folder])  # read as before, each found in the project
        assert reads == {"湖里.pdf": 2, "思明.docx": 2} and first.imported == []
        assert [why for _f, why in first.skipped] == [ALREADY, ALREADY]
        doc_id = store.document_id_by_name("湖里.pdf")
        (key,) = store.document_files(doc_id)
        assert key.endswith(" .pdf reflowed") and len(key.split()[0]) == 64
        second = import_files(store, [folder])
        assert reads == {"湖里.pdf": 2, "思明.docx": 2}  # not read again
        assert second.lines() == first.lines()


@pytest.mark.parametrize("keep_lines", [False, True])
def test_import_again_reads_the_file_and_keeps_its_key_as_read_now(tmp_path, keep_lines):
    from annotator.core.imports.again import import_again, read_again

    path = tmp_path / "w.txt"
    path.write_bytes("Amt Bonn plant Neubau.\nStraßenbau in Köln für 5 Mio. Euro.\n".encode("cp1252"))
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [path], encoding="cp1252").imported
        (plain,) = store.document_files(doc.id)
        assert plain.endswith(" .txt reflowed cp1252")
        reread = read_again(store, doc.id, path, "gb18030", keep_lines)  # read, whatever the key says
        import_again(store, reread)
        kept_as = f" .txt {'kept' if keep_lines else 'reflowed'} gb18030"
        assert sorted(store.document_files(doc.id)) == sorted([plain, plain.split()[0] + kept_as])  # its id kept
        for encoding, kept in (("gb18030", keep_lines), ("cp1252", False)):  # either reading: the document's file
            report = import_files(store, [path], encoding=encoding, keep_lines=kept)
            assert report.imported == [] and report.skipped == [(str(path), ALREADY)]
        assert [d.id for d in store.documents()] == [doc.id]


def test_import_again_reads_a_file_read_before(tmp_path, reads, monkeypatch):
    from annotator.core.imports.again import import_again, read_again

    folder = folder_of_reports(tmp_path / "reports")
    with Store.create(tmp_path / "p") as store:
        import_files(store, [folder])
        doc_id = store.document_id_by_name("湖里.pdf")
        (key,) = store.document_files(doc_id)
        real = pdf.read_pdf_file

        def read_better(*args, **kwargs):  # a newer annotator's re-flow, asked for on purpose
            read = real(*args, **kwargs)
            return replace(read, text=read.text + "。", sha256=sha256(read.text + "。"))

        monkeypatch.setattr(pdf, "read_pdf_file", read_better)
        import_again(store, read_again(store, doc_id, folder / "湖里.pdf", None))
        assert reads["湖里.pdf"] == 2 and store.document(doc_id).text.endswith("。")
        assert store.document_files(doc_id) == [key]
        assert import_files(store, [folder]).imported == []  # the file is the new reading's
        assert [d.name for d in store.documents()] == ["思明.docx", "湖里.pdf"]


def test_a_file_read_with_its_lines_kept_is_passed_over_by_an_import_asking_no_reading(tmp_path, reads):
    folder = folder_of_reports(tmp_path / "reports")
    with Store.create(tmp_path / "p") as store:
        import_files(store, [folder], keep_lines=True)
        report = import_files(store, [folder])  # its bytes read one way: not read, nor stored, a second
        assert reads == {"湖里.pdf": 1, "思明.docx": 1} and report.imported == []
        assert {why for _f, why in report.skipped} == {ALREADY}

"""Importing articles: encodings, .docx, folders, duplicates, line ends, and files that cannot be read."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from shared_data import missing_reason, shared_files

from annotator.core.imports import text as text_module
from annotator.core.imports.documents import import_files
from annotator.core.store import Store

CORPUS = shared_files("corpus", "*.txt")
SIMPLIFIED = "厦门市湖里区政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长5.1%，投资55.1亿元建设松元产业园。\n"
TRADITIONAL = "臺北市政府工作報告\n全年投資新臺幣五十億元，興建產業園區與捷運路線。\n"

# what a folder line says of .doc, .wps, .rtf and .odt files without LibreOffice (ANNOTATOR_SOFFICE= in conftest)
LIBREOFFICE = (", and .doc, .wps, .rtf and .odt files through LibreOffice, not found on this computer: install "
               "LibreOffice (libreoffice.org) and import again, or convert many files at once with: soffice "
               "--headless --convert-to docx *.doc")


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "project")
    yield s
    s.close()


def imported_text(store: Store, path: Path) -> str:
    report = import_files(store, [path])
    assert not report.failed, report.failed
    assert len(report.imported) == 1
    return store.document(report.imported[0].id).text


@pytest.mark.parametrize("encoding,bom,sample", [
    ("utf-8", b"", SIMPLIFIED),
    ("utf-8", codecs.BOM_UTF8, SIMPLIFIED),
    ("gb18030", b"", SIMPLIFIED),
    ("gbk", b"", SIMPLIFIED),
    ("big5", b"", TRADITIONAL),
    ("utf-16-le", b"", SIMPLIFIED),
    ("utf-16-be", b"", SIMPLIFIED),
    ("utf-16-le", codecs.BOM_UTF16_LE, SIMPLIFIED),
    ("utf-16-be", codecs.BOM_UTF16_BE, SIMPLIFIED),
])
def test_encodings_import_to_the_same_text(store, tmp_path, encoding, bom, sample):
    path = tmp_path / f"{encoding}-{len(bom)}.txt"
    path.write_bytes(bom + sample.encode(encoding))
    assert imported_text(store, path) == sample


@pytest.mark.skipif(not CORPUS, reason=missing_reason("corpus", "*.txt"))
@pytest.mark.parametrize("source", CORPUS, ids=lambda p: p.name)
def test_a_real_article_as_gb18030_and_utf16_gives_identical_text(tmp_path, source):
    original = text_module.normalise(source.read_text(encoding="utf-8"))
    texts = []
    for encoding, bom in (("gb18030", b""), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-le", b""),
                          ("utf-16-be", b"")):
        with Store.create(tmp_path / f"p-{encoding}-{len(bom)}") as store:
            path = tmp_path / f"{encoding}-{len(bom)}" / source.name
            path.parent.mkdir()
            path.write_bytes(bom + original.encode(encoding))
            texts.append(imported_text(store, path))
    assert all(t == original for t in texts)


def test_docx_paragraphs_are_joined_with_newlines(store, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for paragraph in ("政府工作报告", "湖里区投资55.1亿元。", "", "𠀋村建设。"):
        document.add_paragraph(paragraph)
    path = tmp_path / "report.docx"
    document.save(path)
    text = imported_text(store, path)
    assert text == "政府工作报告\n湖里区投资55.1亿元。\n\n𠀋村建设。"
    assert store.documents()[0].encoding == "docx"


def test_docx_tables_import_as_lines_in_document_order(store, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("重点项目如下：")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([("项目", "总投资", "地区"), ("松元产业园", "55.1亿元", "湖里区"), ("合计", "", "")]):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    table.cell(2, 1).merge(table.cell(2, 2)).text = "55.1亿元"  # one cell over two columns counts once
    document.add_paragraph("以上项目年内开工。")
    path = tmp_path / "table.docx"
    document.save(path)
    assert imported_text(store, path) == ("重点项目如下：\n项目\t总投资\t地区\n松元产业园\t55.1亿元\t湖里区\n"
                                          "合计\t55.1亿元\n以上项目年内开工。")


def test_a_docx_holding_only_a_table_is_imported(store, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "灌口镇", "新增企业20家"
    path = tmp_path / "only-table.docx"
    document.save(path)
    assert imported_text(store, path).strip() == "灌口镇\t新增企业20家"


def test_folders_are_searched_recursively_and_duplicates_skipped(store, tmp_path):
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    (root / "one.txt").write_text("第一篇", encoding="utf-8")
    (root / "a" / "two.md").write_text("第二篇", encoding="utf-8")
    (root / "a" / "b" / "three.txt").write_text("第三篇", encoding="gb18030")
    (root / "a" / "b" / "copy.txt").write_bytes("第一篇".encode("utf-16"))  # same text, other bytes
    (root / "a" / "ignored.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text("隐藏", encoding="utf-8")
    report = import_files(store, [root])
    assert sorted(store.document(d.id).text for d in report.imported) == ["第一篇", "第三篇", "第二篇"]
    assert [why for _, why in report.skipped] == ["the same text is already in the project"]
    assert Path(report.skipped[0][0]).name in ("one.txt", "copy.txt")
    assert report.failed == []
    again = import_files(store, [root])
    assert again.imported == [] and len(again.skipped) == 4
    assert any(line.startswith("skipped") and report.skipped[0][0] in line for line in report.lines())


def test_line_ends_are_normalised(store, tmp_path):
    (tmp_path / "crlf.txt").write_bytes("第一行\r\n第二行\r\n".encode())
    (tmp_path / "cr.txt").write_bytes("第一行\r第二行\r第三行".encode("gb18030"))
    assert imported_text(store, tmp_path / "crlf.txt") == "第一行\n第二行\n"
    assert imported_text(store, tmp_path / "cr.txt") == "第一行\n第二行\n第三行"


def test_bad_files_are_reported_by_name_with_the_reason_and_the_rest_imports(store, tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(SIMPLIFIED, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    undecodable = tmp_path / "undecodable.txt"
    undecodable.write_bytes(codecs.BOM_UTF8 + b"\xff\xfe\x81 abc")  # a UTF-8 mark, then not UTF-8
    not_a_zip = tmp_path / "fake.docx"
    not_a_zip.write_text("not a zip", encoding="utf-8")
    unreadable = tmp_path / "unreadable.txt"
    unreadable.write_text("秘密", encoding="utf-8")
    missing = tmp_path / "missing.txt"

    real_open = Path.open

    def open_(self, *args, **kwargs):  # root ignores chmod, so unreadability is simulated
        if self.name == "unreadable.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    files = [empty, blank, binary, undecodable, not_a_zip, unreadable, missing, good]
    report = import_files(store, files)
    assert [d.name for d in report.imported] == ["good.txt"]
    reasons = {Path(f).name: why for f, why in report.failed}
    assert set(reasons) == {p.name for p in files[:-1]}
    assert "empty" in reasons["empty.txt"]
    assert "no text" in reasons["blank.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "not valid utf-8" in reasons["undecodable.txt"]
    assert "not a zip" in reasons["fake.docx"]
    assert "Permission denied" in reasons["unreadable.txt"]
    assert "no such file" in reasons["missing.txt"]
    lines = report.lines()
    for name in reasons:
        assert any(name in line and line.startswith("failed") for line in lines)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions")
def test_a_file_without_read_permission(store, tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("秘密", encoding="utf-8")
    path.chmod(0)
    try:
        report = import_files(store, [path])
    finally:
        path.chmod(0o644)
    assert report.imported == [] and "Permission denied" in report.failed[0][1]


def test_a_folder_imported_again_counts_the_files_already_there_in_one_line(store, tmp_path):
    """A researcher who adds reports to a folder of 5,000 and imports it again read 5,000 lines of
    'skipped …: the same text is already in the project', the new and the failed files among them;
    now those skips are one line with their count (each is still in ``report.skipped``)."""
    root = tmp_path / "reports" / "2024"
    root.mkdir(parents=True)
    for i in range(30):
        (root / f"r{i:02d}.txt").write_text(f"第{i}篇报告", encoding="utf-8")
    import_files(store, [root.parent])
    (root / "new.txt").write_text("新的一篇报告", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    again = import_files(store, [root.parent])
    assert again.lines() == ["imported 1 document(s)",
                             "skipped 30 file(s): the same text is already in the project",
                             f"failed {root / 'empty.txt'}: the file is empty"]
    assert len(again.skipped) == 30 and len(store.documents()) == 31
    few = import_files(store, [root / "r00.txt", root / "r01.txt"])  # a few are still named
    assert few.lines()[1:] == [f"skipped {root / f'r0{i}.txt'}: the same text is already in the project"
                               for i in range(2)]


def test_reports_of_other_programs_in_a_folder_are_named_and_many_counted_by_kind(store, tmp_path):
    """A folder's WPS and old Word files were left out without a word when .txt files stood beside them."""
    root = tmp_path / "in"
    (root / "2020").mkdir(parents=True)
    (root / "one.txt").write_text("第一篇", encoding="utf-8")
    (root / "2020" / "two.wps").write_bytes(b"\xd0\xcf\x11\xe0")
    (root / "2020" / "three.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (root / "cover.jpg").write_bytes(b"\xff\xd8\xff")  # no report: not named
    report = import_files(store, [root])
    assert [d.name for d in report.imported] == ["one.txt"] and report.failed == []
    said = [line for line in report.lines() if line.startswith("skipped")]
    install = ("annotator reads it through LibreOffice, not found on this computer: install LibreOffice "
               "(libreoffice.org) and import again, or convert many files at once with: soffice --headless "
               "--convert-to docx *")
    assert sorted(said) == [f"skipped {root / '2020' / 'three.doc'}: is an old Word document; {install}.doc",
                            f"skipped {root / '2020' / 'two.wps'}: is a WPS document; {install}.wps"]
    for i in range(25):
        (root / "2020" / f"r{i}.wps").write_bytes(b"\xd0\xcf\x11\xe0")
    said = [line for line in import_files(store, [root]).lines() if "other programs" in line]
    assert said == ["skipped 27 file(s) of other programs in the folders (26 .wps, 1 .doc): annotator reads plain "
                    "text (.txt, .md, .markdown, .text), Word .docx, PDF, OFD and web pages (.html, .htm, .mht)"
                    f"{LIBREOFFICE}"]


def test_the_files_of_other_programs_are_named_in_the_order_of_their_names(store, tmp_path):
    """They were named in the order the file system listed them: 20.pdf, 8.pdf, a.doc, 6.pdf …"""
    root = tmp_path / "in"
    root.mkdir()
    (root / "one.txt").write_text("第一篇", encoding="utf-8")
    names = ["m.odt", "c.doc", "x.odt", "a.odt", "k.wps", "b.odt", "z.rtf", "d.odt", "q.odt", "e.odt"]
    for name in names:
        (root / name).write_bytes(b"PK\x03\x04")
    said = [line.split(":")[0] for line in import_files(store, [root]).lines() if line.startswith("skipped")]
    assert said == [f"skipped {root / name}" for name in sorted(names)]


def test_a_folder_of_only_other_programs_files_names_them_counted_in_name_order(store, tmp_path):
    """A folder of .doc files said only "no .docx, .md, .text or .txt file in it or its subfolders", not
    which files it would not read, although beside a .txt they are named."""
    root = tmp_path / "docs"
    (root / "2020").mkdir(parents=True)
    names = ["m.odt", "c.doc", "x.odt", "k.wps", "b.odt", "2020/a.odt", "z.rtf"]
    for name in names:
        (root / name).write_bytes(b"PK\x03\x04")
    (root / "cover.jpg").write_bytes(b"\xff\xd8\xff")  # no report: not named
    report = import_files(store, [root])
    first = [str(Path(n)) for n in ["2020/a.odt", "b.odt", "c.doc", "k.wps", "m.odt"]]
    assert report.lines() == ["imported 0 document(s)",
                              f"failed {root}: no .docx, .htm, .html, .markdown, .md, .mht, .mhtml, .ofd, .pdf, "
                              ".text or .txt file in it or its subfolders, only 7 file(s) of other programs "
                              f"({', '.join(first)}, …): annotator "
                              "reads plain text (.txt, .md, .markdown, .text), Word .docx, PDF, OFD and web pages "
                              "(.html, .htm, .mht)"
                              f"{LIBREOFFICE}"]
    assert report.others == []  # said once, in the folder's line
    for name in names[2:]:
        (root / name).unlink()
    assert import_files(store, [root]).lines()[-1].endswith(
        "only 2 file(s) of other programs (c.doc, m.odt): annotator reads plain text (.txt, .md, .markdown, .text), "
        f"Word .docx, PDF, OFD and web pages (.html, .htm, .mht){LIBREOFFICE}")

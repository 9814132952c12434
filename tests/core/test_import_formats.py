"""Import formats are declared once (annotator/core/imports/formats.py): a file's suffix chooses
its reader, a folder is searched for the suffixes of the document formats, and a format added to
the registry alone is read from files and folders."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core.imports import formats
from annotator.core.imports.documents import import_files
from annotator.core.imports.formats import ANNOTATIONS, DOCUMENTS, ImportFormat, for_path
from annotator.core.imports.text import TextFile, normalise, sha256


def test_suffixes_choose_the_reader():
    assert [for_path(f"a{s}", DOCUMENTS).name for s in (".txt", ".MD", ".text", ".docx", ".PDF", ".HTM", ".csv", "",
                                                         ".OFD")] \
        == ["text", "text", "text", "docx", "pdf", "html", "text", "text", "ofd"]
    assert [for_path(f"a{s}", ANNOTATIONS).name for s in (".jsonl", ".XLSX", ".json", ".xlsm")] == \
        ["jsonl", "xlsx", "label-studio", "jsonl"]  # (a .json of JSON lines: read as JSON lines, label_studio.py)
    assert formats.suffixes(DOCUMENTS) == {".txt", ".md", ".markdown", ".text", ".docx", ".html", ".htm", ".mht",
                                           ".mhtml", ".pdf", ".ofd"}


def test_every_message_naming_what_import_reads_names_every_document_suffix():
    """.text was read but the messages said "(.txt, .md)" and ".txt, .md and .docx": they now list
    the suffixes of the formats."""
    from annotator import cli_help
    from annotator.core.imports.documents import OTHER_PROGRAMS, OTHERS_ADVICE

    text = for_path("a.txt", DOCUMENTS)
    assert text.title.startswith("Plain text (.txt, .md, .markdown, .text):")
    assert ("plain text (.txt, .md, .markdown, .text), Word .docx, PDF, OFD and web pages (.html, .htm, .mht)"
            in OTHERS_ADVICE)
    assert ".pdf" not in OTHER_PROGRAMS  # read since PDFs are a document format
    assert OTHER_PROGRAMS[".xls"] == ("a workbook: annotator reads documents from .txt, .md, .markdown, .text, "
                                      ".docx, .html, .htm, .mht, .mhtml, .pdf and .ofd files")
    assert cli_help.POSITIONAL["import files"].startswith(".txt, .md, .markdown, .text, .docx, .html, .htm, .mht, "
                                                          ".mhtml, .pdf and .ofd files")
    assert formats.patterns(DOCUMENTS) == "*.txt *.md *.markdown *.text *.docx *.html *.htm *.mht *.mhtml *.pdf *.ofd"


def read_xhtml(path: Path, size: int, encoding: str | None = None) -> TextFile:
    text = normalise(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))
    return TextFile(text, "html", "", sha256(text))


@pytest.fixture
def with_xhtml(monkeypatch):
    xhtml = ImportFormat("xhtml", DOCUMENTS, "XHTML (.xhtml)", (".xhtml", ".xht"), f"{__name__}:read_xhtml")
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, xhtml))


def test_a_document_format_added_to_the_registry_is_imported_from_files_and_folders(with_xhtml, open_store,
                                                                                     make_project, tmp_path):
    folder = tmp_path / "articles"
    (folder / "deeper").mkdir(parents=True)
    (folder / "deeper" / "a.xht").write_text("<p>湖里区投资55.1亿元。</p>", encoding="utf-8")
    (folder / "b.txt").write_text("集美区新增10家企业。", encoding="utf-8")
    (folder / "c.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    store = open_store(make_project(texts={}))
    report = import_files(store, [folder])
    assert sorted((d.name, d.encoding) for d in report.imported) == [("a.xht", "html"), ("b.txt", "utf-8")]
    assert [store.document(d.id).text for d in report.imported if d.name == "a.xht"] == ["湖里区投资55.1亿元。"]


@pytest.mark.parametrize(("name", "content", "advice"), [
    ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "install LibreOffice"),
    ("report.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "soffice --headless --convert-to docx *.wps"),
    ("out.xlsx", b"PK\x03\x04\x14\x00\x00\x00", "annotator import-annotations"),
    ("gold.jsonl", b'{"doc": "a.txt", "start": 0, "end": 3, "label": "DISTRICT"}\n', "import-annotations"),
])
def test_a_file_of_another_program_given_by_name_says_what_to_do(tmp_path, name, content, advice):
    """A report as old Word or WPS, or a workbook given to `import` instead of
    `import-annotations`, was refused as 'looks like a binary file (it holds NUL bytes), not text';
    gold JSON lines were imported as a document."""
    from annotator.core.store import Store

    path = tmp_path / name
    path.write_bytes(content)
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
        assert store.documents() == []
    ((failed, why),) = report.failed
    assert failed == str(path) and advice in why and "binary" not in why


def _zip(path: Path, *names: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        for name in names:
            z.writestr(name, "<x/>")
    return path.read_bytes()


@pytest.mark.parametrize(("inside", "advice"), [
    (("[Content_Types].xml", "word/document.xml"), "rename it to .docx"),
    (("[Content_Types].xml", "xl/workbook.xml"), "annotator import-annotations"),
    (("notes.txt",), "unpack it"),
    ((), "old Office or WPS document"),  # the compound file of .doc/.xls/.wps
    (None, "rename it to .pdf"),  # a PDF
])
def test_a_file_of_another_program_under_a_text_name_says_what_it_is(tmp_path, inside, advice):
    """A .docx, a workbook, a zip, an old Office file or a PDF renamed .txt was 'a binary file'."""
    from annotator.core.store import Store

    path = tmp_path / "report.txt"
    if inside is None:
        path.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    elif not inside:
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    else:
        _zip(path, *inside)
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
        assert store.documents() == []
    ((failed, why),) = report.failed
    assert failed == str(path) and advice in why and "binary" not in why


def test_only_a_few_documents_swept_in_beside_more_of_one_kind_are_named_as_another_kind():
    """A folder mixing PDFs, Word files and pages on purpose was told "10 of them are not .txt files: …
    takes out one imported by mistake"; the notes beside a folder of reports (LINKS.md) are still named."""
    other_kinds = formats.other_kinds
    notes = ["LINKS.md", "SOURCES-A.md"]
    assert other_kinds(["a.txt", "b.txt", "c.txt", *notes]) == (".txt", notes)
    assert other_kinds([*(f"{i}.pdf" for i in range(40)), "README.txt"]) == (".pdf", ["README.txt"])
    mixed = [*(f"{i}.pdf" for i in range(5)), *(f"{i}.docx" for i in range(3)), "a.html", "b.htm", "c.txt"]
    assert other_kinds(mixed) == ("", [])  # six of other kinds: each kind meant
    assert other_kinds(["a.pdf", "b.docx"]) == ("", [])  # as many of each: neither swept in
    assert other_kinds(["a.pdf", "b.pdf", "c.docx", "d.docx"]) == ("", [])
    # counted over the project: one report more beside the notes, into a project of reports
    assert other_kinds(["a.txt", "L.md", "S.md"], ["r1.txt", "r2.txt", "a.txt", "L.md", "S.md"]) == (".txt",
                                                                                                   ["L.md", "S.md"])

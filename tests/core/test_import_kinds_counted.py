"""An import of a folder mixing formats says how many documents of each kind it read (a researcher's
200 PDFs, 150 .docx and 70 saved pages were told "imported 420 document(s)" alone); one kind, only the
count, as before."""
from __future__ import annotations

from annotator.core.imports import formats, office
from annotator.core.imports.documents import ImportReport, import_files
from annotator.core.store import Store
from tests.mixed_files import mixed_folder, write


def test_the_first_line_counts_each_kind_most_first(tmp_path):
    folder = mixed_folder(tmp_path / "reports", txt=2, md=1, docx=3, pdf=4, html=1, mht=1, ofd=1)
    (folder / "empty.docx").write_bytes(b"")  # failed: not counted
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [folder])
    assert report.lines()[0] == "imported 13 document(s): 4 PDF, 3 text, 3 Word, 2 web page(s), 1 OFD"
    assert report.imported_line() == report.lines()[0] and len(report.failed) == 1


def test_one_kind_is_only_counted(tmp_path):
    folder = mixed_folder(tmp_path / "reports", txt=2, md=1, text=1)
    write(folder / "page.htm", 7)
    with Store.create(tmp_path / "p") as store:
        assert import_files(store, [folder / "page.htm"]).lines() == ["imported 1 document(s)"]
        assert import_files(store, [folder]).lines()[0] == "imported 4 document(s)"  # .txt, .md, .text: text
    assert ImportReport().lines() == ["imported 0 document(s)"]


def test_every_kind_of_document_is_counted_as_something():
    """.html and .mht are web pages, .doc and .docx Word; the files LibreOffice reads are counted too."""
    assert set(formats.OFFICE_COUNTED_AS) == set(office.OFFICE_SUFFIXES)
    assert all(f.counted_as for f in formats.of_kind(formats.DOCUMENTS))
    names = ["a.html", "b.HTM", "c.mht", "d.mhtml", "e.docx", "f.doc", "g.wps", "h.odt", "i.rtf", "j.txt", "k.csv"]
    assert formats.counted(names) == [("web page(s)", 4), ("Word", 2), ("text", 2), ("WPS", 1), ("OpenDocument", 1),
                                      ("RTF", 1)]

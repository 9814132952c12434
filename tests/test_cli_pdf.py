"""`annotator import` of PDFs as a user types it: a report's PDF imported and suggested on, the PDFs
it cannot read each one line naming the file (exit 3, no traceback), --keep-lines keeping the lines."""
from __future__ import annotations

import json
import shutil

from tests.cli_run import run
from tests.pdf_files import DATA, encrypted, scan_pdf


def test_a_folder_of_pdfs_is_imported_and_the_unreadable_ones_named(tmp_path, capsys):
    folder = tmp_path / "proj"
    assert run(capsys, "new", folder)[0] == 0
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(DATA / "hechi_2015_libreoffice.pdf", reports / "河池2015.pdf")
    encrypted(DATA / "hechi_2015_libreoffice.pdf", reports / "locked.pdf", "secret")
    scan_pdf(reports / "scan.pdf", pages=4)
    (reports / "cut.pdf").write_bytes((DATA / "hechi_2015_qt_cid.pdf").read_bytes()[:4000])
    code, out, err = run(capsys, "import", folder, reports)
    lines = out.splitlines()
    assert code == 3 and err.startswith("failed ") and lines[0] == "imported 1 document(s)", out
    assert lines[1].startswith("re-flowed ") and lines[1].endswith(" page-number or header line(s) in 1 document(s) "
                                                                   "laid out in pages (PDF, OFD)")
    assert "failed" not in out and err.splitlines()[3].startswith("  (to keep a file's line breaks as they are")
    assert err.splitlines()[4].startswith("annotator: partly done: ")
    assert err.splitlines()[:3] == [
        f"failed {reports / 'cut.pdf'}: is a damaged PDF: it is cut off before its end (a download that stopped?); "
        "download or save it again and import that",
        f"failed {reports / 'locked.pdf'}: is protected by a password; open it in a PDF reader with its password, "
        "save or print it as a PDF without one (or copy its text into a .txt file) and import that",
        f"failed {reports / 'scan.pdf'}: has no text layer (4 page(s) of images: a scan?); run OCR on it first (e.g. "
        "ocrmypdf, or a PDF reader's 'recognise text'), or copy its text into a .txt file, and import that"]
    assert run(capsys, "suggest", folder)[0] == 0
    out_file = tmp_path / "out.jsonl"
    assert run(capsys, "export", folder, "-o", out_file, "--status", "suggested")[0] == 0
    spans = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    found = {(s["label"], s["text"]) for s in spans if s["doc"] == "河池2015.pdf"}
    assert {("DISTRICT", "河池市"), ("AMOUNT", "601亿元")} <= found, sorted(found)[:20]


def test_keep_lines_keeps_a_pdfs_lines_and_page_numbers(tmp_path, capsys):
    from annotator.core.store import Store

    texts = {}
    for keep in (False, True):
        folder = tmp_path / f"proj{keep}"
        assert run(capsys, "new", folder)[0] == 0
        code, out, err = run(capsys, "import", folder, DATA / "hechi_2015_libreoffice.pdf", *["--keep-lines"] * keep)
        assert code == 0 and out.startswith("imported 1 document(s)\n")
        hint = "  (to keep a file's line breaks as they are in the file instead, its accepted spans kept: 'annotator "
        assert hint not in out and (hint in err) is not keep, (out, err)  # on standard error, not among results
        with Store.open(folder) as store:
            (doc,) = store.documents()
            texts[keep] = store.document(doc.id).text
    assert "— 2 —" in texts[True] and "— 2 —" not in texts[False]
    assert texts[True].count("\n") > 2 * texts[False].count("\n")


def test_a_pdf_without_page_numbers_is_not_said_to_have_had_none_removed(tmp_path, capsys):
    """A report printed to PDF by LibreOffice without page numbers: the line said "and removed 0
    page-number or header line(s)"; a count that is zero is left out."""
    from tests.pdf_files import text_pdf, wrapped_pages

    folder = tmp_path / "proj"
    assert run(capsys, "new", folder)[0] == 0
    text = "晋城市人民政府工作报告\n" + "全市地区生产总值完成一千六百亿元，比上年增长百分之五，居民收入提高。" * 8
    pdf = text_pdf(tmp_path / "jincheng.pdf", wrapped_pages(text, page_numbers=False))
    code, out, _err = run(capsys, "import", folder, pdf)
    assert code == 0 and out.splitlines()[1].startswith("re-flowed ") and " and removed " not in out, out
    assert out.splitlines()[1].endswith(" wrapped line(s) in 1 document(s) laid out in pages (PDF, OFD)"), out

"""The six shared reports as PDFs, imported: their text as the .txt has it (but for white space) and
their gold spans' texts found in it. ``annotator evaluate`` needs the gold's own text, so what is
measured is how many gold span texts occur in the imported text.

Made here by tests/pdf_files.py (CID fonts, wrapped at 26 characters, "— N —" under each page), and,
where LibreOffice Writer is installed, as government PDFs are made: a .docx (16 pt, first-line
indents, the page number in the footer) exported by ``soffice --convert-to pdf`` (skipped without it)."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from annotator.core.imports.documents import import_files
from annotator.core.store import Store
from tests.pdf_files import text_pdf, wrapped_pages
from tests.shared_data import require


def _reports() -> list[tuple[Path, str, list[str]]]:
    out = []
    for gold in require("reports", "*.gold.jsonl"):
        source = gold.with_name(gold.name.removesuffix(".gold.jsonl") + ".txt")
        rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        out.append((source, source.read_text(encoding="utf-8"), [r["text"] for r in rows]))
    return out


def _imported(tmp_path: Path, pdfs: list[Path]) -> dict[str, str]:
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, pdfs)
        assert report.failed == [] and len(report.imported) == len(pdfs)
        return {d.name.removesuffix(".pdf"): store.document(d.id).text for d in report.imported}


def _check(texts: dict[str, str], reports: list[tuple[Path, str, list[str]]], share: float) -> None:
    found = total = 0
    for source, original, spans in reports:
        text = texts[source.stem]
        assert "".join(text.split()) == "".join(original.split()), source.name  # every character, no page number
        found += sum(span in text for span in spans)
        total += len(spans)
    print(f"gold span texts found: {found}/{total}")
    assert total >= 1000 and found >= share * total, (found, total)


def test_the_shared_reports_as_cid_pdfs_keep_their_gold_spans(tmp_path):
    reports = _reports()
    pdfs = [text_pdf(tmp_path / f"{source.stem}.pdf", wrapped_pages(original)) for source, original, _ in reports]
    _check(_imported(tmp_path, pdfs), reports, 0.99)


def _docx(source: Path, out: Path) -> Path:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(16)
    style.font.name = "Noto Serif CJK SC"  # makes the run properties the East Asian font is set in
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line.strip()).paragraph_format.first_line_indent = Pt(32)
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("— ")
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        element = OxmlElement("w:fldChar" if kind else "w:instrText")
        if kind:
            element.set(qn("w:fldCharType"), kind)
        else:
            element.text = text
        footer.add_run()._r.append(element)
    footer.add_run(" —")
    document.save(out)
    return out


def test_the_shared_reports_as_libreoffice_pdfs_keep_their_gold_spans(tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: the reports are not laid out as PDFs by it")
    reports = _reports()
    docs = [_docx(source, tmp_path / f"{source.stem}.docx") for source, _, _ in reports]
    done = subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *map(str, docs)],
                          capture_output=True, text=True, timeout=300)
    pdfs = sorted((tmp_path / "pdf").glob("*.pdf"))
    if len(pdfs) != len(docs):
        pytest.skip("soffice did not convert the .docx files (LibreOffice Writer not installed?): "
                    f"{done.stderr[-300:]}")
    _check(_imported(tmp_path, pdfs), reports, 0.99)

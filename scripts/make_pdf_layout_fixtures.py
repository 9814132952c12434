"""Makes the PDF fixtures of page layouts in tests/data/pdf/ (see its README) with LibreOffice Writer:
a table whose narrow column wraps its cells, a table whose rows' cells run onto the next page
(table_pages.tsv: a title, rows of number, paragraph and place parted by a tab, a closing line), a
narrow two-column page (12 characters a line), a page of two-line paragraphs (ragged right) and one
of single-line paragraphs; then removes their font programs (the
ToUnicode maps stay: text extraction reads only those), so that each is a few KB.

    python scripts/make_pdf_layout_fixtures.py     # needs soffice on PATH and python-docx
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import docx
import pypdf
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "pdf"
ROWS = [("序号", "项目名称", "总投资（亿元）", "所在地"),
        ("1", "湖里区松元产业园二期工程建设项目", "55.1", "湖里区"),
        ("2", "金城江区河池港金城江作业区建设工程", "12.6", "金城江区"),
        ("3", "宜州区城市污水处理厂扩建工程", "3.8", "宜州区"),
        ("4", "Hechi Logistics Park phase two", "7.2", "都安瑶族自治县")]
TWO_LINES = ["全年完成地区生产总值601亿元，比上年增长8.1%，其中第一产业增加值增长4.5%，第二产业增长9.6%。",
             "财政收入完成68.3亿元，增长6.2%，公共财政预算收入完成39.6亿元，同口径增长7.6%。",
             "全社会固定资产投资完成520亿元，增长20.5%，湖里区松元产业园二期工程开工建设。",
             "社会消费品零售总额完成235亿元，增长12.1%，城乡居民收入分别增长9.2%和12.5%。",
             "大石围天坑群旅游开发项目加快推进，接待游客总人数达到1350万人次，旅游总收入增长。",
             "新增城镇就业人员2.3万人，城镇登记失业率控制在3.5%以内，各项民生工程全面完成。",
             "节能减排任务全面完成，单位生产总值能耗下降3.2%，主要污染物排放总量继续下降。"]


def _document(size: int) -> docx.Document:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(size)
    style.font.name = "Noto Serif CJK SC"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    style.paragraph_format.space_after = Pt(0)
    return document


def _paragraphs(document: docx.Document, paragraphs: list[str], justified: bool = True) -> None:
    """The first line indented by two characters; justified, as a report is set, or ragged right
    (Word's and python-docx's default)."""
    for text in paragraphs:
        paragraph = document.add_paragraph(text)
        paragraph.paragraph_format.first_line_indent = Pt(32)
        if justified:
            paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def _table_pages() -> docx.Document:
    """Rows of a number, a paragraph of the 2024 report of 滨州市 and 滨州市 (12 pt, columns of 2, 11 and
    2.5 cm): rows 6 and 8 run onto the next page."""
    title, *rows, last = (DATA / "table_pages.tsv").read_text(encoding="utf-8").splitlines()
    document = _document(12)
    document.add_paragraph(title)
    grid = document.add_table(rows=len(rows), cols=3)
    grid.style = "Table Grid"
    grid.autofit = False
    widths = [Cm(2), Cm(11), Cm(2.5)]
    for r, row in enumerate(rows):
        for c, value in enumerate(row.split("\t")):
            grid.cell(r, c).text = value
            grid.cell(r, c).width = widths[c]
    for c, width in enumerate(widths):
        grid.columns[c].width = width
    document.add_paragraph(last)
    return document


def documents(out: Path) -> list[Path]:
    table = _document(12)
    table.add_paragraph("2024年重点建设项目表")
    grid = table.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    grid.style = "Table Grid"
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    table.add_paragraph("以上项目均按计划推进。")
    table.save(out / "table_cells.docx")
    _table_pages().save(out / "table_pages.docx")

    columns = _document(16)
    cols = columns.sections[0]._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        columns.sections[0]._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "360")
    source = (DATA / "hechi_2015.txt").read_text(encoding="utf-8")
    _paragraphs(columns, [line.strip() for line in source.splitlines() if line.strip()])
    columns.save(out / "hechi_2015_narrow_columns.docx")

    two = _document(16)
    _paragraphs(two, TWO_LINES[:6], justified=False)
    two.save(out / "two_line_paragraphs.docx")
    one = _document(16)
    _paragraphs(one, [text[:20] + "。" for text in TWO_LINES])
    one.save(out / "one_line_paragraphs.docx")
    return sorted(out.glob("*.docx"))


def without_fonts(pdf: Path, out: Path) -> None:
    reader = pypdf.PdfReader(pdf)
    writer = pypdf.PdfWriter(clone_from=reader)
    for page in writer.pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            for holder in [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]:
                descriptor = holder.get("/FontDescriptor")
                if descriptor is not None:
                    for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                        descriptor.get_object().pop(key, None)
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    with out.open("wb") as f:
        writer.write(f)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        docs = documents(work)
        subprocess.run(["soffice", f"-env:UserInstallation={(work / 'lo').as_uri()}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(work), *map(str, docs)], check=True, capture_output=True, timeout=300)
        for doc in docs:
            without_fonts(doc.with_suffix(".pdf"), DATA / doc.with_suffix(".pdf").name)
            print(DATA / doc.with_suffix(".pdf").name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

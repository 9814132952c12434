"""OFD import (.ofd, GB/T 33190-2016): a report laid out on pages as producers write them is read in
reading order, re-flowed into its paragraphs (its template's running header and its page numbers
dropped, 55.1亿元 drawn in two TextCodes kept whole) and stored with its title; a file it cannot read
(not a zip, cut off, no OFD.xml, a page missing, no pages, a scan, garbled fonts, a zip bomb) is one
line naming the file, nothing stored. The files are made by tests/ofd_files.py."""
from __future__ import annotations

import zipfile

import pytest

from annotator.core.errors import ImportFileError
from annotator.core.imports.documents import import_files, read_file
from annotator.core.imports.formats import ReadCancelled
from annotator.core.imports.ofd_package import MAX_OFD_XML
from annotator.core.store import Store
from tests.ofd_files import content, line_object, report_ofd, write_ofd

TITLE = "2024年某市政府工作报告"
BYLINE = "——2024年1月15日在某市第十七届人民代表大会第三次会议上"
PARAGRAPHS = [
    "今年以来，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，各项事业取得新的进展。",
    "全年完成固定资产投资55.1亿元，同比增长百分之八点五，其中工业投资增长百分之十二，民间投资增长百分之六，重大项目建设加快推进。",
    "城乡居民收入稳步增长，城镇居民人均可支配收入达到四万元，农村居民人均可支配收入达到两万元，分别增长百分之六和百分之七点五。",
    "生态环境持续改善，空气质量优良天数比例达到百分之九十二，地表水国考断面水质优良比例保持百分之百，森林覆盖率稳步提高。",
    "民生保障更加有力，新增城镇就业三万人，新建改扩建中小学幼儿园二十所，基本医疗保险参保率稳定在百分之九十五以上。",
    "一年来，全市固定资产投资55.1亿元中，产业项目占比过半，滨海新城、松元产业园二期工程等重点项目顺利推进并陆续投产。",
]
OPEN_AGAIN = "open it in an OFD reader, save it again or print it as a PDF, and import that"
SCAN = ("print it as a PDF from an OFD reader and run OCR on that (e.g. ocrmypdf), or copy its text into a .txt file, "
        "and import that")


@pytest.fixture
def report(tmp_path):
    return report_ofd(tmp_path / "报告.ofd", TITLE, BYLINE, PARAGRAPHS, per_page=9)


def test_a_report_is_stored_as_its_paragraphs_with_its_title(tmp_path, report):
    with Store.create(tmp_path / "p.annotator") as store:
        imported = import_files(store, [report])
        (doc,) = imported.imported
        text = store.document(doc.id).text
    assert imported.failed == [] and doc.name == "报告.ofd" and doc.title == TITLE
    assert text == "\n".join([TITLE, BYLINE, *PARAGRAPHS])  # the header and — 1 — gone, lines joined across pages
    assert text.count("55.1亿元") == 2
    assert imported.reflowed[0][2] == 2  # the two page numbers (the template's header is never read)


def test_the_lines_are_as_on_the_pages_in_reading_order(report):
    read = read_file(report)
    lines = read.text.split("\n")
    assert lines[:3] == [TITLE, BYLINE, PARAGRAPHS[0][:28]]
    assert "— 1 —" in lines and "— 2 —" in lines and "某市人民政府工作报告" not in read.text
    assert any(line.startswith("全年完成固定资产投资55.1亿元，") for line in lines)  # three TextObjects, one line
    assert any("55.1亿元中" in line for line in lines)  # two TextCodes of one TextObject (page 2)
    assert 2 in read.wrapped and 2 in read.opens and 3 not in read.opens  # drawn to the edge; indented
    assert read.encoding == "ofd"


def test_a_template_one_page_draws_is_read_with_it(tmp_path):
    letterhead = content(line_object(60, 30, "某市人民政府文件", 9), templates=())
    pages = [content(line_object(28, 60, "关于印发工作要点的通知。"), templates=("7",)),
             content(line_object(28, 60, "各区人民政府，市直各部门。"), templates=())]
    path = write_ofd(tmp_path / "通知.ofd", pages, templates={"7": letterhead})
    assert read_file(path).text == "某市人民政府文件\n关于印发工作要点的通知。\n各区人民政府，市直各部门。"


def test_two_columns_drawn_one_after_the_other_are_read_so_and_a_table_by_rows(tmp_path):
    left = [f"左栏第{n}行的文字内容较长。" for n in "一二三四五六"]
    right = [f"右栏第{n}行的文字内容较长。" for n in "一二三四五六"]
    rows = [("项目名称", "金额"), ("松元产业园二期工程", "5.2亿元"), ("湖里区道路改造", "1.1亿元")]
    objects = (line_object(60, 40, "两栏排版的标题")
               + "".join(line_object(20, 60 + i * 9, t) for i, t in enumerate(left))
               + "".join(line_object(110, 60 + i * 9, t) for i, t in enumerate(right))
               + "".join(line_object(20, 150 + i * 9, a) + line_object(110, 150 + i * 9, b) for i, (a, b) in
                         enumerate(rows)))
    path = write_ofd(tmp_path / "cols.ofd", [content(objects, templates=())], templates={})
    assert read_file(path).text.split("\n") == ["两栏排版的标题", *left, *right, "项目名称\t金额",
                                                "松元产业园二期工程\t5.2亿元", "湖里区道路改造\t1.1亿元"]


def refused(path) -> str:
    with pytest.raises(ImportFileError) as e:
        read_file(path)
    return str(e.value)


def test_a_file_it_cannot_read_is_refused_naming_it(tmp_path, report):
    (tmp_path / "text.ofd").write_text("不是OFD", encoding="utf-8")
    assert refused(tmp_path / "text.ofd") == f"{tmp_path / 'text.ofd'}: is not an OFD document (not a zip archive)"
    cut = tmp_path / "cut.ofd"
    cut.write_bytes(report.read_bytes()[:600])
    assert refused(cut) == (f"{cut}: is a damaged OFD document: its zip archive is cut off or corrupt; download or "
                            "save it again and import that")
    page = content(line_object(28, 60, "正文。"), templates=())
    no_root = write_ofd(tmp_path / "no_root.ofd", [page], skip=("OFD.xml",))
    assert refused(no_root) == f"{no_root}: is a zip archive but not an OFD document (no OFD.xml in it)"
    gone = write_ofd(tmp_path / "gone.ofd", [page, page], skip=("Doc_0/Pages/Page_1/Content.xml",))
    assert refused(gone) == (f"{gone}: is a damaged OFD document: its page 2 of 2 (Doc_0/Pages/Page_1/Content.xml) "
                             f"is missing; {OPEN_AGAIN}")
    empty = write_ofd(tmp_path / "empty.ofd", [])
    assert refused(empty) == f"{empty}: is an OFD document without pages (its document lists none); {OPEN_AGAIN}"
    broken = write_ofd(tmp_path / "broken.ofd", [page], extra={"Doc_0/Pages/Page_0/Content.xml": "<ofd:Page"})
    assert refused(broken).startswith(f"{broken}: is a damaged OFD document: its part Doc_0/Pages/Page_0/Content.xml "
                                      "cannot be read (XMLSyntaxError: ")
    (tmp_path / "zero.ofd").write_bytes(b"")
    assert refused(tmp_path / "zero.ofd") == f"{tmp_path / 'zero.ofd'}: the file is empty (0 bytes)"


def test_a_scan_and_a_file_of_garbled_fonts_are_refused_like_a_scanned_pdf(tmp_path):
    image = ('<ofd:ImageObject ID="5" ResourceID="9" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/>')
    scan = write_ofd(tmp_path / "scan.ofd", [content(image, templates=())] * 3, templates={})
    assert refused(scan) == f"{scan}: has no text (3 page(s) of images: a scan?); {SCAN}"
    codes = "".join(chr(0xE000 + i * 7) for i in range(20))  # glyph indexes of an embedded font's own code
    garbled = write_ofd(tmp_path / "garbled.ofd", [content(line_object(28, 60, codes, font=4), templates=())])
    assert refused(garbled) == f"{garbled}: its text comes out garbled (its fonts map characters in a code of " \
                               f"their own); {SCAN}"


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    page = content(line_object(28, 60, "正文。"), templates=())
    bomb = write_ofd(tmp_path / "bomb.ofd", [page], extra={"Doc_0/Pages/Page_0/Content.xml": " " * (MAX_OFD_XML + 1)})
    assert zipfile.ZipFile(bomb).getinfo("Doc_0/Pages/Page_0/Content.xml").compress_size < 100_000
    assert refused(bomb) == f"{bomb}: unpacks to 32 MB; refused as a possible zip bomb (limits: 512 MB in all, " \
                            "32 MB of document text)"


def test_an_ofd_under_another_name_is_named_and_a_long_one_cancelled_between_pages(tmp_path, report):
    renamed = tmp_path / "报告.txt"
    renamed.write_bytes(report.read_bytes())
    assert refused(renamed) == f"{renamed}: is an OFD document under another name: rename it to .ofd and import that"
    asked: list[int] = []
    with pytest.raises(ReadCancelled):
        read_file(report, cancelled=lambda: bool(asked.append(1)) or len(asked) > 1)
    assert len(asked) == 2  # asked before each page: stopped before the second

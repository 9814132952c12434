"""PDF import: a text box (a frame) drawn after a page's body text is put where it stands on the
page, on any page: into the gap of the body it lies in, or before the body when it lies above it;
columns, a sidebar and a running header keep the order they are drawn in."""
from __future__ import annotations

from annotator.core.imports.documents import import_files
from annotator.core.imports.pdf import read_pdf
from annotator.core.store import Store
from tests.pdf_files import placed_pdf

PAGE1 = [("各位代表：", 72, 770, 14), ("现在，我代表市人民政府向大会作政府工作报告，请予审议。", 72, 750, 14)]
ABOVE = ["过去一年，全市地区生产总值增长6.1%，完成固定资产投资149亿元，",
         "规模以上工业增加值增长8%，社会消费品零售总额增长7%。", "二、2024年工作安排"]
BELOW = ["今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，",
         "一般公共预算收入增长5%，城乡居民人均可支配收入增长6%，财政收入增长"]
BOX = ["专栏：十件民生实事", "全年新增城镇就业三万人，新建改建农村公路五百公里。"]
PAGE3 = [("8%，规模以上工业增加值增长13%。", 72, 770, 14)]


def _page2(box: list[tuple[str, float, float, float]]) -> list[tuple[str, float, float, float]]:
    """The body from y 770 down, a gap of four lines' height after ABOVE (for the box), then BELOW,
    whose last line runs on to page 3; ``box`` drawn after the body."""
    body = [(line, 72, 770 - 20 * i, 14) for i, line in enumerate(ABOVE)]
    body += [(line, 72, 630 - 20 * i, 14) for i, line in enumerate(BELOW)]
    return body + box


def test_a_text_box_in_the_middle_of_page_2_goes_into_its_gap_not_into_the_sentence_the_page_breaks(tmp_path):
    box = [(line, 110, 700 - 20 * i, 14) for i, line in enumerate(BOX)]
    pdf = placed_pdf(tmp_path / "box.pdf", [PAGE1, _page2(box), PAGE3])
    lines = read_pdf(pdf).splitlines()
    assert lines[2:] == ABOVE + BOX + BELOW + ["8%，规模以上工业增加值增长13%。"]
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [pdf]).imported
        text = store.document(doc.id).text
    assert "财政收入增长\n8%" in text or "财政收入增长8%" in text  # the box no longer between them
    assert text.index(BOX[0]) < text.index(BELOW[0])


def test_a_text_box_of_two_lines_above_a_later_pages_body_goes_before_it(tmp_path):
    """LibreOffice may set a paragraph's frame at the top of the next page, drawn after its body."""
    box = [(line, 110, 800 - 16 * i, 12) for i, line in enumerate(BOX)]
    lines = read_pdf(placed_pdf(tmp_path / "top.pdf", [PAGE1, _page2(box), PAGE3])).splitlines()
    assert lines[2:] == BOX + ABOVE + BELOW + ["8%，规模以上工业增加值增长13%。"]


def test_a_running_header_of_one_line_drawn_after_a_later_pages_body_stays_where_it_is_drawn(tmp_path):
    """The re-flow finds a running header beside the page numbers: it is left beside them."""
    header = [("河池市人民政府工作报告", 250, 810, 10), ("— 2 —", 290, 40, 10)]
    lines = read_pdf(placed_pdf(tmp_path / "header.pdf", [PAGE1, _page2(header), PAGE3])).splitlines()
    assert lines[2:] == ABOVE + BELOW + ["河池市人民政府工作报告", "— 2 —", "8%，规模以上工业增加值增长13%。"]


def test_a_column_or_a_sidebar_beside_a_gap_keeps_its_order(tmp_path):
    """Lines drawn later beside the body's gap (a second column, a note in the margin) are not in it."""
    beside = [(line, 340, 700 - 20 * i, 14) for i, line in enumerate(["右栏第一行文字", "右栏第二行文字"])]
    narrow = [(text[:14], x, y, size) for text, x, y, size in _page2([])]
    lines = read_pdf(placed_pdf(tmp_path / "beside.pdf", [PAGE1, narrow + beside])).splitlines()
    assert lines[2:] == [text for text, *_ in narrow + beside]

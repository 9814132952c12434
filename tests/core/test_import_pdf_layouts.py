"""PDF import of real LibreOffice layouts (tests/data/pdf, made by scripts/make_pdf_layout_fixtures.py):
a table whose narrow column wraps its cells, a narrow two-column page, paragraphs of two lines."""
from __future__ import annotations

from annotator.core.imports.documents import import_files
from annotator.core.imports.pdf import read_pdf
from annotator.core.imports.reflow import reflow
from annotator.core.store import Store
from tests.pdf_files import DATA

TWO_LINES = ["全年完成地区生产总值601亿元，比上年增长8.1%，其中第一产业增加值增长4.5%，第二产业增长9.6%。",
             "财政收入完成68.3亿元，增长6.2%，公共财政预算收入完成39.6亿元，同口径增长7.6%。",
             "全社会固定资产投资完成520亿元，增长20.5%，湖里区松元产业园二期工程开工建设。",
             "社会消费品零售总额完成235亿元，增长12.1%，城乡居民收入分别增长9.2%和12.5%。",
             "大石围天坑群旅游开发项目加快推进，接待游客总人数达到1350万人次，旅游总收入增长。",
             "新增城镇就业人员2.3万人，城镇登记失业率控制在3.5%以内，各项民生工程全面完成。",
             "节能减排任务全面完成，单位生产总值能耗下降3.2%，主要污染物排放总量继续下降。"]


def _stored(tmp_path, name: str) -> str:
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [DATA / name]).imported
        return store.document(doc.id).text


def test_a_table_cells_wrapped_lines_join_within_the_cell_and_its_rows_stay_apart(tmp_path):
    """A narrow column's cell, 湖里区松元产业园 / 二期工程建设项目, came in as two lines: the PROJECT
    suggester saw two pieces. Chinese joins without a space, Latin words with one. The row's cells
    were parted by a space that the import then took out between a digit and a hanzi (1湖里区…, 55.1湖里区),
    and the cells after the wrapped one came in as a line of their own: a row is one line, its cells
    parted by a tab, as a web page's."""
    lines = _stored(tmp_path, "table_cells.pdf").splitlines()
    assert lines == ["2024年重点建设项目表", "序号\t项目名称\t总投资（亿元）\t所在地",
                     "1\t湖里区松元产业园二期工程建设项目\t55.1\t湖里区",
                     "2\t金城江区河池港金城江作业区建设工程\t12.6\t金城江区",
                     "3\t宜州区城市污水处理厂扩建工程\t3.8\t宜州区",
                     "4\tHechi Logistics Park phase two\t7.2\t都安瑶族自治县", "以上项目均按计划推进。"]


def test_a_narrow_two_column_page_is_reflowed_into_its_paragraphs(tmp_path):
    """12 characters a line: too narrow for the re-flow's common width of 16, every line stayed broken.
    The heading that reaches the column's edge stays apart from the indented paragraph under it, the
    speaker's line from the title."""
    raw = read_pdf(DATA / "hechi_2015_narrow_columns.pdf").splitlines()
    assert "现在，我代表市人民政" in raw and len(raw) > 80
    lines = _stored(tmp_path, "hechi_2015_narrow_columns.pdf").splitlines()
    source = [line.strip() for line in (DATA / "hechi_2015.txt").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    assert lines[:5] == source[:5] and "一、2014年工作回顾" in lines
    assert "现在，我代表市人民政府向大会作政府工作报告，请予审议，并请政协委员和列席会议的同志提出意见。" in lines
    assert sum(line in source for line in lines) >= len(source) - 3 and len(lines) <= len(source) + 5


def test_narrow_lines_of_names_or_a_poem_are_not_joined():
    """Short lines of the same length without running text, or ending with marks, are no narrow column."""
    names = "\n".join(["湖里区松元产业园项目", "思明区会展中心二期", "集美区软件园三期工程", "海沧区港口物流园区",
                       "翔安区新机场配套工程", "同安区工业集中区项目"])
    poem = "\n".join(["白日依山尽，黄河入海流。", "欲穷千里目，更上一层楼。"] * 4)
    assert not reflow(names).changed and not reflow(poem).changed


def test_a_pdf_of_two_line_paragraphs_is_reflowed(tmp_path):
    """Each paragraph indented and two lines long: the breaks before the indented lines counted as
    breaks inside a paragraph that were not joined, as many as the wraps, so that one wrap not seen
    as one kept the whole text as on the page (LibreOffice, which does not break 3.5%, leaves a line
    short of the width, ragged right: its wrap is the one left)."""
    assert _stored(tmp_path, "two_line_paragraphs.pdf").splitlines() == [
        *TWO_LINES[:5], "新增城镇就业人员2.3万人，城镇登记失业率控制在", "3.5%以内，各项民生工程全面完成。"]


def test_a_pdf_of_single_line_paragraphs_keeps_its_lines(tmp_path):
    assert _stored(tmp_path, "one_line_paragraphs.pdf").splitlines() == [t[:20] + "。" for t in TWO_LINES]


def test_a_table_rows_cell_that_runs_onto_the_next_page_stays_in_its_row(tmp_path):
    """Rows of number | paragraph | 滨州市 (tests/data/pdf/table_pages.tsv, LibreOffice): the cell's lines
    a page break carried to the next page came in there one by one, the narrow column's breaks kept,
    and a cell's lines after one ending a sentence (…特级资质。 / 《滨州市国土空间…) were no longer joined,
    so that its row's 滨州市 stood on a line of its own among them. Each row is one line, as on a web page."""
    want = (DATA / "table_pages.tsv").read_text(encoding="utf-8").splitlines()
    assert read_pdf(DATA / "table_pages.pdf").splitlines() == want
    assert _stored(tmp_path, "table_pages.pdf").splitlines() == want


def test_a_character_drawn_after_its_run_from_another_font_is_read_in_its_place():
    """LibreOffice draws a character its run's font lacks (∶ in a Latin font's 1∶1.1) from another font after
    the run; pypdf reads the run with a space where it stands: 整零比提高到1 1.1∶ ，. The pieces below are
    those of LibreOffice 7.4's PDF of that line (text, x, y; 10 pt). A page number's pieces (— , 3, —) stay."""
    from annotator.core.imports.pdf_layout import PageReader, page_text

    reader = PageReader()
    for text, x, y in [("整零比提高到", 56.8, 773.6), ("1 1.1", 118.8, 773.6), ("∶", 124.8, 773.6),
                       (" ", 148.8, 773.6), ("，20种", 148.8, 773.6), ("\n", 0.0, 0.0),
                       ("— ", 280.0, 60.0), ("3", 290.0, 60.0), (" —", 296.0, 60.0)]:
        reader(text, [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], [1.0, 0.0, 0.0, 1.0, x, y], None, 10.0)
    assert page_text(reader.lines()) == "整零比提高到1∶1.1 ，20种\n— 3 —"  # the space before ，: gaps.py

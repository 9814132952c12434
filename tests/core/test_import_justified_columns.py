"""A justified column's line made only of single characters, stretched along its length to the
column's edge, loses the spaces extraction reads into its gaps (annotator/core/imports/justified.py);
a title spaced for show (centred, or its own paragraph) keeps them. The PDF is LibreOffice's
(tests/data/pdf); the OFD pages are drawn a character a TextObject (tests/ofd_files.py)."""
from __future__ import annotations

from annotator.core.imports.documents import read_file
from annotator.core.imports.pdf import read_pdf
from tests.core.test_import_table_cells import _drawn
from tests.ofd_files import write_ofd
from tests.pdf_files import DATA

FULL = "全年完成地区生产总值六百零一亿元比上年增长"  # 21 characters: the column's width
STRETCHED = 20 / 9  # the step that draws 10 characters across those 21 characters' width


def test_a_narrow_columns_line_of_single_characters_loses_its_spaces():
    """LibreOffice's two columns of 12 characters stretch 重心治政树新风的“三 (10 characters, “ not
    ending a line) to the edge: it came in as 重 心 治 政 树 新 风 的 “ 三, which broke 新风 and 三治."""
    lines = read_pdf(DATA / "hechi_2015_narrow_columns.pdf").split("\n")
    at = lines.index("促发展、重力治乱保民安、")
    assert lines[at + 1:at + 3] == ["重心治政树新风的“三", "治”理念，以“稳进突围、"]


def test_an_ofd_columns_stretched_lines_of_single_characters_lose_their_spaces(tmp_path):
    """Two stretched lines one after the other, each reaching the column's edge after a line of running
    text that reaches it too (促 发 展 重 力 治 乱 保 民 安 kept its spaces after the first): no spaces.
    A centred title and one spread across the column as its own paragraph keep theirs."""
    page = _drawn([(46.0, 2.0, "政府工作报告"), (20.0, 1.0, FULL),
                   (20.0, STRETCHED, "重心治政树新风的三治"), (20.0, STRETCHED, "促发展重力治乱保民安"),
                   (20.0, 1.0, "财政收入完成六十八亿元公共财政预算收入完成"), (20.0, 1.0, "增长百分之七。"),
                   (20.0, 4.0, "政府工作报告"), (20.0, 1.0, FULL)])
    text = read_file(write_ofd(tmp_path / "正文.ofd", [page], templates={})).text
    assert text.split("\n") == ["政 府 工 作 报 告", FULL, "重心治政树新风的三治", "促发展重力治乱保民安",
                                "财政收入完成六十八亿元公共财政预算收入完成", "增长百分之七。",
                                "政 府 工 作 报 告", FULL]

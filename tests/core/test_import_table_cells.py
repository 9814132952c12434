"""A table's row in a PDF or an OFD comes in as one line, its cells parted by a tab as a web page's row
(annotator/core/imports/table_cells.py): the space read from the gap between two cells was taken out
between a digit and a hanzi (1湖里区…, 55.1湖里区). Ordinary text drawn with gaps (a justified line
stretched to its column's width, a title spaced for show) keeps no tab. The OFD files are made by
tests/ofd_files.py; the PDFs are LibreOffice's (tests/data/pdf)."""
from __future__ import annotations

from annotator.core.export.sentences import Sentences
from annotator.core.imports.documents import import_files, read_file
from annotator.core.imports.pdf import read_pdf
from annotator.core.imports.reflow import reflow
from annotator.core.store import Store
from annotator.core.suggest.amount import AmountSuggester
from annotator.core.suggest.district.suggester import DistrictSuggester
from annotator.core.suggest.project import ProjectSuggester
from tests.ofd_files import SIZE, content, line_object, width, write_ofd
from tests.pdf_files import DATA

ROWS = [("序号", "项目名称", "总投资", "所在地"), ("1", "湖里区松元产业园二期工程建设项目", "55.1亿元", "湖里区"),
        ("2", "金城江区河池港作业区建设工程", "12.6亿元", "金城江区")]
COLUMNS = (20.0, 40.0, 140.0, 175.0)  # mm: where each column's text starts


def _drawn(lines: list[tuple[float, float, str]]) -> str:
    """Lines drawn a character a TextObject, each (x of its first character, step between characters
    in characters' widths, text), one below the other."""
    objects = []
    for i, (x, step, text) in enumerate(lines):
        at = x
        for ch in text:
            objects.append(line_object(at, 60 + i * 9, ch))
            at += width(ch) + (step - 1) * SIZE
    return content("".join(objects), templates=())


def test_an_ofd_tables_rows_come_in_as_lines_of_cells_parted_by_a_tab_and_are_suggested_as_before(tmp_path):
    objects = "".join(line_object(x, 60 + i * 9, cell) for i, row in enumerate(ROWS)
                      for x, cell in zip(COLUMNS, row, strict=True))
    path = write_ofd(tmp_path / "表.ofd", [content(line_object(20, 45, "2024年重点项目表") + objects, templates=())],
                     templates={})
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [path]).imported
        text = store.document(doc.id).text
    assert text.split("\n") == ["2024年重点项目表", *("\t".join(row) for row in ROWS)]
    row = text.split("\n")[2]
    start = text.index(row)
    found = {(s.label, text[s.start:s.end]) for s in AmountSuggester().suggest(text) + ProjectSuggester().suggest(text)
             + DistrictSuggester().suggest(text, 2024) if start <= s.start < start + len(row)}
    assert {("AMOUNT", "55.1亿元"), ("PROJECT", "湖里区松元产业园二期工程建设项目"), ("DISTRICT", "湖里区")} <= found
    assert not any("1湖" in value or "元湖" in value for _label, value in found)
    assert Sentences(text).sentence(text.index("55.1")) == row  # the export's sentence column: the row


def test_a_stretched_justified_line_and_a_title_spaced_for_show_get_no_tab(tmp_path):
    """Two lines of a justified column stretched alike (their gaps line up, as a table's columns do)
    and a centred title spaced for show: their gaps are spaces (then taken out), no cells."""
    page = _drawn([(60.0, 3.5, "政府工作报告"),
                   (20.0, 1.0, "全年完成地区生产总值六百零一亿元比上年增长"),
                   (20.0, 2.6, "重心治政树新风的三治"), (20.0, 2.6, "促发展重力治乱保民安"),
                   (20.0, 1.0, "财政收入完成六十八亿元公共财政预算收入完成")])
    text = read_file(write_ofd(tmp_path / "正文.ofd", [page], templates={})).text
    assert "\t" not in text and "重心治政树新风的三治" in text


def test_a_pdf_of_running_text_gets_no_tab():
    """The narrow two-column page's justified lines (gaps read into them) and the one-column report."""
    for name in ("hechi_2015_narrow_columns.pdf", "hechi_2015_libreoffice.pdf", "two_line_paragraphs.pdf"):
        assert "\t" not in read_pdf(DATA / name), name


def test_the_reflow_joins_no_table_row_to_the_line_before_it():
    """A row drawn to its column's right edge, like the wrapped lines above it, was joined to the next
    row by the re-flow (滨州市2市长 李春田滨州市3…): a line of cells parted by a tab opens a line of its own."""
    body = "全年完成地区生产总值六百零一亿元比上年增长百分之八其中第一产业增加值增长百分之四第二产业增长百分之九"
    lines = [body[i:i + 16] for i in range(0, 48, 16)] * 3
    rows = ["1\t湖里区松元产业园二期工程建设项目\t55.1", "2\t金城江区河池港作业区建设工程项目\t12.6"]
    text = reflow("\n".join(lines + rows), wrapped=frozenset(range(len(lines) + 2))).text
    assert text.split("\n")[-2:] == rows


def test_an_ofd_rows_cell_that_runs_onto_the_next_page_goes_on_in_its_row(tmp_path):
    """A row's paragraph cell cut by the page break: its lines at the top of the next page (where the
    cell's text starts, no number beside them) came in as lines of their own; they end the cell's text.
    The cell's wrapped lines were put after the row's last cell, read on its first line (…亿元\t滨州市，比上年…)."""
    text = "全年完成地区生产总值六百零一亿元，比上年增长百分之八。财政收入完成六十八亿元，增长百分之六，" \
           "公共财政预算收入完成三十九亿元。"
    cell = [text[i:i + 16] for i in range(0, len(text), 16)]

    def row(number: str, lines: list[str], top: float) -> str:
        return (line_object(20, top, number) + "".join(line_object(40, top + 9 * k, t) for k, t in enumerate(lines))
                + line_object(140, top, "滨州市"))
    page1 = content(row("1", cell, 40) + row("2", cell[:3], 40 + 9 * len(cell)), templates=())
    page2 = content("".join(line_object(40, 30 + 9 * k, t) for k, t in enumerate(cell[3:]))
                    + row("3", cell, 30 + 9 * len(cell[3:])), templates=())
    got = read_file(write_ofd(tmp_path / "表.ofd", [page1, page2], templates={})).text
    assert got.split("\n") == [f"{n}\t{text}\t滨州市" for n in "123"]


def test_a_tables_last_row_alone_on_the_next_page_gets_its_tabs(tmp_path):
    """A table split across pages whose last page holds one row (then the closing line): that row had no
    other row on its page to line up with, so its cells ran together (3滨州港…工程8.2亿元 滨州市). It lines
    up with the columns of the row ending the page before (as a LibreOffice PDF of such a table showed)."""
    more = ("3", "滨州港海港港区建设工程", "8.2亿元", "滨州市")

    def rows(lines, top: float) -> str:
        return "".join(line_object(x, top + i * 9, cell) for i, row in enumerate(lines)
                       for x, cell in zip(COLUMNS, row, strict=True))
    page1 = content(line_object(20, 45, "2024年重点项目表") + rows(ROWS, 60), templates=())
    page2 = content(rows([more], 30) + line_object(20, 45, "以上项目均按计划推进。"), templates=())
    text = read_file(write_ofd(tmp_path / "表.ofd", [page1, page2], templates={})).text
    assert text.split("\n")[-2:] == ["\t".join(more), "以上项目均按计划推进。"]


def test_a_cell_filled_to_its_columns_width_ends_at_the_next_cells_start(tmp_path):
    """A project's name filling its column (滨州港海港港区建设) leaves only the cells' padding, a character
    wide, before the amount: read as a space, then taken out, it ran the name and the amount together
    (滨州港海港港区建设8.2亿元), and a name cut by the page break was put after the amount. A gap that narrow
    is a cell's end in a row where the next cell starts where two other rows' cells start."""
    rows = [("1", "湖里区松元产业园", "55.1亿元", "湖里区"), ("2", "河池港作业区", "12.6亿元", "金城江区"),
            ("3", "滨州港海港港区建设", "8.2亿元", "滨州市")]
    columns = (15.0, 30.0, 30.0 + 10 * SIZE, 70.0 + 10 * SIZE)  # the name's column ten characters wide
    objects = "".join(line_object(x, 60 + i * 9, cell) for i, row in enumerate(rows)
                      for x, cell in zip(columns, row, strict=True))
    text = read_file(write_ofd(tmp_path / "表.ofd", [content(objects, templates=())], templates={})).text
    assert text.split("\n") == ["\t".join(row) for row in rows]

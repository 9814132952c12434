"""A PDF whose lines mix fonts, as Qt's QPdfWriter writes one (``tests/pdf_font_runs.py``): a report printed
from a Qt program, its digits in a Latin font and its hanzi in a CJK one, came in with a line break at each
change of font (——2015 / 年 / 1 / 月 / 21 / 日在…), so its date line was not found, its title was "2015" and
no amount was suggested in it (760 / 亿元)."""
from __future__ import annotations

from annotator.core.imports.documents import import_files
from annotator.core.imports.pdf import read_pdf
from annotator.core.store import Store
from annotator.core.suggest.amount import AmountSuggester
from tests.pdf_font_runs import font_runs_pdf

LINES = ["政府工作报告",
         "——2015年1月21日在辽源市第七届人民代表大会第三次会议上",
         "预计地区生产总值实现760亿元，增长6.5%，人均GDP突破10000美元。"]


def test_the_runs_of_one_line_in_two_fonts_are_read_as_one_line(tmp_path):
    assert read_pdf(font_runs_pdf(tmp_path / "r.pdf", LINES)) == "\n".join(LINES)


def test_its_date_line_title_and_amounts_are_found_on_import(tmp_path):
    pdf = font_runs_pdf(tmp_path / "r.pdf", LINES)
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [pdf]).imported
        stored = store.document(doc.id)
    assert stored.title == "政府工作报告"
    assert stored.metadata["date"] == "2015-01-21"
    assert [s.text for s in AmountSuggester().suggest(stored.text)] == ["760亿元", "10000美元"]


def test_runs_apart_on_one_baseline_stay_apart(tmp_path):
    """Only a break between runs drawn one after the other goes: two pieces on one baseline far apart
    (a table's cells) keep the line break pypdf reads between them."""
    from annotator.core.imports.pdf_pieces import one_line_runs

    pieces = [("序号", 60.0, 700.0, 12.0), ("\n", 10.0, 832.0, 12.0), ("项目名称", 120.0, 700.0, 12.0),
              ("\n", 10.0, 832.0, 12.0), ("年", 168.0, 700.0, 12.0)]
    assert [p[0] for p in one_line_runs(pieces)] == ["序号", "\n", "项目名称", "年"]

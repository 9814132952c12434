"""A space pypdf reads from a narrow gap between two Chinese characters (a line drawn run by run, as Word
draws one, or spread by a TJ array's numbers) is no space of the text: 市政府认真贯彻, not 市政府 认真贯彻, and
a project's name stays whole. A space drawn as a glyph, a gap of a character or more, a line break stay.
Qt's PDFs give their spaces as tabs: they are spaces. The PDFs are made by tests/pdf_files.py."""
from __future__ import annotations

from annotator.core.imports.documents import import_files
from annotator.core.imports.pdf import read_pdf
from annotator.core.store import Store
from tests.pdf_files import DATA, placed_pdf

EM = 12  # the lines' font size: a hanzi's width


def runs(text: str, x: float, y: float, gap: float) -> list[tuple[str, float, float, float]]:
    """``text``'s parts (cut at |) drawn each where the one before ends, ``gap`` ems after it."""
    out = []
    for part in text.split("|"):
        out.append((part, x, y, EM))
        x += (len(part) + gap) * EM
    return out


def test_a_line_drawn_run_by_run_with_narrow_gaps_is_read_without_spaces(tmp_path):
    """A justified line spreads its slack between its runs: 0.3 of an em, which pypdf reads as a space."""
    for each in (True, False):  # a text object for each run (Word), or one text object moved to each run
        lines = runs("市政府|认真贯彻|湖里区松元|产业园二期工程", 72, 700, 0.3) + runs("一、|总体要求", 72, 680, 0.25)
        path = placed_pdf(tmp_path / f"runs_{each}.pdf", [lines], objects_each=each)
        assert read_pdf(path).split("\n") == ["市政府认真贯彻湖里区松元产业园二期工程", "一、总体要求"]


def test_a_line_spread_by_a_tj_arrays_numbers_is_read_without_spaces(tmp_path):
    path = placed_pdf(tmp_path / "tj.pdf", [[("各位代表：", 72, 720, EM)]],
                      kerned=[(["市政府", -300, "认真贯彻，湖里区松元", -400, "产业园"], 72, 700, EM),
                              (["一、", -260, "总体要求"], 72, 680, EM)])
    assert read_pdf(path).split("\n") == ["各位代表：", "市政府认真贯彻，湖里区松元产业园", "一、总体要求"]


def test_the_stored_text_holds_the_name_whole(tmp_path):
    path = placed_pdf(tmp_path / "r.pdf", [runs("湖里区松元|产业园二期工程建设项目完成投资|55.1|亿元。", 72, 700, 0.3)],
                      objects_each=True)
    with Store.create(tmp_path / "p") as store:
        (doc,) = import_files(store, [path]).imported
        assert store.document(doc.id).text == "湖里区松元产业园二期工程建设项目完成投资55.1亿元。"


def test_a_space_drawn_a_wide_gap_and_a_line_break_stay(tmp_path):
    lines = [("市长 何辛幸", 72, 700, EM),  # a space drawn as a glyph, beside a space pypdf reads (the runs after)
             *runs("区长|张三", 72, 680, 2),  # a gap of two characters (a tab stop)
             *runs("市政府|认真贯彻", 72, 660, 0.3),
             ("集美区", 72, 640, EM), ("新增企业", 72, 620, EM)]  # one line, then the next
    path = placed_pdf(tmp_path / "kept.pdf", [lines], objects_each=True)
    assert read_pdf(path).split("\n") == ["市长 何辛幸", "区长 张三", "市政府认真贯彻", "集美区", "新增企业"]


def test_a_space_pypdf_reads_beside_a_digit_or_a_latin_letter_is_left_to_the_import(tmp_path):
    """Between a hanzi and a digit or a Latin letter the import's own rule decides (gaps.py): GDP增长8.1%."""
    path = placed_pdf(tmp_path / "latin.pdf", [runs("预计|GDP|增长|8.1%|。", 72, 700, 0.3)], objects_each=True)
    assert read_pdf(path) == "预计GDP增长8.1%。"


def test_qts_tab_for_a_space_is_read_as_a_space():
    """QPdfWriter's ToUnicode map gives the CJK font's space glyph as a tab: 市长\t何辛幸 on the page is 市长 何辛幸."""
    text = read_pdf(DATA / "hechi_2015_qt_cid.pdf")
    assert "市长 何辛幸" in text.split("\n") and "\t" not in text

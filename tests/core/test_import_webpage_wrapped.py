"""A web page converted from a PDF, hard-wrapped by <br> every ~35 characters: the page reader parts
its lines by an empty line, and the import's re-flow joins them back into paragraphs as it does for
text copied from a PDF (reflow.py, two lines parted by one empty line); an ordinary page's paragraphs
stay apart (the fixtures of tests/data/html keep their expected texts, test_import_webpage.py)."""
from __future__ import annotations

from pathlib import Path

from annotator.core.imports.documents import import_files, read_file
from annotator.core.imports.reflow import reflow
from annotator.core.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"
WIDTH = 35
PARAGRAPHS = [f"第{i}项，湖里区开工建设松元产业园项目第{i}期，总投资{i * 3}亿元，带动上下游配套企业加快集聚发展，"
              f"新增就业岗位{i * 70}个，民间投资活力不断增强，营商环境持续优化，全区经济运行稳中向好。"
              for i in range(1, 7)]


def wrapped_page(paragraphs: list[str], indent: str = "\u3000\u3000") -> str:
    """A page whose article is each paragraph (indented by two full-width spaces, or ``indent`` as wide) cut
    every WIDTH characters by a <br>, as a PDF converted to HTML is."""
    lines = [indent * (k == 0) + p[max(k - 2, 0):k + WIDTH - 2]
             for p in paragraphs for k in range(0, len(p) + 2, WIDTH)]
    return ("<html><head><meta charset='utf-8'><title>2020年湖里区政府工作报告</title></head><body>"
            "<div class='nav'>首页 &gt; 政务公开</div><div class='content'><p>"
            + "<br>\n".join(lines) + "</p></div></body></html>")


def test_a_page_hard_wrapped_by_br_is_stored_as_its_paragraphs(tmp_path):
    path = tmp_path / "huli_2020.html"
    path.write_text(wrapped_page(PARAGRAPHS), encoding="utf-8")
    read = read_file(path).text
    assert read.count("\n\n") >= 2 * len(PARAGRAPHS)  # the reader gives a line a paragraph
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [path])
        text = store.document(report.imported[0].id).text
    assert text == "\n\n".join(PARAGRAPHS)  # joined at each indent, and the indents gone
    assert report.reflowed and report.reflowed[0][1] >= len(PARAGRAPHS)


def test_a_page_hard_wrapped_by_br_and_indented_by_nbsp_is_stored_as_its_paragraphs(tmp_path):
    """Its &nbsp;s were made spaces and stripped before the indentation was read: no line opened a paragraph,
    so a sentence ending at the page's width (its second line) was taken for a paragraph's end, left apart."""
    paragraphs = [f"第{i}项，湖里区开工建设松元产业园项目第{i}期，总投资{i * 3 + 10}亿元，"
                  f"带动上下游配套企业加快集聚发展，新增就业岗位{i * 10 + 100}个，"
                  "民间投资活力不断增强。营商环境持续优化，全区经济运行稳中向好。" for i in range(1, 7)]
    assert all(p.index("。") == 2 * WIDTH - 3 for p in paragraphs)  # 。 ends the second line (the first is indented)
    path = tmp_path / "huli_2020.html"
    path.write_text(wrapped_page(paragraphs, indent="\xa0" * 4).replace("\xa0", "&nbsp;"), encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        text = store.document(import_files(store, [path]).imported[0].id).text
    assert text == "\n\n".join(paragraphs)
    lines = ["第一段第一行：湖里区开工建设松元产业园项目，", "第一段第二行：带动上下游配套企业加快集聚发展。",
             "第二段：新增就业岗位七十个，民间投资活力不断增强。"]
    small = tmp_path / "small.html"
    indent = "&nbsp;" * 4
    small.write_text(f"<html><body><p>{indent}{lines[0]}<br>{lines[1]}<br>{indent}{lines[2]}</p></body></html>",
                     encoding="utf-8")
    read = read_file(small)
    assert read.text == "\n\n".join(lines) and read.opens == {0, 4}  # its indents told to the re-flow


def test_the_html_fixtures_texts_are_not_re_flowed():
    for expected in sorted((DATA / "html_expected").glob("*.txt")):
        text = expected.read_text(encoding="utf-8")
        assert not reflow(text).changed, expected.name


def test_double_spaced_lines_of_varied_length_stay_apart():
    """Short paragraphs parted by empty lines (one a line, of many lengths) are no wrapped text."""
    text = "\n\n".join(p[: 20 + 7 * i] + "。" for i, p in enumerate(PARAGRAPHS * 2))
    assert reflow(text).text == text

"""Web pages (.html, .htm) import as their article's text: the paragraphs of a report saved from a gov.cn
site, in order, one a line as the shared .txt reports are laid out, without the page's menus, breadcrumb,
share buttons and footer (core/imports/webpage.py, article.py).

The pages of tests/data/html are laid out by hand as such sites lay theirs out, around the first
paragraphs of real reports (tests/data/html_expected holds those paragraphs): GB2312 declared by
http-equiv (GBK bytes), UTF-8 with entities, an old table layout without a declared charset, a
"Web page, complete" with its _files folder; a login page and an index of links hold no article."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import ImportFileError
from annotator.core.imports.documents import import_files, read_file
from annotator.core.store import Store
from tests.shared_data import missing_reason, shared_files

DATA = Path(__file__).resolve().parents[1] / "data"
PAGES = DATA / "html"
ARTICLES = {  # encoding, title, metadata
    "binzhou_2024_gb2312.html": ("gb18030", "2024年滨州市政府工作报告",
                                 {"date": "2024-01-22", "source": "滨州市人民政府办公室"}),
    "hechi_2015_utf8.html": ("utf-8", "2015年河池市政府工作报告",
                             {"date": "2015-02-03", "source": "河池市人民政府办公室"}),
    "liaoyuan_2015_table.htm": ("gb18030", "政府工作报告", {"date": "2015-02-03", "source": "市政府办公室"}),
    "tianshui_2020_complete.html": ("utf-8", "2020年天水市政府工作报告",
                                    {"date": "2020-01-21", "source": "天水市人民政府办公室"})}
# what every page has around its article, none of which may reach the text
FURNITURE = ["首页", "政务公开", "当前位置", "您现在的位置", "分享", "微信", "打印", "关闭窗口", "主办", "ICP",
             "网站标识码", "来源", "发布时间", "发布日期", "浏览次数", "字号", "相关文章", "document", "var ", "{", "<",
             "&nbsp;", "&#"]


def expected(name: str) -> str:
    return (DATA / "html_expected" / f"{Path(name).stem}.txt").read_text(encoding="utf-8").rstrip("\n")


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_a_saved_page_gives_exactly_the_paragraphs_of_its_article(name):
    read = read_file(PAGES / name)
    assert read.text == expected(name)
    assert [word for word in FURNITURE if word in read.text] == []
    assert (read.encoding, read.title, read.metadata) == ARTICLES[name]


def test_the_declared_gb2312_is_read_as_gb18030_so_gbk_characters_come_through():
    """A page that says gb2312 holds GBK characters (the —— of a report's speech line): read as
    GB2312 they were ―― or refused."""
    text = read_file(PAGES / "binzhou_2024_gb2312.html").text
    assert text.startswith("——2024年1月15日在滨州市") and "―" not in text


def test_entities_and_line_breaks_of_the_source_as_a_browser_shows_them_the_indents_gone():
    """The two full-width spaces the site opens each paragraph with were kept: a paragraph opened with
    　　, unlike the same report's .txt (one paragraph a line, no indentation); now they go."""
    text = read_file(PAGES / "hechi_2015_utf8.html").text
    assert "市长 何辛幸" in text  # &nbsp; a space
    assert "“三治”" in text and "\n\n一、2014年工作回顾\n\n" in text and text.startswith("——2015年1月21日在河池市")
    assert not any(line.startswith(("\u3000", " ")) for line in text.split("\n"))
    assert "1%；财政" in text  # a line break of the source between two hanzi: gone, not a space


def test_a_table_of_figures_is_a_line_a_row_its_cells_parted_by_a_tab():
    text = read_file(PAGES / "liaoyuan_2015_table.htm").text
    assert text.endswith("指标\t2014年\t增长（%）\n\n地区生产总值（亿元）\t760\t6.5\n\n"
                         "地方级财政收入（亿元）\t26.8\t10.2")


@pytest.mark.parametrize("name", ["login.html", "index_of_reports.html"])
def test_a_page_without_article_text_is_one_error_naming_the_file(name):
    with pytest.raises(ImportFileError) as caught:
        read_file(PAGES / name)
    message = str(caught.value)
    assert message.startswith(f"{PAGES / name}: no article text found") and "\n" not in message


@pytest.mark.parametrize(("content", "says"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01" * 20, "looks like a binary file"),
    (b"PK\x03\x04\x14\x00\x00\x00", "a zip archive, not text"),
    (b"%PDF-1.7\n\x00\x01", "is a PDF"),
    (b"", "the file is empty"),
])
def test_a_binary_file_named_html_is_refused_as_binary_files_are(tmp_path, content, says):
    path = tmp_path / "report.html"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_file(path)
    assert says in str(caught.value) and str(caught.value).startswith(str(path))


def page(body: str, head: str = "") -> str:
    return (f"<html><head>{head}<title>report</title></head><body><div class='nav'><a href='/'>home</a></div>"
            f"{body}</body></html>")


PARAGRAPHS = ["现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席同志提出意见。",
              "过去的一年，面对复杂的宏观经济形势和繁重的改革发展任务，市政府认真贯彻省委、省政府和市委的决策部署。"]


TRADITIONAL = ["現在，我代表市人民政府向大會報告工作，請予審議，並請市政協委員和其他列席同志提出意見。",
               "過去的一年，面對複雜的宏觀經濟形勢和繁重的改革發展任務，市政府認真貫徹決策部署。"]


@pytest.mark.parametrize(("declared", "written", "read_as"), [
    ("gb2312", "utf-8", "utf-8"),  # converted to UTF-8, the old meta kept
    ("utf-8", "gbk", "gb18030"),  # declared wrongly: the bytes are not UTF-8, so guessed
    ("big5", "big5", "big5"),
    ("iso-8859-1", "gbk", "gb18030"),  # a server's Latin default is not believed
])
def test_a_declared_charset_is_believed_only_when_the_bytes_read_as_it(tmp_path, declared, written, read_as):
    path = tmp_path / "page.htm"
    paragraphs = TRADITIONAL if written == "big5" else PARAGRAPHS
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_bytes(page(body, f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">')
                     .encode(written))
    read = read_file(path)
    assert (read.text, read.encoding) == ("\n\n".join(paragraphs), read_as)


def test_the_encoding_chosen_at_import_is_obeyed(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(page("<br>".join(PARAGRAPHS), '<meta charset="utf-8">').encode("gbk"))
    read = read_file(path, encoding="gbk")
    assert (read.text, read.encoding) == ("\n\n".join(PARAGRAPHS), "gbk")


def test_paragraphs_indented_by_nbsp_or_full_width_spaces_open_with_their_text(tmp_path):
    """gov.cn pages indent each paragraph with &nbsp;s or full-width spaces: the full-width ones stayed
    at the paragraph's start; now a paragraph opens with its text, as in the .txt reports."""
    path = tmp_path / "report.html"
    path.write_text(page("<div class='content'><p>&nbsp;&nbsp;&nbsp;&nbsp;一、过去一年工作回顾</p>"
                         f"<p>　　{PARAGRAPHS[0]}</p><p>&#160;　 　二、今年工作安排</p>"
                         f"<p>{PARAGRAPHS[1]}</p></div>", '<meta charset="utf-8">'), encoding="utf-8")
    read = read_file(path)
    assert read.text == "\n\n".join(["一、过去一年工作回顾", PARAGRAPHS[0], "二、今年工作安排", PARAGRAPHS[1]])
    assert read.opens == {0, 2, 4}  # the lines indented (&nbsp;s, full-width spaces): each opens a paragraph


def test_text_directly_in_the_body_parted_by_br_is_the_article(tmp_path):
    path = tmp_path / "old.htm"
    path.write_text(page("　　" + "<BR><BR>\n　　".join(PARAGRAPHS) + "<BR>"), encoding="utf-8")
    assert read_file(path).text == "\n\n".join(PARAGRAPHS)  # the indents gone


def test_a_page_in_two_parts_keeps_both_and_a_links_only_line_goes(tmp_path):
    path = tmp_path / "two.html"
    path.write_text(page(f"<div class='c1'><p>{PARAGRAPHS[0]}</p></div><div class='c2'><p>{PARAGRAPHS[1]}</p>"
                         "<p>【<a href='javascript:print()'>打印本页</a>】</p></div>"), encoding="utf-8")
    assert read_file(path).text == "\n\n".join(PARAGRAPHS)


def test_a_folder_imports_its_pages_not_their_files_folders_nor_pages_without_an_article(tmp_path):
    folder = tmp_path / "saved"
    shutil.copytree(PAGES, folder)
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [folder])
        assert sorted(d.name for d in report.imported) == sorted(ARTICLES)
        assert sorted((Path(f).name, why.split(":")[0]) for f, why in report.failed) == [
            ("index_of_reports.html", "no article text found"), ("login.html", "no article text found")]
        assert not any("_files" in f for f, _ in report.failed + report.skipped + report.warnings)
        for name, (encoding, title, metadata) in ARTICLES.items():
            doc = store.document(store.document_id_by_name(name))
            assert (doc.text, doc.encoding, doc.title, doc.metadata) == (expected(name), encoding, title, metadata)


def test_a_page_chosen_with_its_files_folder_imports_once(tmp_path):
    """Both selected in the file manager (or dropped on the window): the folder's frame page was a document."""
    page = PAGES / "tianshui_2020_complete.html"
    with Store.create(tmp_path / "p") as store:
        report = import_files(store, [page, PAGES / "tianshui_2020_complete_files"])
        assert [d.name for d in report.imported] == [page.name] and report.lines() == ["imported 1 document(s)"]
        alone = import_files(store, [PAGES / "tianshui_2020_complete_files"])  # asked for alone: read as asked
        assert [Path(f).name for f, _ in alone.failed] == ["share.html"]


def test_a_files_folder_without_its_page_is_imported_as_any_folder(tmp_path):
    folder = tmp_path / "saved"
    (folder / "notes_files").mkdir(parents=True)
    (folder / "notes_files" / "a.txt").write_text("湖里区投资55.1亿元。", encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        assert [d.name for d in import_files(store, [folder]).imported] == ["a.txt"]


def test_a_date_and_source_given_at_import_win_over_the_pages(tmp_path):
    with Store.create(tmp_path / "p") as store:
        given = {"date": "2015-01-21", "source": "网页"}
        report = import_files(store, [PAGES / "hechi_2015_utf8.html"], metadata=given)
        assert store.document(report.imported[0].id).metadata == {"date": "2015-01-21", "source": "网页"}


@pytest.mark.skipif(not shared_files("reports", "*.txt"), reason=missing_reason("reports", "*.txt"))
@pytest.mark.parametrize("report", [p.name for p in shared_files("reports", "*.txt")])
def test_every_shared_report_wrapped_in_a_gov_page_comes_back_as_its_txt(tmp_path, report):
    """Whole reports (thousands of characters, tables of figures, long paragraphs) in the layout of
    the GB2312 page: the text is the .txt's, paragraph for paragraph."""
    txt = next(p for p in shared_files("reports", "*.txt") if p.name == report).read_text(encoding="utf-8")
    paragraphs = [line for line in txt.split("\n") if line.strip()]
    layout = (PAGES / "binzhou_2024_gb2312.html").read_bytes().decode("gb18030")
    start, end = layout.index("<p align"), layout.index("  </div>\n  <div class=\"share\">")
    from html import escape

    body = "\n".join(f'<p style="text-indent:2em">{escape(p, quote=False)}</p>' for p in paragraphs)
    path = tmp_path / "report.html"
    path.write_text(layout[:start].replace("charset=gb2312", "charset=utf-8") + body + layout[end:], encoding="utf-8")
    assert read_file(path).text.split("\n\n") == paragraphs


def test_the_heading_and_the_source_line_inside_the_articles_block_are_not_paragraphs(tmp_path):
    path = tmp_path / "main.html"
    path.write_text(page("<div class='main'><h1>2024年滨州市政府工作报告</h1><div class='info'>来源：市政府办公室　"
                         "发布时间：2024-01-22</div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"),
                    encoding="utf-8")
    read = read_file(path)
    assert (read.text, read.title, read.metadata) == ("\n\n".join(PARAGRAPHS), "2024年滨州市政府工作报告",
                                                       {"date": "2024-01-22", "source": "市政府办公室"})


def test_a_table_pasted_from_word_a_paragraph_in_each_cell_is_still_a_row_a_line(tmp_path):
    path = tmp_path / "word.htm"
    cells = "<tr><td><p class=MsoNormal>指标</p></td><td><p class=MsoNormal>2014年</p></td></tr>" \
            "<tr><td><p class=MsoNormal>地区生产总值（亿元）<o:p></o:p></p></td>" \
            "<td><p class=MsoNormal>760</p></td></tr>"
    path.write_text(page("<div class=WordSection1>" + "".join(f"<p class=MsoNormal>{p}</p>" for p in PARAGRAPHS)
                         + f"<table class=MsoTableGrid border=1>{cells}</table></div>"), encoding="utf-8")
    assert read_file(path).text.split("\n\n")[2:] == ["指标\t2014年", "地区生产总值（亿元）\t760"]


MARKUP = st.lists(st.sampled_from(["<p>", "</p>", "<br>", "<div class='nav'>", "</div>", "<table><tr><td>", "</td>",
                                   "<a href='#'>", "</a>", "<script>", "<!--", "-->", "<?xml encoding='gbk'?>",
                                   "&nbsp;", "&#x4E00;", "&#xD800;", "&bogus;", "\x00", "\u3000", "\n", " ",
                                   PARAGRAPHS[0], "报告", "<meta charset=gb2312>", "<meta charset=utf-16>"]),
                  max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(markup=MARKUP, encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_any_markup_imports_or_is_one_error_naming_the_file(tmp_path, markup, encoding):
    path = tmp_path / "fuzz.html"
    path.write_bytes(markup.encode(encoding, "surrogatepass"))
    try:
        read = read_file(path)
    except ImportFileError as e:
        assert str(e).startswith(f"{path}: ") and "\n" not in str(e)
        return
    assert read.text.strip() and "\x00" not in read.text and "<p>" not in read.text


def test_big5_bytes_declared_gb2312_are_read_as_big5(tmp_path):
    """GB18030 decodes Big5 bytes without an error, as rare hanzi: the declaration is not believed."""
    path = tmp_path / "tw.htm"
    path.write_bytes(page("".join(f"<p>{p}</p>" for p in TRADITIONAL), '<meta charset="gb2312">').encode("big5"))
    read = read_file(path)
    assert (read.text, read.encoding) == ("\n\n".join(TRADITIONAL), "big5")


def test_a_pre_keeps_its_lines(tmp_path):
    path = tmp_path / "pre.html"
    path.write_text(page("<pre>\n" + "\n\n".join(PARAGRAPHS) + "\n</pre>"), encoding="utf-8")
    assert read_file(path).text == "\n\n".join(PARAGRAPHS)


def test_an_article_block_named_like_furniture_is_kept_when_it_holds_the_text(tmp_path):
    path = tmp_path / "print.html"
    path.write_text(page("<div id='print-area'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
                         "<div class='share'>分享到：微信</div>"), encoding="utf-8")
    assert read_file(path).text == "\n\n".join(PARAGRAPHS)


def test_the_sites_name_in_a_logo_heading_is_not_the_title(tmp_path):
    path = tmp_path / "logo.html"
    path.write_text("<html><head><title>2024年滨州市政府工作报告_滨州市人民政府</title></head><body>"
                    "<div class='logo'><h1>滨州市人民政府</h1></div><div id='zoom'>"
                    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></body></html>", encoding="utf-8")
    read = read_file(path)
    assert (read.title, read.text) == ("2024年滨州市政府工作报告", "\n\n".join(PARAGRAPHS))

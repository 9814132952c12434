"""A report saved from a gov.cn site, imported in the window (Ctrl+I, the file dialog answered):
the project holds the article's paragraphs under the page's heading and date; the dialog's filter
offers web pages; a page without an article is said in one line (in Chinese in the Chinese window)."""
from __future__ import annotations

from pathlib import Path

from annotator.gui import messages
from tests.gui.conftest import import_with_ctrl_i

PAGES = Path(__file__).resolve().parents[1] / "data" / "html"


def test_a_saved_gov_page_is_imported_as_its_article_with_its_title_and_date(window, store, qtbot, monkeypatch):
    window.settings.suggest_on_import = False
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    page = PAGES / "binzhou_2024_gb2312.html"
    offered = import_with_ctrl_i(window, qtbot, monkeypatch, [page, PAGES / "login.html"])
    assert offered and "*.docx *.html *.htm *.mht *.mhtml *.pdf *.ofd)" in offered[0]  # the filter offers web pages
    qtbot.waitUntil(lambda: store.document_id_by_name(page.name) is not None and bool(boxes))
    doc = store.document(store.document_id_by_name(page.name))
    expected = (PAGES.parent / "html_expected" / "binzhou_2024_gb2312.txt").read_text(encoding="utf-8").rstrip("\n")
    assert doc.text == expected and "首页" not in doc.text and "ICP" not in doc.text
    assert (doc.title, doc.encoding) == ("2024年滨州市政府工作报告", "gb18030")
    assert doc.metadata == {"date": "2024-01-22", "source": "滨州市人民政府办公室"}
    assert store.document_id_by_name("login.html") is None
    assert boxes == [("Import", f"imported 1 document(s)\nfailed {PAGES / 'login.html'}: no article text found: the "
                                "page holds no paragraphs of Chinese text (a login page, a list of links?); open the "
                                "article's own page, save it and import that, or copy its text into a .txt file")]
    qtbot.waitUntil(lambda: window.doc_model.rowCount() == len(store.documents()))
    model = window.doc_model
    shown = [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert any("2024年滨州市政府工作报告" in cell for cell in shown), shown  # the list shows the page's heading


def test_a_page_without_an_article_is_said_in_chinese(window, store, qtbot, monkeypatch):
    window.settings.suggest_on_import = False
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    before = len(store.documents())
    window.commands.set_language("zh_CN")
    try:
        import_with_ctrl_i(window, qtbot, monkeypatch, [PAGES / "index_of_reports.html"])
        qtbot.waitUntil(lambda: bool(boxes))
    finally:
        window.commands.set_language("en")
    assert boxes == [("导入", f"已导入 0 篇文档\n未能导入 {PAGES / 'index_of_reports.html'}：未找到正文："
                             "该网页没有中文段落（登录页或链接列表？）；请打开文章本身的网页，保存后再导入，"
                             "或将其文字复制到 .txt 文件后导入")]
    assert len(store.documents()) == before


def test_a_complete_save_dropped_with_its_files_folder_is_one_document(window, store, qtbot, monkeypatch):
    window.settings.suggest_on_import = False
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    before = len(store.documents())
    page = PAGES / "tianshui_2020_complete.html"
    window.commands.drop([str(page), str(PAGES / "tianshui_2020_complete_files")])
    qtbot.waitUntil(lambda: store.document_id_by_name(page.name) is not None)
    assert len(store.documents()) == before + 1 and store.document_id_by_name("share.html") is None
    assert store.document(store.document_id_by_name(page.name)).title == "2020年天水市政府工作报告"
    assert boxes == []  # nothing failed, nothing to say beyond the status bar


def test_a_web_archive_without_a_page_is_said_in_chinese(window, store, qtbot, monkeypatch, tmp_path):
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    archive = tmp_path / "报告.mhtml"
    archive.write_bytes(b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n\r\n<p>=E6=BB=A8</p>\r\n")
    window.commands.set_language("zh_CN")
    try:
        import_with_ctrl_i(window, qtbot, monkeypatch, [archive])
        qtbot.waitUntil(lambda: bool(boxes))
    finally:
        window.commands.set_language("en")
    assert boxes == [("导入", f"已导入 0 篇文档\n未能导入 {archive}：不是网页归档：其中没有网页（text/html 部分）；"
                             "请在浏览器中打开该网页，重新保存为“网页，单个文件”（.mht）或“网页，全部”（.html）后再导入")]
    assert store.document_id_by_name(archive.name) is None

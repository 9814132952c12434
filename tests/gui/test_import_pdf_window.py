"""Project › Import files… (Ctrl+I) of PDFs in the window: the dialog offers *.pdf, a report's PDF is
stored re-flowed, a scan without a text layer is named in the box (in Chinese too), nothing of it stored."""
from __future__ import annotations

import shutil

from PySide6.QtWidgets import QApplication

from annotator.gui import messages, tasks
from tests.gui.conftest import import_with_ctrl_i
from tests.pdf_files import DATA, scan_pdf


def test_ctrl_i_imports_a_pdf_and_names_a_scan_it_cannot_read(window, store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    report = tmp_path / "河池市2015年政府工作报告.pdf"
    shutil.copy(DATA / "hechi_2015_qt_cid.pdf", report)
    scan = scan_pdf(tmp_path / "scan.pdf", pages=2)
    before = len(store.documents())
    asked = import_with_ctrl_i(window, qtbot, monkeypatch, [report, scan])
    qtbot.waitUntil(lambda: bool(boxes))
    assert "*.pdf" in asked[0]  # the dialog's filter of articles
    doc_id = store.document_id_by_name(report.name)
    assert doc_id is not None and len(store.documents()) == before + 1
    text = store.document(doc_id).text
    assert "全市地区生产总值601亿元" in text and "人民政府" in text and "⼈" not in text  # re-flowed, no radicals
    lines = boxes[0][1].split("\n")
    assert lines[0] == "imported 1 document(s)" and lines[1].startswith("re-flowed ")
    assert lines[2] == (f"failed {scan}: has no text layer (2 page(s) of images: a scan?); run OCR on it first (e.g. "
                        "ocrmypdf, or a PDF reader's 'recognise text'), or copy its text into a .txt file, and "
                        "import that")
    assert store.document_id_by_name("scan.pdf") is None and QApplication.activeModalWidget() is None


def test_a_locked_pdf_is_said_in_chinese(window, store, qtbot, tmp_path, monkeypatch):
    from tests.pdf_files import encrypted

    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    locked = encrypted(DATA / "hechi_2015_libreoffice.pdf", tmp_path / "报告.pdf", "secret")
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["import_files"].text().startswith("导入"))
        import_with_ctrl_i(window, qtbot, monkeypatch, [locked])
        qtbot.waitUntil(lambda: bool(boxes))
    finally:
        window.commands.set_language("en")
    assert boxes[0][1].split("\n") == [
        "已导入 0 篇文档", f"未能导入 {locked}：设有打开密码；请用 PDF 阅读器输入密码打开，另存或打印为不设密码的 PDF"
                        "（或把其中的文字复制到 .txt 文件）后再导入"]
    assert store.document_id_by_name("报告.pdf") is None


def test_the_bar_moves_within_a_long_pdf_page_by_page(window, store, tmp_path, monkeypatch):
    """One PDF of 100 pages and more imported for seconds with a busy bar: now the bar counts its pages."""
    from tests.core.test_import_pdf import long_text
    from tests.pdf_files import text_pdf, wrapped_pages

    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    monkeypatch.setattr(messages, "information", lambda *_a: None)
    monkeypatch.setattr(messages, "warning", lambda *_a: None)
    pages = wrapped_pages(long_text(), lines_per_page=22)
    path = text_pdf(tmp_path / "long.pdf", pages)
    seen = []
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [lambda dialog, *_a: seen.append(
        (dialog.maximum(), dialog.value(), dialog.labelText()))])
    window.commands.import_paths([str(path)])
    assert store.document_id_by_name("long.pdf") is not None
    within = [(maximum, value, label) for maximum, value, label in seen if maximum == 1000 and 0 < value < 1000]
    values = [value for _m, value, _l in within]
    assert len(set(values)) > 50 and values == sorted(values)
    assert within[0][2] == f"File 1 of 1: long.pdf\npage 1 of {len(pages)}"


def test_a_page_that_cannot_be_read_is_said_with_its_number_in_chinese(window, tmp_path):
    from annotator.gui.summaries import summary_lines

    line = (f"failed {tmp_path / 'r.pdf'}: is a damaged PDF: its page 3 of 146 cannot be read (KeyError: '/Font'); "
            "open it in a PDF reader, save or print it as a new PDF and import that")
    window.commands.set_language("zh_CN")
    try:
        (said,) = summary_lines([line])
    finally:
        window.commands.set_language("en")
    assert "第 3 页（共 146 页）无法读取（KeyError: '/Font'）" in said and "r.pdf" in said

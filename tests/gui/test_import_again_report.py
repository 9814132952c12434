"""*Import again* says in the status bar what a normal import of the file says of its reading (here: the
lines re-flowed), beside the spans kept and removed."""
from __future__ import annotations

from annotator.gui import tasks
from annotator.gui.import_again import import_again
from tests.core.test_import_reflow import pdf_like


def test_import_again_reports_the_reflowed_lines(window, store, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    monkeypatch.setattr(window, "confirm", lambda question: True)
    window.settings.suggest_on_import = False
    path = tmp_path / "jimei_2024.txt"
    path.write_text(pdf_like(), encoding="utf-8")
    window.settings.keep_lines_on_import = True  # read as in the file the first time
    window.commands.import_paths([str(path)])
    doc = store.document_id_by_name("jimei_2024.txt")
    assert store.document(doc).text == pdf_like()
    window.settings.keep_lines_on_import = False
    assert import_again(window, doc, str(path), "utf-8", "UTF-8")
    said = window.statusBar().currentMessage()
    assert "jimei_2024.txt imported again read as UTF-8: 0 accepted span(s) kept, 0 span(s) removed." in said
    assert "re-flowed " in said and "in 1 document(s) laid out in pages (PDF, OFD)" in said
    again = store.document_id_by_name("jimei_2024.txt")  # the document replaced, under its name
    assert window.doc_id == again and store.document(again).text != pdf_like()


def test_a_refused_reading_is_said_in_chinese_in_the_chinese_window(window, store, tmp_path, monkeypatch, qtbot):
    """Read again, the file gives the text it has (or another document's): the window in Chinese says why
    in Chinese, naming the file and the document that holds the text, and changes nothing."""
    from annotator.gui.dialogs import errors

    said: list[str] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda _title, message, _details: said.append(message)])
    monkeypatch.setattr(window, "show_error", lambda title, message: errors.show_error(window, title, message))
    text = "厦门市湖里区计划投资55.1亿元建设松元产业园。" * 3
    path, twin = tmp_path / "gbk.txt", tmp_path / "twin.txt"
    path.write_bytes(text.encode("gbk"))
    twin.write_text("思明区计划投资3亿元建设软件园。" * 3, encoding="utf-8")  # another document
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    window.commands.import_paths([str(path)], "gbk")
    window.commands.import_paths([str(twin)], "utf-8")
    doc = store.document_id_by_name("gbk.txt")
    window.commands.set_language("zh_CN")
    try:
        assert not import_again(window, doc, str(path), "gbk", "GBK")
        assert not import_again(window, doc, str(twin), "utf-8", "UTF-8")
    finally:
        window.commands.set_language("en")
    assert said == [f"{path}：按 gbk 读取的结果与原来相同，文档保持原样",
                    f"{twin}：按 utf-8 读取得到的是 twin.txt 的文本，该文本已在标注工程中，文档保持原样"]
    assert store.document_id_by_name("gbk.txt") == doc

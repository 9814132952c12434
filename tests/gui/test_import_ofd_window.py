"""Project › Import folder… of .ofd reports in the Chinese window: a report is stored, and each .ofd it
cannot read is named with its reason in Chinese (a cut-off file, a scan), none left in English, as is a
document of a file of several left out."""
from __future__ import annotations

from annotator.gui import tasks
from tests.core.test_import_ofd import BYLINE, PARAGRAPHS, TITLE
from tests.gui.test_import_summary import import_box_in_chinese
from tests.ofd_files import content, documents_ofd, line_object, report_ofd, write_ofd


def test_unreadable_ofd_files_are_named_in_chinese(window, store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    folder = tmp_path / "reports"
    folder.mkdir()
    good = report_ofd(folder / "报告.ofd", TITLE, BYLINE, PARAGRAPHS, per_page=9)
    (folder / "cut.ofd").write_bytes(good.read_bytes()[:500])
    image = '<ofd:ImageObject ID="5" ResourceID="9" Boundary="0 0 210 297"/>'
    write_ofd(folder / "scan.ofd", [content(image, templates=())] * 2, templates={})
    page = content(line_object(28, 60, "关于印发工作要点的通知。"), templates=())
    notice = write_ofd(tmp_path / "notice.ofd", [page])
    documents_ofd(folder / "两件.ofd", [notice, good], skip=("Doc_1/Pages/Page_0/Content.xml",))
    seen = import_box_in_chinese(window, qtbot, [str(folder)])
    text = seen["text"] + "\n" + seen["details"]
    assert (f"未能导入 {folder / 'cut.ofd'}：是损坏的 OFD 文档：其 zip 压缩包不完整或已损坏；"
            "请重新下载或保存后再导入") in text
    assert (f"未能导入 {folder / 'scan.ofd'}：没有文字（2 页都是图像：扫描件？）；请用 OFD 阅读器把它打印为 PDF，"
            "对其做文字识别（OCR，例如 ocrmypdf），或把其中的文字复制到 .txt 文件，再导入") in text
    assert ("未导入其 2 个文档中无法读取的 1 个；第一个是第 2 个文档：是损坏的 OFD 文档：缺少第 1 页（共 2 页，"
            "Doc_1/Pages/Page_0/Content.xml）；请用 OFD 阅读器打开，重新保存或打印为 PDF 后再导入") in text
    assert store.document(store.document_id_by_name("报告.ofd")).title == TITLE
    assert store.document(store.document_id_by_name("两件.ofd")).text == "关于印发工作要点的通知。"

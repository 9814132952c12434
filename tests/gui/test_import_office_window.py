"""Project › Import files… (Ctrl+I) of an old Word .doc in the window, through LibreOffice (a fake
soffice on PATH, tests/office_fake.py): the dialog offers *.doc, the report is stored under its own
name with its text, a WPS file LibreOffice cannot read is named in the box (in Chinese too)."""
from __future__ import annotations

import os

import pytest

from annotator.gui import messages, tasks
from tests import office_fake
from tests.gui.conftest import import_with_ctrl_i

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the fake soffice is a script run through its #! line")
TEXT = "株洲市2023年政府工作报告\n全市新建学校12所，投资3.5亿元。"


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "thread"])
def test_ctrl_i_imports_a_doc_through_libreoffice(window, store, qtbot, tmp_path, monkeypatch, sync):
    log = office_fake.install(tmp_path, monkeypatch)
    monkeypatch.setattr(tasks, "SYNC", sync)
    window.settings.suggest_on_import = False
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    report = tmp_path / "报告.doc"
    report.write_text(TEXT, encoding="utf-8")  # the fake LibreOffice reads it as text
    wps = tmp_path / "金山.wps"
    wps.write_text("FAIL", encoding="utf-8")
    before = len(store.documents())
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["import_files"].text().startswith("导入"))
        asked = import_with_ctrl_i(window, qtbot, monkeypatch, [report, wps])
        qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    finally:
        window.commands.set_language("en")
    assert "*.doc *.wps *.rtf *.odt" in asked[0]  # the dialog's filter of articles
    doc_id = store.document_id_by_name("报告.doc")
    assert doc_id is not None and len(store.documents()) == before + 1
    assert store.document(doc_id).text == TEXT
    assert [office_fake.converted(c) for c in office_fake.calls(log)] == [["报告.doc", "金山.wps"]]  # one start
    assert boxes[0][1].split("\n") == [
        "已导入 1 篇文档", f"未能导入 {wps}：LibreOffice 读不了这个 WPS 文档（它只能读取部分金山 WPS 文件）；"
                       "请用 WPS Office 打开，另存为 .docx 后再导入"]


def test_without_libreoffice_the_refusal_says_in_chinese_how_to_convert_many(window, store, qtbot, tmp_path,
                                                                               monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)  # tests/conftest.py: ANNOTATOR_SOFFICE= (LibreOffice not used)
    window.settings.suggest_on_import = False
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    report = tmp_path / "报告.rtf"
    report.write_text("{\\rtf1 湖里区}", encoding="utf-8")
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["import_files"].text().startswith("导入"))
        import_with_ctrl_i(window, qtbot, monkeypatch, [report])
        qtbot.waitUntil(lambda: bool(boxes))
    finally:
        window.commands.set_language("en")
    assert boxes[0][1].split("\n")[1] == (
        f"未能导入 {report}：是富文本（RTF）文档；annotator 通过 LibreOffice 读取此类文件，但本机未找到 LibreOffice："
        "请安装 LibreOffice（libreoffice.org）后再导入，或在命令行中用以下命令一次转换许多文件：soffice --headless "
        "--convert-to docx *.rtf")
    assert store.document_id_by_name("报告.rtf") is None

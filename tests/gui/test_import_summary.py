"""The box that says what an import of a big folder read stays on the screen: the first lines in
it, the whole list under Show Details."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.gui import tasks


def answered_box(qtbot, act) -> dict:
    """Run ``act``; the message box it opens is measured and closed with OK."""
    seen: dict = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and not seen:
            seen.update(height=box.frameGeometry().height(), text=box.text(), details=box.detailedText(),
                        screen=box.screen().availableGeometry().height())
            box.button(QMessageBox.StandardButton.Ok).click()

    timer = QTimer(interval=20)
    timer.timeout.connect(look)
    timer.start()
    try:
        act()
    finally:
        timer.stop()
    return seen


def import_box_in_chinese(window, qtbot, paths: list[str]) -> dict:
    """Import ``paths`` in the Chinese interface; the box it opens, answered (:func:`answered_box`)."""
    window.commands.set_language("zh_CN")
    try:
        return answered_box(qtbot, lambda: window.commands.import_paths(paths))
    finally:
        window.commands.set_language("en")


def test_a_folder_with_many_unreadable_files_gives_a_box_that_fits_the_screen(window, store, qtbot, tmp_path,
                                                                            monkeypatch):
    """A folder of 5,000 reports imported again gave a box 250,434 pixels high (5,007 lines) on an
    800-pixel screen: its OK button out of reach."""
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(80):
        (folder / f"scan{i:02d}.txt").write_bytes(b"")
    (folder / "new.txt").write_text("河池市计划投资5亿元。", encoding="utf-8")
    seen = answered_box(qtbot, lambda: window.commands.import_paths([str(folder)]))
    assert seen, "no box"
    assert seen["height"] <= seen["screen"]
    shown = seen["text"].splitlines()
    assert shown[0] == "imported 1 document(s)" and len(shown) <= 13
    assert "69 more" in shown[-1]  # the 81 lines: 12 shown, the rest counted
    assert seen["details"].count("the file is empty") == 80  # every file named under Show Details
    assert store.document_id_by_name("new.txt") is not None
    assert window.doc_model.rowCount() == 4


def test_a_folder_imported_again_says_in_chinese_how_many_files_were_there_already(window, store, qtbot, tmp_path,
                                                                                   monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(30):
        (folder / f"r{i:02d}.txt").write_text(f"第{i}篇报告", encoding="utf-8")
    window.commands.import_paths([str(folder)])  # all new: the status bar says it, no box
    (folder / "empty.txt").write_bytes(b"")
    seen = import_box_in_chinese(window, qtbot, [str(folder)])
    assert seen["text"].splitlines() == ["已导入 0 篇文档", "已跳过 30 个文件：标注工程中已有相同的文本",
                                         f"未能导入 {folder / 'empty.txt'}：文件是空的"]
    assert len(store.documents()) == 33


def test_a_folder_with_nothing_to_import_is_named_in_the_box(window, store, qtbot, tmp_path, monkeypatch):
    """A folder of WPS files dropped on the window said only 'imported 0 document(s)' in the status bar."""
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    folder = tmp_path / "wps"
    folder.mkdir()
    (folder / "report.wps").write_bytes(b"\xd0\xcf\x11\xe0")
    before = len(store.documents())
    seen = answered_box(qtbot, lambda: window.commands.import_paths([str(folder)]))
    assert seen["text"].splitlines() == ["imported 0 document(s)",
                                         f"failed {folder}: no .docx, .htm, .html, .markdown, .md, .mht, .mhtml, "
                                         ".ofd, .pdf, .text or .txt file in it or its subfolders, only 1 file(s) of "
                                         "other programs (report.wps): "
                                         "annotator reads plain text (.txt, .md, .markdown, .text), Word .docx, PDF, "
                                         "OFD and web pages (.html, .htm, .mht), and .doc, .wps, .rtf and .odt files "
                                         "through LibreOffice, not found on this computer: install LibreOffice "
                                         "(libreoffice.org) and import again, or convert many files at once on the "
                                         "command line: soffice --headless --convert-to docx *.doc"]
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    seen = import_box_in_chinese(window, qtbot, [str(folder)])
    assert seen["text"].splitlines()[1] == (f"未能导入 {folder}：其中（包括子文件夹）没有 .docx、.htm、.html、"
                                            ".markdown、.md、.mht、.mhtml、.ofd、.pdf、.text 或 .txt 文件，"
                                            "只有 2 个其他程序的文件"
                                            "（old.doc、report.wps）："
                                            "annotator 读取纯文本（.txt、.md、.markdown、.text）、Word .docx、PDF、OFD "
                                            "和网页（.html、.htm、.mht），"
                                            ".doc、.wps、.rtf 和 .odt 文件则通过 LibreOffice 读取，但本机未找到 "
                                            "LibreOffice：请安装 LibreOffice（li"
                                            "breoffice.org）后再导入，或在命令行中用以下命令"
                                            "一次转换许多文件：soffice --headless --convert-to docx *.doc")
    assert len(store.documents()) == before


def test_a_pdf_beside_the_reports_of_a_folder_is_named_in_the_box_in_chinese(window, store, qtbot, tmp_path,
                                                                             monkeypatch):
    """A folder holding one report as .txt and one as WPS said 'imported 1 document(s)' in the status
    bar: the WPS file, left out, was never mentioned (a PDF is read now: tests/gui/test_import_pdf_window.py)."""
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "滨州.txt").write_text("滨州市2024年政府工作报告", encoding="utf-8")
    (folder / "十堰.wps").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # a picture is no report: not named
    seen = import_box_in_chinese(window, qtbot, [str(folder)])
    lines = seen["text"].splitlines()
    assert lines[0] == "已导入 1 篇文档" and len(lines) == 2, lines
    assert lines[1].startswith(f"已跳过 {folder / '十堰.wps'}：") and "WPS" in lines[1], lines
    assert [d.name for d in store.documents()][-1] == "滨州.txt"


def test_a_folder_named_with_a_colon_is_split_from_its_reason_in_chinese(window, store, qtbot, tmp_path, monkeypatch):
    """"failed …/a: b: no such file or folder" was split at the first ': ', so the window said
    未能导入 …/a：b: no such file or folder, the reason left in English."""
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    folder = tmp_path / "a: b"
    folder.mkdir()
    (folder / "report.wps").write_bytes(b"\xd0\xcf\x11\xe0")
    gone = tmp_path / "c: d"
    seen = import_box_in_chinese(window, qtbot, [str(folder), str(gone)])
    assert seen["text"].splitlines()[1:] == [
        f"未能导入 {folder}：其中（包括子文件夹）没有 .docx、.htm、.html、.markdown、.md、.mht、.mhtml、.ofd、.pdf、"
        ".text 或 .txt 文件，只有 1 个其他程序的文件（report.wps）：annotator 读取纯文本"
        "（.txt、.md、.markdown、.text）、Word .docx、PDF、OFD 和网页（.html、.htm、.mht），.doc、.wps、.rtf "
        "和 .odt 文件则通过 LibreOffice 读取，但本机未找到 LibreOffice："
        "请安装 LibreOffice（libreoffice.org）后再导入，或在命令行中用以下命令一次转换许多文件：soffice --headless "
        "--convert-to docx *.doc",
        f"未能导入 {gone}：没有这个文件或文件夹"]

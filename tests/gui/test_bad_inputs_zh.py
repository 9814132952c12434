"""Bad input given to the window in the Chinese interface, through its own actions (Import files,
Import folder, a drop, Open project, Export): each message is Chinese, names the file and says
the problem in one sentence, and what the project held before is all still there, nothing half-written."""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from annotator.core.errors import ProjectError
from annotator.core.store import Store
from annotator.gui import messages
from annotator.gui.dialogs import errors
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.main_window import MainWindow
from annotator.paths import DB_FILENAME
from tests.gui.conftest import DOCS, build_project

ENGLISH = re.compile(r"[A-Za-z]{4,}")
KEPT = {"database", "locked", "annotator", "restore", "SQLite"}  # SQLite's "database is locked", a command


@pytest.fixture
def said(window, monkeypatch, sync_tasks):
    """What the window shows in Chinese: its error boxes and its import summaries, as (title, text)."""
    seen: list[tuple[str, str]] = []
    window.details = []  # each error box's details (Show Details)
    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, details: (
        seen.append((title, message)), window.details.append(details))])
    monkeypatch.setattr(window, "show_error", types.MethodType(MainWindow.show_error, window))  # the real one
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: seen.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: seen.append((title, text)))
    window.commands.set_language("zh_CN")
    yield seen
    window.commands.set_language("en")


def held(folder) -> list[tuple]:
    """Everything the project holds that a failed import or export must leave as it was."""
    with Store.open(folder) as store:
        return [(d.name, store.document(d.id).text) for d in store.documents()] + sorted(
            (a.document_id, a.start, a.end, a.label, a.status) for a in store.annotations())


def plain_chinese(text: str, *paths) -> None:
    """Chinese, with no English but the paths named and the words of :data:`KEPT`."""
    assert re.search(r"[\u4e00-\u9fff]", text), text
    rest = text
    for path in paths:  # a path, and a file under it
        rest = re.sub(re.escape(str(path)) + r"[^\s；：'（）]*", "", rest)
    assert set(ENGLISH.findall(rest)) <= KEPT, text


@pytest.mark.parametrize("name,reason", [  # a gold.jsonl goes to Import annotations…: test_import_gold_beside.py
    ("report.odt", "是开放文档（ODT）文件；annotator 通过 LibreOffice 读取此类文件，但本机未找到 LibreOffice：请安装 "
                   "LibreOffice（libreoffice.org）后再导入，或在命令行中用以下命令一次转换许多文件：soffice --headless "
                   "--convert-to docx *.odt"),
    ("report.rtf", "是富文本（RTF）文档；annotator 通过 LibreOffice 读取此类文件，但本机未找到 LibreOffice：请安装 "
                   "LibreOffice（libreoffice.org）后再导入，或在命令行中用以下命令一次转换许多文件：soffice --headless "
                   "--convert-to docx *.rtf"),
    ("report.xls", "是工作簿：annotator 只从 .txt、.md、.markdown、.text、.docx、.html、.htm、.mht、.mhtml、.pdf "
                   "和 .ofd 文件读取文档"),
    ("report.pdf", "不是 PDF 文件（开头不是 %PDF-）"),
])
def test_a_file_of_another_kind_given_as_an_article_is_said_in_chinese(window, said, tmp_path, monkeypatch,
                                                                       name, reason):
    before = held(window.store.folder)
    path = tmp_path / name
    path.write_bytes(b'{"doc": "a.txt", "start": 0, "end": 3, "label": "DISTRICT"}\n')
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(path)], ""))
    window.window_actions["import_files"].trigger()  # Ctrl+I, the file dialog answered
    assert said == [("导入", f"已导入 0 篇文档\n未能导入 {path}：{reason}")]
    assert held(window.store.folder) == before


def test_a_drop_while_another_program_holds_the_write_lock_is_said_in_chinese(window, said, tmp_path, monkeypatch):
    monkeypatch.setattr(Store.open.__func__, "__kwdefaults__",
                        {**Store.open.__func__.__kwdefaults__, "busy_timeout_ms": 100})
    before = held(window.store.folder)
    first, second = tmp_path / "新的报告.txt", tmp_path / "另一篇.txt"
    first.write_text("同安区推进“智慧集美”平台建设，完成投资12亿元。", encoding="gb18030")
    second.write_text("翔安区新增规上工业企业20家。", encoding="utf-8")
    holder = sqlite3.connect(window.store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program's write transaction
    try:
        window.commands.drop([str(first), str(second)])  # the articles dropped on the window
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    (title, text), = said
    lines = text.split("\n")
    assert title == "导入" and len(lines) == 3, text
    failed = [line for line in lines if line.startswith("未能导入 ")]
    assert len(failed) == 1 and (f"{first}：" in failed[0] or f"{second}：" in failed[0]), text
    assert failed[0].endswith(f"{window.store.path}：标注工程正被另一个程序占用（database is locked），"
                              "0.1 秒内一直未释放；未保存任何内容——请重试")
    assert lines[2] == "已停止：无法写入标注工程，其后的 1 个文件没有尝试导入；此前导入的文档均已完整保存"
    plain_chinese(text, first, second, window.store.path)
    assert held(window.store.folder) == before  # nothing half-written
    assert window.doc_model.rowCount() == len(DOCS)


def export_through_the_menu(window, qtbot, out) -> str:
    """The Export action (Ctrl+E): the path typed into its dialog, Export clicked, the dialog closed;
    what the dialog then says under its fields."""
    shown: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.path.setText(str(out))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        shown.append(dialog.result_line.text())
        dialog.reject()

    QTimer.singleShot(0, answer)
    window.window_actions["export"].trigger()
    return shown[0]


def test_an_export_into_a_folder_that_does_not_exist_is_said_in_chinese(window, said, qtbot, tmp_path):
    before = held(window.store.folder)
    out = tmp_path / "没有的文件夹" / "导出.xlsx"
    result = export_through_the_menu(window, qtbot, out)
    assert said == [("正在导出", f"{out}：文件夹 {out.parent} 不存在；未写入任何内容")]
    assert result == "没有导出任何内容。"
    assert not out.parent.exists() and held(window.store.folder) == before


def test_an_export_over_a_folder_is_said_in_chinese(window, said, qtbot, tmp_path):
    out = tmp_path / "导出.xlsx"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    result = export_through_the_menu(window, qtbot, out)
    assert said == [("正在导出", f"{out}：是文件夹；请选择要写入的文件名；未写入任何内容")]
    assert result == "没有导出任何内容。"
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_an_export_over_a_file_open_elsewhere_replaces_it_whole(window, said, qtbot, tmp_path):
    out = tmp_path / "导出.xlsx"
    out.write_bytes(b"an old workbook")
    with open(out, "rb") as reader:  # another program reads it (POSIX: no lock stops the write)
        result = export_through_the_menu(window, qtbot, out)
        assert reader.read() == b"an old workbook"  # it reads the old file whole, never half of the new one
    assert said == [] and result.startswith(f"已写入 {out}：")
    assert out.read_bytes()[:2] == b"PK" and not list(tmp_path.glob(".*.part"))


def test_opening_a_copy_with_a_damaged_page_is_said_in_chinese_and_leaves_it_alone(window, said, tmp_path):
    from tests.core.test_damaged_projects import damage_a_page

    copy = tmp_path / "副本"
    shutil.copytree(build_project(tmp_path / "原本"), copy)
    damage_a_page(copy)
    damaged = (copy / DB_FILENAME).read_bytes()
    with pytest.raises(ProjectError) as refused:
        Store.open(copy)
    english = str(refused.value)
    assert not window.open_project(copy)
    (title, text), = said
    assert text.startswith(f"{copy / DB_FILENAME}：数据库已损坏，或不是标注工程数据库（SQLite 的原话见详细信息）；"
                           f"未向其写入任何内容——最新的备份是 {copy / 'backups'}"), text
    assert title == "无法打开标注工程" and text.endswith("；“标注工程 › 从备份恢复…”可将其恢复")
    plain_chinese(text, copy)  # SQLite's words ("database disk image is malformed") are under Show Details
    (details,) = window.details  # the same in English, labelled, as the English window says it: its menu, not a
    label, line = details.split("\n")  # terminal's command (annotator restore)
    assert label == "英文原文（报告问题时可引用）：" and "(database disk image is malformed)" in line
    assert line.startswith(english.partition(" — ")[0]) and "annotator restore" in english
    assert line.endswith("; Project › Restore from a backup… brings it back")
    assert (copy / DB_FILENAME).read_bytes() == damaged
    assert window.store.folder != copy  # the project open before stays open


ARTICLE = "厦门市湖里区计划投资55.1亿元建设松元产业园。全年地区生产总值增长5.1%。"
TRADITIONAL = "廈門市湖里區計劃投資建設松元產業園。全年地區生產總值增長。"


def test_a_folder_of_articles_in_every_encoding_and_of_bad_files(window, said, tmp_path, monkeypatch):
    """GBK, Big5 and UTF-16 without a byte-order mark are read; a binary, an empty file and one of
    white space only are each named with their reason, the rest imported whole."""
    folder = tmp_path / "报告"
    folder.mkdir()
    for name, data in [("gbk.txt", ARTICLE.encode("gbk")), ("big5.txt", TRADITIONAL.encode("big5")),
                       ("utf16.txt", ARTICLE.replace("厦门", "集美").encode("utf-16-le")),
                       ("binary.txt", bytes(range(256)) * 8), ("empty.txt", b""),
                       ("blank.txt", " \n\t\n\u3000\n".encode())]:
        (folder / name).write_bytes(data)
    before = held(window.store.folder)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    window.window_actions["import_folder"].trigger()
    (title, text), = said
    *lines, suggested = text.split("\n")  # with Suggest on import: what it added, last
    assert title == "导入" and lines == [
        "已导入 3 篇文档",
        f"未能导入 {folder / 'binary.txt'}：似乎是二进制文件（含有 NUL 字节），不是文本",
        f"未能导入 {folder / 'blank.txt'}：没有文字（只有空白）",
        f"未能导入 {folder / 'empty.txt'}：文件是空的"]
    assert suggested.startswith("3 篇文档：新增 ") and suggested.endswith(" —— 使用随程序附带的模型")
    after = held(window.store.folder)
    assert after[:len(DOCS)] == before[:len(DOCS)] and set(before[len(DOCS):]) <= set(after)  # what was there stays
    assert sorted(after[len(DOCS):len(DOCS) + 3]) == sorted([
        ("big5.txt", TRADITIONAL), ("gbk.txt", ARTICLE), ("utf16.txt", ARTICLE.replace("厦门", "集美"))])
    assert window.doc_model.rowCount() == len(DOCS) + 3


def test_an_export_named_for_a_format_annotator_does_not_write_is_refused_in_chinese(window, said, qtbot, tmp_path):
    """It wrote the chosen workbook's bytes under 报告.pdf (the dialog always names a format)."""
    out = tmp_path / "报告.pdf"
    result = export_through_the_menu(window, qtbot, out)
    assert said == [("未导出任何内容", f"{out}：annotator 不能写入 .pdf 文件；请把文件名改为 .xlsx（Excel）、.csv、"
                                       ".jsonl、.json（Label Studio）、.conll 或 .html；未写入任何内容")]
    assert result == "" and not out.exists()


def test_a_read_only_project_is_said_in_chinese(window, said, qtbot, tmp_path, monkeypatch):
    """chmod does not bind root: the store asks os.access, as it does on a read-only share. The
    window shows the project read-only, says so in Chinese, and refuses an edit in Chinese."""
    from annotator.gui.read_only import ReadOnlyNotice

    folder = build_project(tmp_path / "只读")
    before = sorted((p.name, p.read_bytes()) for p in folder.iterdir() if p.is_file())
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, *a, **k: (
        access(path, mode, *a, **k) and not (mode & os.W_OK and Path(path) == folder)))
    assert window.open_project(folder) and said == []
    assert window.store.folder == folder and window.store.read_only
    assert window.statusBar().findChild(ReadOnlyNotice).text() == "只读：无法保存更改"
    assert "（只读）" in window.windowTitle()
    window.open_document(window.doc_model.doc_ids()[0])
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    assert said == [("未保存", f"{folder}：标注工程是只读的（其文件夹或数据库文件无法写入），因此无法保存更改；"
                                "如需编辑，请把标注工程文件夹复制到可写入的位置——未作任何更改")]
    assert sorted((p.name, p.read_bytes()) for p in folder.iterdir() if p.is_file()) == before  # not a byte written


def test_a_docx_that_is_a_zip_bomb_is_said_in_chinese(window, said, tmp_path, monkeypatch):
    import zipfile

    from annotator.core.imports import word

    monkeypatch.setattr(word, "MAX_DOCX_UNCOMPRESSED", 2 * 2**20)  # 3 MB of zeros, not 130 MB, to refuse
    path = tmp_path / "报告.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<x/>")
        z.writestr("word/document.xml", b"\x00" * (3 * 2**20))
    before = held(window.store.folder)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(path)], ""))
    window.window_actions["import_files"].trigger()  # Ctrl+I, the file dialog answered
    assert said == [("导入", f"已导入 0 篇文档\n未能导入 {path}：解压后有 3 MB，可能是 zip 炸弹，已拒绝导入"
                             "（上限：全部内容 2 MB，正文 32 MB）")]
    assert held(window.store.folder) == before

"""The window's error boxes and its backup warning say the core's sentences in the Chinese interface
too (keeping the paths and what SQLite said): opening a folder that is no project or a damaged
database, an edit refused while another program holds the write lock or because it would overlap,
an undo refused, a label the label editor cannot delete. In English they stay as the core wrote them."""
from __future__ import annotations

import json
import re
import sqlite3
import types

import pytest
from PySide6.QtCore import Qt

from annotator.core.errors import ProjectError
from annotator.core.store import Store
from annotator.gui.dialogs import errors
from annotator.gui.dialogs.label_editor import LabelEditorDialog
from annotator.gui.main_window import MainWindow
from annotator.paths import DB_FILENAME
from tests.gui.conftest import build_project
from tests.gui.test_backup_warning import block_backups

CHINESE = re.compile(r"[\u4e00-\u9fff]")
Alt = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def shown(window, monkeypatch):
    """Every error box of the window, as (title, message, details), seen through dialogs.errors."""
    seen: list[tuple[str, str, str]] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda *a: seen.append(a)])
    monkeypatch.setattr(window, "show_error", types.MethodType(MainWindow.show_error, window))  # the real one
    return seen


@pytest.fixture
def zh(window, shown):
    window.commands.set_language("zh_CN")
    try:
        yield shown
    finally:
        window.commands.set_language("en")


def english_error(folder) -> str:
    with pytest.raises(ProjectError) as info:
        Store.open(folder)
    return str(info.value)


def test_a_folder_that_is_no_project_is_said_in_chinese_with_its_path(window, zh, tmp_path):
    folder = tmp_path / "报告 2024"
    folder.mkdir()
    assert not window.open_project(folder)
    title, message, _details = zh[-1]
    assert title == "无法打开标注工程"
    assert message.startswith(f"{folder}：不是 annotator 标注工程（没有 {DB_FILENAME}）")
    assert "not an annotator project" not in message and "Ctrl+N" in message and "annotator new" not in message
    assert window.store is not None  # the open project stays open


def test_in_english_the_box_says_what_the_core_wrote(window, shown, tmp_path):
    folder = build_project(tmp_path / "damaged")
    (folder / DB_FILENAME).write_bytes(b"garbage, not SQLite " * 300)
    assert not window.open_project(folder)
    assert shown[-1][:2] == ("Cannot open the project", english_error(folder))


def test_a_folder_that_is_no_project_says_how_the_window_makes_one(window, shown, tmp_path):
    """Not the command line's 'create one with annotator new …', which a user of Open project… cannot type."""
    folder = tmp_path / "nothing here"
    folder.mkdir()
    assert not window.open_project(folder)
    assert shown[-1][:2] == ("Cannot open the project", f"{folder}: not an annotator project (no {DB_FILENAME}); "
                                                        "Project › New project… (Ctrl+N) makes one")


def test_a_damaged_database_is_said_in_chinese_with_its_path(window, zh, tmp_path):
    folder = build_project(tmp_path / "damaged")
    (folder / DB_FILENAME).write_bytes(b"garbage, not SQLite " * 300)
    english = english_error(folder)
    assert not window.open_project(folder)
    message = zh[-1][1]
    assert message != english and CHINESE.search(message)
    assert message.startswith(f"{folder / DB_FILENAME}：不是 SQLite 数据库")
    assert "left untouched" not in message


def test_an_edit_while_another_program_holds_the_write_lock_is_said_in_chinese(window, zh, store, qtbot):
    window.store.conn.execute("PRAGMA busy_timeout = 50")  # not the 10 s a user waits
    window.store.busy_timeout_ms = 50
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    city = window.selected_id
    holder = sqlite3.connect(window.store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        qtbot.keyClick(window.text_view, Qt.Key.Key_Return)  # accept: refused, the lock is held
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    title, message, _details = zh[-1]
    assert title == "未保存"
    assert message == (f"{window.store.path}：标注工程正被另一个程序占用（database is locked），0.05 秒内一直未释放；"
                       "未保存任何内容——请重试")
    assert window.statusBar().currentMessage() == message  # the status line says it too
    assert store.annotation(city).status == "suggested"


def test_an_overlap_and_a_refused_undo_are_said_in_chinese(window, zh, store, qtbot):
    view = window.text_view
    view.select_range(3, 6)
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT 湖里区 beside the suggested 厦门市
    window.select_annotation(next(a.id for a in store.annotations(window.doc_id) if a.text == "厦门市"))
    shown = len(zh)
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt)  # its end into 湖里区: refused, in the status bar
    assert len(zh) == shown and window.statusBar().currentMessage() == (
        "地区 '厦门市湖'（0-4）与地区 '湖里区'（3-6）重叠；同一标注者同一标签的标注不能重叠")
    window.select_annotation(next(a.id for a in store.annotations(window.doc_id) if a.text == "湖里区"))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    store.add_annotation(window.doc_id, 3, 6, "DISTRICT", annotator="tester")  # another program takes its place
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the delete: refused
    message = zh[-1][1]
    assert message.startswith("无法撤销“") and "：地区 '湖里区'（3-6）与地区 '湖里区'（3-6）重叠；" in message
    assert "overlaps" not in message


def test_the_label_editors_refusal_is_said_in_chinese(window, zh, qtbot):
    dialog = LabelEditorDialog(window.store, window, window.ops)
    qtbot.addWidget(dialog)
    row = [dialog.label_at(r).name for r in range(dialog.table.rowCount())].index("DISTRICT")
    assert not dialog.delete_row(row)  # DISTRICT has spans
    used = len(window.store.annotations(labels=["DISTRICT"]))
    assert zh[-1][:2] == ("未删除标签", f"已保留标签 地区：{window.store.folder} 中有 {used} 条标注使用它；"
                                   "请先改标或删除这些标注")  # not 'or rename it': a schema label keeps its name
    assert dialog.add_label("新标签") is not None and dialog.add_label("新标签") is None
    assert zh[-1][1] == "标签 新标签 已存在"


def test_the_backup_warning_follows_the_language(window, qtbot, tmp_path):
    window.session_backup.wait()
    folder = window.store.folder
    assert window.open_project(build_project(tmp_path / "other"))  # (the open project chosen again stays open)
    window.session_backup.wait()
    block_backups(folder)
    window.commands.set_language("zh_CN")
    try:
        assert window.open_project(folder)  # a new session: its backup fails
        qtbot.waitUntil(window.backup_warning.isVisible)
        said = window.backup_warning.text()
        assert re.fullmatch(rf"⚠ {re.escape(str(folder / DB_FILENAME))} 的自动备份失败：.+", said)
    finally:
        window.commands.set_language("en")
    qtbot.waitUntil(lambda: window.backup_warning.text() == f"⚠ {window.backup_warning.error}")  # said again
    assert window.backup_warning.text().startswith(f"⚠ automatic backup of {folder / DB_FILENAME} failed: ")


GBK = "厦门市湖里区计划投资55.1亿元建设松元产业园。".encode("gb18030")
LONG = "厦门市湖里区政府工作报告。全年地区生产总值增长5.1%，投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业"


@pytest.mark.parametrize("data,encoding,chinese", [
    (GBK[:-1], None, "在一个字符的中间结束：按 gb18030 可以读取"),  # cut off
    (GBK, "utf-8", "不是 UTF-8 文本（所选编码：utf-8）：无法按 utf-8 解码（字节 0："),  # the encoding chosen: no fit
    (GBK[:-1] + b"\x80", "big5", "不是 Big5 文本（所选编码：big5）：无法按 big5 解码（字节 "),  # …nor reads as another
    (b"\xef\xbb\xbf" + GBK, None, "以 utf-8-sig 编码标记开头，但不是有效的 utf-8-sig 编码（字节 3）"),
    (LONG.encode("gbk") * 20 + LONG.encode() * 2, None, "按所试的各种编码（UTF-8、GB18030、Big5、UTF-16）都读不出"),
    (GBK * 40 + "湖里区建".encode() + GBK, None, "混用了多种编码：大部分按 gb18030 读取"),
    (b"abc\xe9", None, "无法判断其编码：它不是 UTF-8、GB18030 或 Big5 文本；按 UTF-16 能读作（'慢揩'）似乎只是巧合"),
    ((LONG + "\n").encode() * 20 + b"\x00", None, "含有 1 个 NUL 字符（第一个在第 21 行第 1 列），文本中不应有"),
])
def test_a_file_that_cannot_be_read_is_said_in_chinese_with_its_path(window, zh, tmp_path, data, encoding, chinese):
    from annotator.core.imports.documents import import_files
    from annotator.gui.summaries import summary_text

    path = tmp_path / "报告.txt"
    path.write_bytes(data)
    with Store.open(window.store.folder) as store:
        line = import_files(store, [path], encoding=encoding).lines()[-1]
    assert line.startswith(f"failed {path}: ")
    said = summary_text(line)
    assert said.startswith(f"未能导入 {path}：{chinese}"), said
    codec_said = re.sub(r"（字节 \d+：[^）]*）", "", said)  # Python's reason for a byte stays as it said it
    assert not re.search(r"[a-z]{4,}", codec_said.replace(str(path), "").replace("--encoding", "")), said


def test_a_conll_export_that_left_spans_out_is_said_in_chinese(window, zh):
    from annotator.gui.summaries import summary_text

    line = ("wrote 2 document(s), 3 sentence(s) to /tmp/out.conll; warning: 1 span(s) inside or across a longer "
            "one left out (BIO has one tag a character)")
    assert summary_text(line) == ("已将 2 篇文档、3 个句子写入 /tmp/out.conll；注意：1 条位于更长标注之内"
                                  "或与之交叉的标注未写入（BIO 每个字只有一个标签）")
    plain = "wrote 2 document(s), 3 sentence(s) to /tmp/out.conll"
    assert summary_text(plain) == "已将 2 篇文档、3 个句子写入 /tmp/out.conll"


def test_the_note_on_spans_exported_once_for_each_annotator_is_said_in_chinese(window, zh):
    from annotator.gui.summaries import summary_text

    line = ("note: 13 span(s) are exported once for each annotator who marked them ('li', 'wang'), so counts and "
            "sums take them more than once; --annotator NAME exports one annotator's")
    said = summary_text(line)
    assert said.startswith("注意：13 个标注由多名标注者标在同一处（'li', 'wang'）") and "重复计算" in said, said


def test_an_import_cancelled_within_a_file_is_said_in_chinese(window, zh, tmp_path, monkeypatch):
    from annotator.core.imports import annotations
    from annotator.gui.summaries import summary_text

    monkeypatch.setattr(annotations, "BATCH_LINES", 1)
    path = tmp_path / "多.jsonl"
    path.write_text("".join(json.dumps({"name": f"d{i}.txt", "text": f"思明区第{i}份。", "label": [[0, 3, "DISTRICT"]]},
                                       ensure_ascii=False) + "\n" for i in range(3)), encoding="utf-8")
    with Store.open(window.store.folder) as store:
        before = len(store.documents())
        line = annotations.import_annotations(store, [path],
                                              cancelled=lambda: len(store.documents()) > before).lines()[-1]
    assert summary_text(line) == ("已取消：多.jsonl 读到第 1 行（共 3 行），其余各行和之后的文件没有导入"
                                  "（再次导入只会补上缺少的部分）")


@pytest.mark.parametrize("line", ["wrote 4,000 line(s) to /p/out.jsonl", "wrote 120,347 row(s) to /p/out.csv",
                                  "imported 2,950 document(s)",
                                  "wrote /p/out.xlsx: 1,100 annotation(s) in 1 document(s); 1,100 fact(s); "
                                  "1,100 amount(s) totalling 1.00 亿元"])
def test_counts_over_a_thousand_in_what_the_core_wrote_are_said_in_chinese(zh, line):
    """The core writes 4,000 since the counts of review, import and export have separators: each line is still
    read into Chinese (a rule reading digits alone said it as an error of the program)."""
    from annotator.gui.summaries import summary_text

    said = summary_text(line)
    assert re.search(r"[\u4e00-\u9fff]", said) and "wrote" not in said and "imported" not in said, said
    assert all(n in said for n in re.findall(r"\d{1,3}(?:,\d{3})+", line)), said


def test_a_reflow_with_a_count_of_zero_is_said_without_it_in_chinese(window, zh):
    """"re-flowed 17 wrapped line(s) in 1 document(s) …" (no page lines removed) and the reverse each have
    their Chinese: it said "并删除 0 行页码或页眉"."""
    from annotator.gui.summaries import summary_text

    joined = summary_text("re-flowed 17 wrapped line(s) in 1 document(s) laid out in pages (PDF, OFD)")
    removed = summary_text("removed 3 page-number or header line(s) in 2 document(s) laid out in pages (PDF, OFD)")
    assert joined == "已将 1 篇版式文档（PDF、OFD）中 17 处折行接回原段落", joined
    assert removed == "已删除 2 篇版式文档（PDF、OFD）中 3 行页码或页眉", removed

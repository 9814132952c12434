"""The window's error boxes named commands of the terminal: a damaged project 'the newest backup is …;
'annotator restore P' brings it back' (the window could not restore a project that does not open: Restore from a
backup… was greyed with no project open), a report given to Import annotations… ('documents are imported with
'annotator import''), a folder that is no project ('create one with 'annotator new P''), a table of metadata
naming no document ('`annotator documents P` lists their names'). They now name the window's way, in English and
Chinese, and Project › Restore from a backup… restores a project that does not open, its folder asked for."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from annotator.core.store import Store, backup
from annotator.gui.core_errors import error_line
from annotator.gui.dialogs import errors
from annotator.gui.line_reasons import line_reason
from annotator.paths import DB_FILENAME
from tests.core.test_damaged_projects import damage_a_page
from tests.gui.conftest import build_project
from tests.gui.terminal_advice import terminal_advice
from tests.gui.test_project_io import Answers
from tests.gui.test_restore_damaged_backup import choose


def core_lines(tmp_path) -> list[str]:
    """What the core says of a report given as annotations, a folder with no project, a table's unknown document."""
    return ["a .txt file is a document, not annotations: documents are imported with 'annotator import', "
            "annotations from .json, .jsonl or .xlsx files",  # said without its path (the report's line names it)
            f"{tmp_path}: not an annotator project (no {DB_FILENAME}); create one with 'annotator new {tmp_path}'",
            f"{tmp_path}/meta.csv: row 3: the project holds no document 'nowhere.txt' (`annotator documents P` lists "
            "their names); nothing was stored"]


def test_core_errors_name_the_menu_items(qapp, tmp_path):
    first, *rest = core_lines(tmp_path)
    said = [line_reason(first), *(error_line(line) for line in rest)]
    assert [terminal_advice(text) for text in said] == [[], [], []], said
    assert "documents are imported with Project › Import files…, annotations from" in said[0], said[0]
    assert said[1].endswith("; Project › New project… (Ctrl+N) makes one"), said[1]
    assert "(the document list shows their names)" in said[2], said[2]


@pytest.mark.usefixtures("chinese_of_checkout")
def test_core_errors_name_the_menu_items_in_chinese(tmp_path):
    first, *rest = core_lines(tmp_path)
    said = [line_reason(first), *(error_line(line) for line in rest)]
    assert [terminal_advice(text) for text in said] == [[], [], []], said
    assert "文档用“标注工程 › 导入文件…”导入" in said[0], said[0]
    assert said[1].endswith("；标注工程 › 新建标注工程…（Ctrl+N）可新建一个"), said[1]
    assert "（文档列表列出了各文档的名称）" in said[2], said[2]


@pytest.fixture
def damaged(tmp_path):
    """A project with a backup, a page of its database then overwritten: it does not open."""
    folder = build_project(tmp_path / "报告")
    with Store.open(folder) as store:
        made = backup.backup(store.conn, store.folder, reason="hourly")
        names = sorted(d.name for d in store.documents())
    damage_a_page(folder)
    return folder, made, names


@pytest.fixture
def empty_window(qtbot, settings, monkeypatch):
    from annotator.gui.main_window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "HOOKS", [lambda title, message, _details: said.append((title, message))])
    w.said = said
    yield w
    w.session_backup.wait()
    if w.store is not None:
        w.store.close()


def open_and_restore(window, monkeypatch, damaged) -> str:
    folder, made, names = damaged
    assert not window.open_project(folder)
    (title, text), = window.said
    restore = window.window_actions["restore"]
    assert restore.isEnabled()  # with no project open
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    with Answers(choose(made), choose(made), lambda box: box.accept()) as answers:  # the backup, Yes, Restored
        restore.trigger()
    assert len(answers.seen) == 3 and window.said == [(title, text)], (answers.seen, window.said)
    assert window.store is not None and window.store.folder.resolve() == folder.resolve()
    assert sorted(d.name for d in window.store.documents()) == names
    return text


def test_a_project_that_does_not_open_is_restored_as_its_box_says(empty_window, monkeypatch, damaged):
    text = open_and_restore(empty_window, monkeypatch, damaged)
    assert text.endswith("; Project › Restore from a backup… brings it back") and not terminal_advice(text), text


def test_a_project_that_does_not_open_is_restored_as_its_box_says_in_chinese(empty_window, monkeypatch, damaged):
    empty_window.commands.set_language("zh_CN")
    try:
        text = open_and_restore(empty_window, monkeypatch, damaged)
    finally:
        empty_window.commands.set_language("en")
    assert text.endswith("；“标注工程 › 从备份恢复…”可将其恢复") and not terminal_advice(text), text


def test_a_read_only_projects_greyed_restore_comes_back_once_it_closes(empty_window, tmp_path):
    folder = build_project(tmp_path / "p")
    assert empty_window.open_project(folder)
    empty_window.window_actions["restore"].setEnabled(False)  # as a read-only project's (gui/read_only.py)
    empty_window._close_project()
    assert empty_window.window_actions["restore"].isEnabled()

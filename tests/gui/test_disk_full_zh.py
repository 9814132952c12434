"""A write the disk refuses (full while importing, saving an edit or exporting) is said wholly in
Chinese in the Chinese interface: the sentence was Chinese but kept what SQLite or the system said
in English inside it (无法写入（database or disk is full）；未保存任何内容)."""
from __future__ import annotations

import errno
import os
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from annotator.core import writing
from tests.gui.test_bad_inputs_zh import export_through_the_menu, held, plain_chinese
from tests.gui.test_bad_inputs_zh import said as said  # noqa: F401 - the fixture

FULL = "database or disk is full"


class _FullOnWrite(sqlite3.Connection):
    """A connection (an import's, in the background) whose writes fail as on a full disk."""

    def execute(self, sql, *args):
        if sql.startswith("BEGIN"):
            raise sqlite3.OperationalError(FULL)
        return super().execute(sql, *args)


class _FullWindowConnection:
    """The window's own connection: read as ever, every write refused as on a full disk."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql, *args):
        if sql.startswith("BEGIN"):
            raise sqlite3.OperationalError(FULL)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def _full_disk(window, monkeypatch) -> None:
    monkeypatch.setattr(window.store, "conn", _FullWindowConnection(window.store.conn))
    real = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda where, *a, **k: real(where, *a, factory=_FullOnWrite, **k))


def test_an_import_and_an_edit_on_a_full_disk_are_said_in_chinese(window, said, tmp_path, monkeypatch, qtbot):
    folder = window.store.folder
    before = held(folder)
    path = tmp_path / "新报告.txt"
    path.write_text("厦门市计划投资5亿元。", encoding="utf-8")
    _full_disk(window, monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(path)], ""))
    window.window_actions["import_files"].trigger()  # Ctrl+I, the file dialog answered
    (title, text), = said
    assert title == "导入" and "磁盘已满" in text, text
    plain_chinese(text, path, folder)
    said.clear()
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # the next suggestion, accepted: not saved
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    (title, text), = said
    assert title == "未保存" and text.endswith("：无法写入（磁盘已满）；未保存任何内容"), text
    plain_chinese(text, folder)
    monkeypatch.undo()
    assert held(folder) == before


def test_an_edit_on_a_disk_measured_full_says_its_space_left_in_chinese(window, said, monkeypatch, qtbot):
    """"无法写入（磁盘已满）" became the command line's words for a full disk, the space left with them."""
    import types

    from annotator.core.store import disk

    monkeypatch.setattr(disk.shutil, "disk_usage", lambda _folder: types.SimpleNamespace(free=12_000))
    _full_disk(window, monkeypatch)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    (title, text), = said
    assert title == "未保存" and text.endswith("：标注工程所在的磁盘已满（剩余 12 KB）；未保存任何内容"), text


def test_an_export_on_a_full_disk_is_said_in_chinese(window, said, qtbot, tmp_path, monkeypatch):
    def full(*_args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(writing.os, "replace", full)
    out = tmp_path / "导出.jsonl"
    result = export_through_the_menu(window, qtbot, out)
    (title, text), = said
    assert text == f"{out}：无法写入（磁盘已满）；未作任何更改", text
    assert result == "没有导出任何内容。" and not out.exists()


def test_an_export_to_a_read_only_mount_is_said_as_the_full_disk_is(window, said, qtbot, tmp_path, monkeypatch):
    def read_only(*_args):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(writing, "_create_part", read_only)
    out = tmp_path / "导出.jsonl"
    result = export_through_the_menu(window, qtbot, out)
    (_title, text), = said
    assert text.startswith(f"{out}：无法在此写入（") and text.endswith("）；未作任何更改"), text
    assert result == "没有导出任何内容。" and not out.exists()


def test_suggestions_whose_links_the_full_disk_refused_are_said_in_chinese(window, said, monkeypatch):
    from annotator.core.store import links as store_links

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError(FULL)

    monkeypatch.setattr(store_links.LinkQueries, "add_links", full)
    window.window_actions["suggest"].trigger()
    (_title, text), = said
    assert text.endswith("：无法写入（磁盘已满）；未保存任何内容——写入的是关联建议；"
                         "片段的建议已保存：再运行一次建议即可建议它们的关联"), text
    plain_chinese(text, window.store.folder)

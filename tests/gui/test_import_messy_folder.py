"""A researcher's messy folder imported in the window with the Chinese interface: every file that
did not go in is one line of the box, with its path and why in Chinese; the rest is in the list."""
from __future__ import annotations

import os
import re

import pytest

from annotator.core.imports import documents
from annotator.gui import tasks
from tests.gui.test_import_summary import import_box_in_chinese

ENGLISH_WORDS = re.compile(r"\b(?:is|was|the|it|not|and|from|a)\b")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes and symbolic links")
def test_every_odd_file_of_a_folder_is_said_in_chinese_on_one_line(window, store, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", True)
    window.settings.suggest_on_import = False
    folder = tmp_path / "收集"
    folder.mkdir()
    (folder / "好的.txt").write_text("河池市计划投资５亿元。", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "cut.docx").write_bytes(b"PK\x03\x04" + bytes(100))
    (folder / "secret.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (folder / "gone.txt").write_text("将要消失。", encoding="utf-8")
    real = documents.read_file

    def read_after_it_went(path, encoding=None, cancelled=None, pages=None):  # the file goes after it was listed
        if path.name == "gone.txt":
            path.unlink()
        return real(path, encoding, cancelled, pages)

    monkeypatch.setattr(documents, "read_file", read_after_it_went)
    seen = import_box_in_chinese(window, qtbot, [str(folder)])
    lines = seen["text"].splitlines()
    assert lines[0] == "已导入 1 篇文档" and len(lines) == 6, lines
    for line in lines[1:]:
        path, _sep, why = line.partition("：")
        assert str(folder) in path, line
        assert not ENGLISH_WORDS.search(why.replace("Word", "").replace("WPS", "")), line
    assert store.document_id_by_name("好的.txt") is not None

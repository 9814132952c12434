"""Project › Keep line breaks as in the file on import (``annotator import --keep-lines`` in the
window): checked, text copied from a PDF is stored as the file has it; unchecked, it is re-flowed and
its spaced Chinese joined back, and the import box says how to keep it. The choice is remembered."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from annotator.gui import messages
from annotator.gui.settings import Settings
from tests.core.test_import_reflow import pdf_like
from tests.core.test_import_spacing import spaced


def _choose_in_menu(window, qtbot) -> None:
    """Project › Keep line breaks… chosen with the keyboard in the open menu (its &B)."""
    menu = window.window_actions.menus["menu_project"]
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: not menu.isVisible())


def _import(window, qtbot, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(path)], ""))
    window.activateWindow()
    qtbot.keyClick(window.text_view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Project › Import files…


def _stored(store, name: str) -> str | None:
    doc_id = store.document_id_by_name(name)
    return None if doc_id is None else store.document(doc_id).text


def test_checked_the_pdfs_text_is_stored_as_it_is_and_the_choice_is_remembered(window, store, qtbot, tmp_path,
                                                                              monkeypatch):
    window.settings.suggest_on_import = False
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    action = window.window_actions["keep_lines_on_import"]
    assert action in window.window_actions.menus["menu_project"].actions() and action.isCheckable()
    assert not action.isChecked() and not window.settings.keep_lines_on_import  # re-flowing is the default
    _choose_in_menu(window, qtbot)
    assert action.isChecked() and window.settings.keep_lines_on_import
    assert Settings().keep_lines_on_import  # remembered: read again from the settings' file
    wrapped = tmp_path / "jimei_2024.txt"
    wrapped.write_text(spaced(pdf_like()), encoding="utf-8")
    _import(window, qtbot, monkeypatch, wrapped)
    qtbot.waitUntil(lambda: _stored(store, "jimei_2024.txt") is not None)
    assert _stored(store, "jimei_2024.txt") == spaced(pdf_like())  # byte for byte, as the file has it
    assert boxes == []  # nothing to say: the status bar told the count

    _choose_in_menu(window, qtbot)  # unchecked again: the next import re-flows
    assert not action.isChecked() and not Settings().keep_lines_on_import
    again = tmp_path / "jimei_2024_copy.txt"
    again.write_text(spaced(pdf_like()) + "\n", encoding="utf-8")  # other bytes: the same ones, read any way
    # before, are passed over by an import asking no reading (core/imports/file_keys.py)
    _import(window, qtbot, monkeypatch, again)
    qtbot.waitUntil(lambda: bool(boxes))
    stored = _stored(store, "jimei_2024_copy.txt")
    assert stored is not None and "松元产业园" in stored and "55.1亿元" in stored and "— 2 —" not in stored
    title, text = boxes[0]
    assert text.startswith("imported 1 document(s)\nre-flowed ") and "removed the spaces between" in text, text
    assert text.endswith("check Project › Keep line breaks as in the file on import, open the document and choose "
                         "Project › Import the open document again…."), text
    assert QApplication.activeModalWidget() is None


def test_the_import_box_in_chinese_says_what_was_done_and_how_to_keep_it(window, store, qtbot, tmp_path,
                                                                          monkeypatch):
    window.settings.suggest_on_import = False
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "information", lambda _parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(messages, "warning", lambda _parent, title, text: boxes.append((title, text)))
    path = tmp_path / "huli_2024.txt"
    path.write_text(spaced(pdf_like()), encoding="utf-8")
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.window_actions["keep_lines_on_import"].text() == "导入时保留文件原有的换行(&B)")
        window.commands.import_paths([str(path)])
        qtbot.waitUntil(lambda: bool(boxes))
    finally:
        window.commands.set_language("en")
    lines = boxes[0][1].split("\n")
    assert lines[0] == "已导入 1 篇文档" and lines[1].startswith("已将 1 篇版式文档（PDF、OFD）中"), lines
    assert lines[2].startswith("已删除 1 篇版式文档（PDF、OFD）中 ") and lines[2].endswith(" 行汉字之间的空格"), lines
    assert lines[3] == ("如要保留文件原有的换行并保留已接受的标注：勾选“标注工程 › 导入时保留文件原有的换行”，"
                        "打开该文档，再选择“标注工程 › 重新导入打开的文档…”。")
    assert "松元产业园" in store.document(store.document_id_by_name("huli_2024.txt")).text

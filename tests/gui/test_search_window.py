"""Search all documents (Ctrl+Shift+F) from the window: a name broken over two lines or by a
stray space is found as the document's Find finds it, and activating a hit selects exactly the
text found (code points, after characters outside the BMP)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.imports.text import sha256, title_of
from annotator.core.models import Document
from annotator.core.store import Store
from tests.gui.test_find_long import type_chinese

TEXTS = {"a.txt": "湖里区的项目。\n",
         "b.txt": "开头😀说明\n𠀋村今年的ＧＤ\nＰ增长8%，建设松元产\n  业园。",
         "c.txt": "集美区建设松元 产业园，gdp增长。"}
Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def open_search(window, qtbot, tmp_path):
    folder = tmp_path / "search"
    with Store.create(folder) as store:
        for name, text in TEXTS.items():
            store.add_document(Document(None, name, title_of(text), text, sha256=sha256(text)))
    assert window.open_project(folder)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl | Shift)
    dialog = window.commands._search_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is dialog.query)
    return dialog


def activate_row(qtbot, dialog, row: int) -> None:
    item = dialog.results.topLevelItem(row)
    rect = dialog.results.visualItemRect(item)
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.results.currentItem() is item
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)  # Enter on the hit opens it


def test_a_typed_query_finds_a_broken_full_width_word_and_selects_exactly_it(window, qtbot, tmp_path):
    dialog = open_search(window, qtbot, tmp_path)
    qtbot.keyClicks(dialog.query, "gdp")  # QtTest types ASCII only
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy())  # searched in the worker
    assert dialog.results.topLevelItemCount() == 2
    assert [dialog.results.topLevelItem(i).text(2) for i in range(2)] == ["ＧＤ Ｐ", "gdp"]
    activate_row(qtbot, dialog, 0)
    text = TEXTS["b.txt"]
    qtbot.waitUntil(lambda: window.doc_id == window.store.document_id_by_name("b.txt"))
    start = text.index("ＧＤ")
    assert window.text_view.selection_cp() == (start, start + 4)
    assert window.text_view.textCursor().selectedText() == "ＧＤ\u2029Ｐ"  # Qt's paragraph separator: the line break


def test_a_chinese_name_broken_by_a_line_break_or_a_space_is_found_and_selected(window, qtbot, tmp_path):
    dialog = open_search(window, qtbot, tmp_path)
    type_chinese(dialog.query, "松元产业园")  # as an input method commits it
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy())  # searched in the worker
    assert [dialog.results.topLevelItem(i).text(0) for i in range(dialog.results.topLevelItemCount())] == [
        "b.txt", "c.txt"]
    for row, name, found in ((0, "b.txt", "松元产\n  业园"), (1, "c.txt", "松元 产业园")):
        activate_row(qtbot, dialog, row)
        qtbot.waitUntil(lambda n=name: window.doc_id == window.store.document_id_by_name(n))
        start = TEXTS[name].index(found)
        assert window.text_view.selection_cp() == (start, start + len(found))

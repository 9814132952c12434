"""The Annotations table with no row says why: the document has no spans yet (and how to make some), or
the filters above leave none (it was a blank white box either way); the document list alike (a filter
or Open suggestions only leaving no document); in English and in Chinese."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import type_chinese


def inked(table) -> int:
    """The pixels of the table's empty viewport that are not its background: its sentence painted."""
    image = table.viewport().grab().toImage()
    base = table.viewport().palette().color(table.viewport().backgroundRole()).rgb()
    return sum(image.pixel(x, y) != base for y in range(0, image.height(), 2) for x in range(0, image.width(), 2))


def test_a_filter_that_leaves_no_row_is_said_and_cleared_the_rows_come_back(window, qtbot):
    table, field = window.table, window.table_filter.text_edit
    assert table.model().rowCount() and table.empty_text() == ""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClicks(field, "zzz")
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert table.empty_text().startswith("No span matches the filters above")
    assert inked(table) > 50  # said in the table, not only known
    field.clear()
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    assert table.empty_text() == ""


def test_a_document_without_spans_says_how_to_make_some(window, qtbot):
    window.open_document(window.store.document_id_by_name("c.txt"))
    assert window.table.model().rowCount() == 0
    assert window.table.empty_text() == ("No spans in this document yet: select text and press 1–4 to label it, "
                                         "or run suggestions (F5).")
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.table.empty_text().startswith("本文档还没有标注"))
        field = window.table_filter.text_edit
        type_chinese(field, "湖里")  # with no span at all: still "no spans yet", not the filters'
        assert window.table.empty_text().startswith("本文档还没有标注")
    finally:
        window.commands.set_language("en")


def test_the_document_list_says_why_it_lists_none(window, qtbot):
    panel = window.panel
    assert panel.empty_text() == ""
    qtbot.mouseClick(panel.open_only, Qt.MouseButton.LeftButton)  # a.txt and b.txt have open suggestions
    qtbot.mouseClick(panel.filter_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.filter_edit, "c.txt")  # c.txt has none
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0)
    assert panel.empty_text() == "No document with open suggestions has “c.txt” in its name, title or date."
    assert inked(panel.view) > 50
    qtbot.mouseClick(panel.open_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    assert panel.empty_text() == ""
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "zzz")
    assert panel.empty_text() == "No document has “zzz” in its name, title or date."
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: panel.open_only.text() == "仅显示有待审建议的文档")
        assert panel.empty_text() == "没有哪篇文档在名称、标题或日期中含有“zzz”。"
        panel.filter_edit.clear()
        open_ids = [a.id for a in window.store.annotations() if a.status == "suggested"]
        window.store.set_status(open_ids, "accepted")  # every suggestion decided (by another program): none open
        qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
        qtbot.mouseClick(panel.open_only, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0)
        assert panel.empty_text().startswith("已没有含待审建议的文档")
    finally:
        window.commands.set_language("en")

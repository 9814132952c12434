"""The Annotations table with no row says why: the document has no spans yet (and how to make some), or
the filters above leave none (it was a blank white box either way), in English and in Chinese."""
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

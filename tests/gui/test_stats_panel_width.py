"""The Statistics panel beside the article, hidden and shown again, comes back at the width it had
(at 1024 px Qt gave it less each time: 156, 100, then 68 px, its tables cut and scrolled sideways)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def statistics_at_1024(window, qtbot):
    """The window 1024 px wide and the Statistics panel shown by its key (Ctrl+Shift+S): the panel."""
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    return window.statistics


def _settled(window, qtbot) -> tuple[int, list[int]]:
    """The panel's width and the panes' sizes once the window has laid them out."""
    seen: list[tuple[int, list[int]]] = []

    def steady() -> bool:
        seen.append((window.statistics.width(), window.main_splitter.sizes()))
        return len(seen) > 3 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(steady)
    return seen[-1]


def test_statistics_hidden_and_shown_again_come_back_at_their_width(window, qtbot):
    for width, height in ((1024, 768), (1366, 768)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # shown
        panel = window.statistics
        assert panel.isVisible()
        first = _settled(window, qtbot)
        for _ in range(2):
            qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # hidden
            qtbot.waitUntil(lambda: not window.statistics.isVisible())
            _settled(window, qtbot)
            panel.toggleViewAction().trigger()  # View › Statistics: shown again
            assert panel.isVisible()
            assert _settled(window, qtbot) == first, (width, first)
        qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
        qtbot.waitUntil(lambda: not window.statistics.isVisible())


def _fits(panel) -> bool:
    """Nothing of the panel is out of sight sideways: no sideways scrolling, every table's columns
    within its width."""
    if panel.widget().horizontalScrollBar().maximum() > 0:
        return False
    for table in (panel.doc_table, panel.project_table):
        shown = [table.columnWidth(c) for c in range(table.columnCount()) if not table.isColumnHidden(c)]
        if sum(shown) > table.viewport().width():
            return False
    return True


def test_statistics_at_their_narrowest_neither_scroll_sideways_nor_cut_a_column(window, qtbot):
    from tests.gui.conftest import open_text

    text = "厦门市湖里区计划投资55.1亿元建设松元产业园，集美区新增1,035家规上工业企业。\n" * 40
    open_text(window, window.store, qtbot, text, name="binzhou_2024_government_work_report.txt")
    panel = statistics_at_1024(window, qtbot)
    qtbot.waitUntil(lambda: "binzhou_2024" in panel.doc_title.toolTip() + panel.doc_title.text())
    _settled(window, qtbot)
    assert _fits(panel)
    window.resizeDocks([panel], [1], Qt.Orientation.Horizontal)  # dragged as narrow as the window lets it
    qtbot.waitUntil(lambda: panel.width() < 150)
    _settled(window, qtbot)
    assert _fits(panel), panel.width()
    title = panel.doc_title
    assert title.toolTip() == "This document: binzhou_2024_government_work_report.txt"
    assert title.text().endswith("…") and title.width() <= panel.widget().viewport().width()
    header = panel.doc_table.horizontalHeaderItem(1)
    assert header.toolTip() == "Accepted"  # whole where the column elides it


@pytest.mark.parametrize("language, whole", [("en", ("Accepted", "Open", "Rejected")),
                                             ("zh_CN", ("已接受", "待审", "已拒绝"))])
def test_a_narrow_column_shows_its_short_header_not_an_empty_one(window, qtbot, qapp, language, whole):
    """At 1024 px the Accepted and Rejected columns were about 17 px and their headers showed nothing
    ("A…" does not fit): a short form fits (Acc., then A; 接受, then 接), the whole in the tooltip."""
    from annotator.gui.i18n import install_translator
    from tests.gui.conftest import open_text

    install_translator(qapp, language)
    try:
        open_text(window, window.store, qtbot, "厦门市湖里区计划投资55.1亿元建设松元产业园。\n" * 10, name="a.txt")
        panel = statistics_at_1024(window, qtbot)
        window.resizeDocks([panel], [1], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: panel.width() < 150)
        _settled(window, qtbot)
        table = panel.doc_table
        metrics = table.horizontalHeader().fontMetrics()
        for column, name in enumerate(whole, start=1):
            item = table.horizontalHeaderItem(column)
            assert item.toolTip() == name
            shown = item.text()
            assert shown and "…" not in shown, (column, shown, table.columnWidth(column))
            assert metrics.horizontalAdvance(shown) <= table.columnWidth(column) - 6
        assert any(table.horizontalHeaderItem(c).text() != w for c, w in enumerate(whole, start=1))  # narrow indeed
    finally:
        install_translator(qapp, "en")


def test_a_four_digit_count_stays_whole_in_the_narrowest_panel(window, qtbot):
    """Dragged to its narrowest, a table cut 1,035 open suggestions to "1,…" and its Rejected column at
    the panel's edge (the six reports' project, in a screenshot): a table's least width holds every count."""
    from annotator.core.models import Suggestion
    from tests.gui.conftest import open_text

    doc = open_text(window, window.store, qtbot, "湖里区" * 1035 + "\n", name="a.txt")
    window.store.add_suggestions(doc, [Suggestion(3 * i, 3 * i + 3, "DISTRICT", "湖里区", origin="test")
                                       for i in range(1035)])
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)  # read in, as after the command line
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    panel = statistics_at_1024(window, qtbot)
    table = panel.doc_table
    qtbot.waitUntil(lambda: table.rowCount() > 0 and "1,035" in [table.item(table.rowCount() - 1, c).text()
                                                                for c in range(1, 4)])
    window.resizeDocks([panel], [1], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.width() < 200)
    _settled(window, qtbot)
    assert _fits(panel), panel.width()
    for t in (table, panel.project_table):
        metrics = t.fontMetrics()
        for row in range(t.rowCount()):
            for column in range(1, 4):
                item = t.item(row, column)
                assert metrics.horizontalAdvance(item.text()) <= t.columnWidth(column) - 4, (row, column, item.text())

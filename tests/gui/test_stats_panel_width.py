"""The Statistics panel beside the article, hidden and shown again, comes back at the width it had
(at 1024 px Qt gave it less each time: 156, 100, then 68 px, its tables cut and scrolled sideways)."""
from __future__ import annotations

from PySide6.QtCore import Qt

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


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
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    panel = window.statistics
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

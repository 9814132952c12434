"""With 13 labels in the Chinese interface at 1024×768 (a Chinese system font, Noto Sans CJK SC), the
Statistics panel's Open column header "待审" showed as "审" (read as "review"): the column was given
the width the header asked for (30 px), the header shown whole only in 6 px more. Each count header
now shows its whole text or a short form that still reads (接 for 已接受, 拒 for 已拒绝; 待审 whole)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase

from tests.gui.test_stats_panel_width import _settled, statistics_at_1024

LEGIBLE = {1: {"已接受", "接受", "接"}, 2: {"待审"}, 3: {"已拒绝", "拒绝", "拒"}}


@pytest.fixture
def chinese_font(qapp):
    saved = QFont(qapp.font())
    if "Noto Sans CJK SC" in QFontDatabase.families():
        qapp.setFont(QFont("Noto Sans CJK SC", 10))
    yield
    qapp.setFont(saved)


def test_thirteen_labels_in_chinese_at_1024_keep_their_count_headers_legible(window, qtbot, qapp, chinese_font):
    from annotator.gui.i18n import install_translator
    from tests.gui.conftest import open_text

    for i in range(9):
        window.store.add_label(f"标签{i}" if i % 2 else f"LABEL{i}")
    window.labels_changed()
    install_translator(qapp, "zh_CN")
    try:
        open_text(window, window.store, qtbot, "厦门市湖里区计划投资55.1亿元建设松元产业园。\n" * 10, name="a.txt")
        panel = statistics_at_1024(window, qtbot)
        qtbot.waitUntil(lambda: panel.isVisible() and panel.project_table.rowCount() == 14)
        _settled(window, qtbot)
        for table in (panel.doc_table, panel.project_table):
            metrics = table.horizontalHeader().fontMetrics()
            for column, forms in LEGIBLE.items():
                shown = table.horizontalHeaderItem(column).text()
                assert shown in forms, (column, shown, table.columnWidth(column))
                assert metrics.horizontalAdvance(shown) <= table.columnWidth(column) - 6
            assert sum(table.columnWidth(c) for c in range(4)) <= table.viewport().width()
    finally:
        install_translator(qapp, "en")

"""Project › Labels… at an 18-pt interface font: the descriptions (DISTRICT's "Administrative area at
township level or above (湖里区, 厦门, 灌口镇)") were cut at their column's edge and ended "…" — the
column is as wide as 30 characters and the screen allow. Now a longer one wraps, its row as tall as
its lines, narrowed by hand too."""
from __future__ import annotations

import pytest

from tests.gui.app_start import LAPTOP, large_font_on
from tests.gui.conftest import show_active


@pytest.fixture
def large(qapp, monkeypatch):
    with large_font_on(monkeypatch, LAPTOP) as font:
        yield font


def descriptions_whole(table) -> bool:
    """Each row as tall as its cells need at their columns' widths (a wrapped description's lines)."""
    return all(table.rowHeight(row) >= table.sizeHintForRow(row) for row in range(table.rowCount()))


def test_at_18_pt_each_label_s_description_is_shown_whole(large, window, qtbot):
    from annotator.gui.dialogs.label_editor import DESCRIPTION, LabelEditorDialog

    dialog = show_active(qtbot, LabelEditorDialog(window.store, window, ops=window.ops))
    table = dialog.table
    text = table.item(0, DESCRIPTION).text()
    assert text.startswith("Administrative area at township level or above")
    metrics = table.fontMetrics()
    assert metrics.horizontalAdvance(text) > table.columnWidth(DESCRIPTION)  # longer than its column: it wraps
    qtbot.waitUntil(lambda: descriptions_whole(table))
    assert table.rowHeight(0) >= 2 * metrics.lineSpacing()
    dialog.resize(dialog.minimumSizeHint().width(), dialog.height())  # narrowed by hand: more lines, all shown
    qtbot.waitUntil(lambda: descriptions_whole(table))
    assert table.rowHeight(1) >= 2 * metrics.lineSpacing()

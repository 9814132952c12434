"""The find bar in the article of a 1024×768 window (405 px wide): while a hit is selected, the hint
(Ctrl+Enter, then a label key) no longer squeezes the field to a quarter of the bar, where a pasted
name or sentence showed five characters; the hint is shortened with "…", whole in its tooltip."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import type_chinese


def test_the_field_keeps_most_of_a_narrow_bar_while_the_hint_shows(window, qtbot):
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 768))
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    type_chinese(bar.edit, "集美区新增10家规上工业企业")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    start = window.text_view.text.index("集美区")
    assert window.text_view.selection_cp() == (start, start + 14)
    qtbot.waitUntil(bar.hint.isVisible)
    assert bar.width() < 600  # the narrow article this is about
    assert bar.edit.width() >= 0.45 * bar.width(), (bar.edit.width(), bar.width())
    assert bar.hint.geometry().right() <= bar.contentsRect().right()
    shown = bar.hint.text()
    assert shown == bar.hint.whole_text() or (shown.endswith("…") and bar.hint.toolTip() == bar.hint.whole_text())

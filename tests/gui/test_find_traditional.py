"""Find (Ctrl+F) in a report converted from Big5: the simplified 经济 a researcher types finds 經濟,
and Enter selects exactly the text as it is, which a label key then labels."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_text, type_chinese


def test_simplified_needle_finds_traditional_text_and_labels_it(window, store, qtbot):
    text = "繁體報告\n推進區域經濟協調發展，建設松元產業園。\n"
    doc = open_text(window, store, qtbot, text)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    type_chinese(bar.edit, "松元产业园")
    start = text.index("松元產業園")
    assert bar.hits == [(start, start + 5)] and bar.count.text() == "1 found"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.text_view.selection_cp() == (start, start + 5)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    assert [(a.start, a.end, a.label, a.text) for a in store.annotations(doc)] == [
        (start, start + 5, "PROJECT", "松元產業園")]

"""A query of only spaces (a space typed first, or the box cleared to its spaces) seeks nothing, since
white space may stand between any two characters of a hit: the find bar shows no count (it said
"0 found") and Search all documents its hint (it said that "   " is in none of the documents)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_spaces_alone_find_nothing_and_say_no_count(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl)
    bar = window.find_bar
    qtbot.keyClicks(bar.edit, "   ")
    assert bar.hits == [] and bar.count.text() == ""
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert window.text_view.selection_cp()[0] == window.text_view.selection_cp()[1]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl | Shift)
    dialog = window.commands._search_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.query, "   ")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.results.topLevelItemCount() == 0
    assert dialog.count.text().startswith("Type the text to find")

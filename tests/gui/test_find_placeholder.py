"""The find bar's field says Ctrl+Enter (back to the article with the hit selected, so that the next
label key labels it) in its placeholder, not only in its tooltip, and says it whole in a window of
1366×700 (a laptop's maximised window), in English and in Chinese."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_placeholder_says_ctrl_enter_and_fits(window, qtbot, language):
    window.commands.set_language(language)
    try:
        window.resize(1366, 700)
        qtbot.waitUntil(lambda: window.size().toTuple() == (1366, 700))
        qtbot.keyClick(window.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        edit = window.find_bar.edit
        qtbot.waitUntil(edit.isVisible)
        QApplication.processEvents()
        text = edit.placeholderText()
        assert "Ctrl+" in text and ("Esc" in text)
        assert ("选中" in text) if language == "zh_CN" else ("label" in text)
        room = edit.contentsRect().width() - 8  # the field's text margins
        assert edit.fontMetrics().horizontalAdvance(text) <= room, (text, room)
    finally:
        window.commands.set_language("en")

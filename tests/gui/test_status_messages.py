"""A status-bar message too long for its room is never cut mid-word: the project's counts beside
it give up room (elided, their whole text in their tooltip) and the message ends in "…", its
whole text in the bar's tooltip; a short one is drawn whole and leaves the counts as they are."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication


def _fits(bar) -> bool:
    return bar.fontMetrics().horizontalAdvance(bar.shown_text()) <= bar.message_rect().width()


def test_f5_s_long_message_ends_in_an_ellipsis_and_is_whole_in_the_tooltip(window, qtbot):
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    bar, counts = window.statusBar(), window.project_status
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=20000)
    message = bar.message_text()
    assert bar.fontMetrics().horizontalAdvance(message) > bar.width() // 2  # long: the case at hand
    drawn = bar.shown_text()
    assert drawn == message or (drawn.endswith("…") and message.startswith(drawn[:-1]))
    assert _fits(bar)
    assert counts.geometry().left() >= bar.message_rect().right()  # beside it, not under it
    assert counts.width() >= bar.width() // 4 and counts.toolTip() in ("", counts.whole_text())
    if drawn != message:
        assert bar.toolTip() == message
        QApplication.sendEvent(bar, QHelpEvent(QEvent.Type.ToolTip, QPoint(10, 5), bar.mapToGlobal(QPoint(10, 5))))
        assert bar.toolTip() == message
    bar.clearMessage()
    assert counts.text() == counts.whole_text() and counts.toolTip() == "" and bar.toolTip() == ""


def test_a_message_longer_than_the_bar_is_elided_and_the_counts_shrink(window, qtbot):
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    bar, counts = window.statusBar(), window.project_status
    before = counts.width()
    message = "已重新载入：另一个程序修改了标注工程 — " + "the words of a long message " * 12 + "with the end"
    bar.showMessage(message, 6000)
    drawn = bar.shown_text()
    assert drawn.endswith("…") and message.startswith(drawn[:-1]) and _fits(bar)
    assert bar.toolTip() == message
    assert counts.width() < before and counts.text().endswith("…") and counts.toolTip() == counts.whole_text()
    assert counts.geometry().left() >= bar.message_rect().right()
    shot = bar.grab()  # drawn without error, the elided text and the counts
    assert not shot.isNull()
    bar.clearMessage()
    assert counts.text() == counts.whole_text() and "documents done" in counts.text()
    assert counts.width() >= before - 1


def test_a_short_message_is_whole_and_the_counts_stay(window, qtbot):
    bar, counts = window.statusBar(), window.project_status
    before = (counts.width(), counts.text())
    bar.showMessage("Saved", 6000)
    assert bar.shown_text() == "Saved" and bar.toolTip() == ""
    assert (counts.width(), counts.text()) == before

"""A side panel that floated for want of room beside the article (the Statistics shown in an 800-px
window), docked back by the user (a double-click on its title bar): the window docked it beside the
article and squeezed the article below its room. Now docking back is showing it beside the article,
as its key does: the other panels beside it give way first, and where even then the article would lack
its room the panel floats again, the status bar saying why."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from annotator.gui.widgets.article_room import article_need
from tests.gui.test_article_room_panel_shown import _has_room, _settled, _sized

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _floating_statistics(window, qtbot):
    _sized(window, qtbot, 800)
    _settled(window, qtbot)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    panel = window.statistics
    qtbot.waitUntil(panel.isVisible)
    _settled(window, qtbot)
    assert panel.isFloating() and _has_room(window)  # no room beside the article: in a window of its own
    window.statusBar().clearMessage()
    return panel


def test_the_statistics_docked_back_in_an_800_px_window_leave_the_article_its_room(window, qtbot):
    panel = _floating_statistics(window, qtbot)
    panel.setFloating(False)  # what a double-click on its title bar does
    _settled(window, qtbot)
    assert _has_room(window), (window.main_splitter.sizes(), article_need(window))
    assert panel.isVisible() and panel.isFloating()  # floated again: no room beside the article
    said = window.statusBar().currentMessage()
    assert "Statistics" in said and "window of its own" in said


def test_a_double_click_on_its_title_bar_floats_it_again(window, qtbot):
    """Floating, its title bar is the platform's frame: the double-click comes as a non-client event."""
    panel = _floating_statistics(window, qtbot)
    above = QPointF(panel.width() / 3, -8)  # on the frame's title, above the panel's body
    left = Qt.MouseButton.LeftButton
    click = QMouseEvent(QEvent.Type.NonClientAreaMouseButtonDblClick, above, panel.mapToGlobal(above), left, left,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, click)
    _settled(window, qtbot)
    assert _has_room(window), (window.main_splitter.sizes(), article_need(window))
    assert panel.isVisible() and panel.isFloating()


def test_in_a_window_with_room_a_panel_docked_back_stays_beside_the_article(window, qtbot):
    """Floated by the user in a 1280-px window and docked back: beside the article again, nothing said."""
    _sized(window, qtbot, 1280)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    panel = window.statistics
    qtbot.waitUntil(panel.isVisible)
    _settled(window, qtbot)
    assert not panel.isFloating()
    panel.setFloating(True)
    _settled(window, qtbot)
    window.statusBar().clearMessage()
    panel.setFloating(False)
    _settled(window, qtbot)
    assert panel.isVisible() and not panel.isFloating() and _has_room(window)
    assert window.statusBar().currentMessage() == ""

"""A panel beside the article that the window hid to give the article its room when it was made
narrower (said in the status bar with its key) comes back when the window is made wide enough again;
a panel the user closed stays closed."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.widgets.article_room import article_need
from tests.gui.test_article_room_panel_shown import _has_room, _settled, _sized

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_a_panel_hidden_for_a_narrower_window_comes_back_when_it_is_wide_again(window, qtbot):
    _sized(window, qtbot, 1280)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # the Statistics
    panel = window.statistics
    qtbot.waitUntil(panel.isVisible)
    _settled(window, qtbot)
    width = panel.width()
    _sized(window, qtbot, 800)
    _settled(window, qtbot)
    assert not panel.isVisible() and "Ctrl+Shift+S" in window.statusBar().currentMessage()
    _sized(window, qtbot, 900)  # still too narrow for it beside the article: it stays hidden
    _settled(window, qtbot)
    assert not panel.isVisible()
    _sized(window, qtbot, 1280)
    qtbot.waitUntil(panel.isVisible)
    _settled(window, qtbot)
    assert not panel.isFloating() and window.dockWidgetArea(panel) == Qt.DockWidgetArea.RightDockWidgetArea
    assert _has_room(window), (window.main_splitter.sizes(), article_need(window))
    assert abs(panel.width() - width) <= 2  # at the width it had
    _sized(window, qtbot, 800)  # narrowed again: hidden again, and back again once wide
    _settled(window, qtbot)
    assert not panel.isVisible()
    _sized(window, qtbot, 1280)
    qtbot.waitUntil(panel.isVisible)


def test_a_panel_the_user_closed_does_not_come_back_when_the_window_is_wider(window, qtbot):
    _sized(window, qtbot, 1280)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    panel = window.statistics
    qtbot.waitUntil(panel.isVisible)
    _settled(window, qtbot)
    _sized(window, qtbot, 800)
    _settled(window, qtbot)
    assert not panel.isVisible()
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # shown by its key (floating), then closed
    qtbot.waitUntil(panel.isVisible)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    qtbot.waitUntil(lambda: not panel.isVisible())
    _sized(window, qtbot, 1280)
    _settled(window, qtbot)
    assert not panel.isVisible()
    closed = window.guide  # closed while the window was wide: narrowed and widened, it stays closed
    assert not closed.isVisible()
    _sized(window, qtbot, 800)
    _sized(window, qtbot, 1280)
    _settled(window, qtbot)
    assert not closed.isVisible() and not panel.isVisible()


def test_the_guide_and_the_statistics_hidden_together_both_come_back(window, qtbot):
    _sized(window, qtbot, 1280)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F1)
    panels = [window.statistics, window.guide]
    qtbot.waitUntil(lambda: all(p.isVisible() for p in panels))
    _settled(window, qtbot)
    _sized(window, qtbot, 760)
    _settled(window, qtbot)
    assert not any(p.isVisible() for p in panels)
    said = window.statusBar().currentMessage()
    assert "Statistics" in said and "Guide" in said
    _sized(window, qtbot, 1280)
    qtbot.waitUntil(lambda: all(p.isVisible() and not p.isFloating() for p in panels))
    _settled(window, qtbot)
    assert _has_room(window), (window.main_splitter.sizes(), article_need(window))

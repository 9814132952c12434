"""A layout saved on a wide screen and restored on a smaller one (the offscreen screen: 800 px) left
the article 82 px wide (the panes [161, 82, 267], the Statistics panel its 274 px): the article now
has 40 % of the window, or 20 characters a line where that is less, the side panels giving way."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.main_window import MainWindow
from annotator.gui.settings import Settings

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _least_article(w: MainWindow) -> int:
    """40 % of the window, or 20 characters of the article's font and its margins, whichever is less."""
    view = w.text_view
    margins = w.main_splitter.widget(1).width() - view.viewport().width()
    return min(int(0.4 * w.width()), 20 * view.fontMetrics().horizontalAdvance("中") + margins)


def _closed_wide(window, qtbot, statistics: bool, panes: list[int]) -> None:
    """The window laid out 1280 px wide (the Statistics panel shown by its key, or not), then closed."""
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    if statistics:
        qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
        qtbot.waitUntil(lambda: window.statistics.isVisible())
    window.main_splitter.setSizes(panes)
    qtbot.waitUntil(lambda: window.main_splitter.sizes()[1] >= panes[1] - 2)
    window.close()


def _restarted(qtbot, project, width: int | None = None) -> MainWindow:
    """A new window on the saved settings, shown on the 800-px screen (or ``width`` wide)."""
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    if width is not None:
        w.resize(width, 600)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(project)
    return w


def test_panes_give_way_to_the_article_restored_on_a_smaller_screen(window, qtbot, project):
    _closed_wide(window, qtbot, statistics=False, panes=[520, 240, 520])
    w = _restarted(qtbot, project)
    assert w.width() <= 800
    qtbot.waitUntil(lambda: w.main_splitter.sizes()[1] >= _least_article(w))
    sizes = w.main_splitter.sizes()
    assert w.text_view.viewport().width() >= _least_article(w) - 4, sizes
    assert sizes[0] >= w.panel.minimumSizeHint().width() and sizes[2] >= w.right_splitter.minimumSizeHint().width()
    w.close()


def test_a_panel_beside_gives_way_then_hides_said_in_the_status_bar(window, qtbot, project):
    _closed_wide(window, qtbot, statistics=True, panes=[300, 380, 320])
    w = _restarted(qtbot, project)
    qtbot.waitUntil(lambda: w.main_splitter.sizes()[1] >= _least_article(w))
    assert w.main_splitter.sizes()[1] >= 0.4 * w.width() - 2  # 20 characters (380 px) need more at 800
    assert not w.statistics.isVisible() and not w.statistics.toggleViewAction().isChecked()
    said = w.statusBar().currentMessage()
    assert "Statistics" in said and "Ctrl+Shift+S" in said
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w.text_view, Qt.Key.Key_S, Ctrl | Shift)  # shown again by its key, as said
    qtbot.waitUntil(lambda: w.statistics.isVisible())
    w.close()


def test_a_window_wide_enough_keeps_its_panes(window, qtbot, project):
    """Where the article has its room, nothing moves: the panes are as saved."""
    window.resize(790, 600)
    qtbot.waitUntil(lambda: window.width() == 790)
    window.main_splitter.setSizes([170, 340, 272])
    qtbot.waitUntil(lambda: window.main_splitter.sizes()[1] >= _least_article(window))
    saved = window.main_splitter.sizes()
    window.close()
    w = _restarted(qtbot, project)
    for _ in range(3):  # the window's turns after its first paint, where the article's room is seen to
        QApplication.processEvents()
    assert w.main_splitter.sizes() == saved
    w.close()

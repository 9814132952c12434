"""A panel (Statistics, Adjudication, Guide) floated in a window of its own and docked again by keyboard:
*View › Float the panel* (Alt+V, F) acts on the panel that has the keys, else the one used last, names it,
is checked while it floats and greyed while no panel is shown; the keys stay where they were. Only the title
bar's square button or a double-click on the title did it: a keyboard user could do neither."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

Mod = Qt.KeyboardModifier
Ctrl, Shift, Alt = Mod.ControlModifier, Mod.ShiftModifier, Mod.AltModifier


def entry(window) -> QAction:
    menu = window.window_actions.menus["menu_view"]
    (found,) = [a for a in menu.actions() if a.objectName() == "floatPanel"]
    return found


def alt_v_f(qtbot) -> None:
    """Alt+V, then F: the entry's access letter (the only F of the View menu) triggers it."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Alt)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_F)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_the_statistics_floated_and_docked_again_by_alt_v_f_the_keys_staying_in_the_article(window, qtbot):
    window.window_actions.menus["menu_view"].aboutToShow.emit()
    assert not entry(window).isEnabled() and entry(window).text() == "&Float the panel"  # no panel shown
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    panel = window.statistics
    qtbot.waitUntil(panel.isVisible)
    assert not panel.isFloating()
    alt_v_f(qtbot)
    assert panel.isFloating() and panel.isVisible()
    assert entry(window).isChecked() and entry(window).text() == "&Float the panel (Statistics)"
    assert QApplication.focusWidget() is window.text_view  # the review keys where they were
    assert "Statistics floats in a window of its own" in window.statusBar().currentMessage()
    alt_v_f(qtbot)
    assert not panel.isFloating() and panel.isVisible() and not entry(window).isChecked()
    assert window.dockWidgetArea(panel) == Qt.DockWidgetArea.RightDockWidgetArea  # where it was
    assert QApplication.focusWidget() is window.text_view


def test_it_floats_the_panel_that_has_the_keys_and_they_stay_in_it(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    qtbot.waitUntil(window.statistics.isVisible)
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)  # the Adjudication: its table takes the keys
    adjudication = window.adjudication
    qtbot.waitUntil(lambda: adjudication.isVisible() and adjudication.table.hasFocus())
    alt_v_f(qtbot)
    assert adjudication.isFloating() and not window.statistics.isFloating()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is adjudication.table)  # in its own window now
    alt_v_f(qtbot)  # from the floating panel: the window's menu and keys work there too
    assert not adjudication.isFloating()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is adjudication.table)
    window.text_view.setFocus()
    qtbot.waitUntil(window.text_view.hasFocus)
    alt_v_f(qtbot)  # the article has the keys: the panel used last, the Adjudication
    assert adjudication.isFloating() and not window.statistics.isFloating()


def test_the_entry_speaks_chinese(window, qtbot):
    window.commands.set_language("zh_CN")
    try:
        qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
        qtbot.waitUntil(lambda: window.statistics.isVisible() and window.statistics.windowTitle() == "统计")
        window.window_actions.menus["menu_view"].aboutToShow.emit()
        assert entry(window).text() == "浮动面板（统计）(&F)"
    finally:
        window.commands.set_language("en")

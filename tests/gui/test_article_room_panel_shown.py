"""The article keeps its room (40 % of the window, or 20 characters a line where that is less) when
the user shows a panel beside it and when the window is made narrower, not only when a layout is
restored: the Statistics shown by their key in a 790-px window left it 217 px (the panes [161, 217,
267], the panel 131 px), four characters fewer a line than the document list, the form and the
panel at their least leave."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.widgets.article_room import article_need

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
PANELS = {"statistics": ("Statistics", Qt.Key.Key_S, Ctrl | Shift), "guide": ("Guide", Qt.Key.Key_F1, None)}


def _sized(window, qtbot, width: int) -> None:
    window.resize(width, 600)
    qtbot.waitUntil(lambda: window.width() == width)


def _settled(window, qtbot) -> list[int]:
    """The panes' sizes once the window has laid them out (the docks fit a panel at the next turn)."""
    seen: list[list[int]] = []

    def steady() -> bool:
        seen.append(window.main_splitter.sizes())
        return len(seen) > 3 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(steady)
    return seen[-1]


def _has_room(window) -> bool:
    return window.main_splitter.sizes()[1] >= article_need(window)


@pytest.mark.parametrize("name", ["statistics", "guide"])
def test_a_panel_shown_by_its_key_in_a_790_px_window_leaves_the_article_its_room(window, qtbot, name):
    title, key, modifiers = PANELS[name]
    _sized(window, qtbot, 790)
    window.main_splitter.setSizes([170, 340, 272])
    _settled(window, qtbot)
    assert _has_room(window)
    qtbot.keyClick(window.text_view, key, modifiers or Qt.KeyboardModifier.NoModifier)
    panel = getattr(window, name)
    qtbot.waitUntil(panel.isVisible)
    _settled(window, qtbot)
    # beside the article the panel and the panes at their least leave it less than 40 %: the panel
    # is shown in a window of its own, said in the status bar, and the article keeps its room
    assert _has_room(window), (window.main_splitter.sizes(), article_need(window))
    assert panel.isVisible() and panel.isFloating()
    assert window.screen().availableGeometry().contains(panel.geometry())  # on the screen, not off it
    said = window.statusBar().currentMessage()
    assert title in said and "window of its own" in said
    assert QApplication.activeWindow() is window  # the keys stay with the article
    if name == "statistics":
        qtbot.keyClick(window.text_view, key, modifiers)  # its key hides it, and shows it again
        qtbot.waitUntil(lambda: not panel.isVisible())
        qtbot.keyClick(window.text_view, key, modifiers)
        qtbot.waitUntil(panel.isVisible)
        _settled(window, qtbot)
        assert _has_room(window)


def test_a_panel_shown_from_the_view_menu_narrows_the_panes_before_it_floats(window, qtbot):
    """Where the document list and the form's column at their least leave room for it, the panel
    docks beside the article as before: nothing floats, nothing hidden, the article has its room."""
    with_large_font = window.text_view.font()
    with_large_font.setPointSize(24)  # 20 characters need more than 40 % of the window: the 40 % hold
    window.text_view.setFont(with_large_font)
    _sized(window, qtbot, 980)
    window.main_splitter.setSizes([300, 400, 280])
    _settled(window, qtbot)
    assert _has_room(window)
    view = window.window_actions.menus["menu_view"]
    entry = next(a for a in view.actions() if a.text().replace("&", "") == "Statistics")
    entry.trigger()  # View › Statistics.
    panel = window.statistics
    qtbot.waitUntil(panel.isVisible)
    _settled(window, qtbot)
    assert _has_room(window), (window.main_splitter.sizes(), article_need(window))
    assert panel.isVisible() and not panel.isFloating()
    assert window.statusBar().currentMessage() == ""


def test_a_window_made_narrower_keeps_the_article_its_room(window, qtbot):
    """Narrowed with the Statistics beside the article, the panes and the panel give way; where even
    at their least they leave the article too little, the panel is hidden, said with its key, which
    shows it again (in a window of its own)."""
    _sized(window, qtbot, 1280)
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    panel = window.statistics
    qtbot.waitUntil(panel.isVisible)
    _settled(window, qtbot)
    _sized(window, qtbot, 1000)
    _settled(window, qtbot)
    assert _has_room(window), (window.main_splitter.sizes(), article_need(window))
    assert panel.isVisible() and not panel.isFloating()
    _sized(window, qtbot, 800)
    _settled(window, qtbot)
    assert _has_room(window), (window.main_splitter.sizes(), article_need(window))
    assert not panel.isVisible()
    said = window.statusBar().currentMessage()
    assert "Statistics" in said and "Ctrl+Shift+S" in said
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # as said
    qtbot.waitUntil(panel.isVisible)
    _settled(window, qtbot)
    assert _has_room(window) and panel.isFloating()

"""The Statistics panel beside the article, hidden and shown again, comes back at the width it had
(at 1024 px Qt gave it less each time: 156, 100, then 68 px, its tables cut and scrolled sideways)."""
from __future__ import annotations

from PySide6.QtCore import Qt

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _settled(window, qtbot) -> tuple[int, list[int]]:
    """The panel's width and the panes' sizes once the window has laid them out."""
    seen: list[tuple[int, list[int]]] = []

    def steady() -> bool:
        seen.append((window.statistics.width(), window.main_splitter.sizes()))
        return len(seen) > 3 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(steady)
    return seen[-1]


def test_statistics_hidden_and_shown_again_come_back_at_their_width(window, qtbot):
    for width, height in ((1024, 768), (1366, 768)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # shown
        panel = window.statistics
        assert panel.isVisible()
        first = _settled(window, qtbot)
        for _ in range(2):
            qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # hidden
            qtbot.waitUntil(lambda: not window.statistics.isVisible())
            _settled(window, qtbot)
            panel.toggleViewAction().trigger()  # View › Statistics: shown again
            assert panel.isVisible()
            assert _settled(window, qtbot) == first, (width, first)
        qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
        qtbot.waitUntil(lambda: not window.statistics.isVisible())

"""The Adjudication panel's height the user drags it to stays: at the next resize of the window it went
back to the eight rows it is given at 768 px (dragged shorter: 5 rows became 8 again; taller: 10 rows
became 8), as if the user had not chosen. Now the dragged height holds at each resize, squeezed only
where the window has not the room for it, until the user drags the separator again."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from tests.gui.test_adjudication_room import WANTED_ROWS, project, rows_in_view, settled  # noqa: F401 (a fixture)

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton


def drag_separator(window, qtbot, panel, by: int) -> None:
    """The mouse on the window's separator just above the panel, dragged ``by`` pixels down (up: less
    than 0) and let go, a step at a time (the window moves its separators on a timer)."""
    at = QPoint(window.width() // 2, panel.mapTo(window, QPoint(0, 0)).y() - 2)
    assert window.childAt(at) is None  # the separator: the window's own, no widget's

    def send(kind, pos, button, buttons):
        QApplication.sendEvent(window, QMouseEvent(kind, QPointF(pos), QPointF(window.mapToGlobal(pos)), button,
                                                   buttons, Qt.KeyboardModifier.NoModifier))

    send(QEvent.Type.MouseButtonPress, at, LEFT, LEFT)
    for step in range(1, 5):
        send(QEvent.Type.MouseMove, at + QPoint(0, by * step // 4), NONE, LEFT)
        qtbot.wait(10)
    send(QEvent.Type.MouseButtonRelease, at + QPoint(0, by), LEFT, NONE)
    qtbot.wait(10)


def resized(window, qtbot, size) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    qtbot.wait(20)  # the window's deferred fits


@pytest.mark.parametrize("by, rows", [(80, 5), (-80, 10)], ids=["shorter", "taller"])
def test_the_height_dragged_to_stays_at_each_resize_of_the_window(window, store, qtbot, by, rows):
    panel = settled(window, store, qtbot, (1366, 768))
    qtbot.waitUntil(lambda: rows_in_view(panel.table) == WANTED_ROWS, timeout=3000)
    drag_separator(window, qtbot, panel, by)
    dragged = panel.height()
    assert rows_in_view(panel.table) == rows
    for size in ((1300, 768), (1366, 900), (1366, 768)):
        resized(window, qtbot, size)
        assert (panel.height(), rows_in_view(panel.table)) == (dragged, rows), size
    # hidden and shown again by its key, it comes back at that height too
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, ctrl_shift)
    qtbot.waitUntil(lambda: not panel.isVisible())
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, ctrl_shift)
    qtbot.waitUntil(panel.isVisible)
    qtbot.wait(20)
    assert panel.height() == dragged
    # dragged again: that height is the one kept
    drag_separator(window, qtbot, panel, -40 if by > 0 else 40)
    again = panel.height()
    assert again != dragged
    resized(window, qtbot, (1300, 768))
    assert panel.height() == again

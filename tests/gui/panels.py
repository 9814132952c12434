"""Helpers of the GUI tests that open the window's panels as a user does, by their keys."""
from __future__ import annotations

from PySide6.QtCore import Qt


def open_adjudication(window, qtbot):
    """View › Adjudication by its key (Ctrl+Shift+J), from the article; the panel once shown."""
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, ctrl_shift)
    qtbot.waitUntil(window.adjudication.isVisible)
    return window.adjudication

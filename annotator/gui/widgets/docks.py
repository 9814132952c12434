"""Docking a panel of the window: hidden until asked for, its toggle in the View menu."""
from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

Panel = TypeVar("Panel", bound=QDockWidget)


def dock(window: MainWindow, panel: Panel, key: Qt.Key,
         area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> Panel:
    """Dock ``panel`` (hidden) in ``area``; its toggle in the View menu on Ctrl+Shift+``key``."""
    window.addDockWidget(area, panel)
    panel.hide()
    toggle = panel.toggleViewAction()
    toggle.setShortcut(QKeyCombination(Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, key))
    window.actions.menus["menu_view"].addAction(toggle)
    return panel

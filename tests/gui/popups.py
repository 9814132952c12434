"""A context menu driven while it is open: its ``exec()`` is modal, so what the test does in it runs from the
event loop, and the menu is closed afterwards (also when the test's look at it failed)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu


def through_popup(qtbot, open_it: Callable[[], object], look: Callable[[QMenu], None]) -> bool:
    """Open a menu by ``open_it``, call ``look`` with it while it is open, then close it; whether one opened."""
    ran: list[bool] = []

    def take() -> None:
        menu = QApplication.activePopupWidget()
        ran.append(isinstance(menu, QMenu))
        if not isinstance(menu, QMenu):
            return  # no menu opened
        try:
            look(menu)
        finally:
            menu.close()

    QTimer.singleShot(0, take)
    open_it()
    qtbot.waitUntil(lambda: bool(ran) and QApplication.activePopupWidget() is None)  # (none: its turn passed)
    return ran[0]


def entry(menu: QMenu, text: str):
    """The entry of ``menu`` with this text."""
    return next(a for a in menu.actions() if a.text() == text)

"""The submenu an action opens, found without ``QAction.menu()``: ``menu_of = menu_finder()``, then
``menu_of(action)`` is the menu ``action`` opens, or None for a plain entry.

On PySide6 6.9 and 6.10, the QMenu wrapper that ``QAction.menu()`` returns is deleted with the
temporary wrapper of the action: afterwards the window's own menus (``window.window_actions.menus``) raise
"Internal C++ object (QMenu) already deleted" or crash the test run. The window itself never asks an
action for its menu; the tests that walk the menus ask here: each menu knows its own action
(``QMenu.menuAction()``), which is safe on every version."""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu


def _address(action: QAction) -> int:
    return shiboken6.getCppPointer(action)[0]


def menu_finder() -> Callable[[QAction], QMenu | None]:
    """What ``action.menu()`` says, for the menus that exist now (make a new finder after menus were
    added): every QMenu of the application, by the action that opens it."""
    menus = {_address(w.menuAction()): w for w in QApplication.allWidgets() if isinstance(w, QMenu)}
    return lambda action: menus.get(_address(action))

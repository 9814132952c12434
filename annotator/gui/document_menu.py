"""The document list's context menu: *Rename document…*, *Remove document(s)…*, *Import the selected documents
again…* (the Project menu's own actions, gui/actions.py) for the rows chosen, as the spans table's menu opens
(gui/row_menu.py): a right-click on a row not selected selects it first, alone (a right-click with Ctrl or Shift
held left the selection as it was, and Remove removed the rows selected before, not the one under the mouse); on
one of several rows selected they stay selected; under the rows nothing opens (it opened, and Remove removed the
selected or the open document, which the user had not pointed at). The Menu key, Shift+F10 or the platform's own
keyboard request open it under the list's current row (it opened where Qt or the platform put it: a corner of
the list, the mouse pointer).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from annotator.gui.row_menu import RowMenu

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction

    from annotator.gui.main_window import MainWindow


def attach(window: MainWindow, actions: list[QAction], named: Callable[[], None]) -> DocumentMenu:
    """``actions`` in the list's menu; ``named`` before it shows (their names follow the rows chosen)."""
    return DocumentMenu(window, actions, named)


class DocumentMenu(RowMenu):
    def __init__(self, window: MainWindow, actions: list[QAction], named: Callable[[], None]) -> None:
        super().__init__(window.panel.view, window)
        self.w, self.actions, self.named = window, actions, named

    def ready(self) -> bool:
        return self.w.store is not None

    def menu(self) -> QMenu:
        self.named()
        menu = QMenu(self.view)
        menu.setObjectName("documentMenu")
        menu.addActions(self.actions)
        return menu

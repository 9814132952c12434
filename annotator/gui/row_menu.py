"""A table's context menu for its rows, as the spans table (gui/span_menu.py) and the document list
(gui/document_menu.py) open theirs: one place for when and where it opens, each table saying what it offers.

A right-click on a row opens it for that row, chosen first (``RowMenu.choose``: a row not selected is selected
alone, as a file manager does; on one of several rows selected they stay selected, that one current); on no row
(the empty room under the rows) none opens, so its entries never act on a row or a document the user did not
point at. The Menu key or Shift+F10 while the table has the keys, or the platform's own keyboard request (a
context menu event of the keyboard, at a point of the platform's choosing: the mouse pointer's, or a corner of the
table), open it under the current row (none without one), not where Qt or the platform puts it. While it is open
a second request (the platform's for the same key) opens none.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu


def menu_key(event: QKeyEvent) -> bool:
    """The Menu key, or Shift+F10 (the keyboard's context menu where there is no Menu key)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (event.key() == Qt.Key.Key_Menu and modifiers == Qt.KeyboardModifier.NoModifier) or \
        (event.key() == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier)


def keyboard_request(event: QEvent) -> bool:
    """The keyboard asking for a context menu: the Menu key, Shift+F10, or the platform's context menu event."""
    kind = event.type()
    if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
        return event.reason() == QContextMenuEvent.Reason.Keyboard
    return kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and menu_key(event)


class RowMenu(QObject):
    """The context menu of ``view``'s rows; a subclass says whether it may open (:meth:`ready`), chooses the
    row (:meth:`choose`) and makes the menu (:meth:`menu`)."""

    def __init__(self, view: QAbstractItemView, parent: QObject) -> None:
        super().__init__(parent)
        self.view = view
        self.showing = False  # a menu open: a second request (the platform's for the same key) opens none
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda point: self.open_at(view.indexAt(point), point))
        view.installEventFilter(self)  # the keyboard's requests: at the current row, not where Qt puts them

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and keyboard_request(event):
            self.open_at_current()
            return True
        return False

    def open_at_current(self) -> None:
        """The Menu key or Shift+F10: the menu under the current row (none without one)."""
        view = self.view
        index = view.currentIndex()
        if not index.isValid():
            return
        view.scrollTo(index)
        rect, room = view.visualRect(index), view.viewport().rect()
        point = QPoint(min(max(rect.left(), 0), room.right()), min(max(rect.bottom(), 0), room.bottom()))
        self.open_at(index, point)

    def open_at(self, index: QModelIndex, point: QPoint) -> None:
        """The menu at ``point`` (the viewport's) for the row of ``index``, chosen first; none on no row."""
        if self.showing or not index.isValid() or not self.ready() or not self.choose(index):
            return
        menu = self.menu()
        self.showing = True
        try:
            menu.exec(self.view.viewport().mapToGlobal(point))
        finally:
            self.showing = False
            menu.deleteLater()

    def select(self, index: QModelIndex) -> None:
        """The row of ``index`` selected and current: alone where it was not selected, else with the rows
        selected with it."""
        selection, flags = self.view.selectionModel(), QItemSelectionModel.SelectionFlag
        if not selection.isRowSelected(index.row(), QModelIndex()):
            selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        elif self.view.currentIndex().row() != index.row():
            selection.setCurrentIndex(index, flags.NoUpdate)  # the rows selected stay, this one current

    # ---------------------------------------------------------------- a table's own
    def ready(self) -> bool:
        """Whether a menu may open now (a project open)."""
        return True

    def choose(self, index: QModelIndex) -> bool:
        """The row of ``index`` made the one the menu acts on; whether it is."""
        self.select(index)
        return self.view.selectionModel().isRowSelected(index.row(), QModelIndex())

    def menu(self) -> QMenu:
        raise NotImplementedError


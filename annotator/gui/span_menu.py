"""The spans table's context menu: a right-click on a row, or the Menu key / Shift+F10 while the table has the
keys (at its current row), offers the window's own actions for the span(s) chosen: *Accept*, *Reject*, *Delete*,
*Relabel as* (the label keys), *Edit note*, the links. The same QActions as the Edit menu's and the keys', so
their shortcuts, greying and language are kept in one place (gui/actions.py); the menu had none, and a right-click
on a row did nothing.

A right-click on a row not selected selects that row first (as a file manager does); on one of several rows
selected, they stay selected and the menu acts on them all, as the keys do. On no row (the empty room under the
rows) no menu opens. The menu acts only on rows the table shows: the span it opens on is made the window's
selected span (the article's text selection let go, which could choose another span: ``Editing.decided_ids``),
so a span a filter of the table hides (gui/row_left.py) is never the one decided.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QMenu

from annotator.gui.models.annotation_table import ANN_ID_ROLE

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

LABELS = "labels"  # the submenu of the label keys
ENTRIES = ("accept", "reject", "delete", None, LABELS, "edit_note", None, "link", "choose_link", "unlink")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpanMenu", text)


def attach(window: MainWindow) -> SpanMenu:
    return SpanMenu(window)


def _menu_key(event: QKeyEvent) -> bool:
    """The Menu key, or Shift+F10 (the keyboard's context menu where there is no Menu key)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (event.key() == Qt.Key.Key_Menu and modifiers == Qt.KeyboardModifier.NoModifier) or \
        (event.key() == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier)


class SpanMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.showing = False  # a menu open: a second request (the platform's for the same key) opens none
        view = window.table
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda point: self.open_at(view.indexAt(point), point))
        view.installEventFilter(self)  # the keyboard's requests: at the current row, not where Qt puts them

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        keyboard = kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent) and \
            event.reason() == QContextMenuEvent.Reason.Keyboard
        if keyboard or (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and _menu_key(event)):
            self.open_at_current()
            return True
        return False

    def open_at_current(self) -> None:
        """The Menu key or Shift+F10: the menu under the current row (none without one)."""
        view = self.w.table
        index = view.currentIndex()
        if not index.isValid():
            return
        view.scrollTo(index)
        rect, room = view.visualRect(index), view.viewport().rect()
        point = QPoint(min(max(rect.left(), 0), room.right()), min(max(rect.bottom(), 0), room.bottom()))
        self.open_at(index, point)

    def open_at(self, index: QModelIndex, point: QPoint) -> None:
        """The menu at ``point`` (the viewport's) for the row of ``index``, chosen first; none on no row."""
        view = self.w.table
        if self.w.store is None or self.showing or not index.isValid() or not self._choose(index):
            return
        menu = self._menu()
        self.showing = True
        try:
            menu.exec(view.viewport().mapToGlobal(point))
        finally:
            self.showing = False
            menu.deleteLater()

    def _choose(self, index: QModelIndex) -> bool:
        """The row of ``index`` selected (the others selected with it kept where it is one of them), current, and
        its span the window's selected one, shown in the article; whether it is (a row the window cannot select)."""
        w, view = self.w, self.w.table
        selection, flags = view.selectionModel(), QItemSelectionModel.SelectionFlag
        span = index.siblingAtColumn(0).data(ANN_ID_ROLE)
        if not selection.isRowSelected(index.row(), QModelIndex()):
            selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)  # the window follows its row
        elif view.currentIndex().row() != index.row():
            selection.setCurrentIndex(index, flags.NoUpdate)  # the rows selected stay, this one current
        if w.selected_id != span:  # the row was current already: the window did not follow it
            w.select_annotation(span, in_table=False)
        a = w.ann_model.by_id(w.selected_id) if w.selected_id is not None else None
        if a is None or w.selected_id not in view.selected_ids():
            return False
        w.text_view.clear_text_selection()  # the row is chosen, not a span the text selection lies over
        w.text_view.reveal(a.start, a.end)  # on screen: a label key acts only on what is seen
        return True

    def _menu(self) -> QMenu:
        w, actions = self.w, self.w.window_actions
        menu = QMenu(w.table)
        menu.setObjectName("spanMenu")
        for name in ENTRIES:
            if name is None:
                menu.addSeparator()
            elif name == LABELS:  # one span's: the label keys relabel the selected span alone
                labels = menu.addMenu(_tr("Relabel a&s"))
                labels.addActions(actions.label_actions)
                labels.setEnabled(actions.project_open and bool(actions.label_actions)
                                  and len(w.table.selected_ids()) == 1)
            else:
                menu.addAction(actions[name])
        return menu

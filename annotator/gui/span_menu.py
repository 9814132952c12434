"""The spans table's context menu: a right-click on a row, or the Menu key / Shift+F10 while the table has the
keys (at its current row), offers the window's own actions for the span(s) chosen: *Accept*, *Reject*, *Delete*,
*Relabel as* (the label keys), *Edit note*, the links. The same QActions as the Edit menu's and the keys', so
their shortcuts, greying and language are kept in one place (gui/actions.py); the menu had none, and a right-click
on a row did nothing.

A right-click on a row not selected selects that row first (as a file manager does); on one of several rows
selected, they stay selected and the menu acts on them all, as the keys do. On no row (the empty room under the
rows) no menu opens; the Menu key's opens under the current row (when and where it opens: gui/row_menu.py, as the
document list's). The menu acts only on rows the table shows: the span it opens on is made the window's selected
span (the article's text selection let go, which could choose another span: ``Editing.decided_ids``), so a span
a filter of the table hides (gui/row_left.py) is never the one decided.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QMenu

from annotator.gui.models.annotation_table import ANN_ID_ROLE
from annotator.gui.row_menu import RowMenu

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

LABELS = "labels"  # the submenu of the label keys
ENTRIES = ("accept", "reject", "delete", None, LABELS, "edit_note", None, "link", "choose_link", "unlink")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpanMenu", text)


def attach(window: MainWindow) -> SpanMenu:
    return SpanMenu(window)


class SpanMenu(RowMenu):
    """When and where it opens: gui/row_menu.py (as the document list's)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.table, window)
        self.w = window

    def ready(self) -> bool:
        return self.w.store is not None

    def choose(self, index: QModelIndex) -> bool:
        """The row of ``index`` selected (the others selected with it kept where it is one of them), current, and
        its span the window's selected one, shown in the article; whether it is (a row the window cannot select)."""
        w, view = self.w, self.w.table
        span = index.siblingAtColumn(0).data(ANN_ID_ROLE)
        self.select(index)  # the window follows the current row
        if w.selected_id != span:  # the row was current already: the window did not follow it
            w.select_annotation(span, in_table=False)
        a = w.ann_model.by_id(w.selected_id) if w.selected_id is not None else None
        if a is None or w.selected_id not in view.selected_ids():
            return False
        w.text_view.clear_text_selection()  # the row is chosen, not a span the text selection lies over
        w.text_view.reveal(a.start, a.end)  # on screen: a label key acts only on what is seen
        return True

    def menu(self) -> QMenu:
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

"""*View › Sort the spans by*, *Sort the documents by* and *Columns of the spans table*: the tables' order
and columns by keyboard. A click on a column's header sorts the annotation table and the document list
(the confidence first: the doubtful suggestions together), and the header's context menu shows or hides
the spans' columns; the headers take no keys, so a keyboard user reached neither. Alt+V and the arrow
keys reach these entries, each naming a column as its header does: the one the table is sorted by is
checked, *Descending* turns its order round (as a second click on its header does), and the first entry
puts the rows back in their own order (the text's, the documents' as imported). The table keeps its
current row, and the keys stay where they were."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QTableView

from annotator.gui.widgets.table_columns import fill_column_menu

if TYPE_CHECKING:
    from annotator.gui.main_window import MainWindow

Ascending, Descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def _t(text: str) -> str:
    return QCoreApplication.translate("SortMenus", text)


class _Following(QMenu):
    """A submenu filled each time it opens (the columns as the table now has them), titled in the
    interface's language."""

    def __init__(self, title: Callable[[], str], fill: Callable[[QMenu], None], parent: QMenu) -> None:
        super().__init__(parent)
        self._title = title
        self.aboutToShow.connect(lambda: fill(self))
        self.setTitle(title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setTitle(self._title())
        super().changeEvent(event)


def fill_sort_menu(menu: QMenu, view: QTableView, own_order: str) -> None:
    """``menu`` anew: ``own_order`` (the model's order), the view's shown columns to sort it by, the one it
    is sorted by checked, and Descending."""
    menu.clear()
    header, model = view.horizontalHeader(), view.model()
    column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    sorted_by = column if 0 <= column < model.columnCount() else -1
    group = QActionGroup(menu)
    shown = [header.logicalIndex(visual) for visual in range(header.count())]  # as drawn (the value after the text)
    entries = [(-1, own_order)] + [(c, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                                   for c in shown if not view.isColumnHidden(c)]
    for c, name in entries:
        if not name:
            continue
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(c == sorted_by)
        group.addAction(action)
        action.triggered.connect(lambda _on=False, c=c: view.sortByColumn(c, order if c == sorted_by else Ascending))
    menu.addSeparator()
    turned = menu.addAction(_t("&Descending"))
    turned.setObjectName("descending")
    turned.setCheckable(True)
    turned.setChecked(sorted_by >= 0 and order == Descending)
    turned.setEnabled(sorted_by >= 0)
    turned.triggered.connect(lambda on: view.sortByColumn(sorted_by, Descending if on else Ascending))


def attach(window: MainWindow) -> None:
    """The three entries, in the View menu after the text's size and Show rejected spans."""
    view_menu = window.window_actions.menus["menu_view"]
    table, documents = window.table, window.panel.view
    spans = _Following(lambda: _t("S&ort the spans by"),
                       lambda menu: fill_sort_menu(menu, table, _t("The text's order")), view_menu)
    spans.setObjectName("sortSpans")
    docs = _Following(lambda: _t("Sort the doc&uments by"),
                      lambda menu: fill_sort_menu(menu, documents, _t("The order imported")), view_menu)
    docs.setObjectName("sortDocuments")
    columns = _Following(lambda: _t("&Columns of the spans table"),
                         lambda menu: fill_column_menu(menu, table, table.choices, table.fit_columns), view_menu)
    columns.setObjectName("spanColumns")
    language = window.window_actions.menus["menu_language"].menuAction()
    for menu in (spans, docs, columns):
        view_menu.insertMenu(language, menu)
    view_menu.insertSeparator(language)

"""The Agreement dialog of a project with links at 18 pt on a 1366×768 screen: since it shows the sixteen
columns `annotator agreement` prints, the Chinese table scrolled sideways by five columns (it fitted at 1179 px
before) and the English by nine, and scrolled to its links the coders and the label of each row were out of
view. Its two-word headings now take two lines (Same / district, 精确 / F1), where one line is still too wide
a link's share goes under its counts (128/151 over (0.848)), and the coders and the label stay in view while
it scrolls: every column read beside them. At the usual font it stays as compact as it was, one line a row.
The large-font checks before (tests/gui/test_dialogs_large_font_zh.py) had a project without links."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from annotator.core.store import Store
from annotator.core.team.agreement import project_agreement
from annotator.gui.dialogs.agreement_dialog import AgreementDialog
from tests.gui.app_start import LAPTOP, large_font_on
from tests.gui.conftest import show_active
from tests.hechi_two_coders import two_coders_project

SHARES = {"overall": ("128/151 (0.848)", "98/99 (0.990)"), "总体": ("128/151 (0.848)", "98/99 (0.990)")}


@pytest.fixture
def team(tmp_path):
    """hechi_2015 coded by A (the gold's spans and links) and B (a copy that differs)."""
    return two_coders_project(tmp_path)


@pytest.fixture(params=["en", "zh_CN"])
def language(request, window, qtbot):
    if request.param == "zh_CN":
        window.commands.set_language("zh_CN")
        qtbot.waitUntil(lambda: window.window_actions.menus["menu_project"].title() == "标注工程(&P)")
    return request.param


def opened(window, qtbot, team) -> AgreementDialog:
    with Store.open(team) as store:
        result = project_agreement(store, annotators=["A", "B"])
    return show_active(qtbot, AgreementDialog(result, window))


def seen(table: QTableView, x: int, y: int) -> str | None:
    """The text of the cell a user sees at (x, y) of the table's viewport: of the view on top there."""
    point = table.viewport().mapTo(table, QPoint(x, y))
    widget = table.childAt(point)
    view = None if widget is None else widget.parent()
    if not isinstance(view, QAbstractItemView) or widget is not view.viewport():
        return None
    return view.indexAt(widget.mapFrom(table, point)).data()


def cells(dialog: AgreementDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_at_18_pt_every_column_is_read_beside_the_coders_and_the_label(window, qtbot, team, monkeypatch, language):
    with large_font_on(monkeypatch, LAPTOP, 18):
        dialog = opened(window, qtbot, team)
        table, model = dialog.table, dialog.model
        assert dialog.width() <= LAPTOP.width() * 0.9 and dialog.height() <= LAPTOP.height() * 0.9
        lines = table.fontMetrics().lineSpacing()
        assert table.horizontalHeader().height() >= 2 * lines  # Same / district, 精确 / F1
        overall = next(row for row in cells(dialog) if row[1] in SHARES)
        assert (overall[12], overall[14]) == tuple(s.replace(" (", "\n(") for s in SHARES[overall[1]])
        assert table.rowHeight(0) >= 2 * lines  # the share under the counts, whole
        bar = table.horizontalScrollBar()
        assert bar.maximum() > 0  # sixteen columns of figures do not fit 1229 px at 18 pt: it still scrolls
        table.setFocus()
        table.setCurrentIndex(model.index(0, 0))
        y = table.visualRect(model.index(0, 0)).center().y()
        rows_of = (seen(table, 3, y), seen(table, table.columnWidth(0) + 3, y))
        assert rows_of == tuple(overall[:2])
        keys = [Qt.Key.Key_Right] * (model.columnCount() - 1) + [Qt.Key.Key_Left] * (model.columnCount() - 3)
        for key in keys:  # to the last column and back to Documents, each cell beside its row's coders and label
            qtbot.keyClick(table, key)
            current = table.currentIndex()
            rect = table.visualRect(current)
            assert rect.left() >= 0 and rect.right() < table.viewport().width(), (current.column(), bar.value())
            assert seen(table, rect.left() + 2, y) == seen(table, rect.right() - 2, y) == overall[current.column()]
            assert (seen(table, 3, y), seen(table, table.columnWidth(0) + 3, y)) == rows_of, current.column()
        assert bar.value() == bar.minimum()  # back at Documents: nothing left under the coders and the label
        table.setCurrentIndex(model.index(0, model.columnCount() - 1))
        assert bar.value() == bar.maximum()


def test_at_the_usual_font_the_table_stays_one_line_a_row_and_whole(window, qtbot, team, monkeypatch, language):
    with large_font_on(monkeypatch, LAPTOP, 9):  # this machine's usual font
        dialog = opened(window, qtbot, team)
        table = dialog.table
        assert table.horizontalScrollBar().maximum() == 0
        overall = next(row for row in cells(dialog) if row[1] in SHARES)
        assert (overall[12], overall[14]) == SHARES[overall[1]]
        assert not any("\n" in cell for row in cells(dialog) for cell in row)
        assert table.rowHeight(0) == QTableView().verticalHeader().defaultSectionSize()  # a table's one line
        y = table.visualRect(dialog.model.index(0, 0)).center().y()
        assert seen(table, 3, y) == overall[0]


def test_without_links_the_rows_stay_one_line_at_18_pt(window, qtbot, monkeypatch):
    """No share to put on a second line: the rows are not made taller for nothing."""
    doc = window.store.document_id_by_name("a.txt")
    for coder in ("li", "wang"):
        window.store.add_annotation(doc, 0, 3, "DISTRICT", annotator=coder)
    with large_font_on(monkeypatch, LAPTOP, 18):
        dialog = show_active(qtbot, AgreementDialog(project_agreement(window.store), window))
        assert dialog.table.rowHeight(0) == QTableView().verticalHeader().defaultSectionSize()
        y = dialog.table.visualRect(dialog.model.index(0, 0)).center().y()
        assert seen(dialog.table, 3, y) == "li / wang"

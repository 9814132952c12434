"""At 1024 px the annotation table's Status column lay past the table's right edge (a horizontal
scroll to see whether a span was accepted): the value now narrows, then hides, before the status
leaves the view; the header's menu shows or hides any column, and widths the user drags are kept."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from annotator.gui.models.annotation_table import LABEL, STATUS, TEXT, VALUE


def _right_edge(view, column: int) -> int:
    header = view.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column)


def _narrow(window, qtbot) -> None:
    """The window at 1024×768 with its panes as a first start gives them (the table ~320 px)."""
    window.resize(1024, 768)
    window.main_splitter.setSizes([280, 410, 334])
    qtbot.waitUntil(lambda: window.table.viewport().width() < 330)


def test_the_status_column_is_in_view_in_a_1024_px_window(window, qtbot):
    view = window.table
    _narrow(window, qtbot)
    qtbot.waitUntil(lambda: _right_edge(view, STATUS) <= view.viewport().width())
    header = view.horizontalHeader()
    assert header.sectionSize(TEXT) >= 60 and not view.isColumnHidden(LABEL)
    assert view.horizontalScrollBar().value() == 0
    window.resize(1280, 800)  # room again: the value comes back, the status still in view
    window.main_splitter.setSizes([300, 500, 480])
    qtbot.waitUntil(lambda: not view.isColumnHidden(VALUE))
    assert _right_edge(view, STATUS) <= view.viewport().width() and header.sectionSize(VALUE) >= 40


def _menu(view, qtbot) -> QMenu:
    header = view.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, header.height() // 2))
    qtbot.waitUntil(lambda: any(isinstance(w, QMenu) and w.objectName() == "columnMenu" and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()
                and w.objectName() == "columnMenu")


def test_the_headers_menu_hides_and_shows_columns_and_the_choice_is_kept(window, settings, qtbot):
    view = window.table
    qtbot.waitUntil(lambda: not view.isColumnHidden(VALUE))
    menu = _menu(view, qtbot)
    value = next(a for a in menu.actions() if a.text() == "Value")
    assert value.isChecked() and "Text" not in [a.text() for a in menu.actions()]  # the text always shows
    value.trigger()
    menu.close()
    assert view.isColumnHidden(VALUE) and json.loads(settings.table_columns)["shown"] == {"value": False}
    window.resize(1400, 800)  # room: hidden by the user's choice all the same
    window.main_splitter.setSizes([300, 500, 600])
    qtbot.waitUntil(lambda: view.viewport().width() > 450)
    assert view.isColumnHidden(VALUE)
    menu = _menu(view, qtbot)
    next(a for a in menu.actions() if a.text() == "Status").trigger()
    menu.close()
    assert view.isColumnHidden(STATUS)
    assert _right_edge(view, TEXT) >= view.viewport().width() - 2  # the text takes the room
    menu = _menu(view, qtbot)
    next(a for a in menu.actions() if a.objectName() == "fitColumns").trigger()
    menu.close()
    assert not view.isColumnHidden(STATUS) and not view.isColumnHidden(VALUE)
    assert json.loads(settings.table_columns) == {"shown": {}, "widths": {}}


def test_a_dragged_column_width_is_kept_for_the_next_start(window, settings, qtbot):
    from annotator.gui.main_window import MainWindow

    view = window.table
    header = view.horizontalHeader()
    edge = _right_edge(view, LABEL)
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge - 1, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 20, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 20, y))
    wide = header.sectionSize(LABEL)
    assert wide > edge + 10 and json.loads(settings.table_columns)["widths"] == {"label": wide}
    assert _right_edge(view, STATUS) <= view.viewport().width()  # the text gave the room
    folder = window.store.folder
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.resize(1200, 800)
    again.show()
    assert again.open_project(folder)
    assert again.table.horizontalHeader().sectionSize(LABEL) == wide
    again.close()


def test_the_statistics_tables_keep_every_number_in_view_in_a_narrow_panel(window, qtbot):
    """At 1024 px the Statistics panel's bar column ran past its right edge ("Rejected" with it)."""
    from annotator.gui.widgets.article_room import article_need
    from annotator.gui.widgets.counts_table import CHART_COLUMN

    panel = window.docks.get("statistics")
    panel.show()
    window.resize(1024, 768)
    # the article given its room in the narrower window first (article_room.py), then the panel dragged
    qtbot.waitUntil(lambda: window.main_splitter.sizes()[1] >= article_need(window))
    window.resizeDocks([panel], [250], Qt.Orientation.Horizontal)
    table = panel.project_table
    qtbot.waitUntil(lambda: table.rowCount() > 1 and table.viewport().width() < 260)
    header = table.horizontalHeader()
    # every count whole (its numbers and at least its shortest header, Acc. or A: CountsTable.fit), once the
    # panel's width has settled (the article's room is kept after the drag too: the panel ends near 230 px)
    qtbot.waitUntil(lambda: all(header.sectionSize(c) >= table._least_count(c) for c in (1, 2, 3)))
    shown = [c for c in range(CHART_COLUMN + 1) if not table.isColumnHidden(c)]
    assert shown[-1] > 0
    qtbot.waitUntil(lambda: header.sectionViewportPosition(shown[-1]) + header.sectionSize(shown[-1])
                    <= table.viewport().width())
    window.resizeDocks([panel], [480], Qt.Orientation.Horizontal)  # room: the bar is back
    qtbot.waitUntil(lambda: not table.isColumnHidden(CHART_COLUMN))
    assert header.sectionViewportPosition(CHART_COLUMN) + header.sectionSize(CHART_COLUMN) <= table.viewport().width()


@pytest.mark.parametrize("kept", ['{"widths": {"value": 1e400}}', '{"widths": {"label": 99999999999999999999}}',
                                  '{"widths": {"label": NaN, "value": "wide", "status": true}}'])
def test_a_width_no_drag_gives_is_forgotten(kept):
    """Widths edited by hand in the settings (found fuzzing the values the window parses itself): 1e400
    stopped the window at its start with an OverflowError, 10**20 raised one at each fitting of the
    columns (Qt takes a section's size as a C int)."""
    from types import SimpleNamespace

    from annotator.gui.widgets.table_columns import ColumnChoices

    choices = ColumnChoices(SimpleNamespace(table_columns=kept))
    assert choices.widths == {} and choices.width(LABEL, 80) == 80


def test_a_dragged_width_is_kept_as_before():
    from types import SimpleNamespace

    from annotator.gui.widgets.table_columns import ColumnChoices

    choices = ColumnChoices(SimpleNamespace(table_columns='{"widths": {"label": 120, "value": 85.0}}'))
    assert choices.widths == {LABEL: 120, VALUE: 85}

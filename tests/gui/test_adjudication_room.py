"""The Adjudication panel where the adjudicator works all day, in a 768-px-tall window (a 1366×768 or a
1024×768 screen): its table showed one to three rows, the rest of the height going to the form's fields
beside the article, and its columns left an empty strip at the right (each as wide as its contents, 213
to 726 px of 1,000 to 1,342). Docked below the article it now shows at least eight rows, its title up its
left side, the form its label buttons, Accept/Reject/Delete, two rows of fields and the annotation table
its five rows; the coders' versions share the table's width, Where, Text and Decision as wide as their
contents, in English and in Chinese."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from annotator.core.store import Store
from annotator.gui.widgets.region_table import VERSION_LEAST
from tests.gui import languages
from tests.gui.conftest import add_document
from tests.gui.panels import open_adjudication
from tests.gui.test_form_room import _check
from tests.gui.test_short_filters import rows_of_fields_shown

language = languages.language  # the fixture: English, then Chinese

DISTRICTS = ["湖里区", "思明区", "集美区", "海沧区", "同安区", "翔安区", "鼓楼区", "台江区", "仓山区", "晋安区",
             "马尾区", "长乐区"]
WANTED_ROWS = 8  # region_table.WANTED_ROWS: the rows an adjudicator needs in view
TEXT = "".join(f"{d}计划投资{i + 2}亿元建设产业园。" for i, d in enumerate(DISTRICTS))


@pytest.fixture
def project(tmp_path):
    """Two coders who disagree on each of the twelve districts (湖里区 / 湖里) and agree on the sums."""
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        doc = add_document(store, "xiamen.txt", TEXT)
        for d in DISTRICTS:
            at = TEXT.index(d)
            store.add_annotation(doc, at, at + 3, "DISTRICT", annotator="ann")
            store.add_annotation(doc, at, at + 2, "DISTRICT", annotator="bo")
            sum_at = TEXT.index("亿元", at) - 1
            for coder in ("ann", "bo"):
                store.add_annotation(doc, sum_at, sum_at + 3, "AMOUNT", annotator=coder)
    return folder


def rows_in_view(table) -> int:
    return table.viewport().height() // table.rowHeight(0)


def strip(table) -> int:
    """The pixels of the table's width no column fills (negative: the columns scroll sideways)."""
    header = table.horizontalHeader()
    return table.viewport().width() - sum(header.sectionSize(c) for c in range(header.count())
                                          if not header.isSectionHidden(c))


def settled(window, store, qtbot, size):
    window.open_document(store.document_id_by_name("xiamen.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # a span in the form
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    panel = open_adjudication(window, qtbot)
    assert panel.model.rowCount() == len(DISTRICTS)
    assert window.dockWidgetArea(panel) == Qt.DockWidgetArea.BottomDockWidgetArea  # its default place
    return panel


SIZES = pytest.mark.parametrize("size", [(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])


@SIZES
def test_the_columns_fill_the_table_width_the_versions_sharing_it(window, store, qtbot, language, size):
    table = settled(window, store, qtbot, size).table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: strip(table) == 0)  # once laid out, and again with its scroll bar
    for _ in range(3):
        QApplication.processEvents()
    assert strip(table) == 0 and table.horizontalScrollBar().maximum() == 0
    for column in (0, 1, 4):  # Where, Text, Decision: as wide as their contents, whole
        assert header.sectionSize(column) == max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
    assert header.sectionSize(2) > header.sectionSize(1) and abs(header.sectionSize(2) - header.sectionSize(3)) <= 1
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.adjudication)
    qtbot.waitUntil(lambda: table.width() < 700)
    # beside the article too: they fill its width, or each version keeps its least and the table scrolls
    qtbot.waitUntil(lambda: strip(table) == 0 or header.sectionSize(2) == header.sectionSize(3) == VERSION_LEAST)
    assert strip(table) <= 0 and (strip(table) == 0) == (table.horizontalScrollBar().maximum() == 0)


@SIZES
def test_a_768_px_window_shows_eight_rows_of_the_table(window, store, qtbot, language, size):
    panel = settled(window, store, qtbot, size)
    table = panel.table
    qtbot.waitUntil(lambda: rows_in_view(table) >= WANTED_ROWS, timeout=3000)  # the window's deferred fits
    for _ in range(3):
        QApplication.processEvents()
    assert rows_in_view(table) >= WANTED_ROWS, (table.viewport().height(), table.rowHeight(0))
    # the column beside the article keeps what a short window promises it, and two rows of the form's fields
    _check(window, store)
    assert rows_of_fields_shown(window.form) >= 2
    # a key still decides the row it is on: bo's 湖里
    panel._select(0)
    qtbot.keyClick(table, Qt.Key.Key_2)
    assert [(a.start, a.end) for a in store.annotations() if a.annotator == "gold"] == [(0, 2)]


def test_its_title_runs_up_its_side_below_the_article_and_on_top_beside_it(window, store, qtbot):
    """(A row more of the table below the article, as wide as the window; beside it, as a panel's.)"""
    vertical = QDockWidget.DockWidgetFeature.DockWidgetVerticalTitleBar
    panel = settled(window, store, qtbot, (1366, 768))
    assert panel.features() & vertical
    panel.setFloating(True)
    qtbot.waitUntil(lambda: not panel.features() & vertical)
    panel.setFloating(False)  # back below the article
    qtbot.waitUntil(lambda: bool(panel.features() & vertical))
    assert window.dockWidgetArea(panel) == Qt.DockWidgetArea.BottomDockWidgetArea
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    qtbot.waitUntil(lambda: not panel.features() & vertical)

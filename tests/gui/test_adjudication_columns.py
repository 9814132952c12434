"""The Adjudication panel shows each coder's version side by side: on the six reports one region's version
(a target naming five parks, and the parks) made its coder's column as wide as the window, and the other
coders' columns, the ones to compare it with, lay out of sight to the right."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store
from annotator.gui.display import span_text
from tests.gui.conftest import add_document

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
PARKS = "以大任产业园、都安临港工业园、南丹工业园、宜州经济开发区、环江工业园等5个市级工业园区为重点"
TEXT = f"{PARKS}，推进园区建设。全年投资55.1亿元。宜州区计划投资3-5亿元建设松元产业园。"
RANGE = "宜州区计划投资3-5亿元"


@pytest.fixture
def project(tmp_path):
    """li marks the target and every park in it; wang and zhao the target alone, zhao the sum too."""
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        doc = add_document(store, "hechi.txt", TEXT)
        for coder in ("li", "wang", "zhao"):
            store.add_annotation(doc, 0, len(PARKS), "TARGET", annotator=coder)
        for park in ("大任产业园", "都安临港工业园", "南丹工业园", "宜州经济开发区", "环江工业园"):
            store.add_annotation(doc, PARKS.index(park), PARKS.index(park) + len(park), "PROJECT", annotator="li")
        store.add_annotation(doc, TEXT.index("55.1亿元"), TEXT.index("55.1亿元") + 6, "AMOUNT", annotator="zhao")
        at = TEXT.index(RANGE)  # the target all three marked, then li and wang the range's two ends, zhao one
        for coder in ("li", "wang", "zhao"):
            store.add_annotation(doc, at, at + len(RANGE), "TARGET", annotator=coder)
            ends = [("3", 0), ("5亿元", 2)] if coder != "zhao" else [("3-5亿元", 0)]
            for piece, offset in ends:
                start = at + RANGE.index("3") + offset
                store.add_annotation(doc, start, start + len(piece), "AMOUNT", annotator=coder)
    return folder


def test_every_coders_version_is_in_sight_and_a_cut_one_whole_in_its_tooltip(window, store, qtbot):
    window.open_document(store.document_id_by_name("hechi.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)
    panel = window.adjudication
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    table, header = panel.table, panel.table.horizontalHeader()
    assert panel.model.coders == ["li", "wang", "zhao"] and panel.model.rowCount() == 3
    qtbot.waitUntil(lambda: header.sectionSize(2) > 0)
    width = table.viewport().width()
    for column in range(2, 5):  # li, wang, zhao: each begins and ends inside the table, none scrolled away
        assert 0 <= header.sectionViewportPosition(column)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= width, (column, width)
    li = panel.model.index(0, 2)
    whole = panel.model.data(li, Qt.ItemDataRole.ToolTipRole)
    assert whole == panel.model.data(li, Qt.ItemDataRole.DisplayRole) and "环江工业园" in whole
    assert header.sectionSize(2) < table.fontMetrics().horizontalAdvance(whole)  # cut: the tooltip says it all
    # the digits still take the coder the column names
    panel._select(0)
    qtbot.keyClick(table, Qt.Key.Key_2)
    assert sorted(a.label for a in store.annotations() if a.annotator == "gold") == ["TARGET"]


def test_a_version_shows_where_it_differs_first_the_spans_all_coders_hold_after(window, store, qtbot):
    # 宜州区计划投资3-5亿元: each version began with the target all three marked, and a column cut to its
    # width showed the same text for li and zhao, the ends of the range (their difference) out of sight
    window.open_document(store.document_id_by_name("hechi.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_J, Ctrl | Shift)
    panel = window.adjudication
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    row = next(i for i, r in enumerate(panel.model.regions) if r.start == TEXT.index(RANGE))
    shown = [panel.model.data(panel.model.index(row, c)) for c in (2, 4)]
    assert shown[0].startswith(span_text("AMOUNT", "3") + " · " + span_text("AMOUNT", "5亿元")), shown
    assert shown[1].startswith(span_text("AMOUNT", "3-5亿元")), shown
    assert all(text.endswith(span_text("TARGET", RANGE)) for text in shown)

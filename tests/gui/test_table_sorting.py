"""The annotation table sorted by a header: the model sorts its rows itself (a key a row), so a
document opens without the sorting proxy's Python calls for every comparison, a label key puts
the new span in its sorted place, and the selection follows its span."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from annotator.core.models import Suggestion
from annotator.gui.models import annotation_table
from annotator.gui.models.annotation_table import ANN_ID_ROLE, LABEL


def click_header(qtbot, window, column):
    header = window.table.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def shown(window):
    proxy = window.table.model()
    return [window.ann_model.by_id(proxy.index(r, 0).data(ANN_ID_ROLE)) for r in range(proxy.rowCount())]


def test_a_header_click_sorts_and_a_new_span_takes_its_sorted_place(window, store, qtbot, agree):
    click_header(qtbot, window, LABEL)
    labels = [a.label for a in shown(window)]
    assert labels == sorted(labels) and len(set(labels)) > 1
    view = window.text_view
    start = view.text.index("集美区")
    view.select_range(start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT
    rows = shown(window)
    assert [a.label for a in rows] == sorted(a.label for a in rows)
    added = next(a for a in store.annotations(window.doc_id) if a.start == start and a.label == "DISTRICT")
    assert added.id in {a.id for a in rows}
    districts = [a.start for a in rows if a.label == "DISTRICT"]
    assert districts == sorted(districts)  # ties in text order
    assert window.table.currentIndex().data(ANN_ID_ROLE) == window.selected_id
    click_header(qtbot, window, LABEL)  # again: the other way round
    labels = [a.label for a in shown(window)]
    assert labels == sorted(labels, reverse=True)
    agree(window)


def test_the_proxy_never_sorts_itself_so_opening_a_document_costs_a_key_a_row(window, qtbot):
    """A sorting proxy asks two Python data() calls a comparison (10,000 spans: 1.7 s on every
    document switch); here the model sorts with one key a row, and the proxy only filters."""
    doc_id = window.doc_model.doc_ids()[0]
    text = window.store.document(doc_id).text
    window.store.add_suggestions(doc_id, [Suggestion(i, i + 1, "TARGET", text[i], {}, 0.5, "t", "t")
                                          for i in range(0, len(text) - 1, 2)])
    click_header(qtbot, window, LABEL)
    proxy = window.table.model()
    assert proxy.sortColumn() == -1 and window.table.horizontalHeader().sortIndicatorSection() == LABEL
    keys = []
    key = annotation_table.AnnotationTableModel._key
    window.ann_model._key = lambda a: (keys.append(a.id), key(window.ann_model, a))[1]
    window.open_document(window.doc_model.doc_ids()[1])
    window.open_document(doc_id)
    n = window.ann_model.rowCount()
    assert n > 30 and len(keys) <= n + len(window.store.annotations(window.doc_model.doc_ids()[1]))
    assert [a.label for a in shown(window)] == sorted(a.label for a in shown(window))


def test_values_sort_by_their_number_and_large_ones_show_grouped(window, store, qtbot):
    """45亿元 before 230亿元 (as text, "23000000000" came first), larger first the other way round;
    a sum shows as 4,500,000,000, not a run of zeros to count."""
    doc_id = window.doc_id
    text = store.document(doc_id).text
    store.add_suggestions(doc_id, [Suggestion(0, 1, "AMOUNT", text[0], {"yuan": 23_000_000_000}, 0.9, "t", "t"),
                                   Suggestion(2, 3, "AMOUNT", text[2], {"yuan": 4_500_000_000}, 0.9, "t", "t"),
                                   Suggestion(4, 5, "AMOUNT", text[4], {"yuan": 800}, 0.9, "t", "t")])
    window.open_document(doc_id)
    click_header(qtbot, window, annotation_table.VALUE)
    amounts = [a.value["yuan"] for a in shown(window) if a.label == "AMOUNT" and "yuan" in a.value]
    assert amounts == sorted(amounts) and {23_000_000_000, 4_500_000_000, 800} <= set(amounts)
    numbered = [a for a in shown(window) if annotation_table.value_sort_key(a.value)[0] is False]
    assert shown(window)[:len(numbered)] == numbered  # numbers before names and codes
    click_header(qtbot, window, annotation_table.VALUE)
    amounts = [a.value["yuan"] for a in shown(window) if a.label == "AMOUNT" and "yuan" in a.value]
    assert amounts == sorted(amounts, reverse=True)
    proxy = window.table.model()
    cells = {proxy.index(r, annotation_table.VALUE).data() for r in range(proxy.rowCount())}
    assert "4,500,000,000" in cells and "800" in cells

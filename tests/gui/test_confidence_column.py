"""The annotation list's Confidence column: a suggestion's stored confidence as 0.95, empty for a
span made by hand; a header click sorts the rows by it (those without one last, ties in text
order), its header in Chinese, and a window whose state was saved before it existed shows it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.gui.models.annotation_table import (
    ANN_ID_ROLE,
    CONFIDENCE,
    END,
    LABEL,
    ORIGIN,
    START,
    STATUS,
    TEXT,
    VALUE,
)
from tests.gui.test_table_sorting import click_header

CONFIDENCES = (0.95, 0.3, 0.95)  # the three suggestions of a.txt in text order: a tie among them


def shown_ids(window) -> list[int]:
    proxy = window.table.model()
    return [proxy.index(r, 0).data(ANN_ID_ROLE) for r in range(proxy.rowCount())]


def cell(window, ann_id: int, column: int):
    return window.ann_model.index(window.ann_model.row_of(ann_id), column).data()


def scored_document(window, store, qtbot) -> list[int]:
    """a.txt's suggestions given CONFIDENCES, one span labelled by hand (the real keys); the ids in text order."""
    doc_id = window.doc_id
    suggestions = store.annotations(doc_id)
    for a, confidence in zip(suggestions, CONFIDENCES, strict=True):
        store.update_annotation(a.id, confidence=confidence)
    window.open_document(doc_id)
    start = window.text_view.text.index("集美区")
    window.text_view.select_range(start, start + 3)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # DISTRICT, by hand
    assert window.errors == []
    return [a.id for a in store.annotations(doc_id)]


def test_the_column_shows_the_stored_confidence_and_none_for_a_span_made_by_hand(window, store, qtbot):
    ids = scored_document(window, store, qtbot)
    spans = {a.id: a for a in store.annotations(window.doc_id)}
    by_hand = [i for i in ids if spans[i].origin == "manual"]
    assert len(by_hand) == 1 and len(ids) == 4
    assert window.ann_model.headerData(CONFIDENCE, Qt.Orientation.Horizontal) == "Confidence"
    assert [cell(window, i, CONFIDENCE) for i in ids if i not in by_hand] == ["0.95", "0.30", "0.95"]
    assert cell(window, by_hand[0], CONFIDENCE) is None  # empty: its confidence means nothing
    assert cell(window, by_hand[0], ORIGIN) == "manual"


def test_a_header_click_sorts_by_confidence_either_way_ties_in_text_order(window, store, qtbot, agree):
    ids = scored_document(window, store, qtbot)

    def expected(descending: bool) -> list[int]:
        spans = store.annotations(window.doc_id)  # in text order: ties stay so
        scored = sorted((a for a in spans if a.origin != "manual"),
                        key=lambda a: -a.confidence if descending else a.confidence)
        return [a.id for a in scored] + [a.id for a in spans if a.origin == "manual"]  # none: last

    click_header(qtbot, window, CONFIDENCE)
    assert window.table.horizontalHeader().sortIndicatorSection() == CONFIDENCE
    assert shown_ids(window) == expected(False) != ids
    click_header(qtbot, window, CONFIDENCE)  # again: the other way round
    assert shown_ids(window) == expected(True)
    assert [cell(window, i, CONFIDENCE) for i in shown_ids(window)] == ["0.95", "0.95", "0.30", None]
    moved = ids[1]  # the least sure, made the surest: it moves to the top
    window.ann_model.apply(store.update_annotation(moved, confidence=0.99))
    assert shown_ids(window)[0] == moved
    agree(window)


def test_the_header_is_chinese_and_the_column_fits_it_and_two_decimals(window, store, qtbot):
    scored_document(window, store, qtbot)
    header = window.table.horizontalHeader()
    window.commands.set_language("zh_CN")
    try:
        assert window.ann_model.headerData(CONFIDENCE, Qt.Orientation.Horizontal) == "置信度"
        needed = header.fontMetrics().horizontalAdvance("置信度")
        assert needed < header.sectionSize(CONFIDENCE) < 3 * window.table.fontMetrics().horizontalAdvance("0.95") + 60
    finally:
        window.commands.set_language("en")
    english = header.fontMetrics().horizontalAdvance("Confidence")
    assert english < header.sectionSize(CONFIDENCE) <= english + 40  # the header whole, no more room than it


def test_a_window_state_saved_before_the_column_opens_with_every_column_shown(window, qtbot, settings):
    """The table's header is not saved (its widths come from the document at each open): a window
    state, geometry and splitters saved by an older version leave all eight columns in place."""
    from annotator.gui.main_window import MainWindow

    window.main_splitter.setSizes([300, 500, 480])
    window.settings.save_window(window)
    settings.sync()
    assert not [k for k in settings.q.allKeys() if "header" in k.lower() or "annotationTable" in k]
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.resize(1280, 800)
    again.show()
    qtbot.waitExposed(again)
    assert again.open_project(window.store.folder)
    header = again.table.horizontalHeader()
    order = sorted(range(again.ann_model.columnCount()), key=header.visualIndex)
    assert order == [LABEL, TEXT, VALUE, STATUS, ORIGIN, CONFIDENCE, START, END]
    assert not any(header.isSectionHidden(c) for c in order) and all(header.sectionSize(c) > 20 for c in order)
    assert again.ann_model.index(0, CONFIDENCE).data() == "0.80"  # the fixture's suggestions
    again.close()

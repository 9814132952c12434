"""The document list: file names, title and date (metadata), counts and done mark in columns,
sorted by a click on a header; the open document stays the highlighted row through filtering;
at the default window size names, titles, counts and the annotation table's values are not cut off."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from annotator.core.models import Suggestion
from annotator.gui.models.annotation_table import VALUE
from annotator.gui.models.document_list import ACCEPTED, DATE, DOC_ID_ROLE, DONE, NAME, OPEN, TITLE
from tests.gui.conftest import add_document

Left = Qt.MouseButton.LeftButton


def rows(panel, column=NAME):
    return [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]


def highlighted(panel):
    """The names of the rows the list highlights (selected), and the current row's."""
    selected = [i.data() for i in panel.view.selectionModel().selectedRows(NAME)]
    current = panel.view.currentIndex()
    return selected, (panel.proxy.index(current.row(), NAME).data() if current.isValid() else None)


def click_header(qtbot, panel, column):
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Left, pos=QPoint(x, header.height() // 2))


def click_row(qtbot, panel, name):
    row = rows(panel).index(name)
    rect = panel.view.visualRect(panel.proxy.index(row, NAME))
    qtbot.mouseClick(panel.view.viewport(), Left, pos=rect.center())


def test_the_list_shows_file_names_titles_and_counts_in_columns(window, store, qtbot):
    panel = window.panel
    assert rows(panel) == ["a.txt", "b.txt", "c.txt"]  # the file names, not the first lines
    assert rows(panel, TITLE)[0] == store.document(store.document_id_by_name("a.txt")).title
    assert rows(panel, ACCEPTED) == [0, 0, 0] and rows(panel, OPEN) == [3, 2, 0]
    assert [panel.proxy.index(r, DONE).data(Qt.ItemDataRole.CheckStateRole) for r in range(3)] == [
        Qt.CheckState.Unchecked] * 3
    headers = [panel.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.proxy.columnCount())]
    assert headers == ["Name", "Title", "Date", "Spans", "Open", "Done"]
    assert panel.view.isColumnHidden(DATE)  # no document has a date yet
    doc_b = store.document_id_by_name("b.txt")
    window.ops.set_metadata(doc_b, "date", "2024-01-15")  # as the form's fields do
    window.ops.set_metadata(doc_b, "title", "海沧区政府工作报告")
    assert not panel.view.isColumnHidden(DATE)
    assert rows(panel, DATE) == ["", "2024-01-15", ""] and rows(panel, TITLE)[1] == "海沧区政府工作报告"
    tip = panel.proxy.index(1, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["b.txt", "海沧区政府工作报告", "2024-01-15"]  # the full texts
    qtbot.keyClicks(panel.filter_edit, "2024-01")  # the filter reads dates and titles too
    assert rows(panel) == ["b.txt"]


def test_sorting_by_a_header_click_numbers_as_numbers(window, store, qtbot):
    panel = window.panel
    click_header(qtbot, panel, OPEN)
    assert rows(panel, OPEN) == [0, 2, 3]
    click_header(qtbot, panel, OPEN)
    assert rows(panel) == ["a.txt", "b.txt", "c.txt"] and rows(panel, OPEN) == [3, 2, 0]
    assert highlighted(panel) == (["a.txt"], "a.txt")  # the open document, wherever it moved
    click_header(qtbot, panel, NAME)
    click_header(qtbot, panel, NAME)
    assert rows(panel) == ["c.txt", "b.txt", "a.txt"]
    assert highlighted(panel) == (["a.txt"], "a.txt")


def test_after_filtering_and_clearing_the_filter_the_open_document_is_highlighted(window, store, qtbot):
    panel = window.panel
    assert window.store.document(window.doc_id).name == "a.txt"
    assert highlighted(panel) == (["a.txt"], "a.txt")
    qtbot.keyClicks(panel.filter_edit, "c.txt")
    assert rows(panel) == ["c.txt"]
    assert highlighted(panel) == ([], None)  # the open document is hidden: no other row stands for it
    panel.filter_edit.selectAll()
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Backspace)
    assert rows(panel) == ["a.txt", "b.txt", "c.txt"]
    assert highlighted(panel) == (["a.txt"], "a.txt")
    click_header(qtbot, panel, OPEN)  # sorted, filtered to b, b opened, filter cleared
    qtbot.keyClicks(panel.filter_edit, "b.t")
    click_row(qtbot, panel, "b.txt")
    assert window.store.document(window.doc_id).name == "b.txt"
    panel.filter_edit.clear()
    assert rows(panel) == ["c.txt", "b.txt", "a.txt"]
    assert highlighted(panel) == (["b.txt"], "b.txt")
    assert panel.view.currentIndex().data(DOC_ID_ROLE) == window.doc_id
    qtbot.mouseClick(panel.open_only, Left)  # the other filter: c has no open suggestions
    assert rows(panel) == ["b.txt", "a.txt"] and highlighted(panel) == (["b.txt"], "b.txt")


def test_at_the_default_size_names_titles_and_values_are_not_cut_off(window, store, qtbot):
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    panel, view = window.panel, window.panel.view
    header = view.horizontalHeader()
    fm = view.fontMetrics()
    for name in rows(panel):
        assert fm.horizontalAdvance(name) < header.sectionSize(NAME)
    assert header.sectionSize(TITLE) >= 80  # the title has room; longer ones are elided in the middle
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    for column in range(panel.proxy.columnCount()):  # every column in view, none off to the right
        if not view.isColumnHidden(column):
            assert header.sectionViewportPosition(column) + header.sectionSize(column) <= view.viewport().width()
    table = window.table
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # 厦门市, given its value as the form does
    window.ops.update(window.selected_id, value={"name": "福建省厦门市思明区", "code": "350203"})
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # 55.1亿元
    window.ops.update(window.selected_id, value={"yuan": 5510000000, "qualifier": "超"})
    values = [window.ann_proxy.index(r, VALUE).data() for r in range(window.ann_proxy.rowCount())]
    assert any(values)
    columns = table.horizontalHeader()
    right = columns.sectionViewportPosition(VALUE) + columns.sectionSize(VALUE)
    assert 0 <= columns.sectionViewportPosition(VALUE) and right <= table.viewport().width()
    for value in values:
        assert table.fontMetrics().horizontalAdvance(value) < columns.sectionSize(VALUE), value
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle


def shown_whole(panel, column) -> bool:
    """Every count of the column fits its cell (a cell's margins: 3 pixels a side)."""
    fm, width = panel.view.fontMetrics(), panel.view.horizontalHeader().sectionSize(column)
    return all(fm.horizontalAdvance(str(n)) + 6 < width for n in rows(panel, column))


def test_a_count_of_five_digits_is_shown_whole_not_elided(window, store, qtbot):
    # a 400,000-character report had 10,655 open suggestions: the list showed "1…5"
    text = "湖里区，" * 10_500
    doc_id = add_document(store, "long.txt", text)
    store.add_suggestions(doc_id, [Suggestion(i * 4, i * 4 + 3, "DISTRICT", "湖里区", origin="test")
                                   for i in range(10_500)])
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # another program added it
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    qtbot.waitUntil(lambda: "long.txt" in rows(window.panel))
    assert 10_500 in rows(window.panel, OPEN) and shown_whole(window.panel, OPEN)
    window.panel.model.set_store(window.store)  # opened afresh: fitted to what is there
    assert shown_whole(window.panel, OPEN)
    a = store.annotations(store.document_id_by_name("a.txt"))[0]
    ids = [s.id for s in store.annotations(doc_id)[:5]]
    store.set_status(ids, "accepted")  # counts changed in place (no new document): still whole
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    qtbot.waitUntil(lambda: 10_495 in rows(window.panel, OPEN))
    assert shown_whole(window.panel, OPEN) and shown_whole(window.panel, ACCEPTED) and a.id


def test_n_and_p_stay_inside_the_documents_the_filtered_list_shows(window, store, qtbot):
    doc_a, doc_b = store.document_id_by_name("a.txt"), store.document_id_by_name("b.txt")
    window.open_document(doc_a)
    qtbot.keyClicks(window.panel.filter_edit, "a.txt")
    assert rows(window.panel) == ["a.txt"]
    window.text_view.setFocus()
    for key in [Qt.Key.Key_N] * 4 + [Qt.Key.Key_P] * 4:  # round a.txt's three open suggestions and back
        qtbot.keyClick(window.text_view, key)
        assert window.doc_id == doc_a and window.selected_id is not None
    assert window.selected_id == max(a.id for a in store.annotations(doc_a))  # the last of a.txt
    window.panel.filter_edit.clear()
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    assert window.doc_id == doc_b  # unfiltered, N walks on into b.txt

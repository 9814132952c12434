"""The annotation table's filter tests the document's rows in one pass a change (their texts read
at once, not a row at a time as Qt asks), and what is shown still follows edits, sorting, new
spans and the selection (gui/models/annotation_filter_proxy.py's PassingRows)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.models import Suggestion
from annotator.gui.models.annotation_table import ANN_ID_ROLE, TEXT
from tests.gui.conftest import add_document, type_chinese

LINE = "厦门市投资55.1亿元。集美区投资8亿元。海沧区完成3245.7万元。\n"
PIECES = [("DISTRICT", "厦门市"), ("AMOUNT", "55.1亿元"), ("DISTRICT", "集美区"), ("AMOUNT", "8亿元"),
          ("DISTRICT", "海沧区"), ("AMOUNT", "3245.7万元")]


def shown(window) -> list[int]:
    proxy = window.ann_proxy
    return [proxy.index(r, 0).data(ANN_ID_ROLE) for r in range(proxy.rowCount())]


def ids(store, doc_id, keep) -> set[int]:
    return {a.id for a in store.annotations(doc_id) if keep(a)}


def test_each_key_in_the_text_filter_reads_the_rows_texts_once_and_edits_sorts_and_new_spans_follow_it(
        window, store, qtbot, monkeypatch):
    text = LINE * 5
    doc = add_document(store, "many.txt", text)
    at = 0
    for _ in range(5):
        store.add_suggestions(doc, [Suggestion(text.index(p, at), text.index(p, at) + len(p), label, p, value={},
                                               origin="test") for label, p in PIECES])
        at += len(LINE)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(doc)
    model, bar, view = window.ann_model, window.table_filter, window.text_view
    rows = model.rowCount()
    assert rows == 30
    reads: list[int] = []
    texts_of = model.texts_of
    monkeypatch.setattr(model, "texts_of", lambda some: reads.append(len(some)) or texts_of(some))

    bar.text_edit.setFocus()
    type_chinese(bar.text_edit, "亿")
    assert reads == [rows]  # every row's text at once, for the key
    assert set(shown(window)) == ids(store, doc, lambda a: "亿" in a.text) and len(shown(window)) == 10
    chosen = next(a.id for a in store.annotations(doc) if a.text == "55.1亿元")
    window.select_annotation(chosen)
    type_chinese(bar.text_edit, "元")
    assert reads == [rows, rows]
    assert set(shown(window)) == ids(store, doc, lambda a: "亿元" in a.text)
    assert window.table.currentIndex().data(ANN_ID_ROLE) == chosen  # the selection kept through the key
    assert [i.data(ANN_ID_ROLE) for i in window.table.selectionModel().selectedRows()] == [chosen]

    other = next(i for i in shown(window) if i != chosen)
    reads.clear()
    window.select_annotation(other)
    window.editing.accept_selected()  # its row changed while filtered: that row alone tested again
    assert reads == [1] and other in shown(window)
    window.select_annotation(chosen)
    window.editing.reject_selected()  # the first rejected: hidden (the rows tested anew, some to hide now)
    assert set(shown(window)) == ids(store, doc, lambda a: "亿元" in a.text and a.status != "rejected")
    assert chosen not in shown(window) and len(shown(window)) == 9
    reads.clear()
    window.select_annotation(other)
    window.editing.reject_selected()  # another: that row alone
    assert reads == [1] and other not in shown(window) and len(shown(window)) == 8

    window.table.sortByColumn(TEXT, Qt.SortOrder.DescendingOrder)  # the rows in another order: tested anew
    texts = [model.text_of(model.row(model.row_of(i))) for i in shown(window)]
    assert set(shown(window)) == ids(store, doc, lambda a: "亿元" in a.text and a.status != "rejected")
    assert texts == sorted(texts, reverse=True) and texts[0] == "8亿元"

    start = text.index("投资55.1亿元", len(LINE))
    other_start = text.index("完成", len(LINE))
    for begin, end in ((start, start + 8), (other_start, other_start + 2)):  # 投资55.1亿元 passes, 完成 does not
        view.setFocus()
        view.select_range(begin, end)
        qtbot.keyClick(view, Qt.Key.Key_1)
    made = {a.text: a.id for a in store.annotations(doc) if a.origin == "manual"}
    assert set(made) == {"投资55.1亿元", "完成"}
    assert made["投资55.1亿元"] in shown(window) and made["完成"] not in shown(window)
    assert set(shown(window)) == ids(store, doc, lambda a: "亿元" in a.text and a.status != "rejected")

    bar.text_edit.clear()
    assert set(shown(window)) == ids(store, doc, lambda a: a.status != "rejected") and len(shown(window)) == 30

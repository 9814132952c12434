"""How much work the window does for a key press and for opening a project, counted (not timed):
a label key reads no other span to update the filter boxes (a new annotator or origin is added
from the new row), and sorts no list of all spans; the document list's filter asks nothing of a
row while no filter is set."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core import review, span_layout
from annotator.gui.models import document_list
from annotator.gui.widgets import annotation_filter, text_view


def label(window, qtbot, piece: str) -> None:
    view = window.text_view
    start = view.text.index(piece)
    view.select_range(start, start + len(piece))
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.wait(10)  # the event loop's turn after the key (a refill would come then)


def test_a_label_key_adds_a_new_annotator_or_origin_to_the_filter_boxes_without_a_pass_over_all_spans(
        window, qtbot, monkeypatch):
    refills, sorts = [], []
    refresh = annotation_filter.AnnotationFilterBar.refresh_choices
    monkeypatch.setattr(annotation_filter.AnnotationFilterBar, "refresh_choices",
                        lambda self: (refills.append(1), refresh(self)))

    class Sorted(span_layout.SortedSpans):
        def __init__(self, spans=()):
            sorts.append(1)
            super().__init__(spans)

    monkeypatch.setattr(text_view, "SortedSpans", Sorted)
    bar = window.table_filter
    assert bar.annotator_box.findData("tester") < 0 and bar.origin_box.findData("manual") < 0
    label(window, qtbot, "湖里区")  # the first span by "tester", origin manual: new in both boxes
    assert bar.annotator_box.findData("tester") > 0 and bar.origin_box.findData("manual") > 0
    items = [bar.origin_box.itemData(i) for i in range(bar.origin_box.count())]
    label(window, qtbot, "集美区")
    assert [bar.origin_box.itemData(i) for i in range(bar.origin_box.count())] == items  # nothing new
    assert refills == []  # neither key read the other spans again
    assert sorts == []  # the spans were kept sorted, not sorted again
    assert len(window.ann_model.annotations()) == 5
    window.open_document(window.doc_id)  # another document (here the same, read again): a full pass
    qtbot.waitUntil(lambda: len(refills) == 1)
    assert bar.annotator_box.findData("tester") > 0


def test_the_document_list_filter_asks_nothing_of_a_row_while_no_filter_is_set(window, monkeypatch):
    asked = []
    document = document_list.DocumentListModel.document
    monkeypatch.setattr(document_list.DocumentListModel, "document", lambda self, row: (asked.append(row),
                                                                                        document(self, row))[1])
    window.doc_model.reload()
    assert window.panel.proxy.rowCount() == 3 and asked == []
    window.panel.filter_edit.setText("b.")
    assert window.panel.proxy.rowCount() == 1 and asked


def test_the_project_totals_and_dates_are_kept_up_to_date_not_recounted(window, store, qtbot):
    model = window.doc_model

    def recounted():
        docs = store.documents()
        return review.totals(docs, store.document_counts()), any(d.metadata.get("date") for d in docs)

    ids = model.doc_ids()
    open_ = [a.id for a in store.annotations(ids[0]) if a.status == "suggested"]
    window.ops.accept(open_[:1])
    window.ops.reject(open_[1:2])
    label(window, qtbot, "湖里区")
    window.ops.set_done(ids[1], True)
    model.setData(model.index(model.row_of(ids[2]), document_list.DONE), Qt.CheckState.Checked,
                  Qt.ItemDataRole.CheckStateRole)
    assert (model.totals(), model.has_dates()) == recounted()
    assert model.totals()[0] == 2
    window.ops.set_metadata(ids[0], "date", "2024-03-01")
    assert (model.totals(), model.has_dates()) == recounted() and model.has_dates()
    for _ in range(6):
        window.undo_stack.undo()
        assert (model.totals(), model.has_dates()) == recounted()
    assert not model.has_dates()

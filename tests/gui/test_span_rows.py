"""The window's narrow rows: the table shows from them what it showed from whole spans, a span
is read whole (as stored now) when shown or edited, and the filter proxy calls Python for each
row only while something is to be filtered out."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.span_row import span_row
from annotator.core.store import Store
from annotator.gui.models.annotation_table import ANN_ID_ROLE, SORT_ROLE, AnnotationFilterProxy, AnnotationTableModel

ROLES = [Qt.ItemDataRole.DisplayRole, SORT_ROLE, ANN_ID_ROLE, Qt.ItemDataRole.DecorationRole,
         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole]


def cells(model: AnnotationTableModel) -> list[list]:
    return [[model.index(r, c).data(role) for c in range(model.columnCount()) for role in ROLES]
            for r in range(model.rowCount())]


def test_narrow_rows_give_the_table_the_whole_spans_contents(project, qtmodeltester):
    with Store.open(project) as store:
        doc_id = store.documents()[0].id
        text = store.document(doc_id).text
        first, second = store.annotations(doc_id)[:2]
        store.update_annotation(first.id, value={"name": "湖里区", "code": "350206"}, note="checked")
        store.set_status([second.id], "rejected")
        store.add_annotation(doc_id, 3, 6, "DISTRICT")
        whole, narrow = AnnotationTableModel(), AnnotationTableModel()
        for model in (whole, narrow):
            model.set_label_colors({label.name: label.color for label in store.labels()})
        whole.set_annotations(doc_id, store.annotations(doc_id))  # the old read: every span whole
        narrow.set_rows(doc_id, store.span_rows(doc_id), text, store)  # the window's read
        assert cells(narrow) == cells(whole) and narrow.rowCount() == 4
        assert store.span_rows(doc_id) == [span_row(a) for a in store.annotations(doc_id)]
        assert narrow.text_spans("DISTRICT") == whole.text_spans("DISTRICT")
        for column in range(7):
            for model in (whole, narrow):
                model.sort(column, Qt.SortOrder.DescendingOrder)
            assert cells(narrow) == cells(whole)
        qtmodeltester.check(narrow)


def test_a_span_is_read_whole_as_another_connection_left_it(window, store):
    doc_id = window.doc_id
    span = window.ann_model.row(0)
    store.update_annotation(span.id, note="from another program", value={"name": "思明区"})
    a = window.ann_model.by_id(span.id)
    assert a is not None and a.note == "from another program" and a.value == {"name": "思明区"}
    assert "from another program" in window.ann_model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    window.select_annotation(span.id)
    assert window.form.annotation().note == "from another program"
    store.delete_annotations([span.id])
    assert window.ann_model.by_id(span.id) is None  # gone: nothing to show or edit
    window.reload()
    assert window.ann_model.row_of(span.id) == -1 and window.doc_id == doc_id


def test_the_proxy_filters_in_python_only_while_something_is_to_be_hidden(window, store, agree):
    proxy, model = window.ann_proxy, window.ann_model
    assert not model.has_rejected() and "filterAcceptsRow" not in proxy.__dict__  # Qt's own: every row
    rows = model.rowCount()
    assert proxy.rowCount() == rows
    window.select_annotation(model.row(0).id)
    window.editing.reject_selected()  # a rejected row: hidden, so the proxy now filters
    assert model.has_rejected() and "filterAcceptsRow" in proxy.__dict__
    assert proxy.rowCount() == rows - 1
    agree(window)
    window.set_show_rejected(True)
    assert "filterAcceptsRow" not in proxy.__dict__ and proxy.rowCount() == rows
    proxy.set_text("松元")
    assert "filterAcceptsRow" in proxy.__dict__ and 0 < proxy.rowCount() < rows
    proxy.set_text("")
    window.set_show_rejected(False)
    window.undo_stack.undo()  # accepted again: no row to hide
    window.open_document(window.doc_id)
    assert "filterAcceptsRow" not in proxy.__dict__ and proxy.rowCount() == rows
    agree(window)


def test_a_bare_proxy_over_the_model_filters_as_before(project):
    with Store.open(project) as store:
        doc_id = store.documents()[0].id
        store.set_status([store.annotations(doc_id)[0].id], "rejected")
        model, proxy = AnnotationTableModel(), AnnotationFilterProxy()
        proxy.setSourceModel(model)
        model.set_rows(doc_id, store.span_rows(doc_id), store.document(doc_id).text, store)
        assert proxy.rowCount() == model.rowCount() - 1
        proxy.set_only("status", "rejected")
        assert proxy.rowCount() == 1

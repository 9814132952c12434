"""What a label key changes on screen, and only that: the new span selected once (in the table,
in view; in the form; in the text), the selected span drawn over the text only while it is on
screen, the filter proxy answering a painted cell from the model's row at once, and the form's
buttons set once a span."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from annotator.core.labels import fields_of
from annotator.core.store import Store
from annotator.gui.models.annotation_table import ANN_ID_ROLE, SORT_ROLE, AnnotationFilterProxy, AnnotationTableModel
from tests.gui.conftest import Events, add_document

LINE = "海沧区推进产业园建设，完成投资12.4亿元。\n"
ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
         Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, ANN_ID_ROLE, SORT_ROLE]


@pytest.fixture
def many(window, store):
    """A document of 600 lines, 海沧区 of each a suggestion: the table scrolls to follow a key."""
    text = LINE * 600
    doc = add_document(store, "many.txt", text)
    for i in range(600):
        store.add_annotation(doc, i * len(LINE), i * len(LINE) + 3, "DISTRICT", status="suggested", origin="test")
    window.reload()
    window.open_document(doc)
    window.text_view.flush_formatting()
    return doc, text


def test_a_label_key_selects_its_span_once_and_the_table_shows_it(window, store, qtbot, many):
    doc, text = many
    view = window.text_view
    view.scroll_to(len(text) // 2)
    qtbot.keyClick(view, Qt.Key.Key_N)  # a suggestion selected first: the key moves the selection from it
    old = window.selected_id
    assert old is not None
    start = text.index("完成投资", view.visible_range()[0])
    view.select_range(start, start + 4)
    shown: list[int | None] = []
    real = window.form.show_annotation
    window.form.show_annotation = lambda a: (shown.append(a.id if a else None), real(a))
    qtbot.keyClick(view, Qt.Key.Key_1)
    new = next(a for a in store.annotations(doc) if a.start == start)
    assert shown == [new.id]  # not the old span again on the way
    assert window.selected_id == new.id and view.selected_id() == new.id
    assert window.form.text_label.text() == "完成投资"
    table = window.table
    current = table.currentIndex()
    assert current.data(ANN_ID_ROLE) == new.id
    assert [i.data(ANN_ID_ROLE) for i in table.selectionModel().selectedRows()] == [new.id]
    assert table.viewport().rect().contains(table.visualRect(current))  # scrolled to it


def test_the_selected_span_is_drawn_over_the_text_only_while_on_screen(window, qtbot, many):
    """Qt measures a selection it drops by walking the blocks between it and the top of the view:
    one left far away is dropped as it leaves the screen, not at the next key."""
    view = window.text_view
    view.scroll_to(0)
    qtbot.keyClick(view, Qt.Key.Key_N)
    first = window.selected_id
    assert [s.cursor.selectionStart() for s in view.extraSelections()] == [0]
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.extraSelections() == [] and view.selected_id() == first
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert [s.cursor.selectionStart() for s in view.extraSelections()] == [0]


def test_the_filter_proxy_answers_each_cell_as_the_model_does(project):
    """While it hides nothing, the proxy reads a cell from the model's row at once; while it hides
    rows, Qt's way: either way every role of every cell is the model's."""
    with Store.open(project) as store:
        doc_id = store.documents()[0].id
        store.set_status([store.annotations(doc_id)[0].id], "rejected")
        model = AnnotationTableModel()
        model.set_rows(doc_id, store.span_rows(doc_id), store.document(doc_id).text, store)
        proxy = AnnotationFilterProxy()
        proxy.setSourceModel(model)

        def same() -> None:
            for row in range(proxy.rowCount()):
                for col in range(proxy.columnCount()):
                    index = proxy.index(row, col)
                    for role in ROLES:
                        assert index.data(role) == proxy.mapToSource(index).data(role), (row, col, role)

        assert proxy.rowCount() == model.rowCount() - 1  # the rejected row hidden
        same()
        proxy.set_show_rejected(True)
        assert proxy.rowCount() == model.rowCount()
        same()
        assert proxy.index(0, 0).data() == model.index(0, 0).data()
        assert proxy.index(-1, 0).data() is None


def test_the_form_sets_a_button_once_for_a_span(window, store):
    """A button disabled and enabled again is drawn again: the form sets each once."""
    accepted = [a for d in store.documents() for a in store.annotations(d.id)][:2]
    store.set_status([a.id for a in accepted], "accepted")
    first, second = (store.annotation(a.id) for a in accepted)
    form = window.form
    form.show_annotation(first)
    spy = Events(form.accept_button, QEvent.Type.EnabledChange)
    form.show_annotation(second)
    assert spy.count == 0 and not form.accept_button.isEnabled() and form.reject_button.isEnabled()
    form.show_annotation(None)
    assert spy.count == 0 and not form.accept_button.isEnabled()
    form.show_annotation(first.with_(status="suggested"))
    assert spy.count == 1 and form.accept_button.isEnabled()


def test_the_form_shows_or_hides_its_value_rows_only_when_they_change(window, store, monkeypatch):
    """A setRowVisible costs ~0.1 ms, even one that changes nothing: a span of
    the label shown before sets no row; one of another label sets those that change."""
    form = window.form
    spans = [a for d in store.documents() for a in store.annotations(d.id)]
    districts = [a for a in spans if a.label == "DISTRICT"]
    amount = next(a for a in spans if a.label == "AMOUNT")
    form.show_annotation(districts[0])
    calls = []
    real = form._form.setRowVisible
    monkeypatch.setattr(form._form, "setRowVisible", lambda *args: (calls.append(args), real(*args)))
    form.show_annotation(districts[1])
    assert calls == []
    form.show_annotation(amount)
    shown = {f.key for f in fields_of("AMOUNT")}
    assert calls and all(visible == (key in shown) for key, edit in form._value_edits.items()
                         for widget, visible in calls if widget is edit)
    assert all(form._value_edits[k].isVisibleTo(form) for k in shown if k in form._value_edits)


def test_a_label_key_updates_the_counts_without_laying_out_the_status_bar(window, store, qtbot, many):
    """The counts' labels keep a fixed size: a changed text repaints them alone (a QLabel of
    free size asks the status bar to be laid out again at every key, and the window after it)."""
    doc, text = many
    view = window.text_view
    bar = window.statusBar()

    for n, around in enumerate((0, len(text) // 2)):  # the first key shows a span in the form: not counted
        start = text.index("完成投资", around)
        view.select_range(start, start + 4)
        layouts = Events(bar, QEvent.Type.LayoutRequest)
        qtbot.keyClick(view, Qt.Key.Key_1)
        assert f"{n + 1} accepted" in window.doc_status.text()
        QApplication.sendPostedEvents()  # a layout asked for is a posted event
        QApplication.processEvents()
    assert layouts.count == 0
    label = window.doc_status
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())  # all of it in view
    assert label.height() >= label.fontMetrics().height()


def test_the_form_keeps_the_rows_of_the_last_label_while_nothing_is_selected(window, store):
    """Clicking beside the spans leaves the form's shape alone: the value rows of the label shown
    last stay, emptied and disabled, instead of collapsing and growing again at the next span."""
    form = window.form
    spans = [a for d in store.documents() for a in store.annotations(d.id)]
    amount = next(a for a in spans if a.label == "AMOUNT").with_(value={"yuan": 1_240_000_000})
    rows = {f.key for f in fields_of("AMOUNT")} & set(form._value_edits)
    form.show_annotation(amount)
    assert form._value_edits["yuan"].text() and form._value_edits["yuan"].isEnabled()
    form.show_annotation(None)
    shown = {k for k, edit in form._value_edits.items() if form._form.isRowVisible(edit)}
    assert shown == rows
    assert form._value_edits["yuan"].text() == "" and not form._value_edits["yuan"].isEnabled()
    district = next(a for a in spans if a.label == "DISTRICT")
    form.show_annotation(district)
    assert {k for k, edit in form._value_edits.items() if form._form.isRowVisible(edit)} == \
        {f.key for f in fields_of("DISTRICT")} & set(form._value_edits)


def test_the_first_label_key_of_a_session_moves_no_row_of_the_form(window, store, qtbot):
    """Once the article has painted, the form's rows for a span's words take the height of a line
    of Chinese: the first span shown does not push the rows below it down (a layout and a repaint
    of the whole form at the first key)."""
    doc = add_document(store, "rows.txt", LINE * 50)
    window.reload()
    with qtbot.waitSignal(window.linking.settled, timeout=5000):
        window.open_document(doc)
    form, view = window.form, window.text_view
    assert all(form._form.isRowVisible(form._value_edits[f.key]) for f in fields_of("DISTRICT")
               if f.key in form._value_edits)  # the first label's rows, before any span
    before = {key: caption.geometry() for key, caption in form._captions.items()}
    start = LINE.index("完成投资")
    view.setFocus()
    view.select_range(start, start + 4)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert form.text_label.text() == "完成投资" and store.annotations(doc)[0].start == start
    QApplication.processEvents()
    assert {key: caption.geometry() for key, caption in form._captions.items()} == before

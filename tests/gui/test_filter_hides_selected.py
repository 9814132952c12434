"""A filter of the spans table set so that it hides the selected span (View › Show rejected spans unticked
with a rejected span selected, a label chosen in the box above the table) selected it still: the form and the
article kept it, and Delete next deleted that rejected span unseen (or the form showed one span while the
table's row was another). Such a filter now selects none; a filter that keeps the span's row keeps it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_annotation_filter import choose
from tests.gui.test_row_left_selects_next import press, spans


def on_the_table(window, qtbot) -> None:
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)


def test_unticking_show_rejected_with_a_rejected_span_selected_selects_none_and_delete_deletes_nothing(
        window, store, qtbot):
    doc = window.doc_id
    if not window.window_actions["show_rejected"].isChecked():
        window.window_actions["show_rejected"].trigger()
    on_the_table(window, qtbot)
    city = spans(store, doc)["厦门市"][0]
    press(qtbot, Qt.Key.Key_X)  # rejected, still shown
    window.select_annotation(city)
    assert window.selected_id == city
    window.window_actions["show_rejected"].trigger()  # unticked: the rejected span's row hidden
    assert not window.window_actions["show_rejected"].isChecked()
    assert window.selected_id is None and window.form.annotation() is None
    assert window.text_view.selected_id() is None and window.table.selected_ids() == []
    on_the_table(window, qtbot)
    before = spans(store, doc)
    press(qtbot, Qt.Key.Key_Delete)
    assert spans(store, doc) == before  # nothing deleted, the rejected span kept


def test_a_label_chosen_above_the_table_that_hides_the_selected_span_selects_none(window, store, qtbot):
    doc = window.doc_id
    on_the_table(window, qtbot)
    assert window.selected_id == spans(store, doc)["厦门市"][0]
    choose(qtbot, window.table_filter.label_box, "AMOUNT")
    assert window.selected_id is None and window.form.annotation() is None
    before = spans(store, doc)
    window.text_view.setFocus()
    qtbot.waitUntil(window.text_view.hasFocus)
    press(qtbot, Qt.Key.Key_Delete)
    assert spans(store, doc) == before


def test_a_filter_that_keeps_the_selected_span_keeps_it_selected_through_the_labels_the_arrows_pass(
        window, store, qtbot):
    doc = window.doc_id
    on_the_table(window, qtbot)
    press(qtbot, Qt.Key.Key_Down)
    amount = spans(store, doc)["55.1亿元"][0]
    assert window.selected_id == amount
    choose(qtbot, window.table_filter.label_box, "AMOUNT")
    assert window.selected_id == amount == window.form.annotation().id == window.table.selected_ids()[0]

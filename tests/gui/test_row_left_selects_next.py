"""A row that leaves the filtered annotation table (X or A on a table of suggestions only, X with the
rejected spans hidden) gives the selection to the row that takes its place: the form and the article
kept the span no row showed, and Delete next deleted that rejected span unseen. N goes on from the span
decided (the row selected in its place is the next suggestion, not passed over)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_annotation_filter import choose


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def spans(store, doc_id) -> dict[str, tuple[int, str]]:
    return {a.text: (a.id, a.status) for a in store.annotations(doc_id)}


def suggestions_only_in_the_table(window, qtbot) -> None:
    choose(qtbot, window.table_filter.status_box, "suggested")
    window.table.setFocus()  # its first row, selected
    qtbot.waitUntil(window.table.hasFocus)


def test_x_then_delete_in_a_table_of_suggestions_deletes_the_next_row_not_the_hidden_span(window, store, qtbot):
    doc = window.doc_id
    suggestions_only_in_the_table(window, qtbot)
    (city, _), (amount, _) = spans(store, doc)["厦门市"], spans(store, doc)["55.1亿元"]
    assert window.selected_id == city
    press(qtbot, Qt.Key.Key_X)
    assert spans(store, doc)["厦门市"] == (city, "rejected")
    assert window.selected_id == amount == window.text_view.selected_id() == window.table.selected_ids()[0]
    assert window.form.annotation().id == amount and window.table.hasFocus()
    press(qtbot, Qt.Key.Key_Delete)  # the row the user sees selected
    now = spans(store, doc)
    assert now["厦门市"] == (city, "rejected") and "55.1亿元" not in now


def test_a_in_a_table_of_suggestions_selects_the_next_row_and_n_does_not_pass_it_over(window, store, qtbot):
    doc = window.doc_id
    suggestions_only_in_the_table(window, qtbot)
    ids = {t: i for t, (i, _s) in spans(store, doc).items()}
    press(qtbot, Qt.Key.Key_A)
    assert store.annotation(ids["厦门市"]).status == "accepted" and window.selected_id == ids["55.1亿元"]
    window.text_view.setFocus()
    qtbot.waitUntil(window.text_view.hasFocus)
    press(qtbot, Qt.Key.Key_N)  # the next suggestion after the one accepted: the one selected
    assert window.selected_id == ids["55.1亿元"]
    press(qtbot, Qt.Key.Key_N)
    assert window.selected_id == ids["松元产业园"]


def test_x_on_the_last_row_selects_the_row_before_and_on_the_only_row_none(window, store, qtbot):
    doc = window.doc_id
    suggestions_only_in_the_table(window, qtbot)
    ids = {t: i for t, (i, _s) in spans(store, doc).items()}
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # the last row
    assert window.selected_id == ids["松元产业园"]
    press(qtbot, Qt.Key.Key_X)
    assert window.selected_id == ids["55.1亿元"]
    press(qtbot, Qt.Key.Key_X)
    assert window.selected_id == ids["厦门市"]
    press(qtbot, Qt.Key.Key_X)  # no row left: nothing selected
    assert window.selected_id is None and window.form.annotation() is None
    press(qtbot, Qt.Key.Key_Delete)  # nothing the user sees: nothing deleted
    assert [s for _i, s in spans(store, doc).values()] == ["rejected"] * 3


def test_x_with_rejected_spans_hidden_selects_the_next_row(window, store, qtbot):
    doc = window.doc_id
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    ids = {t: i for t, (i, _s) in spans(store, doc).items()}
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_X)  # 55.1亿元 rejected: hidden
    assert window.selected_id == ids["松元产业园"]
    press(qtbot, Qt.Key.Key_Delete)
    assert spans(store, doc)["55.1亿元"] == (ids["55.1亿元"], "rejected") and "松元产业园" not in spans(store, doc)

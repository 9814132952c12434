"""Keyboard focus: the review keys work wherever the focus is (the document list, the table),
except while typing in a field (the note, a filter), and Esc leaves a field for the article."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.models.document_list import DOC_ID_ROLE, TITLE


def by_text(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def click_document(qtbot, window, name):
    panel = window.panel
    doc_id = window.store.document_id_by_name(name)
    row = next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, TITLE).data(DOC_ID_ROLE) == doc_id)
    rect = panel.view.visualRect(panel.proxy.index(row, TITLE))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_after_clicking_a_document_n_and_the_digits_work_at_once(window, store, qtbot, agree):
    click_document(qtbot, window, "b.txt")
    assert window.store.document(window.doc_id).name == "b.txt"
    assert QApplication.focusWidget() is window.text_view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    amount = by_text(store, window.doc_id, "3245.7万元")
    assert window.selected_id == amount.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)  # DISTRICT: relabelled at once
    assert store.annotation(amount.id).label == "DISTRICT"
    agree(window)


def test_review_keys_work_with_the_focus_in_the_lists(window, store, qtbot, agree):
    window.panel.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.panel.view)
    qtbot.keyClick(window.panel.view, Qt.Key.Key_N)
    first = by_text(store, window.doc_id, "厦门市")
    assert window.selected_id == first.id
    qtbot.keyClick(window.panel.view, Qt.Key.Key_A)
    assert store.annotation(first.id).status == "accepted"
    window.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_N)
    amount = by_text(store, window.doc_id, "55.1亿元")
    assert window.selected_id == amount.id
    qtbot.keyClick(window.table, Qt.Key.Key_X)
    assert store.annotation(amount.id).status == "rejected"
    agree(window)


def test_the_note_takes_typed_keys_and_esc_returns_to_the_text(window, store, qtbot, agree):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    first = by_text(store, window.doc_id, "厦门市")
    note = window.form.note_edit
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note)
    qtbot.keyClicks(note, "an 1 x")  # A, N, 1, X: typing, not review keys
    qtbot.keyClick(note, Qt.Key.Key_Delete)
    assert note.text() == "an 1 x"
    assert store.annotation(first.id).status == "suggested" and window.selected_id == first.id
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.text_view
    assert store.annotation(first.id).note == "an 1 x"  # leaving the field keeps what was typed
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
    assert store.annotation(first.id).status == "accepted"
    agree(window)


def test_a_filter_field_types_digits_and_esc_leaves_it(window, store, qtbot):
    edit = window.panel.filter_edit
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.keyClicks(edit, "1n")
    assert edit.text() == "1n"
    assert len(store.annotations(window.doc_id)) == 3 and window.selected_id is None
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.text_view


def test_enter_in_the_document_list_opens_the_document(window, store, qtbot):
    view = window.panel.view
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    chosen = view.currentIndex().data(DOC_ID_ROLE)
    assert chosen != window.doc_id
    qtbot.keyClick(view, Qt.Key.Key_Return)  # opens it; it does not accept a span
    assert window.doc_id == chosen
    assert QApplication.focusWidget() is window.text_view
    assert all(a.status == "suggested" for d in store.documents() for a in store.annotations(d.id))


def test_a_new_window_gives_the_article_the_keys(qtbot, project, settings):
    """At start the focus is on the article (not the document filter, first in tab order): a
    digit pressed at once labels the selection instead of typing into a field."""
    from annotator.core.store import Store
    from annotator.gui.main_window import MainWindow

    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.open_project(project)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.text_view)
    start = w.text_view.text.index("集美区")
    w.text_view.select_range(start, start + 3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    with Store.open(project) as store:
        assert any(a.start == start and a.end == start + 3 and a.label == "DISTRICT" and a.status == "accepted"
                   for a in store.annotations(w.doc_id))
    assert w.panel.filter_edit.text() == ""


def test_after_a_reject_or_delete_in_the_table_the_arrow_keys_go_on_from_its_row(window, store, qtbot, agree):
    """A reviewer going down the table rejects a row (it is hidden: the row after it is selected in its
    place, gui/row_left.py) or deletes one (none selected): Down goes to the row after it, Up to the row
    before it — not to the table's first row."""
    table = window.table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    first, amount, park = (by_text(store, window.doc_id, t) for t in ("厦门市", "55.1亿元", "松元产业园"))
    for key in (Qt.Key.Key_N, Qt.Key.Key_X):  # 55.1亿元, the second row, rejected
        qtbot.keyClick(table, key)
    assert store.annotation(amount.id).status == "rejected" and window.selected_id == park.id  # the row after it
    agree(window)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert window.selected_id == first.id
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert window.selected_id == park.id
    agree(window)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the reject undone
    assert store.annotation(amount.id).status == "suggested"
    window.select_annotation(amount.id)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert amount.id not in {a.id for a in store.annotations(window.doc_id)}
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert window.selected_id == first.id
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert window.selected_id == park.id
    assert [a.status for a in store.annotations(window.doc_id)] == ["suggested", "suggested"]
    agree(window)


def test_after_the_forms_delete_button_the_keys_go_to_the_article_not_to_a_filter(window, store, qtbot, agree):
    """The form's buttons are greyed once their span is deleted: the focus they had went to the next
    widget in tab order, the label filter, where Down or a letter chose a label and the table lost
    its rows."""
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    first = by_text(store, window.doc_id, "厦门市")
    qtbot.mouseClick(window.form.delete_button, Qt.MouseButton.LeftButton)
    assert first.id not in {a.id for a in store.annotations(window.doc_id)}
    assert QApplication.focusWidget() is view
    rows = window.ann_proxy.rowCount()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T)
    assert window.ann_proxy.rowCount() == rows == 2
    assert window.table_filter.label_box.currentData() is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)  # Down took the caret to the last line
    assert window.selected_id == by_text(store, store.document_id_by_name("b.txt"), "3245.7万元").id
    agree(window)

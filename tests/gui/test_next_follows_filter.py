"""N and P follow the annotation list's filters (a QA pass): with AMOUNT chosen in the label box,
N selected a DISTRICT suggestion the list did not show, the form showed it and A accepted it
unseen. N / P now go through the suggestions the list's label, annotator, origin and text filters
let through, in this document and the next ones; not its status filter, which is cleared (and said)
to show the open suggestion selected. With none of them left the status bar names the filter."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.i18n import install_translator
from tests.gui.test_annotation_filter import choose, shown


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def span(store, text):
    return next(a for d in store.documents() for a in store.annotations(d.id) if a.text == text)


def to_article(window, qtbot) -> None:
    press(qtbot, Qt.Key.Key_Escape)  # out of the box: the article has the keys
    qtbot.waitUntil(window.text_view.hasFocus)


def test_n_and_p_go_through_the_label_filters_suggestions_across_documents(window, store, qtbot):
    first, second = window.doc_model.doc_ids()[:2]
    choose(qtbot, window.table_filter.label_box, "AMOUNT")
    to_article(window, qtbot)
    press(qtbot, Qt.Key.Key_N)  # 55.1亿元, not 厦门市 (a DISTRICT the list does not show)
    amount = span(store, "55.1亿元")
    assert window.selected_id == amount.id and window.form.annotation().id == amount.id
    assert window.table.shows(amount.id)
    press(qtbot, Qt.Key.Key_A)
    assert store.annotation(amount.id).status == "accepted"
    assert span(store, "厦门市").status == "suggested"
    press(qtbot, Qt.Key.Key_N)  # past 松元产业园 (a PROJECT) into b.txt, the filter still set there
    other = span(store, "3245.7万元")
    assert window.doc_id == second and window.selected_id == other.id
    assert window.table_filter.label_box.currentData() == "AMOUNT" and shown(window) == {other.id}
    assert window.statusBar().currentMessage() == (
        "No open suggestions further on in a.txt: on to b.txt (the list's filter: AMOUNT)")
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_N)  # no AMOUNT left; DISTRICTs and a PROJECT are
    assert window.doc_id == second and window.selected_id == other.id
    assert window.statusBar().currentMessage() == (
        "No more AMOUNT suggestions (the list's filter); clear it for the others")
    install_translator(QApplication.instance(), "zh_CN")
    try:
        press(qtbot, Qt.Key.Key_P)
        assert window.statusBar().currentMessage() == "没有更多金额建议了（列表的筛选）；清除筛选即可看到其他建议"
    finally:
        install_translator(QApplication.instance(), "en")
    assert {a.text: a.status for d in (first, second) for a in store.annotations(d)} == {
        "厦门市": "suggested", "55.1亿元": "accepted", "松元产业园": "suggested",
        "3245.7万元": "accepted", "同安区": "suggested"}
    choose(qtbot, window.table_filter.label_box, None)  # no filter: as ever, the next open suggestion
    to_article(window, qtbot)
    press(qtbot, Qt.Key.Key_N)
    assert window.selected_id == span(store, "同安区").id


def test_p_follows_the_text_filter_back_into_the_document_before(window, store, qtbot):
    second = window.doc_model.doc_ids()[1]
    window.open_document(second)
    qtbot.waitUntil(lambda: window.doc_id == second)
    window.text_view.setFocus()
    edit = window.table_filter.text_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "55")
    to_article(window, qtbot)
    window.select_annotation(span(store, "同安区").id)
    press(qtbot, Qt.Key.Key_P)  # not 3245.7万元 before it here: 55.1亿元 in a.txt
    assert window.selected_id == span(store, "55.1亿元").id and edit.text() == "55"
    assert window.table.shows(window.selected_id)


def test_n_with_another_status_in_the_box_clears_it_to_show_the_suggestion(window, store, qtbot):
    bar = window.table_filter
    press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_A)  # 厦门市 accepted
    choose(qtbot, bar.status_box, "accepted")
    to_article(window, qtbot)
    window.statusBar().clearMessage()
    press(qtbot, Qt.Key.Key_N)
    amount = span(store, "55.1亿元")
    assert window.selected_id == amount.id and bar.status_box.currentData() is None
    assert window.table.shows(amount.id) and window.table.selected_ids() == [amount.id]
    assert window.statusBar().currentMessage() == (
        "The list's status filter (accepted) was cleared to show the open suggestion selected")

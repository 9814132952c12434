"""The form's Links row (关联) by keyboard: Tab reaches it after the note and the read-only rows below it
(Status, Origin, Reason: widgets/read_rows.py), as it reaches the fields;
Enter or Space on it opens Link to… (Ctrl+L's list) and does not accept the span (Enter is the
window's Accept elsewhere); the span chosen there is linked, one undo step; Esc on the row gives
the article the keys."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def by_text(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def tab_to_links(window, qtbot):
    form = window.form
    qtbot.mouseClick(form.note_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.note_edit)
    for row in (form.status_label, form.origin_label, form.reason_label):  # the read-only rows between (no coder
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # of a suggestion: its row hidden, passed)
        assert QApplication.focusWidget() is row
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.links_label


def test_tab_reaches_the_links_row_and_enter_there_opens_link_to(window, store, qtbot):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    tab_to_links(window, qtbot)
    qtbot.keyClick(window.form.links_label, Qt.Key.Key_Return)
    chooser = window.linking.chooser
    assert chooser is not None and chooser.isVisible()
    assert store.annotation(amount.id).status == "suggested"  # Enter opened the list, it accepted nothing
    assert [c.text for c in chooser.shown()][:1] == ["松元产业园"]
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert window.linking.chooser is None
    (link,) = store.links(window.doc_id)
    assert (link.source_id, link.kind, link.target_id) == (amount.id, "project",
                                                           by_text(store, window.doc_id, "松元产业园").id)
    assert "for project: 松元产业园" in window.form.links_label.text()
    assert QApplication.focusWidget() is window.form.links_label  # the keys back where they were
    qtbot.keyClick(window.form.links_label, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.form.jurisdiction_edit


def test_space_opens_it_too_and_esc_on_the_row_gives_the_article_the_keys(window, store, qtbot):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    tab_to_links(window, qtbot)
    qtbot.keyClick(window.form.links_label, Qt.Key.Key_Space)
    chooser = window.linking.chooser
    assert chooser is not None and chooser.isVisible()
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Escape)
    assert window.linking.chooser is None and store.links(window.doc_id) == []
    assert QApplication.focusWidget() is window.form.links_label
    qtbot.keyClick(window.form.links_label, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.text_view

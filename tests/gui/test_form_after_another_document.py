"""The form after another document is opened: nothing of the span selected in the document left
stays there (its Links row named the links of a span of the other document, as if they were
the new one's: a click in the list, N into the next document, the open document removed by
``annotator remove``)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_document_list import click_row


def test_opening_another_document_empties_the_links_row_of_the_span_left(window, store, qtbot):
    doc = window.doc_id
    amount = next(a for a in store.annotations(doc) if a.text == "55.1亿元")
    window.select_annotation(amount.id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_L)  # linked to its district: the form names the link
    assert "district: 厦门市" in window.form.links_label.text()
    click_row(qtbot, window.panel, "b.txt")
    qtbot.waitUntil(lambda: window.doc_id != doc)
    assert window.selected_id is None and window.form.annotation() is None
    assert window.form.links_label.text() == ""
    assert window.text_view.linked_ids() == []

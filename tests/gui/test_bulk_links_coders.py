"""Edit › Accept (Reject) all in this document › Links in a merged project: another coder's suggested
links stay as li left them (their decisions are changed in adjudication), the status bar counts them,
and the user's own links are decided as before (``core/link_review.py``). Before, li's link was
accepted under tester's name, out of li's layer."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_links_on_a_coders_span import add_lis

Ctrl = Qt.KeyboardModifier.ControlModifier


def decide_all_links(window, status: str) -> None:
    """Edit › Accept (Reject) all in this document › Links (the menu's action, as a click on it)."""
    menu = window.window_actions.menus[f"menu_{'accept' if status == 'accepted' else 'reject'}_doc"]
    (action,) = [a for a in menu.actions() if a.text().replace("&", "") == "Links"]
    action.trigger()


@pytest.mark.parametrize("status", ["accepted", "rejected"])
def test_all_links_decided_leave_a_coders_suggested_link_and_say_so(window, store, qtbot, status):
    doc = window.doc_id
    district, amount = add_lis(store, doc, "湖里区", "DISTRICT"), add_lis(store, doc, "55.1亿元", "AMOUNT")
    store.add_link(amount.id, "district", district.id, annotator="li", status="suggested")
    mine = {a.text: a.id for a in store.annotations(doc) if a.annotator == "" and a.text in ("厦门市", "55.1亿元")}
    store.set_status(list(mine.values()), "accepted", "tester")
    store.add_link(mine["55.1亿元"], "district", mine["厦门市"], status="suggested")  # the program's, on tester's
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)  # read again
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    decide_all_links(window, status)
    got = {(store.annotation(k.source_id).annotator, k.status, k.annotator) for k in store.links(doc)}
    assert got == {("li", "suggested", "li"), ("tester", status, "tester")}
    said = window.statusBar().currentMessage()
    assert "1 of other coders (li) stay theirs: a coder's decisions are changed in adjudication." in said, said
    assert window.errors == []

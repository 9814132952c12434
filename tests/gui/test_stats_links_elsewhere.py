"""The Statistics panel follows another program's writes that touch only the links of a document
not open (``annotator review --reject --links --doc …``, ``annotator suggest-links --doc …``): its
project line said "0 accepted, 1 open, 0 rejected" until Ctrl+R, while the spans of another
document, written so, were followed at the window's next look."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_stats_links_line import with_suggested_link

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def project(tmp_path):
    """The window's three documents, b.txt's amount with a suggested link to its district."""
    return with_suggested_link(tmp_path / "project", "b.txt", "3245.7万元", "同安区")


def test_links_another_program_decided_in_another_document_are_counted_at_the_next_look(window, store, qtbot):
    panel = window.statistics
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    assert panel.isVisible()
    assert window.doc_model.name_of(window.doc_id) != "b.txt"
    qtbot.waitUntil(lambda: panel.project_links.text().endswith("0 accepted, 1 open, 0 rejected)"))
    qtbot.waitUntil(lambda: panel._asked is None)  # the worker's count of the spans' origins come: nothing asked
    link = store.links(store.document_id_by_name("b.txt"))[0]
    for status, counts in (("rejected", "0 accepted, 0 open, 1 rejected)"),
                           ("accepted", "1 accepted, 0 open, 0 rejected)")):
        store.set_link_status([link.id], status, "someone")  # another program, in another document
        window.reloading.check()  # the window's look (every 1.5 s while it is active)
        qtbot.waitUntil(lambda counts=counts: panel.project_links.text().endswith(counts))
        assert panel.doc_links.text().endswith("0 accepted, 0 open, 0 rejected)")  # the open document's: none

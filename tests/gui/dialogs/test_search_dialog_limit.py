"""Search all documents past its hit limit: the count says the first hits are listed and that more
documents hold the text (it said '1,000 found in 18 document(s)', as if only those held it); the
list is filled from the texts the search read (it read each one again)."""
from __future__ import annotations

import pytest
from dialog_helpers import add_doc
from PySide6.QtCore import Qt

from annotator.gui.dialogs import search_dialog
from annotator.gui.dialogs.search_dialog import SearchDialog


@pytest.fixture
def dialog(qtbot, store, monkeypatch):
    monkeypatch.setattr(search_dialog, "LIMIT", 3)
    for n, text in enumerate(["集美区集美区", "集美\n区", "湖里区", "集美区", "集 美 区二"]):
        add_doc(store, f"d{n}.txt", text)
    d = SearchDialog(store)
    qtbot.addWidget(d)
    d.show()
    return d


def _search(qtbot, dialog, needle: str) -> str:
    dialog.query.setText(needle)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy())  # searched in the worker, on its own connection
    return dialog.count.text()


def test_the_count_says_more_documents_hold_it(qtbot, dialog):
    assert _search(qtbot, dialog, "区") == "The first 3 hits are shown, from 2 document(s); more documents hold it."
    assert dialog.results.topLevelItemCount() == 3


def test_the_count_says_how_many_documents_in_all_when_the_index_tells(qtbot, dialog):
    assert _search(qtbot, dialog, "集美区") == \
        "The first 3 hits are shown, from 2 document(s); more documents hold it: 4 in all."


def test_the_count_says_the_last_document_holds_more(qtbot, dialog):
    assert _search(qtbot, dialog, "区二") == "1 found in 1 document(s)"
    assert _search(qtbot, dialog, "集美") == \
        "The first 3 hits are shown, from 2 document(s); more documents hold it."
    dialog.store.delete_documents([2, 3, 4, 5])
    add_doc(dialog.store, "more.txt", "区与区")
    assert _search(qtbot, dialog, "区") == \
        "The first 3 hits are shown, from 2 document(s); the last of them holds more."


def test_exactly_the_limit_is_all_of_them(qtbot, dialog):
    dialog.store.delete_documents([1])
    assert _search(qtbot, dialog, "集美区") == "3 found in 3 document(s)"


def test_each_text_is_read_once(qtbot, dialog, monkeypatch):
    from annotator.core.store import Store

    searches, reads = [], []
    search = Store.search_documents
    monkeypatch.setattr(Store, "search_documents", lambda self, *a, **k: searches.append(1) or search(self, *a, **k))
    dialog.store.conn.set_trace_callback(lambda sql: reads.append(sql) if "text FROM documents" in sql else None)
    try:
        _search(qtbot, dialog, "集美区")
    finally:
        dialog.store.conn.set_trace_callback(None)
    # the search once (in the worker; the list takes the texts it read), then, on the dialog's own connection,
    # only the check that the hit Enter opens is still there
    assert searches == [1] and len(reads) == 1 and "WHERE id = 1" in reads[0], reads
    assert [dialog.results.topLevelItem(r).text(search_dialog.AFTER) for r in range(3)] == ["集美区", "", ""]

"""A reading of the document list that a newer one superseded is never shown (Ctrl+R, and the window's
own look at another program's writes: both have the list read by a worker)."""
from __future__ import annotations

import threading
from collections.abc import Callable

from annotator.core.store import Store


def superseded_reading_is_never_shown(window, store, qtbot, monkeypatch, ask_again: Callable[[], None]) -> None:
    """Two writes of another program, each followed by ``ask_again`` (the list read again); the first
    reading is held until the second was asked for, then answers a count no write made: never shown,
    and the list ends as stored."""
    first, count, doc = threading.Event(), Store.document_counts, window.doc_id

    def counts(self):
        if not first.is_set():  # the first reading: held until the second is asked, then stale
            assert first.wait(10)
            return {doc: {"accepted": 99, "suggested": 0, "rejected": 0}}
        return count(self)

    monkeypatch.setattr(Store, "document_counts", counts)
    seen = []
    for signal in (window.doc_model.dataChanged, window.doc_model.modelReset):
        signal.connect(lambda *_a: seen.append(window.doc_model.counts(doc)["accepted"]))
    start = window.text_view.text.index("集美区")
    before = window.doc_model.counts(doc)["accepted"]
    for i in range(2):
        store.add_annotation(doc, start, start + 3, "DISTRICT", annotator=f"other{i}")
        ask_again()
    first.set()
    qtbot.waitUntil(lambda: not window.doc_model.reading())
    assert window.doc_model.counts(doc)["accepted"] == before + 2
    assert 99 not in seen

"""`annotator review --accept` while the window reviews the same project: the open suggestions are
chosen and decided in one write, so a span the window rejected or deleted while the command chose
them is neither accepted over the window's decision nor a reason to stop."""
from __future__ import annotations

import pytest

from annotator.core.errors import SaveError
from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.review import decide_open
from annotator.core.store import Store

TEXT = "湖里区建设松元产业园，思明区总投资55.1亿元，集美区新增10家。"


@pytest.fixture
def stores(tmp_path):
    command = Store.create(tmp_path / "p")
    doc_id = command.add_document(Document(None, "a.txt", "a", TEXT, sha256(TEXT))).id
    command.add_suggestions(doc_id, [Suggestion(i, i + 3, "DISTRICT", TEXT[i:i + 3], {}, 0.9, "fake", "fake")
                                     for i in range(len(TEXT) - 2) if TEXT[i + 2] == "区"])
    window = Store.open(tmp_path / "p", busy_timeout_ms=50)
    yield command, window, doc_id
    window.close()
    command.close()


@pytest.mark.parametrize("edit", ["reject", "delete"])
def test_a_span_the_window_decided_while_review_chose_is_not_decided_over(stores, monkeypatch, edit):
    command, window, doc_id = stores
    first, second, third = window.annotations(doc_id)
    saved: list[str] = []
    read = command.annotation_ids

    def choosing(*args, **kwargs):  # the window's X or Delete once the command has read the open ids
        ids = read(*args, **kwargs)
        try:
            if edit == "reject":
                window.set_status([second.id], "rejected", "coder")
            else:
                window.delete_annotation(second.id)
        except SaveError:  # the command holds the project: the window waits (here: 50 ms, then gives up)
            return ids
        saved.append(edit)
        return ids

    monkeypatch.setattr(command, "annotation_ids", choosing)
    done = decide_open(command, "accepted", annotator="lead")
    stored = {a.id: a.status for a in window.annotations(doc_id)}
    if saved:  # what the window reported saved stays so
        assert stored.get(second.id) == ("rejected" if edit == "reject" else None)
        assert done is not None and len(done.changes) == 2
    else:
        assert stored == {first.id: "accepted", second.id: "accepted", third.id: "accepted"}
    assert stored[first.id] == stored[third.id] == "accepted"

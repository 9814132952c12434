"""A status change of many spans is one compact StatusChange (no Annotations held), undone and
redone exactly: statuses, annotators and times come back, overlaps in a layer are still refused."""
from __future__ import annotations

import pytest

from annotator.core.errors import ValidationError
from annotator.core.models import Annotation, StatusChange
from annotator.core.store import statuses

TEXT = "湖里区投资55.1亿元建设松元产业园，集美区新增企业20家。"
SPANS = [("a.txt", 0, 3, "DISTRICT", {"status": "suggested"}), ("a.txt", 5, 11, "AMOUNT", {"status": "suggested"}),
         ("a.txt", 13, 18, "PROJECT", {"status": "rejected", "annotator": "li"}),
         ("a.txt", 19, 22, "DISTRICT", {"status": "accepted", "annotator": "li"})]


def state(store):
    return {a.id: (a.status, a.annotator, a.updated_at) for a in store.annotations()}


def test_many_spans_make_one_compact_step_that_undoes_and_redoes(make_project, open_store, monkeypatch):
    monkeypatch.setattr(statuses, "COMPACT_FROM", 2)
    store = open_store(make_project(TEXT, spans=SPANS))
    before = state(store)
    ids = [a.id for a in store.annotations()]
    step = store.set_status(ids, "accepted", "wang")
    (change,) = step.changes
    assert isinstance(change, StatusChange) and len(step) == 3 and step.description == "accepted 3"
    assert not any(isinstance(x, Annotation) for x in vars(change).values())
    assert len({id(t) for t in change.after}) == 1  # equal triples are one object
    after = state(store)
    assert {(s, who) for s, who, _ in after.values()} == {("accepted", "wang"), ("accepted", "li")}
    assert step.document_ids == {store.documents()[0].id}
    store.revert(step)
    assert state(store) == before
    store.reapply(step)
    assert state(store) == after


def test_a_few_spans_keep_their_changes_and_an_overlap_in_the_new_layer_is_refused(make_project, open_store):
    store = open_store(make_project(TEXT, spans=SPANS + [("a.txt", 0, 2, "DISTRICT", {"annotator": "wang"})]))
    suggested = next(a for a in store.annotations() if a.start == 0 and a.end == 3)
    before = state(store)
    with pytest.raises(ValidationError, match="overlap"):
        store.set_status([suggested.id], "accepted", "wang")  # 湖里区 over wang's own 湖里
    assert state(store) == before
    step = store.set_status([suggested.id], "rejected", "wang")
    assert [type(c).__name__ for c in step.changes] == ["Change"]

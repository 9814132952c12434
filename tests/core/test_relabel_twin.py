"""A span relabelled onto a label whose open suggestion stands at exactly its place (the rules proposed
DISTRICT 滨州, the learned strings PROJECT 滨州): the suggestion stayed open beside the span now accepted,
two PROJECT 滨州 at one place. It goes in the same step now, and undo brings both back."""
from __future__ import annotations

from annotator.core.undo import UndoHistory

TEXT = "滨州市推进滨州港建设。"


def test_a_relabel_onto_an_open_suggestion_of_that_label_at_its_place_takes_its_place(make_project, open_store):
    store = open_store(make_project({"a.txt": TEXT}, spans=[
        ("a.txt", 0, 2, "DISTRICT", {"status": "suggested"}), ("a.txt", 0, 2, "PROJECT", {"status": "suggested"}),
        ("a.txt", 5, 8, "PROJECT", {"status": "suggested"})]))
    [doc] = [d.id for d in store.documents()]
    district = next(a for a in store.annotations(doc) if a.label == "DISTRICT")
    history = UndoHistory(store)
    before = sorted((a.start, a.end, a.label, a.status) for a in store.annotations(doc))
    assert history.push(store.relabel(district.id, "PROJECT", annotator="qa"))
    assert sorted((a.start, a.end, a.label, a.status) for a in store.annotations(doc)) == [
        (0, 2, "PROJECT", "accepted"), (5, 8, "PROJECT", "suggested")]
    assert store.annotation(district.id).label == "PROJECT"  # the span relabelled keeps its id
    history.undo()
    assert sorted((a.start, a.end, a.label, a.status) for a in store.annotations(doc)) == before

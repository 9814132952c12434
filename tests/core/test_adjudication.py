"""Adjudication: regions of overlapping spans, the coders' versions, decisions written to a gold layer
as one undoable step each."""
from __future__ import annotations

from annotator.core.team.adjudication import GOLD, accept_into, coders_of, disagreements, regions, take, take_agreed

TEXT = "湖里区投资55.1亿元建设松元产业园。"
A = [("a.txt", 0, 3, "DISTRICT", {"annotator": "A", "value": {"name": "湖里区", "code": "350206"}}),
     ("a.txt", 5, 11, "AMOUNT", {"annotator": "A"})]
B = [("a.txt", 0, 2, "DISTRICT", {"annotator": "B"}), ("a.txt", 5, 11, "AMOUNT", {"annotator": "B"}),
     ("a.txt", 13, 18, "PROJECT", {"annotator": "B"}),
     ("a.txt", 13, 15, "PROJECT", {"annotator": "A", "status": "suggested"})]  # not A's decision: left out


def gold(store):
    return sorted((a.start, a.end, a.label, a.status, a.value.get("code")) for a in store.annotations()
                  if a.annotator == GOLD)


def test_regions_group_overlapping_spans_and_tell_agreement(make_project, open_store):
    store = open_store(make_project(TEXT, spans=A + B))
    doc = store.documents()[0].id
    found = regions(store, doc, ["A", "B"])
    assert [(r.start, r.end, r.agreed) for r in found] == [(0, 3, False), (5, 11, True), (13, 18, False)]
    assert [[len(v.spans) for v in r.versions] for r in found] == [[1, 1], [1, 1], [0, 1]]
    assert [(r.start, r.end) for r in disagreements(store, doc, ["A", "B"])] == [(0, 3), (13, 18)]


def test_each_decision_is_one_undoable_step_and_the_coders_spans_stay(make_project, open_store):
    store = open_store(make_project(TEXT, spans=A + B))
    doc = store.documents()[0].id
    coders_before = sorted((a.id, a.start, a.end, a.annotator, a.status) for a in store.annotations())
    first, project = disagreements(store, doc, ["A", "B"])
    step = take(store, first, "A")
    assert gold(store) == [(0, 3, "DISTRICT", "accepted", "350206")]  # A's span with its value
    assert regions(store, doc, ["A", "B"])[0].taken() == "A"
    changed = take(store, regions(store, doc, ["A", "B"])[0], "B")  # changing one's mind replaces it
    assert gold(store) == [(0, 2, "DISTRICT", "accepted", None)]
    store.revert(changed)
    assert gold(store) == [(0, 3, "DISTRICT", "accepted", "350206")]
    store.revert(step)
    assert gold(store) == []
    none = take(store, project, None)  # B's project is not a span: decided, not exported
    assert gold(store) == [(13, 18, "PROJECT", "rejected", None)]
    assert regions(store, doc, ["A", "B"])[2].taken() == ""
    agreed = take_agreed(store, doc, ["A", "B"])
    assert gold(store) == [(5, 11, "AMOUNT", "accepted", None), (13, 18, "PROJECT", "rejected", None)]
    assert len(agreed.changes) == 1 and len(take_agreed(store, doc, ["A", "B"]).changes) == 0
    store.revert(agreed)
    store.revert(none)
    assert gold(store) == []
    assert sorted((a.id, a.start, a.end, a.annotator, a.status) for a in store.annotations()) == coders_before


def test_the_same_span_with_other_values_is_a_disagreement_not_agreed(make_project, open_store):
    """Two coders who cut 55.1亿元 alike but read it as different sums disagree: 'Take all agreed'
    must not settle it silently with the first coder's value."""
    spans = [("a.txt", 5, 11, "AMOUNT", {"annotator": "A", "value": {"yuan": 5510000000}}),
             ("a.txt", 5, 11, "AMOUNT", {"annotator": "B", "value": {"yuan": 55100000000}})]
    store = open_store(make_project(TEXT, spans=spans))
    doc = store.documents()[0].id
    assert [(r.start, r.end) for r in disagreements(store, doc, ["A", "B"])] == [(5, 11)]
    assert take_agreed(store, doc, ["A", "B"]).changes == ()
    take(store, regions(store, doc, ["A", "B"])[0], "B")
    assert [(a.value.get("yuan"), a.status) for a in store.annotations() if a.annotator == GOLD] == \
        [(55100000000, "accepted")]
    assert regions(store, doc, ["A", "B"])[0].taken() == "B"  # not A's: the values tell them apart


def test_a_coder_who_did_not_code_the_document_makes_no_disagreement(make_project, open_store):
    """As in the agreement: a document one coder was not handed is no disagreement there (the panel's
    default coders are every annotator, so a third coder of other documents made every region open)."""
    spans = [("a.txt", 0, 3, "DISTRICT", {"annotator": "A"}), ("a.txt", 0, 3, "DISTRICT", {"annotator": "B"}),
             ("a.txt", 5, 11, "AMOUNT", {"annotator": "A"}), ("a.txt", 5, 10, "AMOUNT", {"annotator": "B"}),
             ("b.txt", 0, 2, "DISTRICT", {"annotator": "C"})]
    store = open_store(make_project({"a.txt": TEXT, "b.txt": "厦门很好。"}, spans=spans))
    doc = next(d.id for d in store.documents() if d.name == "a.txt")
    assert [(r.start, r.end, r.agreed) for r in regions(store, doc, ["C", "A", "B"])] == \
        [(0, 3, True), (5, 11, False)]
    take_agreed(store, doc, ["C", "A", "B"])
    assert [(a.start, a.end) for a in store.annotations(doc) if a.annotator == GOLD] == [(0, 3)]
    only_c = next(d.id for d in store.documents() if d.name == "b.txt")
    assert [r.agreed for r in regions(store, only_c, ["C", "A", "B"])] == [False]  # one coder: still to decide


def test_taking_a_version_without_spans_decides_the_region(make_project, open_store):
    """B marked no project where A did: taking B's version ('—', key 2) is a decision like 0, not a
    step that writes nothing and leaves the region open for J to bring back."""
    store = open_store(make_project(TEXT, spans=[("a.txt", 13, 18, "PROJECT", {"annotator": "A"}),
                                                 ("a.txt", 0, 3, "DISTRICT", {"annotator": "B"})]))
    doc = store.documents()[0].id
    project = next(r for r in disagreements(store, doc, ["A", "B"]) if r.start == 13)
    step = take(store, project, "B")
    assert gold(store) == [(13, 18, "PROJECT", "rejected", None)]
    after = next(r for r in regions(store, doc, ["A", "B"]) if r.start == 13)
    assert after.decided and after.taken() == ""
    store.revert(step)
    assert gold(store) == []


def test_the_coders_are_every_named_annotator_but_the_layer(make_project, open_store):
    store = open_store(make_project(TEXT, spans=A + B + [("a.txt", 13, 18, "PROJECT", {"annotator": GOLD}),
                                                         ("a.txt", 0, 3, "DISTRICT", {"annotator": "C"})]))
    assert coders_of(store) == ["A", "B", "C"]
    assert coders_of(store, "C") == ["A", "B", GOLD]


def test_a_gold_span_edited_or_decided_by_someone_stays_in_the_gold_layer(make_project, open_store):
    store = open_store(make_project(TEXT, spans=A + B))
    doc = store.documents()[0].id
    take(store, disagreements(store, doc, ["A", "B"])[0], "A")
    (span,) = (a for a in store.annotations() if a.annotator == GOLD)
    moved = store.update_annotation(span.id, end=2, annotator="lead")
    rejected = store.set_status([span.id], "rejected", "lead")
    assert gold(store) == [(0, 2, "DISTRICT", "rejected", "350206")]
    assert "lead" not in {a.annotator for a in store.annotations()}
    store.revert(rejected)
    store.revert(moved)
    assert gold(store) == [(0, 3, "DISTRICT", "accepted", "350206")]
    (suggestion,) = (a for a in store.annotations() if a.status == "suggested")
    store.set_status([suggestion.id], "accepted", "lead")  # any other span takes the name of who decides
    assert store.annotation(suggestion.id).annotator == "lead"


def test_suggestions_accepted_into_the_layer_together_are_one_step(make_project, open_store):
    """The window's A on several rows while the Adjudication panel is open: the open suggestions among
    them go into the gold layer in one ChangeSet (undone together); a coder's span is left as it is."""
    store = open_store(make_project(TEXT, spans=[*A, ("a.txt", 13, 18, "PROJECT", {"status": "suggested"}),
                                                 ("a.txt", 0, 2, "DISTRICT", {"status": "suggested"})]))
    ids = [a.id for a in store.annotations() if a.status == "suggested"] + [store.annotations()[0].id]
    step = accept_into(store, ids, GOLD)
    assert len(step.annotation_changes) == 2
    assert gold(store) == [(0, 2, "DISTRICT", "accepted", None), (13, 18, "PROJECT", "accepted", None)]
    assert {a.origin for a in store.annotations() if a.annotator == GOLD} == {"adjudicated"}
    assert [(a.annotator, a.status) for a in store.annotations() if a.annotator == "A"] == [("A", "accepted")] * 2
    store.revert(step)
    assert gold(store) == [] and len([a for a in store.annotations() if a.status == "suggested"]) == 2

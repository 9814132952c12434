"""A span labelled by hand over open suggestions of its label takes their place (``Store.label_span``):
over two DISTRICT suggestions 厦门市 and 湖里区, 厦门市湖里区 reshapes the first and removes the other, in one
step that undo gives back whole; nothing is rejected (a rejected text is never proposed again); suggestions
of other labels stay; an accepted span of the label in the user's layer refuses it, as it did."""
from __future__ import annotations

from dataclasses import replace

import pytest

from annotator.core.errors import ValidationError
from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.provenance import CHANGED, kind
from tests.team_layers import as_merged

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


def at(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


@pytest.fixture
def doc(store):
    doc = store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
    store.add_suggestions(doc.id, [
        Suggestion(*at("厦门市"), "DISTRICT", "厦门市", {"name": "厦门市", "code": "350200"}, 0.9, "rule", "gazetteer"),
        Suggestion(*at("湖里区"), "DISTRICT", "湖里区", {"name": "湖里区", "code": "350206"}, 0.8, "rule", "gazetteer"),
        Suggestion(*at("55.1亿元"), "AMOUNT", "55.1亿元", {"yuan": 5_510_000_000}, 0.9, "rule", "amount"),
    ])
    return doc.id


def spans(store):
    return sorted((a.label, a.text, a.status, a.annotator) for a in store.annotations())


@pytest.mark.parametrize("who", ["li", ""])
def test_a_span_over_two_suggestions_of_its_label_takes_their_place_in_one_step(store, doc, who):
    before = store.annotations()
    district = {"name": "湖里区", "code": "350206"}
    cs = store.label_span(doc, *at("厦门市湖里区"), "DISTRICT", annotator=who, value=district)
    assert spans(store) == [("AMOUNT", "55.1亿元", "suggested", ""), ("DISTRICT", "厦门市湖里区", "accepted", who)]
    (made,) = store.annotations(labels=["DISTRICT"])
    first = next(a for a in before if a.text == "厦门市")
    assert (made.id, made.value, made.confidence) == (first.id, district, 0.9)
    assert kind(made.origin, made.confidence) == CHANGED  # a suggestion the coder changed
    assert store.rejected_entries() == set()  # removed, not rejected: 湖里区 is proposed again elsewhere
    assert [c.after.id for c in cs.annotation_changes if c.after is not None] == [first.id]
    store.revert(cs)  # one undo: both suggestions exactly as they were
    assert store.annotations() == before
    store.reapply(cs)
    assert spans(store)[1] == ("DISTRICT", "厦门市湖里区", "accepted", who)


def test_a_suggestion_partly_overlapped_gives_way_too_and_other_labels_inside_stay(store, doc):
    before = store.annotations()
    cs = store.label_span(doc, *at("市湖里区投资55.1亿元"), "DISTRICT", annotator="li")
    assert spans(store) == [("AMOUNT", "55.1亿元", "suggested", ""),
                            ("DISTRICT", "市湖里区投资55.1亿元", "accepted", "li")]
    store.revert(cs)
    assert store.annotations() == before


def test_an_accepted_span_of_the_label_in_the_users_layer_refuses_it_and_nothing_changes(store, doc):
    hu = next(a for a in store.annotations() if a.text == "湖里区")
    store.set_status([hu.id], "accepted", "li")
    before = store.annotations()
    with pytest.raises(ValidationError, match="overlap"):
        store.label_span(doc, *at("厦门市湖里区"), "DISTRICT", annotator="li")
    assert store.annotations() == before
    # another coder's accepted span is their layer's: wang's span takes the place of the open suggestion
    store.label_span(doc, *at("厦门市湖里"), "DISTRICT", annotator="wang")
    assert spans(store) == [("AMOUNT", "55.1亿元", "suggested", ""), ("DISTRICT", "厦门市湖里", "accepted", "wang"),
                            ("DISTRICT", "湖里区", "accepted", "li")]


def test_another_coders_open_suggestion_and_a_rejected_one_stay(store, doc):
    ids = {a.text: a.id for a in store.annotations()}
    store.set_status([ids["厦门市"]], "rejected", "li")
    store.update_annotation(ids["湖里区"], annotator="wang")  # wang's own open suggestion (an imported copy)
    store.label_span(doc, *at("厦门市湖里区"), "DISTRICT", annotator="li")
    assert spans(store) == [("AMOUNT", "55.1亿元", "suggested", ""), ("DISTRICT", "厦门市", "rejected", "li"),
                            ("DISTRICT", "厦门市湖里区", "accepted", "li"), ("DISTRICT", "湖里区", "suggested", "wang")]


def test_another_coders_open_suggestion_at_the_same_boundaries_stays_theirs(store, doc):
    """It was accepted into the labelling coder's layer (wang's suggestion became li's): exactly as a
    selection over it in the window (tests/gui/test_selection_over_a_coders_span.py) now leaves it."""
    as_merged(store, "li", "wang")
    hu = next(a for a in store.annotations() if a.text == "湖里区")
    store.update_annotation(hu.id, annotator="wang")
    store.label_span(doc, *at("湖里区"), "DISTRICT", annotator="li")
    assert store.annotation(hu.id).status == "suggested" and store.annotation(hu.id).annotator == "wang"
    assert ("DISTRICT", "湖里区", "accepted", "li") in spans(store)
    store.label_span(doc, *at("厦门市"), "DISTRICT", annotator="li")  # the program's: accepted, li's now
    assert ("DISTRICT", "厦门市", "accepted", "li") in spans(store) and len(spans(store)) == 4


def test_an_open_suggestion_of_a_name_no_coders_at_the_same_boundaries_is_accepted(store, doc):
    """wang is no coder of this project (a name ``annotator review`` or an import without a team gave it):
    its suggestion is the user's to accept, as before the rule that keeps a coder's span theirs."""
    hu = next(a for a in store.annotations() if a.text == "湖里区")
    store.update_annotation(hu.id, annotator="wang")
    store.label_span(doc, *at("湖里区"), "DISTRICT", annotator="li")
    assert (store.annotation(hu.id).status, store.annotation(hu.id).annotator) == ("accepted", "li")


def test_what_a_selection_may_reshape_is_any_span_not_rejected_but_another_coders(store, doc):
    from annotator.core.store.labelling import reshapes

    coders = ("li", "wang")  # the project's (a merge's)
    a = next(a for a in store.annotations() if a.text == "湖里区")
    assert reshapes(a, "li", coders) and reshapes(a, "", coders)  # the program's open suggestion
    assert reshapes(replace(a, annotator="li"), "li", coders)
    assert not reshapes(replace(a, annotator="wang"), "li", coders)
    accepted = replace(a, status="accepted", annotator="wang")
    assert reshapes(accepted, "wang", coders) and not reshapes(accepted, "li", coders)
    assert reshapes(replace(accepted, annotator=""), "li", coders)  # of no one's name: made before li gave one
    assert not reshapes(replace(accepted, status="rejected"), "wang", coders)
    assert reshapes(accepted, "li", ()) and reshapes(replace(accepted, annotator="demo"), "li", coders)  # no coder's

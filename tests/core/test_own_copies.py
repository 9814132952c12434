"""The user's edits of another coder's span go to a copy in the user's own layer (``Store.edit_as``,
``relabel_as``, ``decide_as``: the window's edits go through them): li's 湖里区 stays li's whatever the
reviewer tester does to it, one step whose undo removes the copy; a rejection rejects none of li's
spans. The user's own spans, the program's suggestions, spans of no one's name and a gold layer's
are edited in place as before."""
from __future__ import annotations

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import ADJUDICATED, Document, Suggestion
from tests.team_layers import as_merged, merged_copy

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


def at(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


@pytest.fixture
def doc(store):
    """The document, with the program's suggestion 55.1亿元; li and wang the project's coders (a merge's)."""
    doc = store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT)))
    store.add_suggestions(doc.id, [Suggestion(*at("55.1亿元"), "AMOUNT", "55.1亿元", {"yuan": 5_510_000_000},
                                              0.9, "rule", "amount")])
    as_merged(store, "li", "wang")
    return doc.id


def add(store, doc, text, who, label="DISTRICT", **fields):
    return store.add_annotation(doc, *at(text), label, annotator=who, **fields).annotation_changes[0].after


def layer(store, who):
    return sorted((a.label, a.text, a.status, a.origin, a.note) for a in store.annotations(annotators=[who]))


LI = {"name": "湖里区", "code": "350206"}


@pytest.mark.parametrize("edit, held, value", [
    (lambda s, i: s.edit_as(i, "tester", end=7, status="accepted"), ("DISTRICT", "湖里区投", "accepted", "manual", ""),
     LI),
    (lambda s, i: s.edit_as(i, "tester", note="check"), ("DISTRICT", "湖里区", "accepted", "manual", "check"), LI),
    (lambda s, i: s.edit_as(i, "tester", value={"name": "湖里"}), ("DISTRICT", "湖里区", "accepted", "manual", ""),
     {"name": "湖里"}),
    (lambda s, i: s.relabel_as(i, "PROJECT", "tester"), ("PROJECT", "湖里区", "accepted", "manual", ""), {}),
    (lambda s, i: s.decide_as([i], "accepted", "tester"), ("DISTRICT", "湖里区", "accepted", "manual", ""), LI),
], ids=["boundaries", "note", "value", "relabel", "accept"])
def test_an_edit_of_a_coders_span_is_made_on_the_users_own_copy(store, doc, edit, held, value):
    (li,) = merged_copy(store, "li", doc, [(*at("湖里区"), "DISTRICT", {"note": "li's", "value": LI})])
    step = edit(store, li.id)
    assert store.annotation(li.id) == li
    assert layer(store, "tester") == [held]  # li's note not copied
    assert store.annotations(annotators=["tester"])[0].value == value  # li's, or the one the edit gives
    assert store.revert(step)
    assert layer(store, "tester") == [] and store.annotation(li.id) == li


def test_the_users_copy_there_already_takes_the_next_edit(store, doc):
    li = add(store, doc, "湖里区", "li")
    store.decide_as([li.id], "accepted", "tester")
    store.edit_as(li.id, "tester", note="again")
    assert layer(store, "tester") == [("DISTRICT", "湖里区", "accepted", "manual", "again")]
    assert store.annotation(li.id) == li


def test_a_rejection_rejects_no_coders_span_and_a_bulk_accept_copies_what_it_can(store, doc):
    li = add(store, doc, "湖里区", "li")
    wang = add(store, doc, "湖里区投资", "wang")  # overlaps li's: one copy of the two
    amount = store.annotations(labels=["AMOUNT"])[0]
    step = store.decide_as([li.id, wang.id, amount.id], "rejected", "tester")
    assert store.annotation(li.id) == li and store.annotation(wang.id) == wang
    assert store.annotation(amount.id).status == "rejected" and len(step.annotation_changes) == 1
    store.decide_as([li.id, wang.id, amount.id], "accepted", "tester")
    assert layer(store, "tester") == [("AMOUNT", "55.1亿元", "accepted", "amount", ""),
                                      ("DISTRICT", "湖里区", "accepted", "manual", "")]
    assert store.annotation(li.id) == li and store.annotation(wang.id) == wang


@pytest.mark.parametrize("who, origin", [("tester", "manual"), ("", "manual"), ("gold", ADJUDICATED),
                                         ("demo", "manual"), ("someone", "manual")],
                         ids=["own", "no-ones-name", "gold", "the-demos-layer", "a-name-no-coders"])
def test_the_users_own_no_ones_a_gold_span_and_a_layer_no_coders_are_edited_in_place(store, doc, who, origin):
    """A name is not a coder's for being another than the user's: the demo's reviewed spans (layer demo),
    and those ``annotator review --accept --annotator someone`` decided, are the user's."""
    mine = add(store, doc, "湖里区", who, origin=origin)
    store.edit_as(mine.id, "tester", end=7)
    a = store.annotation(mine.id)
    assert (a.text, a.annotator) == ("湖里区投", "gold" if who == "gold" else "tester")
    assert len(store.annotations(labels=["DISTRICT"])) == 1

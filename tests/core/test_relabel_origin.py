"""A relabel is the user's decision: the span becomes theirs (accepted, origin ``manual``, its
confidence no longer shown), a gold span stays in its layer (``adjudicated``); undo gives back the
old label, status, annotator and origin."""
from __future__ import annotations

from annotator.core.models import Suggestion

TEXT = "湖里区投资55.1亿元建设松元产业园。"


def test_a_relabelled_suggestion_becomes_the_users_and_undo_gives_its_origin_back(make_project, open_store):
    store = open_store(make_project(TEXT))
    doc = store.documents()[0].id
    store.add_suggestions(doc, [Suggestion(0, 3, "DISTRICT", "湖里区", {"name": "湖里区", "code": "350206"},
                                           0.93, "gazetteer: 湖里区", "gazetteer")])
    (city,) = store.annotations(doc)
    changes = store.relabel(city.id, "PROJECT", annotator="li")
    after = store.annotation(city.id)
    assert (after.label, after.value, after.status, after.origin, after.annotator) == (
        "PROJECT", {}, "accepted", "manual", "li")
    assert (after.confidence, after.reason) == (0.93, "gazetteer: 湖里区")  # kept, as the suggester gave them
    assert store.span_rows(doc)[0].confidence is None  # not shown: the user's span has none
    store.revert(changes)
    back = store.annotation(city.id)
    assert (back.label, back.status, back.origin, back.annotator, back.value) == (
        "DISTRICT", "suggested", "gazetteer", "", {"name": "湖里区", "code": "350206"})
    store.reapply(changes)
    assert store.annotation(city.id).origin == "manual"


def test_other_edits_keep_the_origin_and_a_gold_span_stays_adjudicated(make_project, open_store):
    store = open_store(make_project(TEXT))
    doc = store.documents()[0].id
    store.add_annotation(doc, 5, 11, "AMOUNT", status="suggested", origin="amount")
    store.add_annotation(doc, 13, 18, "PROJECT", origin="adjudicated", annotator="gold")
    amount, project = store.annotations(doc)
    store.update_annotation(amount.id, status="accepted", note="checked")  # an acceptance, not a relabel
    assert store.annotation(amount.id).origin == "amount"
    store.relabel(project.id, "TARGET", annotator="adjudicator")
    assert (store.annotation(project.id).origin, store.annotation(project.id).annotator) == ("adjudicated", "gold")


def test_new_boundaries_make_a_suggestion_the_users_and_undo_gives_its_origin_back(make_project, open_store):
    store = open_store(make_project(TEXT))
    doc = store.documents()[0].id
    store.add_suggestions(doc, [Suggestion(13, 18, "PROJECT", "松元产业园", {}, 0.7, "project: 建设", "project")])
    (project,) = store.annotations(doc)
    changes = store.update_annotation(project.id, start=11, status="accepted", annotator="li")
    after = store.annotation(project.id)
    assert (after.text, after.status, after.origin, after.annotator) == ("建设松元产业园", "accepted", "manual", "li")
    store.revert(changes)
    assert (store.annotation(project.id).origin, store.annotation(project.id).text) == ("project", "松元产业园")
    store.update_annotation(project.id, start=13, end=18, status="accepted")  # the same boundaries: an acceptance
    assert store.annotation(project.id).origin == "project"

"""Suggested links accepted or rejected in bulk (``core/link_review.py``): chosen by document, kind,
the label of the span they go from and origin; accepted only where both spans are accepted, never
to a rejected span; one ChangeSet that undo and redo put back."""
from __future__ import annotations

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.link_review import open_links, review_links
from annotator.core.store import Store

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。思明区计划投资8亿元。"
SPANS = [(name, *span) for name in ("a.txt", "b.txt") for span in (
    (3, 6, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
    (8, 14, "AMOUNT"), (16, 21, "PROJECT"), (22, 25, "DISTRICT"), (29, 32, "AMOUNT"))]


@pytest.fixture
def store(make_project, open_store) -> Store:
    """Two documents; in each an amount with a suggested district (clause) and project (attribute)
    link, the project with a suggested district (nested) link, the second amount with one to a
    district given by name (jurisdiction). Every span accepted."""
    store = open_store(make_project({"a.txt": TEXT, "b.txt": TEXT + "\n"}, spans=SPANS))
    for doc in ("a.txt", "b.txt"):
        s = spans(store, doc)
        store.add_link(s["AMOUNT"].id, "district", s["DISTRICT"].id, status="suggested", origin="clause",
                       reason="subject 湖里区")
        store.add_link(s["AMOUNT"].id, "project", s["PROJECT"].id, status="suggested", origin="attribute")
        store.add_link(s["PROJECT"].id, "district", s["DISTRICT"].id, status="suggested", origin="nested")
        store.add_link(s["AMOUNT2"].id, "district", value={"name": "厦门市", "code": "350200"},
                       status="suggested", origin="jurisdiction")
    return store


def spans(store: Store, doc: str) -> dict[str, object]:
    """The document's spans by label (the second of a label: LABEL2)."""
    out: dict[str, object] = {}
    for a in store.annotations(store.document_id_by_name(doc)):
        out[a.label if a.label not in out else a.label + "2"] = a
    return out


def link_statuses(store: Store, doc: str | None = None) -> dict[tuple[str, str, str], str]:
    """{(document, span text, kind): status} of every link."""
    names = {e.id: e.name for e in store.document_entries()}
    texts = {a.id: a.text for a in store.annotations()}
    return {(names[k.document_id], texts[k.source_id], k.kind): k.status for k in store.links()
            if doc is None or names[k.document_id] == doc}


def test_accepting_takes_every_suggested_link_of_accepted_spans_in_one_undoable_step(store):
    before = link_statuses(store)
    done = review_links(store, "accepted", annotator="li")
    assert done.changed == 8 and (done.waiting, done.stale) == (0, 0)
    assert len(done.changes.link_changes) == 8 and len(done.changes.changes) == 8
    assert set(link_statuses(store).values()) == {"accepted"}
    assert {k.annotator for k in store.links()} == {"li"}
    store.revert(done.changes)  # the window's Ctrl+Z
    assert link_statuses(store) == before
    store.reapply(done.changes)
    assert set(link_statuses(store).values()) == {"accepted"}
    again = review_links(store, "accepted")
    assert again.changed == 0 and not again.changes


def test_filters_by_document_kind_label_and_origin(store):
    assert review_links(store, "accepted", kinds=["project"]).changed == 2
    assert {k: s for k, s in link_statuses(store).items() if s == "accepted"} == {
        ("a.txt", "55.1亿元", "project"): "accepted", ("b.txt", "55.1亿元", "project"): "accepted"}
    a = store.document_id_by_name("a.txt")
    assert review_links(store, "accepted", doc_ids=[a], labels=["PROJECT"]).changed == 1
    assert link_statuses(store)[("a.txt", "松元产业园", "district")] == "accepted"
    assert link_statuses(store)[("b.txt", "松元产业园", "district")] == "suggested"
    assert review_links(store, "rejected", origins=["jurisdiction"]).changed == 2
    assert link_statuses(store)[("a.txt", "8亿元", "district")] == "rejected"
    assert link_statuses(store)[("b.txt", "55.1亿元", "district")] == "suggested"  # a clause link


def test_a_link_of_an_open_suggestion_waits_and_one_of_a_rejected_span_is_never_accepted(store):
    a = spans(store, "a.txt")
    store.update_annotation(a["PROJECT"].id, status="suggested")  # not decided yet
    # rejected through an edit, its open link is rejected with it (as set_status does); a project an
    # earlier annotator wrote may still hold such a link suggested: put back so here
    store.update_annotation(a["AMOUNT2"].id, status="rejected")
    stale = [k for k in store.links() if k.source_id == a["AMOUNT2"].id]
    assert [k.status for k in stale] == ["rejected"]
    store.set_link_status([k.id for k in stale], "suggested")
    chosen = open_links(store, doc_ids=[store.document_id_by_name("a.txt")])
    assert (len(chosen.ready), len(chosen.waiting), len(chosen.stale), chosen.total) == (1, 2, 1, 4)
    done = review_links(store, "accepted")
    assert (done.changed, done.waiting, done.stale) == (5, 2, 1)
    assert link_statuses(store, "a.txt") == {
        ("a.txt", "55.1亿元", "district"): "accepted",  # both spans accepted
        ("a.txt", "55.1亿元", "project"): "suggested",  # to the project still open
        ("a.txt", "松元产业园", "district"): "suggested",  # from the project still open
        ("a.txt", "8亿元", "district"): "suggested"}  # from a rejected amount: never accepted
    store.update_annotation(a["PROJECT"].id, status="accepted")
    assert review_links(store, "accepted").changed == 2  # the spans decided, the links follow
    done = review_links(store, "rejected")  # rejecting takes a link whatever its spans are
    assert (done.changed, done.waiting, done.stale) == (1, 0, 0)
    assert link_statuses(store, "a.txt")[("a.txt", "8亿元", "district")] == "rejected"


def test_a_rejected_link_is_not_proposed_again(store):
    review_links(store, "rejected", kinds=["district"])
    (project_link, *_) = store.links(kinds=["project"])
    rejected = [k for k in store.links() if k.status == "rejected"]
    assert len(rejected) == 6 and project_link.status == "suggested"
    again = store.add_links([k.with_(status="suggested") for k in rejected])
    assert not again and len(store.links()) == 8


def test_without_kept_changes_the_count_is_all_that_comes_back(store):
    done = review_links(store, "accepted", keep_changes=False)
    assert done.changed == 8 and not done.changes
    assert set(link_statuses(store).values()) == {"accepted"}


@pytest.mark.parametrize(("kwargs", "words"), [
    ({"kinds": ["districts"]}, ("'districts'", "district, project")),
    ({"labels": ["DISTRICT"]}, ("DISTRICT", "AMOUNT, PROJECT, TARGET")),
    ({"labels": ["PROJECT"], "kinds": ["project"]}, ("no project link goes from a PROJECT", "AMOUNT, TARGET")),
    ({"status": "suggested"}, ("accepted or rejected",)),
])
def test_a_filter_no_link_can_match_is_one_clear_error_and_nothing_changes(store, kwargs, words):
    before = link_statuses(store)
    status = kwargs.pop("status", "accepted")
    with pytest.raises(AnnotatorError) as e:
        review_links(store, status, **kwargs)
    assert all(w in str(e.value) for w in words), str(e.value)
    assert "\n" not in str(e.value)
    assert link_statuses(store) == before

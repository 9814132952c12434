"""A link the user makes by hand (``range_links.link_by_hand``: the window's L, Ctrl+L, Link to…) joins
spans of the user's own layer: another coder's span at either end stays as the coder left it, links
and status too, and the link goes from (to) the user's own copy of it (``Store.own_copy``: theirs of
that label there, else one made and accepted), one step whose undo removes the copies. Before, tester's
AMOUNT was linked to li's DISTRICT (a link of tester's pointing into li's layer, lost when li's corrected
copy replaced li's spans), and L on li's AMOUNT replaced li's own district link by tester's."""
from __future__ import annotations

import pytest

from annotator.core import range_links
from annotator.core.errors import ValidationError
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from tests.team_layers import as_merged

TEXT = "湖里区投资3-5亿元建设松元产业园。"
HULI = {"name": "湖里区", "code": "350206"}


@pytest.fixture
def doc(store):
    as_merged(store, "li")  # li's layer a merge's
    return store.add_document(Document(None, "a.txt", "t", TEXT, sha256(TEXT))).id


def add(store, doc, text, who, label, status="accepted", **fields):
    start = TEXT.index(text)
    return store.add_annotation(doc, start, start + len(text), label, annotator=who, status=status,
                                **fields).annotation_changes[0].after


def links_of(store, who):
    """(source's text, kind, target's text) of the links from ``who``'s spans, and their ends' annotators."""
    out = []
    for k in store.links():
        source = store.annotation(k.source_id)
        target = store.annotation(k.target_id) if k.target_id is not None else None
        if source.annotator == who:
            out.append((source.text, k.kind, target.text if target else None, target.annotator if target else None))
    return sorted(out)


def test_the_users_amount_linked_to_a_coders_district_goes_to_their_own_copy(store, doc):
    li = add(store, doc, "湖里区", "li", "DISTRICT", value=HULI)
    mine = add(store, doc, "5亿元", "tester", "AMOUNT")
    step = range_links.link_by_hand(store, mine.id, "district", li.id, annotator="tester")
    assert store.annotation(li.id) == li and store.linked_from(li.id) == []
    assert links_of(store, "tester") == [("5亿元", "district", "湖里区", "tester")]
    copy = [a for a in store.annotations(annotators=["tester"]) if a.label == "DISTRICT"]
    assert [(a.text, a.status, a.value) for a in copy] == [("湖里区", "accepted", HULI)]
    assert store.revert(step)
    assert store.links() == [] and [a.id for a in store.annotations(annotators=["tester"])] == [mine.id]


def test_l_on_a_coders_amount_leaves_their_links_and_links_the_users_copy(store, doc):
    district = add(store, doc, "湖里区", "li", "DISTRICT", value=HULI)
    project = add(store, doc, "松元产业园", "li", "PROJECT", status="suggested")
    three, five = add(store, doc, "3", "li", "AMOUNT"), add(store, doc, "5亿元", "li", "AMOUNT")
    store.add_link(five.id, "district", district.id, annotator="li")
    before = store.links(), store.annotations(annotators=["li"])
    range_links.link_by_hand(store, five.id, "project", project.id, annotator="tester")
    lis = [k for k in store.links() if store.annotation(k.source_id).annotator == "li"]
    assert (lis, store.annotations(annotators=["li"])) == before  # li's suggestion still open too
    assert links_of(store, "tester") == [("3", "project", "松元产业园", "tester"),
                                         ("5亿元", "project", "松元产业园", "tester")]  # both ends of the range
    assert sorted((a.text, a.status) for a in store.annotations(annotators=["tester"])) == [
        ("3", "accepted"), ("5亿元", "accepted"), ("松元产业园", "accepted")]
    assert three.id not in {k.source_id for k in store.links() if k.annotator == "tester"}


def test_a_copy_the_users_own_span_overlaps_refuses_the_link_naming_both(store, doc):
    li = add(store, doc, "湖里区", "li", "DISTRICT", value=HULI)
    add(store, doc, "湖里", "tester", "DISTRICT")
    mine = add(store, doc, "5亿元", "tester", "AMOUNT")
    with pytest.raises(ValidationError, match="li's DISTRICT '湖里区' stays li's"):
        range_links.link_by_hand(store, mine.id, "district", li.id, annotator="tester")
    assert store.links() == [] and len(store.annotations(annotators=["tester"])) == 2


@pytest.mark.parametrize("who", ["", "demo"], ids=["the-programs", "a-layer-no-coders"])
def test_the_users_own_and_the_programs_spans_are_linked_as_before(store, doc, who):
    """The program's suggestion, and one of a name that is no coder's (the demo's layer demo): linked in place."""
    district = add(store, doc, "湖里区", who, "DISTRICT", status="suggested", value=HULI)
    mine = add(store, doc, "5亿元", "tester", "AMOUNT")
    range_links.link_by_hand(store, mine.id, "district", district.id, annotator="tester")
    assert store.annotation(district.id).status == "accepted"
    assert links_of(store, "tester") == [("5亿元", "district", "湖里区", "tester")]
    assert len(store.annotations()) == 2

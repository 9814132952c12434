"""Each annotator's spans are a layer of their own: two coders' spans of one label may overlap
(a merged project holds both), one coder's may not; the suggester never proposes over anyone's."""
from __future__ import annotations

import pytest

from annotator.core.errors import ValidationError
from annotator.core.models import Annotation, Suggestion
from annotator.core.store.span_index import SpanIndex

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。"


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT))


def test_two_annotators_may_overlap_one_may_not(store):
    store.add_annotation(1, 0, 6, "DISTRICT", annotator="li")
    store.add_annotation(1, 3, 6, "DISTRICT", annotator="wang")  # another coder's layer
    with pytest.raises(ValidationError, match="overlaps"):
        store.add_annotation(1, 3, 6, "DISTRICT", annotator="li")
    with pytest.raises(ValidationError, match="overlaps"):  # the bulk path (an index) says the same
        store.add_annotations(1, [Annotation(None, 1, 4, 6, "DISTRICT", TEXT[4:6], annotator="wang")])
    assert [(a.start, a.annotator) for a in store.annotations(1)] == [(0, "li"), (3, "wang")]


def test_the_suggester_proposes_over_no_ones_span(store):
    store.add_annotation(1, 8, 14, "AMOUNT", annotator="li")
    cs = store.add_suggestions(1, [Suggestion(8, 14, "AMOUNT", TEXT[8:14]),
                                   Suggestion(0, 3, "DISTRICT", TEXT[0:3])])
    assert [(c.after.label, c.after.start) for c in cs.annotation_changes if c.after] == [("DISTRICT", 0)]


def test_accepting_into_a_layer_where_it_overlaps_is_refused_whole(store):
    store.add_annotation(1, 0, 6, "DISTRICT", annotator="li")
    s = store.add_annotation(1, 3, 6, "DISTRICT", status="suggested").changes[0].after
    other = store.add_annotation(1, 8, 14, "AMOUNT", status="suggested").changes[0].after
    with pytest.raises(ValidationError, match="overlaps"):
        store.set_status([other.id, s.id], "accepted", annotator="li")
    assert {a.status for a in store.annotations(1) if a.annotator == ""} == {"suggested"}
    store.set_status([s.id], "accepted", annotator="wang")  # into wang's layer: free there
    assert store.annotation(s.id).annotator == "wang"
    with pytest.raises(ValidationError, match="overlaps"):  # moving a span into li's layer by an edit
        store.update_annotation(s.id, annotator="li")


def test_span_index_layers():
    index = SpanIndex([("DISTRICT", "li", 0, 6, "厦门市湖里区"), ("DISTRICT", "wang", 3, 6, "湖里区")])
    assert index.clash("DISTRICT", 0, 3, "li") is not None
    assert index.clash("DISTRICT", 0, 3, "wang") is None
    assert index.clash("DISTRICT", 5, 9, None) is not None  # any layer
    assert index.clash("DISTRICT", 6, 9, None) is None
    index.add("DISTRICT", 7, 9, "投资", "zhao")
    assert index.clash("DISTRICT", 8, 10, None).text == "投资"

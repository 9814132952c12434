"""Who the adjudication compares and where it writes, on a merged team project as a lead works it:
someone who only rejected spans (the lead pressing X in the window) is no coder whose version the
digit keys take, an earlier gold layer is no coder, and a decision never writes into a coder's layer."""
from __future__ import annotations

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.team.adjudication import GOLD, coders_of, disagreements, regions, take, take_agreed

TEXT = "湖里区投资55.1亿元建设松元产业园。"
LI = [("a.txt", 0, 3, "DISTRICT", {"annotator": "李四"}), ("a.txt", 5, 11, "AMOUNT", {"annotator": "李四"})]
WANG = [("a.txt", 0, 2, "DISTRICT", {"annotator": "王 五"}), ("a.txt", 5, 11, "AMOUNT", {"annotator": "王 五"})]


def spans_of(store, who):
    return sorted((a.start, a.end, a.label, a.status, a.origin) for a in store.annotations() if a.annotator == who)


def test_someone_who_only_rejected_spans_is_no_coder(make_project, open_store):
    # the lead pressed X on an open suggestion (or a coder's span) in the merged project: their name
    # became a column of the panel, its first, so key 1 took their empty version ("none of them")
    store = open_store(make_project(TEXT, spans=LI + WANG + [
        ("a.txt", 13, 18, "PROJECT", {"annotator": "lead", "status": "rejected"})]))
    assert coders_of(store) == ["李四", "王 五"]


def test_an_earlier_adjudicated_layer_is_no_coder_of_a_new_one(make_project, open_store):
    store = open_store(make_project(TEXT, spans=LI + WANG))
    doc = store.documents()[0].id
    take(store, disagreements(store, doc, ["李四", "王 五"])[0], "李四")
    assert coders_of(store, "gold2") == ["李四", "王 五"]  # gold is made of their spans, not a coder


def test_a_decision_never_replaces_a_coders_spans(make_project, open_store):
    # the layer typed as a coder's name ("李四"): key 2 deleted 李四's 湖里区 and wrote 王 五's 湖里 in its place
    store = open_store(make_project(TEXT, spans=LI + WANG))
    doc = store.documents()[0].id
    before = spans_of(store, "李四")
    (region,) = [r for r in regions(store, doc, ["王 五"], layer="李四") if r.start == 0]
    with pytest.raises(AnnotatorError, match="李四.*not written by adjudication"):
        take(store, region, "王 五", layer="李四")
    with pytest.raises(AnnotatorError, match="李四.*not written by adjudication"):
        take_agreed(store, doc, ["王 五"], layer="李四")
    assert spans_of(store, "李四") == before


def test_the_gold_layer_takes_decisions_after_its_spans_were_edited(make_project, open_store):
    store = open_store(make_project(TEXT, spans=LI + WANG))
    doc = store.documents()[0].id
    take(store, disagreements(store, doc, ["李四", "王 五"])[0], "李四")
    (span,) = (a for a in store.annotations() if a.annotator == GOLD)
    store.update_annotation(span.id, end=2, annotator="lead")  # edited in the window: stays gold
    take(store, regions(store, doc, ["李四", "王 五"])[0], "王 五")
    take_agreed(store, doc, ["李四", "王 五"])
    assert spans_of(store, GOLD) == [(0, 2, "DISTRICT", "accepted", "adjudicated"),
                                     (5, 11, "AMOUNT", "accepted", "adjudicated")]


def test_taking_what_the_coders_agree_on_keeps_the_value_one_of_them_gave(make_project, open_store):
    # both marked 湖里区, only 王 五 gave its division code (values that do not disagree: agreed); the gold
    # took the first coder's copy, without the code
    store = open_store(make_project(TEXT, spans=[
        ("a.txt", 0, 3, "DISTRICT", {"annotator": "李四"}),
        ("a.txt", 0, 3, "DISTRICT", {"annotator": "王 五", "value": {"name": "湖里区", "code": "350206"}})]))
    doc = store.documents()[0].id
    take_agreed(store, doc, ["李四", "王 五"])
    (span,) = (a for a in store.annotations() if a.annotator == GOLD)
    assert span.value == {"name": "湖里区", "code": "350206"} and span.reason == "from 王 五"
    assert regions(store, doc, ["李四", "王 五"])[0].taken() == "王 五"  # the panel's Decision column

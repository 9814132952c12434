"""N and P: the next and previous open suggestion, in text order, then across documents round
the list; the open suggestions "accept / reject all" act on; the counts of the status bar."""
from __future__ import annotations

from annotator.core.models import Annotation, Document
from annotator.core.review import (
    documents_from,
    first_open,
    next_open,
    open_suggestion_ids,
    open_suggestions,
    position,
    step_suggestion,
    totals,
)


def span(ann_id, start, end, status="suggested", doc=1, label="DISTRICT"):
    return Annotation(ann_id, doc, start, end, label, "x" * (end - start), status=status)


SPANS = [span(1, 0, 3), span(2, 5, 8, "accepted"), span(3, 5, 7), span(4, 10, 12), span(5, 10, 12, "rejected")]


def test_next_and_previous_in_text_order_skip_reviewed_spans():
    here = position(SPANS[2], caret=0)  # on span 3
    assert next_open(SPANS, here, +1) == 4
    assert next_open(SPANS, here, -1) == 1
    assert next_open(SPANS, position(SPANS[3], 0), +1) is None
    assert next_open(SPANS, position(None, caret=5), +1) == 3  # a span at the caret comes first
    assert next_open(SPANS, position(None, caret=5), -1) == 1
    assert (first_open(SPANS, +1), first_open(SPANS, -1)) == (1, 4)
    assert first_open([SPANS[1]], +1) is None


def test_in_the_order_of_a_sorted_table_next_and_previous_follow_its_keys():
    confidence = {1: 0.9, 3: 0.2, 4: 0.5}  # by confidence, the doubtful first: 3, 4, 1

    def order(a):
        return (confidence[a.id], a.start, a.end, a.id)

    assert next_open(SPANS, order(SPANS[2]), +1, order) == 4
    assert next_open(SPANS, order(SPANS[3]), +1, order) == 1  # after 4 in the table, before it in the text
    assert next_open(SPANS, order(SPANS[2]), -1, order) is None
    assert (next_open(SPANS, None, +1, order), next_open(SPANS, None, -1, order)) == (3, 1)  # from the top, the end
    assert (first_open(SPANS, +1, order), first_open(SPANS, -1, order)) == (3, 1)


def test_spans_at_one_start_go_shorter_first_then_by_id():
    spans = [span(7, 0, 5), span(6, 0, 3), span(8, 0, 3)]
    ids, here = [], position(None, 0)
    while (nxt := next_open(spans, here, +1)) is not None:
        ids.append(nxt)
        here = position(next(a for a in spans if a.id == nxt), 0)
    assert ids == [6, 8, 7]


def test_documents_round_the_list_back_to_the_start():
    assert documents_from([10, 20, 30], 20, +1) == [30, 10, 20]
    assert documents_from([10, 20, 30], 20, -1) == [10, 30, 20]
    assert documents_from([10, 20, 30], 99, +1) == []


def test_step_goes_on_in_the_next_document_with_open_suggestions():
    spans = {1: [span(1, 0, 3, "accepted")], 2: [], 3: [span(9, 4, 6, doc=3), span(8, 1, 2, doc=3)]}
    counts = {1: 0, 2: 0, 3: 2}

    def step(doc, here, direction):
        return step_suggestion([1, 2, 3], doc, here, direction, spans.__getitem__, counts.__getitem__)

    assert step(1, position(None, 0), +1) == (3, 8)  # the first of document 3
    assert step(1, position(None, 0), -1) == (3, 9)  # backwards: its last
    assert step(3, position(spans[3][0], 0), +1) == (3, 8)  # round the list to itself
    counts[3] = 0
    assert step(1, position(None, 0), +1) is None  # nothing left
    counts[2] = 1  # a stale count: the document opens, nothing is selected
    assert step(1, position(None, 0), +1) == (2, None)
    assert step_suggestion([1], 5, position(None, 0), +1, lambda d: [], lambda d: 1) is None


def test_open_suggestion_ids_of_a_label_in_a_document_or_the_project(make_project, open_store):
    text = "厦门市湖里区投资55.1亿元。"
    folder = make_project({"a.txt": text, "b.txt": text + "b"}, spans=[
        ("a.txt", 0, 3, "DISTRICT", {"status": "suggested"}), ("a.txt", 3, 6, "DISTRICT", {"status": "accepted"}),
        ("a.txt", 8, 14, "AMOUNT", {"status": "suggested"}), ("b.txt", 0, 3, "DISTRICT", {"status": "suggested"})])
    store = open_store(folder)
    a, b = (d.id for d in store.documents())
    assert len(open_suggestion_ids(store, "DISTRICT")) == 2
    (only,) = open_suggestion_ids(store, "DISTRICT", a)
    assert store.annotation(only).text == "厦门市"
    assert open_suggestion_ids(store, "TARGET") == [] and len(open_suggestion_ids(store, "DISTRICT", b)) == 1


def test_open_suggestions_of_labels_documents_origin_and_below_a_confidence(make_project, open_store):
    text = "厦门市湖里区投资55.1亿元。"
    folder = make_project({"a.txt": text, "b.txt": text + "b"}, spans=[
        ("a.txt", 0, 3, "DISTRICT", {"status": "suggested", "origin": "model", "confidence": 0.4}),
        ("a.txt", 3, 6, "DISTRICT", {"status": "suggested", "origin": "model", "confidence": 0.9}),
        ("a.txt", 8, 14, "AMOUNT", {"status": "suggested", "origin": "amount"}),
        ("b.txt", 0, 3, "DISTRICT", {"status": "accepted", "origin": "model", "confidence": 0.1}),
        ("b.txt", 3, 6, "DISTRICT", {"status": "suggested", "origin": "model"})])  # no confidence: kept
    store = open_store(folder)
    a, b = (d.id for d in store.documents())
    texts = lambda ids: {(store.annotation(i).document_id, store.annotation(i).text) for i in ids}  # noqa: E731
    assert texts(open_suggestions(store)) == {(a, "厦门市"), (a, "湖里区"), (a, "55.1亿元"), (b, "湖里区")}
    assert open_suggestions(store, ["DISTRICT"], [a]) == open_suggestion_ids(store, "DISTRICT", a)
    assert texts(open_suggestions(store, origin="model")) == {(a, "厦门市"), (a, "湖里区"), (b, "湖里区")}
    assert texts(open_suggestions(store, origin="model", below=0.5)) == {(a, "厦门市")}
    assert open_suggestions(store, ["AMOUNT"], [b]) == []


def test_totals_count_done_documents_and_open_suggestions():
    docs = [Document(1, "a", "a", "", done=True), Document(2, "b", "b", "")]
    assert totals(docs, {1: {"suggested": 2, "accepted": 1}, 2: {"suggested": 3}}) == (1, 2, 5)
    assert totals([], {}) == (0, 0, 0)


def test_went_round_tells_a_step_past_the_end_or_the_start_of_the_list():
    from annotator.core.review import went_round

    docs = [1, 2, 3]
    here = (10, 12, 5)
    assert not went_round(docs, 1, here, 2, None, 1)  # N on into the next document
    assert went_round(docs, 3, here, 1, None, 1)  # N past the last document
    assert went_round(docs, 1, here, 3, None, -1)  # P before the first
    assert not went_round(docs, 3, here, 2, None, -1)
    assert went_round(docs, 2, here, 2, (3, 4, 9), 1)  # round to this document's start: the only one left
    assert not went_round(docs, 2, here, 2, (20, 24, 9), 1)
    assert went_round(docs, 2, here, 2, (20, 24, 9), -1)
    assert not went_round([1, 2], 4, here, 1, None, 1)  # a document not in the list: not said

"""The annotation list's filters as one test of a span (core/span_filter.py), and N / P following
them across documents (core/review.step_suggestion with ``only``)."""
from __future__ import annotations

import pytest

from annotator.core.models import Annotation
from annotator.core.review import position, step_suggestion
from annotator.core.span_filter import SpanFilter


def span(ann_id, doc, start, label, text, origin="rule", annotator="", status="suggested"):
    return Annotation(ann_id, doc, start, start + len(text), label, text, status=status, origin=origin,
                      annotator=annotator)


def test_a_span_passes_the_label_annotator_origin_and_text_filters_set():
    a = span(1, 1, 0, "AMOUNT", "55.1亿元", origin="model", annotator="li")
    assert not SpanFilter() and SpanFilter().passes(a)
    assert SpanFilter().with_labels(["AMOUNT"]).passes(a)
    assert not SpanFilter().with_labels(["DISTRICT"]).passes(a)
    assert SpanFilter().with_field("origin", "model").with_field("annotator", "li").passes(a)
    assert not SpanFilter().with_field("annotator", "wang").passes(a)
    assert not SpanFilter().with_field("origin", "gazetteer").passes(a)
    assert SpanFilter().with_text(" 亿元 ").passes(a) and not SpanFilter().with_text("万元").passes(a)
    assert SpanFilter().with_text("万元").passes(a, lambda _a: "3245.7万元")  # the text as the caller reads it
    assert SpanFilter().with_labels(["AMOUNT"]).with_text("元").parts() == [("label", "AMOUNT"), ("text", "元")]
    with pytest.raises(ValueError):
        SpanFilter().with_field("status", "accepted")  # not one of these filters


def test_the_spans_passing_in_one_pass_are_those_each_passes_and_their_texts_are_read_only_for_a_text():
    """``SpanFilter.passing`` (the annotation list's one pass a filter change) agrees with ``passes``."""
    from itertools import product
    spans = [span(1, 1, 0, "AMOUNT", "55.1亿元", origin="model", annotator="li"),
             span(2, 1, 9, "DISTRICT", "厦门市", annotator="wang"), span(3, 1, 20, "AMOUNT", "3245.7万元"),
             span(4, 1, 30, "TARGET", "GDP", origin="model")]
    read = []

    def texts_of(some):
        read.append(len(some))
        return [a.text for a in some]

    for labels, annotator, origin, needle in product((None, frozenset(), frozenset({"AMOUNT"})), (None, "li"),
                                                     (None, "model"), ("", "元", "亿元", "无")):
        only = SpanFilter(labels, annotator, origin, needle)
        read.clear()
        assert only.passing(spans, texts_of) == [only.passes(a) for a in spans], only
        assert read == ([4] if needle else [])


def test_n_and_p_go_through_the_filtered_suggestions_and_pass_over_a_document_without_one():
    spans = {1: [span(1, 1, 0, "DISTRICT", "厦门市"), span(2, 1, 5, "AMOUNT", "55.1亿元")],
             2: [span(3, 2, 0, "DISTRICT", "同安区")],
             3: [span(4, 3, 0, "AMOUNT", "3245.7万元"), span(5, 3, 9, "AMOUNT", "8亿元", status="accepted")]}
    counts = {1: 2, 2: 1, 3: 1}
    amounts = SpanFilter().with_labels(["AMOUNT"])

    def step(doc, here, direction, only=None):
        return step_suggestion([1, 2, 3], doc, here, direction, spans.__getitem__, counts.__getitem__, only=only)

    assert step(1, position(None, 0), +1) == (1, 1)  # no filter: as ever
    assert step(1, position(None, 0), +1, amounts) == (1, 2)
    assert step(1, position(spans[1][1], 0), +1, amounts) == (3, 4)  # past document 2's DISTRICT
    assert step(3, position(spans[3][0], 0), -1, amounts) == (1, 2)
    assert step(1, position(spans[1][1], 0), +1, SpanFilter().with_text("亿")) == (1, 2)  # round to itself
    assert step(1, position(None, 0), +1, SpanFilter().with_labels(["TARGET"])) is None  # none left
    assert step(1, position(None, 0), +1, SpanFilter().with_field("origin", "model")) is None


def test_the_store_names_the_documents_holding_an_open_suggestion_the_filters_let_through(tmp_path):
    """``Store.documents_suggesting`` (what N / P pass over unread) is ``SpanFilter.passes`` asked of
    every open suggestion: the same documents for every filter, a text's case and width as typed."""
    from itertools import product

    from annotator.core.imports.text import sha256
    from annotator.core.models import Document, Suggestion
    from annotator.core.store import Store

    line = "厦门市投资55.1亿元，GDP增长ＧＤＰ，gdp。"
    pieces = [("DISTRICT", "厦门市"), ("AMOUNT", "55.1亿元"), ("TARGET", "GDP"), ("TARGET", "ＧＤＰ"),
              ("TARGET", "gdp")]
    with Store.create(tmp_path / "p") as store:
        for n in range(6):
            text = f"第{n}号。{line}"
            doc = store.add_document(Document(None, f"d{n}.txt", "", text, sha256(text))).id
            chosen = pieces[n % 5:] + pieces[:n % 3]
            store.add_suggestions(doc, [Suggestion(text.index(p), text.index(p) + len(p), label, p,
                                                   origin=("model", "rule")[(n + i) % 2])
                                        for i, (label, p) in enumerate(dict.fromkeys(chosen))])
            ids = [a.id for a in store.annotations(doc)]
            store.set_status(ids[:n % 3], "accepted", annotator=("li", "wang")[n % 2])  # not open
        spans = list(store.iter_annotations())
        filters = [SpanFilter(labels, annotator, origin, needle) for labels, annotator, origin, needle in product(
            (None, frozenset(), frozenset({"TARGET"}), frozenset({"DISTRICT", "AMOUNT"})), (None, "", "li"),
            (None, "model", "rule"), ("", "GDP", "gdp", "ＧＤＰ", "亿", "55.1亿元", "无此文字"))]
        for only in filters:
            expected = {a.document_id for a in spans if a.status == "suggested" and only.passes(a)}
            labels = sorted(only.labels) if only.labels is not None else None
            assert store.documents_suggesting(labels, only.annotator, only.origin, only.needle) == expected, only
        assert store.documents_suggesting(needle="GDP") != store.documents_suggesting(needle="gdp")


def test_a_text_filter_finds_a_span_in_either_writing_and_the_store_names_the_same_documents(tmp_path):
    """湖里区 typed finds 湖裡區, a report's traditional writing, and 湖裡區 the simplified 湖里区 (as Find
    does); before, the list showed none of them and N passed over their documents. A needle of more
    writings than are looked for one by one (twelve characters) reads each text as simplified."""
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document, Suggestion
    from annotator.core.store import Store

    written = {"t.txt": "湖裡區將加快推進松元產業園二期建設。", "s.txt": "湖里区将加快推进松元产业园二期建设。",
               "o.txt": "集美区新增10家企业。"}
    with Store.create(tmp_path / "p") as store:
        for name, text in written.items():
            doc = store.add_document(Document(None, name, "", text, sha256(text))).id
            store.add_suggestions(doc, [Suggestion(0, 3, "DISTRICT", text[:3], origin="rule"),
                                        Suggestion(0, len(text) - 1, "PROJECT", text[:-1], origin="rule")])
        names = {d.id: d.name for d in store.documents()}
        spans = list(store.iter_annotations())
        for needle, holding in (("湖里区", {"t.txt", "s.txt"}), ("湖裡區", {"t.txt", "s.txt"}),
                                ("將加快推进松元产业园二期建", {"t.txt", "s.txt"}), ("集美區", {"o.txt"}),
                                ("海沧区", set())):
            only = SpanFilter().with_text(needle)
            assert {names[a.document_id] for a in spans if only.passes(a)} == holding, needle
            assert {names[d] for d in store.documents_suggesting(needle=needle)} == holding, needle

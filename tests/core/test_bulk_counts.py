"""The bulk paths agree with plain recounts and with the plain overlap query (randomised):
accepting many spans at once refuses exactly when a span would overlap one of its new layer,
a span added or moved one at a time (checked down the layer index of schema 8) likewise, and
the counts read from the covering indexes equal a recount of the spans."""
from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.errors import ValidationError
from annotator.core.imports.text import sha256
from annotator.core.models import STATUSES, Document, Suggestion
from annotator.core.store import Store, statuses

TEXT = "湖里区集美区思明区海沧区同安区翔安区" * 3

spans = st.lists(st.tuples(st.integers(0, len(TEXT) - 2), st.integers(1, 6), st.sampled_from(["DISTRICT", "AMOUNT"]),
                           st.sampled_from(["", "li", "wang"]), st.sampled_from(STATUSES)), max_size=25)


def _fill(store: Store, doc_id: int, wanted) -> None:
    for start, length, label, who, status in wanted:
        end = min(start + length, len(TEXT))
        try:
            store.add_annotation(doc_id, start, end, label, annotator=who, status=status)
        except ValidationError:
            pass  # overlapping one of its layer: the store refuses it, as it should


def _clash_by_query(store: Store, a, annotator: str) -> bool:
    """The plain overlap query of one span against the others of the layer it would join."""
    return store.conn.execute(
        'SELECT 1 FROM annotations WHERE document_id = ? AND label = ? AND annotator = ? '
        "AND status != 'rejected' AND start < ? AND \"end\" > ? AND id IS NOT ?",
        (a.document_id, a.label, annotator, a.end, a.start, a.id)).fetchone() is not None


@settings(max_examples=80, deadline=None)
@given(spans, st.sets(st.integers(0, 30)), st.sampled_from(["li", "wang", ""]), st.booleans())
def test_accepting_many_refuses_exactly_what_the_overlap_query_finds(tmp_path_factory, wanted, chosen, annotator,
                                                                    compact):
    kept = statuses.COMPACT_FROM
    statuses.COMPACT_FROM = 0 if compact else kept  # the compact record, or a Change per span
    try:
        _accept_many(tmp_path_factory, wanted, chosen, annotator)
    finally:
        statuses.COMPACT_FROM = kept


def _accept_many(tmp_path_factory, wanted, chosen, annotator):
    with Store.create(tmp_path_factory.mktemp("b") / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT))).id
        _fill(store, doc, wanted)
        every = store.annotations()
        ids = [a.id for i, a in enumerate(every) if i in chosen]
        before = {a.id: (a.status, a.annotator) for a in store.annotations()}
        # what one-by-one acceptance, each checked by the plain query, would do
        expected_ok = True
        with store.transaction():
            for ann_id in ids:
                a = store.annotation(ann_id)
                target = annotator or a.annotator
                if a.status == "accepted":
                    continue  # already accepted: left as it is, in its own layer
                moved = a.status == "rejected" or target != a.annotator
                if moved and _clash_by_query(store, a, target):
                    expected_ok = False
                    break
                store.conn.execute("UPDATE annotations SET status = 'accepted', annotator = ? WHERE id = ?",
                                   (target, ann_id))
            store.conn.execute("ROLLBACK")
            store.conn.execute("BEGIN IMMEDIATE")
        if expected_ok:
            step = store.set_status(ids, "accepted", annotator)
            after = {a.id: (a.status, a.annotator) for a in store.annotations()}
            store.revert(step)  # undo puts every status and annotator back, and redo again
            assert {a.id: (a.status, a.annotator) for a in store.annotations()} == before
            store.reapply(step)
            assert {a.id: (a.status, a.annotator) for a in store.annotations()} == after
            for i in ids:
                kept = before[i][0] == "accepted"
                assert after[i] == ("accepted", before[i][1] if kept else annotator or before[i][1])
        else:
            with pytest.raises(ValidationError, match="overlap"):
                store.set_status(ids, "accepted", annotator)
            assert {a.id: (a.status, a.annotator) for a in store.annotations()} == before  # all or nothing


tries = st.lists(st.tuples(st.integers(0, len(TEXT) - 2), st.integers(1, 8), st.sampled_from(["DISTRICT", "AMOUNT"]),
                           st.sampled_from(["", "li", "wang"]), st.integers(0, 30)), min_size=1, max_size=15)


@settings(max_examples=80, deadline=None)
@given(spans, tries)
def test_one_span_added_or_moved_is_refused_exactly_when_the_overlap_query_finds_one(tmp_path_factory, wanted,
                                                                                     attempts):
    with Store.create(tmp_path_factory.mktemp("o") / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT))).id
        _fill(store, doc, wanted)
        for start, length, label, who, pick in attempts:
            end = min(start + length, len(TEXT))
            every = store.annotations()
            if pick < len(every):  # move a stored span there (its own layer, itself left out)
                a = every[pick]
                probe = SimpleNamespace(document_id=doc, label=a.label, start=start, end=end, id=a.id)
                clash = a.status != "rejected" and _clash_by_query(store, probe, a.annotator)
                edit = lambda a=a, s=start, e=end: store.update_annotation(a.id, start=s, end=e)  # noqa: E731
            else:  # a new span of that layer
                probe = SimpleNamespace(document_id=doc, label=label, start=start, end=end, id=None)
                clash = _clash_by_query(store, probe, who)
                edit = lambda s=start, e=end, lb=label, w=who: store.add_annotation(doc, s, e, lb, annotator=w)  # noqa: E731
            before = store.annotations()
            if clash:
                with pytest.raises(ValidationError, match="overlap"):
                    edit()
                assert store.annotations() == before
            else:
                edit()
                assert any((b.start, b.end, b.label) == (start, end, probe.label) for b in store.annotations())


@settings(max_examples=30, deadline=None)
@given(st.lists(spans, min_size=1, max_size=4), st.lists(st.booleans(), max_size=4))
def test_counts_equal_a_recount(tmp_path_factory, per_doc, done):
    with Store.create(tmp_path_factory.mktemp("c") / "p") as store:
        for n, wanted in enumerate(per_doc):
            text = TEXT + str(n)
            doc = store.add_document(Document(None, f"{n}.txt", "", text, sha256(text), char_count=len(text))).id
            _fill(store, doc, wanted)
            store.add_suggestions(doc, [Suggestion(0, 2, "TARGET", text[:2], {}, 0.5, "", "test")])
            if n < len(done) and done[n]:
                store.set_document_done(doc, True)
        every = store.annotations()
        stats = store.stats()
        assert stats["annotations"] == {f"{k[0]}/{k[1]}": v for k, v in sorted(Counter(
            (a.label, a.status) for a in every).items())}
        assert stats["documents"] == len(per_doc) and stats["done"] == sum(store.document(d.id).done
                                                                           for d in store.documents())
        assert stats["characters"] == sum(len(TEXT + str(n)) for n in range(len(per_doc)))
        recount: dict[int, dict[str, int]] = {}
        for a in every:
            recount.setdefault(a.document_id, dict.fromkeys(STATUSES, 0))[a.status] += 1
        assert store.document_counts() == recount
        assert store.annotation_ids(statuses=["suggested"]) == [a.id for a in every if a.status == "suggested"]

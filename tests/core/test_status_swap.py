"""One batch of status changes is judged by where it ends: a span may be rejected (or leave a
coder's layer) and an overlapping one accepted in its place in one step, in either order and
across chunks, and that step is undone and redone exactly; a batch that ends with two
overlapping spans in one layer (document, label, annotator) is refused whole."""
from __future__ import annotations

import random
from itertools import combinations

import pytest

from annotator.core.errors import ValidationError
from annotator.core.models import ChangeSet, StatusChange
from annotator.core.store import statuses

TEXT = "湖里区集美区思明区海沧区同安区翔安区"
STAMP = "2030-01-01T00:00:00"


def state(store):
    return {a.id: (a.status, a.annotator, a.updated_at) for a in store.annotations()}


def put(store, targets, compact, exact=True):
    """One step of status changes ({id: (status, annotator or None)}), as undo and redo put them
    (``exact``), or as ``set_status`` does (a span of that status keeps its annotator)."""
    with store.transaction():
        changes = store._put_statuses(iter([(i, (s, who, STAMP)) for i, (s, who) in targets.items()]),
                                      compact=compact, exact=exact)
    return ChangeSet(changes, "swap")


def span(store, start, end, label="DISTRICT", **fields):
    return store.add_annotation(1, start, end, label, **fields).changes[0].after.id


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT))


# (the spans: (start, end, status, annotator), the step: the new (status, annotator) of each)
SWAPS = {
    "reject one, accept the other": ([(0, 3, "accepted", "li"), (1, 4, "rejected", "li")],
                                     [("rejected", None), ("accepted", None)]),
    "move one out, accept the other": ([(0, 3, "accepted", "li"), (1, 4, "rejected", "li")],
                                       [("accepted", "wang"), ("accepted", None)]),
    "reject one, move the other in": ([(0, 3, "accepted", "li"), (1, 4, "accepted", "wang")],
                                      [("rejected", None), ("accepted", "li")]),
}


@pytest.mark.parametrize("chunk", [statuses.CHUNK, 1])
@pytest.mark.parametrize("compact", [True, False])
@pytest.mark.parametrize("backwards", [False, True])
@pytest.mark.parametrize("case", SWAPS)
def test_a_swap_is_one_step_in_either_order_and_undoes_and_redoes(store, monkeypatch, case, backwards, compact,
                                                                  chunk):
    monkeypatch.setattr(statuses, "CHUNK", chunk)  # 1: the two spans are read and written apart
    spans, step = SWAPS[case]
    ids = [span(store, start, end, status=status, annotator=who) for start, end, status, who in spans]
    before = state(store)
    targets = dict(zip(ids, step, strict=True))
    if backwards:
        targets = dict(reversed(targets.items()))
    changes = put(store, targets, compact)
    after = state(store)
    assert {i: (s, who) for i, (s, who, _) in after.items()} == {
        i: (s, before[i][1] if who is None else who) for i, (s, who) in targets.items()}
    assert len(changes) == 2 and isinstance(changes.changes[0], StatusChange) == compact
    store.revert(changes)
    assert state(store) == before
    store.reapply(changes)
    assert state(store) == after
    store.revert(changes)
    assert state(store) == before


def test_a_step_moving_two_spans_across_layers_at_once_undoes_and_redoes(store):
    """li's span into wang's layer and wang's overlapping one into li's: only the whole step can
    be made (a span at a time, either one would overlap the other), and undone, and redone."""
    ids = [span(store, 0, 3, annotator="li"), span(store, 1, 4, annotator="wang")]
    before = state(store)
    changes = put(store, {ids[0]: ("accepted", "wang"), ids[1]: ("accepted", "li")}, compact=True)
    after = state(store)
    assert [after[i][:2] for i in ids] == [("accepted", "wang"), ("accepted", "li")]
    store.revert(changes)
    assert state(store) == before
    store.reapply(changes)
    assert state(store) == after


@pytest.mark.parametrize("chunk", [statuses.CHUNK, 1])
@pytest.mark.parametrize("compact", [True, False])
def test_a_step_that_ends_with_two_overlapping_spans_is_refused_and_writes_nothing(store, monkeypatch, compact,
                                                                                    chunk):
    monkeypatch.setattr(statuses, "CHUNK", chunk)
    x = span(store, 0, 3, annotator="li")  # 湖里区
    y = span(store, 2, 5, status="rejected", annotator="li")  # 区集美: over x
    z = span(store, 4, 7, status="rejected", annotator="li")  # 美区思: over y, not x
    other = span(store, 9, 12, status="suggested")
    before = state(store)
    for targets in ({y: ("accepted", None), x: ("rejected", None), z: ("accepted", None), other: ("accepted", None)},
                    {other: ("accepted", None), z: ("accepted", None), x: ("rejected", None), y: ("accepted", None)}):
        # x leaving makes room for y, but z comes in over y: that overlap, not y's over x, is named
        with pytest.raises(ValidationError, match="'美区思' \\(4-7\\) overlaps DISTRICT '区集美' \\(2-5\\)"):
            put(store, targets, compact)
        assert state(store) == before
    with pytest.raises(ValidationError, match="overlaps"):  # into another layer over a span there
        put(store, {x: ("rejected", None), y: ("accepted", "wang"), z: ("accepted", "wang")}, compact)
    assert state(store) == before


def test_an_undo_that_would_end_with_an_overlap_is_refused_and_writes_nothing(store):
    x = span(store, 0, 3)  # 湖里区
    y = span(store, 2, 5, status="rejected")  # 区集美
    swap = put(store, {x: ("rejected", None), y: ("accepted", None)}, compact=True)
    store.set_status([span(store, 0, 2, status="rejected")], "accepted")  # 湖里: over x only, free now x is out
    after = state(store)
    with pytest.raises(ValidationError, match="'湖里区' \\(0-3\\) overlaps DISTRICT '湖里' \\(0-2\\)"):
        store.revert(swap)
    assert state(store) == after


def overlapping(spans, final):
    """Brute force: two spans not rejected, of one label and annotator, that overlap."""
    live = [(i, label, final[i]) for i, (start, end, label) in spans.items() if final[i][0] != "rejected"]
    return any(a[1] == b[1] and a[2][1] == b[2][1] and spans[a[0]][0] < spans[b[0]][1] and spans[b[0]][0] <
               spans[a[0]][1] for a, b in combinations(live, 2))


@pytest.mark.parametrize("chunk", [statuses.CHUNK, 2])
@pytest.mark.parametrize("compact", [True, False])
@pytest.mark.parametrize("seed", range(4))
def test_random_steps_are_stored_exactly_when_they_end_with_no_overlap_in_a_layer(store, monkeypatch, seed, compact,
                                                                                   chunk):
    monkeypatch.setattr(statuses, "CHUNK", chunk)
    rnd = random.Random(seed)
    who = ["", "li", "wang"]
    spans = {}  # id -> (start, end, label)
    for _ in range(16):
        start = rnd.randrange(len(TEXT) - 1)
        end = min(len(TEXT), start + rnd.randint(1, 4))
        label = rnd.choice(["DISTRICT", "DISTRICT", "PROJECT"])
        fields = {"status": rnd.choice(["accepted", "suggested", "rejected"]), "annotator": rnd.choice(who)}
        try:
            i = span(store, start, end, label, **fields)
        except ValidationError:
            i = span(store, start, end, label, **{**fields, "status": "rejected"})
        spans[i] = (start, end, label)
    stored = refused = 0
    for n in range(60):
        before = state(store)
        step = {i: (rnd.choice(["accepted", "suggested", "rejected"]), rnd.choice([None, *who]))
                for i in rnd.sample(sorted(spans), rnd.randint(1, 6))}
        exact = rnd.random() < 0.7
        final = {i: (s, w) for i, (s, w, _) in before.items()}
        for i, (s, w) in step.items():
            if exact or before[i][0] != s:
                final[i] = (s, before[i][1] if w is None else w)
        if overlapping(spans, final):
            with pytest.raises(ValidationError, match="overlaps"):
                put(store, step, compact, exact)
            assert state(store) == before, n
            refused += 1
            continue
        changes = put(store, step, compact, exact)
        after = state(store)
        assert {i: (s, w) for i, (s, w, _) in after.items()} == final, n
        if compact:  # one by one (not compact), two spans trading layers cannot be put back: see above
            store.revert(changes)
            assert state(store) == before, n
            store.reapply(changes)
            assert state(store) == after, n
        stored += 1
    assert stored > 10 and refused > 10

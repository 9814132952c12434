"""Which spans cover which characters, and how each piece looks: the innermost span gives the
background, an outer span of another label the underline; rejected spans only when shown."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.models import Annotation, Change, ChangeSet, Label, LabelChange
from annotator.core.span_layout import (
    SortedSpans,
    levels,
    nest_lines,
    plan,
    segments,
    spans_at,
    style_of,
    touched,
    visible,
)


def span(ann_id, start, end, label="DISTRICT", status="accepted", doc=1):
    return Annotation(ann_id, doc, start, end, label, "x" * (end - start), status=status)


def test_segments_cut_the_text_where_spans_begin_and_end():
    outer, inner = span(1, 0, 10, "PROJECT"), span(2, 2, 5)
    pieces = segments([outer, inner], 0, 12)
    assert [(lo, hi, [a.id for a in active]) for lo, hi, active in pieces] == [
        (0, 2, [1]), (2, 5, [1, 2]), (5, 10, [1])]  # nothing covers 10-12: no piece


def test_segments_only_within_the_range_asked_for():
    pieces = segments([span(1, 0, 10)], 3, 6)
    assert [(lo, hi) for lo, hi, _ in pieces] == [(3, 6)]


def test_nesting_inner_label_is_the_background_outer_label_the_underline():
    outer, inner = span(1, 0, 10, "PROJECT"), span(2, 2, 5, "DISTRICT", "suggested")
    assert style_of([outer, inner]) == ("DISTRICT", "suggested", "PROJECT", "accepted")
    assert style_of([outer]) == ("PROJECT", "accepted", None, None)
    same = span(3, 0, 10, "DISTRICT")  # an outer span of the same label draws no underline
    assert style_of([same, inner]) == ("DISTRICT", "suggested", None, None)
    rejected = span(4, 2, 5, "AMOUNT", "rejected")  # a rejected span is never the inner one over a live one
    assert style_of([outer, rejected]) == ("PROJECT", "accepted", None, None)


def test_plan_merges_neighbours_of_one_style():
    a, b = span(1, 0, 3), span(2, 3, 6)  # touching spans of one label and status
    assert plan([a, b], 0, 6) == [(0, 6, ("DISTRICT", "accepted", None, None))]
    c = span(3, 6, 8, status="suggested")
    assert [p[:2] for p in plan([a, b, c], 0, 8)] == [(0, 6), (6, 8)]
    assert plan([], 0, 8) == []


def test_spans_at_innermost_first_and_visibility():
    outer, inner = span(1, 0, 10, "PROJECT"), span(2, 2, 5)
    assert [a.id for a in spans_at([outer, inner], 3)] == [2, 1]
    assert [a.id for a in spans_at([outer, inner], 5)] == [1]  # end is exclusive
    assert spans_at([outer, inner], 10) == []
    rejected = span(3, 0, 2, status="rejected")
    assert not visible(rejected, False) and visible(rejected, True) and visible(outer, False)


def test_touched_is_the_range_a_change_set_may_have_changed():
    before, after = span(1, 4, 6), span(1, 4, 9)
    assert touched(ChangeSet((Change(before, after),)), 1, 20) == (4, 9)
    assert touched(ChangeSet((Change(span(2, 0, 2, doc=2), None),)), 1, 20) is None
    label = LabelChange(Label("DISTRICT", "#000000"), Label("DISTRICT", "#ffffff"))
    assert touched(ChangeSet((label,)), 1, 20) == (0, 20)  # a colour: every span may look different


def test_levels_of_nested_and_crossing_spans():
    target = span(1, 0, 20, "TARGET", "suggested")
    project = span(2, 4, 17, "PROJECT")  # 数字湖里网格化管理服务平台 inside the target
    district = span(3, 6, 8)  # 湖里 inside the project
    amount = span(4, 30, 36, "AMOUNT")  # alone
    spans = [target, project, district, amount]
    assert levels(spans) == [2, 1, 0, 0]  # the outermost line lies lowest
    assert nest_lines(spans, 0, 40) == [(0, 20, 2, "TARGET", "suggested"), (4, 17, 1, "PROJECT", "accepted")]
    assert nest_lines(spans, 10, 12) == [(10, 12, 2, "TARGET", "suggested"), (10, 12, 1, "PROJECT", "accepted")]
    assert nest_lines([amount], 0, 40) == [] and levels([]) == []
    crossing = [span(5, 0, 10, "TARGET"), span(6, 8, 12, "AMOUNT")]  # the shorter is drawn over the longer
    assert nest_lines(crossing, 0, 20) == [(0, 10, 1, "TARGET", "accepted")]
    same = [span(7, 0, 6, "PROJECT"), span(8, 0, 6, "PROJECT", "suggested")]  # two coders' layers
    assert levels(same) == [0, 1]
    rejected = [span(9, 0, 6, "PROJECT"), span(10, 2, 4, status="rejected")]  # shown: under the live one
    assert levels(rejected) == [0, 1]


def test_levels_of_many_spans_take_linear_time():
    spans = [s for i in range(5000) for s in (span(2 * i, 10 * i, 10 * i + 8, "PROJECT"),
                                               span(2 * i + 1, 10 * i + 2, 10 * i + 4))]
    assert levels(spans) == [1, 0] * 5000


def plan_by_segments(spans, lo, hi):
    """The plan by its definition: every segment styled, equal neighbours merged."""
    pieces = []
    for left, right, active in segments(spans, lo, hi):
        style = style_of(active)
        if pieces and pieces[-1][1] == left and pieces[-1][2] == style:
            pieces[-1] = (pieces[-1][0], right, style)
        else:
            pieces.append((left, right, style))
    return pieces


random_spans = st.lists(st.tuples(st.integers(0, 80), st.integers(1, 15), st.sampled_from(["DISTRICT", "PROJECT"]),
                                  st.sampled_from(["accepted", "suggested", "rejected"])), max_size=40).map(
    lambda found: [span(i, s, s + n, label, status) for i, (s, n, label, status) in enumerate(found)])


@settings(max_examples=300, deadline=None)
@given(random_spans, st.integers(0, 100), st.integers(0, 100))
def test_plan_cuts_only_clusters_of_overlapping_spans_and_gives_the_same_pieces(spans, lo, hi):
    spans, (lo, hi) = sorted(spans, key=lambda a: a.start), sorted((lo, hi))
    assert plan(spans, lo, hi) == plan_by_segments(spans, lo, hi)


@settings(max_examples=200, deadline=None)
@given(random_spans, random_spans, st.integers(0, 100), st.integers(0, 100))
def test_sorted_spans_find_what_a_scan_finds_as_spans_come_and_go(first, more, lo, hi):
    index = SortedSpans(reversed(first))
    more = [a.with_(id=a.id + 1000) for a in more]
    for a in more:
        index.add(a)
    for a in first[::2]:
        index.remove(a)
    kept = [a for a in first[1::2] + more]
    assert index.spans == sorted(kept, key=lambda a: (a.start, a.end, a.id)) and len(index) == len(kept)
    assert index.overlapping(lo, hi) == [a for a in index.spans if a.start < hi and lo < a.end]
    assert index.spans[index.index_at(lo):] == [a for a in index.spans if a.start >= lo]

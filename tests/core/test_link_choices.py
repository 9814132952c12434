"""What the window's *Link to…* (Ctrl+L) offers a span: the spans it may be linked to, an amount's
or target's projects and districts, the nearest first whatever its kind (a project first at a tie);
never itself, never a rejected span; a span that may have no link gets nothing."""
from __future__ import annotations

from annotator.core.links import link_choices
from annotator.core.models import Annotation

TEXT = "厦门市计划建设松元产业园、湖里创新园和集美软件园，其中湖里创新园投资12亿元。同安区新建同安工业集中区。"


def span(i, piece, label, occurrence=0, status="accepted"):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(piece, start + 1)
    return Annotation(i, 1, start, start + len(piece), label, piece, status=status)


SPANS = [span(1, "厦门市", "DISTRICT"), span(2, "松元产业园", "PROJECT"), span(3, "湖里创新园", "PROJECT"),
         span(4, "集美软件园", "PROJECT"), span(5, "湖里创新园", "PROJECT", 1), span(6, "12亿元", "AMOUNT"),
         span(7, "同安区", "DISTRICT"), span(8, "同安工业集中区", "PROJECT"),
         span(9, "湖里", "DISTRICT", 1, status="rejected")]


def test_an_amount_is_offered_its_projects_and_districts_nearest_first_whatever_their_kind():
    amount = SPANS[5]
    got = [(kind, a.id) for kind, a in link_choices(amount, SPANS)]
    # by distance alone 同安区 (7), the next sentence's first word, is nearer than the amount's own project
    assert got == [("district", 7), ("project", 5), ("project", 8), ("project", 4), ("project", 3),
                   ("project", 2), ("district", 1)]  # 湖里 (rejected) is no choice
    # given the text, the spans of the amount's sentence first (同安区 begins the next one)
    got = [(kind, a.id) for kind, a in link_choices(amount, SPANS, TEXT)]
    assert got == [("project", 5), ("project", 4), ("project", 3), ("project", 2), ("district", 1),
                   ("district", 7), ("project", 8)]


def test_the_district_of_the_amounts_sentence_comes_before_the_projects_of_the_paragraph_above():
    text = "推进松元产业园、集美软件园、同安工业集中区、翔安创新园建设。\n湖里区安排资金12亿元。"
    spans = [Annotation(i, 1, text.index(p), text.index(p) + len(p), label, p) for i, (label, p) in enumerate(
        [("PROJECT", "松元产业园"), ("PROJECT", "集美软件园"), ("PROJECT", "同安工业集中区"), ("PROJECT", "翔安创新园"),
         ("DISTRICT", "湖里区"), ("AMOUNT", "12亿元")], 1)]
    got = [a.text for _kind, a in link_choices(spans[-1], spans)]
    assert got == ["湖里区", "翔安创新园", "同安工业集中区", "集美软件园", "松元产业园"]
    assert [a.text for _kind, a in link_choices(spans[-1], spans, text)] == got


def test_at_a_tie_the_project_comes_first():
    text = "同安工业集中区投资5亿元"
    amount = Annotation(1, 1, text.index("5亿元"), len(text), "AMOUNT", "5亿元")
    project = Annotation(2, 1, 0, 7, "PROJECT", "同安工业集中区")
    district = Annotation(3, 1, 0, 2, "DISTRICT", "同安")
    assert [k for k, _a in link_choices(amount, [district, project])] == ["project", "district"]


def test_a_project_is_offered_districts_only_and_a_span_inside_it_first():
    project = SPANS[7]  # 同安工业集中区 holds 同安
    inner = Annotation(10, 1, project.start, project.start + 2, "DISTRICT", "同安")
    got = [(kind, a.id) for kind, a in link_choices(project, [*SPANS, inner])]
    assert got == [("district", 10), ("district", 7), ("district", 1)]


def test_a_district_or_a_lone_amount_has_no_choice():
    assert link_choices(SPANS[0], SPANS) == []
    assert link_choices(SPANS[5], [SPANS[5]]) == []


def test_the_amounts_clause_comes_before_the_rest_of_its_sentence():
    text = "今年湖里区安排资金12亿元，集美区安排3亿元。"
    spans = [Annotation(i, 1, text.index(p), text.index(p) + len(p), label, p) for i, (label, p) in enumerate(
        [("DISTRICT", "湖里区"), ("AMOUNT", "12亿元"), ("DISTRICT", "集美区")], 1)]
    assert [a.text for _kind, a in link_choices(spans[1], spans)] == ["集美区", "湖里区"]  # by distance alone
    assert [a.text for _kind, a in link_choices(spans[1], spans, text)] == ["湖里区", "集美区"]

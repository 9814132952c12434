"""What the window's *Link to…* (Ctrl+L) offers a span: the spans it may be linked to, an amount's
or target's projects first, then its districts, each kind's nearest first; never itself, never a
rejected span; a span that may have no link gets nothing."""
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


def test_an_amount_is_offered_its_projects_nearest_first_then_its_districts():
    amount = SPANS[5]
    got = [(kind, a.id) for kind, a in link_choices(amount, SPANS)]
    assert got == [("project", 5), ("project", 8), ("project", 4), ("project", 3), ("project", 2),
                   ("district", 7), ("district", 1)]  # 湖里 (rejected) is no choice


def test_a_project_is_offered_districts_only_and_a_span_inside_it_first():
    project = SPANS[7]  # 同安工业集中区 holds 同安
    inner = Annotation(10, 1, project.start, project.start + 2, "DISTRICT", "同安")
    got = [(kind, a.id) for kind, a in link_choices(project, [*SPANS, inner])]
    assert got == [("district", 10), ("district", 7), ("district", 1)]


def test_a_district_or_a_lone_amount_has_no_choice():
    assert link_choices(SPANS[0], SPANS) == []
    assert link_choices(SPANS[5], [SPANS[5]]) == []

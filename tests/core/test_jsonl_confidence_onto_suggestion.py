"""A JSONL line equal to an open suggestion of the project (same label and offsets) gives it the
line's confidence when it has none (a rule's suggestion the model's file also proposes, or one
stored before confidences were kept), whether the line decides the suggestion or repeats it; a
suggestion that has a confidence keeps its own."""
from __future__ import annotations

import json

import pytest

from annotator.core.imports.annotations import import_annotations

TEXT = "湖里区投资55.1亿元建设松元产业园，计划新增30家企业。"
SPANS = [("a.txt", 5, 11, "AMOUNT", {"status": "suggested", "origin": "amount rules"}),
         ("a.txt", 13, 18, "PROJECT", {"status": "suggested", "origin": "model"}),
         ("a.txt", 21, 28, "TARGET", {"status": "suggested", "origin": "model", "confidence": 0.42})]


def lines(path, *spans):
    path.write_text("\n".join(json.dumps({"doc": "a.txt", "start": s, "end": e, "label": label, "text": TEXT[s:e],
                                          **extra}, ensure_ascii=False) for s, e, label, extra in spans),
                    encoding="utf-8")
    return path


def by_label(store):
    return {a.label: (a.status, a.confidence) for a in store.annotations()}


@pytest.mark.parametrize("status", ["suggested", "accepted"])
def test_a_line_equal_to_a_suggestion_gives_it_its_confidence(make_project, open_store, tmp_path, status):
    store = open_store(make_project(TEXT, spans=SPANS))
    path = lines(tmp_path / "model.jsonl",
                 (5, 11, "AMOUNT", {"status": status, "origin": "model", "confidence": 0.87}),
                 (13, 18, "PROJECT", {"status": status, "origin": "model", "confidence": 0.66}),
                 (21, 28, "TARGET", {"status": status, "origin": "model", "confidence": 0.99}))
    report = import_annotations(store, [path])
    assert report.rejected == [] and report.added == 0
    got = by_label(store)
    assert got["AMOUNT"] == (status, pytest.approx(0.87)) and got["PROJECT"] == (status, pytest.approx(0.66))
    assert got["TARGET"] == (status, pytest.approx(0.42))  # it had one: kept
    if status == "suggested":  # two suggestions scored, the third a duplicate
        assert (report.scored, report.changed, report.duplicates) == (2, 0, 1)
        assert "gave 2 suggestion(s) the confidence of the line equal to them" in report.lines()
        assert report.messages == ["model.jsonl: stored 0 annotation(s), 2 suggestion(s) given the file's confidence; "
                                   "1 already in the project"]
    else:  # all three decided
        assert (report.scored, report.changed) == (0, 3)
    again = import_annotations(store, [path])
    assert (again.changed, again.added, again.rejected) == (0, 0, [])


def test_a_line_without_a_confidence_leaves_the_suggestions_as_they_are(make_project, open_store, tmp_path):
    store = open_store(make_project(TEXT, spans=SPANS))
    report = import_annotations(store, [lines(tmp_path / "gold.jsonl", (13, 18, "PROJECT", {"status": "suggested"}))])
    assert (report.changed, report.duplicates) == (0, 1)
    assert by_label(store)["PROJECT"] == ("suggested", None)

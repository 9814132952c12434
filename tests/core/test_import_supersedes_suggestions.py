"""A coder's file imported into their own layer (``annotator=``) removes the open suggestions of a label
its accepted spans overlap with other boundaries (counted as superseded): the coder decided that text.
Removed, not rejected: a rejected text is never proposed again in the project, and the suggestion's text
is a name cut short, not a wrong one. A suggestion of another label, another coder's, or one the coder's
span only rejects stays open; one with the same boundaries is decided by the line, as before
(``core/imports/superseded.py``)."""
from __future__ import annotations

import json

from annotator.core.imports.annotations import import_annotations

TEXT = "湖里区投资55.1亿元建设松元产业园二期，计划新增30家企业。"
SUGGESTED = {"status": "suggested", "origin": "project"}
SPANS = [("a.txt", 13, 18, "PROJECT", SUGGESTED),  # 松元产业园, the coder marks 松元产业园二期
         ("a.txt", 13, 15, "DISTRICT", SUGGESTED),  # 松元: another label, stays open
         ("a.txt", 0, 3, "DISTRICT", SUGGESTED),  # 湖里区: the same boundaries, decided by the line
         ("a.txt", 23, 30, "TARGET", {"status": "suggested", "annotator": "wang"})]  # wang's own suggestion


def gold(path, *spans):
    path.write_text("".join(json.dumps({"doc": "a.txt", "start": s, "end": e, "label": label, "text": TEXT[s:e],
                                        **extra}, ensure_ascii=False) + "\n" for s, e, label, extra in spans),
                    encoding="utf-8")
    return path


def by_span(store):
    return {(a.label, a.text): (a.status, a.annotator) for a in store.annotations()}


def test_a_coders_span_supersedes_the_suggestion_of_its_label_it_overlaps(make_project, open_store, tmp_path):
    store = open_store(make_project(TEXT, spans=SPANS))
    path = gold(tmp_path / "li.jsonl", (13, 20, "PROJECT", {}), (0, 3, "DISTRICT", {}), (26, 30, "TARGET", {}))
    report = import_annotations(store, [path], annotator="li")
    got = by_span(store)
    assert got["PROJECT", "松元产业园二期"] == ("accepted", "li")
    assert ("PROJECT", "松元产业园") not in got  # removed: li decided that text
    assert ("PROJECT", "松元产业园") not in store.rejected_entries()  # still proposed where it stands alone
    assert got["DISTRICT", "松元"] == ("suggested", "")  # another label: still the reviewer's to decide
    assert got["DISTRICT", "湖里区"] == ("accepted", "li")  # the same boundaries: decided, as before
    assert got["TARGET", "新增30家企业"] == ("suggested", "wang")  # another coder's suggestion
    assert (report.added, report.changed, report.superseded) == (2, 1, 1)
    assert ("removed 1 open suggestion(s) that a span of their label overlaps with other boundaries (the file "
            "decided that text)") in report.lines()
    assert report.messages == ["li.jsonl: stored 2 annotation(s), 1 suggestion(s) decided, 1 suggestion(s) "
                               "superseded by its spans"]
    again = import_annotations(store, [path], annotator="li")
    assert (again.added, again.changed, again.superseded, again.duplicates) == (0, 0, 0, 3)


def test_a_span_the_coder_rejected_closes_nothing(make_project, open_store, tmp_path):
    store = open_store(make_project(TEXT, spans=SPANS))
    report = import_annotations(store, [gold(tmp_path / "li.jsonl", (13, 20, "PROJECT", {"status": "rejected"}))],
                                annotator="li")
    assert report.superseded == 0 and by_span(store)["PROJECT", "松元产业园"] == ("suggested", "")


def test_a_doccano_line_of_the_coder_supersedes_too(make_project, open_store, tmp_path):
    store = open_store(make_project(TEXT, spans=SPANS))
    path = tmp_path / "li.jsonl"
    path.write_text(json.dumps({"text": TEXT, "label": [[13, 20, "PROJECT"]]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    report = import_annotations(store, [path], annotator="li")
    assert (report.added, report.superseded) == (1, 1)
    assert ("PROJECT", "松元产业园") not in by_span(store)
    assert report.messages == ["li.jsonl: stored 1 annotation(s), 1 suggestion(s) superseded by its spans"]


def test_a_line_refused_whole_closes_nothing(make_project, open_store, tmp_path):
    """A doccano line one of whose spans the project refuses stores nothing, and decides nothing either."""
    store = open_store(make_project(TEXT, spans=SPANS))
    path = tmp_path / "li.jsonl"
    path.write_text(json.dumps({"text": TEXT, "label": [[13, 20, "PROJECT"], [0, 3, "NOSUCH"]]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    report = import_annotations(store, [path], annotator="li")
    assert (report.added, report.superseded, len(report.rejected)) == (0, 0, 1)
    assert by_span(store)["PROJECT", "松元产业园"] == ("suggested", "")

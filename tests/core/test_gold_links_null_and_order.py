"""Gold links files: a line whose ``project`` is null rejects an open suggested project link of its
span (as a line naming another project replaces it), a user's own link stays; accepted links join
accepted spans only, so links imported before their gold spans are refused (nothing changes) and
the files of one call are imported spans first, whatever order they are named in."""
from __future__ import annotations

import json

from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.links import SPAN_OPEN

TEXT = "湖里区投资55.1亿元建设松元产业园，思明区新增企业20家，灌口镇新建厂房3座。"
HULI, SIMING = {"name": "湖里区", "code": "350206"}, {"name": "思明区", "code": "350203"}
SPANS = [("a.txt", 0, 3, "DISTRICT", {"value": HULI}), ("a.txt", 5, 11, "AMOUNT"),
         ("a.txt", 13, 18, "PROJECT"), ("a.txt", 19, 22, "DISTRICT", {"value": SIMING}),
         ("a.txt", 22, 29, "TARGET")]


def write(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def line(start, end, label, district, project="absent"):
    row = {"doc": "a.txt", "start": start, "end": end, "label": label, "district": district}
    if project != "absent":
        row["project"] = project
    return row


def links(store):
    """{(source text, kind, status): (target text or None, origin, annotator)} of every link."""
    texts = {a.id: a.text for a in store.annotations()}
    return {(texts[k.source_id], k.kind, k.status): (texts.get(k.target_id), k.origin, k.annotator)
            for k in store.links()}


def test_a_null_project_rejects_the_suggested_project_link_and_keeps_a_users(make_project, open_store, tmp_path):
    store = open_store(make_project(TEXT, spans=SPANS))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["新增企业20家"], "project", ids["松元产业园"], status="suggested", origin="attribute")
    store.add_link(ids["55.1亿元"], "project", ids["松元产业园"], annotator="li")  # the user's own
    path = write(tmp_path / "a.links.jsonl", [line(22, 29, "TARGET", SIMING, None),
                                                line(5, 11, "AMOUNT", HULI, None),
                                                line(13, 18, "PROJECT", HULI, None)])  # a PROJECT has none
    report = import_annotations(store, [path], annotator="gold")
    assert report.links_rejected == 1 and not report.rejected
    assert "rejected 1 suggested project link(s): the gold has no project there" in report.lines()
    assert "1 suggested project link(s) rejected (the gold has no project there)" in report.files[0].line()
    assert links(store) == {
        ("新增企业20家", "project", "rejected"): ("松元产业园", "attribute", "gold"),
        ("新增企业20家", "district", "accepted"): ("思明区", "imported", "gold"),
        ("55.1亿元", "project", "accepted"): ("松元产业园", "manual", "li"),  # never touched by an import
        ("55.1亿元", "district", "accepted"): ("湖里区", "imported", "gold"),
        ("松元产业园", "district", "accepted"): ("湖里区", "imported", "gold"),
    }
    again = import_annotations(store, [path], annotator="gold")  # nothing open is left to decide
    assert again.links_rejected == 0 and not again.rejected


def test_a_line_without_project_or_imported_as_suggestions_leaves_the_suggestion_open(make_project, open_store,
                                                                                      tmp_path):
    store = open_store(make_project(TEXT, spans=SPANS))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["新增企业20家"], "project", ids["松元产业园"], status="suggested", origin="attribute")
    no_key = write(tmp_path / "b.links.jsonl", [line(22, 29, "TARGET", SIMING)])  # says nothing of a project
    null = write(tmp_path / "c.links.jsonl", [line(22, 29, "TARGET", SIMING, None)])
    assert import_annotations(store, [no_key]).links_rejected == 0
    assert import_annotations(store, [null], status="suggested").links_rejected == 0
    assert links(store)[("新增企业20家", "project", "suggested")] == ("松元产业园", "attribute", "")


def test_links_before_their_gold_spans_are_refused_and_change_nothing(make_project, open_store, tmp_path):
    suggested = [(*s[:4], {**(s[4] if len(s) > 4 else {}), "status": "suggested"}) for s in SPANS]
    store = open_store(make_project(TEXT, spans=suggested))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "district", ids["湖里区"], status="suggested", origin="jurisdiction")
    store.add_link(ids["新增企业20家"], "project", ids["松元产业园"], status="suggested", origin="attribute")
    before = links(store)
    path = write(tmp_path / "a.links.jsonl", [line(5, 11, "AMOUNT", HULI, [13, 18]),
                                                line(22, 29, "TARGET", SIMING, None)])
    report = import_annotations(store, [path], annotator="gold")
    assert report.rejected == [(str(path), 1, SPAN_OPEN), (str(path), 2, SPAN_OPEN)]  # each line once
    assert (report.links, report.links_accepted, report.links_replaced, report.links_rejected) == (0, 0, 0, 0)
    assert links(store) == before  # no accepted link on spans that are still suggestions


def test_a_gold_district_goes_to_an_accepted_district_span_only(make_project, open_store, tmp_path):
    spans = [("a.txt", 0, 3, "DISTRICT", {"value": HULI, "status": "suggested"}), ("a.txt", 5, 11, "AMOUNT")]
    store = open_store(make_project(TEXT, spans=spans))
    path = write(tmp_path / "a.links.jsonl", [line(5, 11, "AMOUNT", HULI, None)])
    assert import_annotations(store, [path], annotator="gold").links == 1
    (link,) = store.links()
    assert (link.status, link.target_id, link.value) == ("accepted", None, HULI)  # by name and code


def test_one_call_imports_the_spans_before_their_links_in_any_order(make_project, open_store, tmp_path):
    suggested = [(*s[:4], {**(s[4] if len(s) > 4 else {}), "status": "suggested"}) for s in SPANS]
    gold = write(tmp_path / "a.gold.jsonl", [{"doc": "a.txt", "start": a, "end": b, "label": label,
                                              "text": TEXT[a:b]} for _doc, a, b, label, *_ in SPANS])
    gold_links = write(tmp_path / "a.links.jsonl", [line(5, 11, "AMOUNT", HULI, [13, 18]),
                                                      line(22, 29, "TARGET", SIMING, None)])
    states = []
    for name, files in (("first", [gold, gold_links]), ("second", [gold_links, gold])):
        store = open_store(make_project(TEXT, spans=suggested, name=name))
        ids = {a.text: a.id for a in store.annotations()}
        store.add_link(ids["新增企业20家"], "project", ids["松元产业园"], status="suggested", origin="attribute")
        report = import_annotations(store, files, annotator="gold")
        assert not report.rejected and report.links == 3 and report.links_rejected == 1
        states.append((links(store), sorted((a.text, a.status) for a in store.annotations())))
    assert states[0] == states[1]
    assert all(status == "accepted" for _text, status in states[0][1])

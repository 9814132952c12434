"""A suggested link's reason (why the link suggester proposed it) comes back from an exported
workbook's Links sheet and from the gold JSONL, as its origin and status do: a colleague reviewing
the suggestions in a project seeded from the file sees why each was proposed."""
from __future__ import annotations

import pytest

from annotator.core.export import xlsx
from annotator.core.export.jsonl import write
from annotator.core.imports.annotations import import_annotations

TEXT = "湖里区投资55.1亿元建设松元产业园，全市新增企业20家。"
SPANS = [("a.txt", 0, 3, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
         ("a.txt", 5, 11, "AMOUNT"), ("a.txt", 13, 18, "PROJECT"), ("a.txt", 21, 28, "TARGET")]


def reasons(store):
    spans = {a.id: a.text for a in store.annotations()}
    return sorted((spans[k.source_id], k.kind, k.status, k.origin, k.reason) for k in store.links())


@pytest.mark.parametrize("suffix", [".xlsx", ".jsonl"])
def test_a_links_reason_survives_the_round_trip(make_project, open_store, tmp_path, suffix):
    store = open_store(make_project(TEXT, spans=SPANS))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "project", ids["松元产业园"], status="suggested", origin="attribute",
                   reason="spent on building it: 55.1亿元建设松元产业园")
    store.add_link(ids["松元产业园"], "district", ids["湖里区"], status="suggested", origin="clause",
                   reason="clause: 湖里区 governs the clause")
    store.add_link(ids["新增企业20家"], "district", value={"name": "厦门市", "code": "350200"})  # by hand: none
    out = tmp_path / f"out{suffix}"
    if suffix == ".xlsx":
        xlsx.write(store, out, statuses=["accepted", "suggested"])
    else:
        write(store, out, statuses=["accepted", "suggested"])
    fresh = open_store(make_project({"a.txt": TEXT}, name="fresh"))
    report = import_annotations(fresh, [out])
    assert report.rejected == [] and report.links == 3
    assert reasons(fresh) == reasons(store)
    assert ("55.1亿元", "project", "suggested", "attribute", "spent on building it: 55.1亿元建设松元产业园") \
        in reasons(fresh)


def test_a_suggested_spans_reason_survives_the_jsonl_round_trip(make_project, open_store, tmp_path):
    """As its origin and confidence do; a span made by hand has none and its line no ``reason``."""
    import json

    spans = [*SPANS[:1], ("a.txt", 5, 11, "AMOUNT", {"status": "suggested", "origin": "amount rules",
                                                      "reason": "amount: 5510000000 yuan"}),
             ("a.txt", 13, 18, "PROJECT", {"origin": "model", "confidence": 0.7,
                                           "reason": "model: PROJECT p=0.70 (learned from this project)"})]
    store = open_store(make_project(TEXT, spans=spans))
    out = tmp_path / "out.jsonl"
    write(store, out, statuses=["accepted", "suggested"])
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "reason" not in lines[0] and lines[1]["reason"] == "amount: 5510000000 yuan"
    fresh = open_store(make_project({"a.txt": TEXT}, name="fresh"))
    report = import_annotations(fresh, [out])
    assert report.rejected == [] and report.added == 3
    shown = sorted((a.label, a.status, a.origin, a.reason) for a in fresh.annotations())
    assert shown == sorted((a.label, a.status, a.origin, a.reason) for a in store.annotations())
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({**lines[1], "reason": 3}, ensure_ascii=False) + "\n", encoding="utf-8")
    other = open_store(make_project({"a.txt": TEXT}, name="other"))
    assert [why for _f, _n, why in import_annotations(other, [bad]).rejected] == ["reason must be a string, not 3"]

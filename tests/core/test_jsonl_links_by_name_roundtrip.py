"""A fact linked to a district by name and code (no DISTRICT span: the district the writer means is
not the one a span names there) comes back from the gold JSONL as such a link, not as a link to a
DISTRICT span of that code; a link to a DISTRICT span stays one. Export → import → export gives the
same lines, in the gold JSONL and in doccano's relation format (its ``district_links``)."""
from __future__ import annotations

import json

import pytest

from annotator.core.export.jsonl import write
from annotator.core.imports.annotations import import_annotations

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园，全市新增企业20家。"
SPANS = [("a.txt", 0, 3, "DISTRICT", {"value": {"name": "厦门市", "code": "350200"}}),
         ("a.txt", 3, 6, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
         ("a.txt", 8, 14, "AMOUNT", {"value": {"yuan": 5510000000, "qualifier": None}}), ("a.txt", 16, 21, "PROJECT"),
         ("a.txt", 24, 31, "TARGET", {"value": {"quantity": 20, "unit": "家"}})]


def links(store):
    spans = {a.id: a for a in store.annotations()}
    return sorted((spans[k.source_id].text, k.kind, spans[k.target_id].text if k.target_id else None,
                   json.dumps(k.value, ensure_ascii=False), k.status, k.origin) for k in store.links())


@pytest.mark.parametrize("fmt", ["jsonl", "doccano-relations"])
def test_a_link_by_name_comes_back_by_name_and_a_link_to_a_span_to_its_span(make_project, open_store, tmp_path, fmt):
    store = open_store(make_project(TEXT, spans=SPANS))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "district", ids["湖里区"])  # to a DISTRICT span
    store.add_link(ids["55.1亿元"], "project", ids["松元产业园"])
    # by name, though 厦门市 is a DISTRICT span of that code too (the coder chose the name)
    store.add_link(ids["新增企业20家"], "district", value={"name": "厦门市", "code": "350200"})
    store.add_link(ids["松元产业园"], "district", value={"name": "湖里区", "code": "350206"}, status="suggested",
                   origin="jurisdiction")
    first = tmp_path / "first.jsonl"
    write(store, first, fmt, statuses=["accepted", "suggested"])

    fresh = open_store(make_project(TEXT, name="fresh"))
    report = import_annotations(fresh, [first])
    assert report.rejected == [] and (report.added, report.links) == (5, 4)
    # doccano's relations keep no status or origin of a link: the spans and districts alone compare
    got, want = (links(fresh), links(store)) if fmt == "jsonl" else (
        [k[:4] for k in links(fresh)], [k[:4] for k in links(store)])
    assert got == want
    assert ("新增企业20家", "district", None, '{"name": "厦门市", "code": "350200"}') in [k[:4] for k in got]
    again = tmp_path / "again.jsonl"
    write(fresh, again, fmt, statuses=["accepted", "suggested"])
    assert again.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")

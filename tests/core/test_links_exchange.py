"""Links in the exchange formats: the gold JSONL carries a span's links (round trip), and the
guide's gold links files (*.links.jsonl) import beside the gold spans."""
from __future__ import annotations

import json

from annotator.core.export.jsonl import write
from annotator.core.imports.annotations import import_annotations

TEXT = "湖里区投资55.1亿元建设松元产业园，全区新增企业20家。"
SPANS = [("a.txt", 0, 3, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
         ("a.txt", 5, 11, "AMOUNT"), ("a.txt", 13, 18, "PROJECT"), ("a.txt", 21, 28, "TARGET")]


def linked(store):
    spans = {a.id: a for a in store.annotations()}
    return sorted((spans[k.source_id].text, k.kind, spans[k.target_id].text if k.target_id else None,
                   json.dumps(k.value, ensure_ascii=False), k.status) for k in store.links())


def linked_project(make_project, open_store):
    """The four spans, the sum linked to its district and project, the goal to a district by name."""
    store = open_store(make_project(TEXT, spans=SPANS))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "district", ids["湖里区"])
    store.add_link(ids["55.1亿元"], "project", ids["松元产业园"])
    store.add_link(ids["新增企业20家"], "district", value={"name": "厦门市", "code": "350200"})
    return store


def test_jsonl_round_trip_keeps_links(make_project, open_store, tmp_path):
    store = linked_project(make_project, open_store)
    out = tmp_path / "out.jsonl"
    write(store, out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    amount = next(line for line in lines if line["label"] == "AMOUNT")
    assert [(e["kind"], e["start"], e["end"], e["label"]) for e in amount["links"]] == [
        ("district", 0, 3, "DISTRICT"), ("project", 13, 18, "PROJECT")]
    assert "links" not in next(line for line in lines if line["label"] == "PROJECT")
    before = linked(store)
    fresh = open_store(make_project(TEXT, name="fresh"))
    report = import_annotations(fresh, [out])
    assert report.links == 3 and report.added == 4
    assert linked(fresh) == before
    again = import_annotations(fresh, [out])  # a second import adds nothing
    assert again.links == 0 and again.added == 0


def test_gold_links_files_import_with_the_gold_spans(make_project, open_store, tmp_path):
    gold = tmp_path / "a.gold.jsonl"
    gold.write_text("\n".join(json.dumps({"doc": "a.txt", "start": s, "end": e, "label": label,
                                          "text": TEXT[s:e], **extra}, ensure_ascii=False)
                              for _, s, e, label, *rest in SPANS for extra in [rest[0] if rest else {}]),
                    encoding="utf-8")
    links = tmp_path / "a.links.jsonl"
    rows = [{"doc": "a.txt", "start": 5, "end": 11, "label": "AMOUNT",
             "district": {"name": "湖里区", "code": "350206"}, "project": [13, 18]},
            {"doc": "a.txt", "start": 21, "end": 28, "label": "TARGET",
             "district": {"name": "灌口镇", "code": "350211102"}, "project": None},
            {"doc": "a.txt", "start": 1, "end": 2, "label": "PROJECT", "district": {"name": "x"}, "project": None}]
    links.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    store = open_store(make_project(TEXT))
    report = import_annotations(store, [gold, links], status="accepted")
    assert report.added == 4 and report.links == 3
    assert [(f, n) for f, n, _ in report.rejected] == [(str(links), 3)]  # no PROJECT span at 1-2
    got = linked(store)
    assert ("55.1亿元", "district", "湖里区", "{}", "accepted") in got  # to the DISTRICT span
    assert ("55.1亿元", "project", "松元产业园", "{}", "accepted") in got
    assert ("新增企业20家", "district", None, '{"name": "灌口镇", "code": "350211102"}', "accepted") in got


def test_doccano_relation_format_round_trip_keeps_spans_values_and_links(make_project, open_store, tmp_path):
    store = linked_project(make_project, open_store)
    out = tmp_path / "rel.jsonl"
    write(store, out, fmt="doccano-relations")
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert "label" not in line  # doccano reads entities/relations, not a label list, in this format
    entities = {e["id"]: (e["start_offset"], e["end_offset"], e["label"]) for e in line["entities"]}
    assert sorted(entities.values()) == [(0, 3, "DISTRICT"), (5, 11, "AMOUNT"), (13, 18, "PROJECT"),
                                         (21, 28, "TARGET")]
    assert sorted((entities[r["from_id"]][2], r["type"], entities[r["to_id"]][2]) for r in line["relations"]) == [
        ("AMOUNT", "district", "DISTRICT"), ("AMOUNT", "project", "PROJECT")]
    assert line["meta"]["district_links"] == [[21, 28, "TARGET", {"name": "厦门市", "code": "350200"}]]

    fresh = open_store(make_project(TEXT, name="fresh"))
    report = import_annotations(fresh, [out])
    assert (report.added, report.links, report.rejected) == (4, 3, [])
    assert linked(fresh) == linked(store)
    assert {a.text: a.value for a in fresh.annotations()}["湖里区"] == {"name": "湖里区", "code": "350206"}
    again = import_annotations(fresh, [out])
    assert (again.added, again.links) == (0, 0)


def test_a_doccano_relation_of_an_unknown_type_refuses_its_line_and_stores_nothing(make_project, open_store,
                                                                                  tmp_path):
    line = {"text": TEXT, "entities": [{"id": 1, "label": "AMOUNT", "start_offset": 5, "end_offset": 11},
                                       {"id": 2, "label": "PROJECT", "start_offset": 13, "end_offset": 18}],
            "relations": [{"id": 9, "from_id": 1, "to_id": 2, "type": "funds"}]}
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    store = open_store(make_project(TEXT))
    report = import_annotations(store, [path])
    assert report.added == 0 and len(report.rejected) == 1
    assert "funds" in report.rejected[0][2] and "district, project" in report.rejected[0][2]
    assert store.annotations() == []


def test_a_townships_code_from_the_links_file_reaches_the_facts(make_project, open_store, tmp_path):
    """tianshui_2020: the gold names 藉口 藉口镇 with no code; its links file gives 620502102. The
    link goes to that DISTRICT span and keeps the code, so Facts and Districts have it (they had
    no code, province or county for 26 of the six reports' facts)."""
    from openpyxl import load_workbook

    from annotator.core.export.formats import export

    text = "推进天定高速藉口出口建设。"
    gold = tmp_path / "t.gold.jsonl"
    gold.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in (
        {"doc": "t.txt", "start": 2, "end": 10, "label": "PROJECT", "text": "天定高速藉口出口", "value": {}},
        {"doc": "t.txt", "start": 6, "end": 8, "label": "DISTRICT", "text": "藉口",
         "value": {"name": "藉口镇", "code": None}})), encoding="utf-8")
    links = tmp_path / "t.links.jsonl"
    links.write_text(json.dumps({"doc": "t.txt", "start": 2, "end": 10, "label": "PROJECT",
                                 "district": {"name": "藉口镇", "code": "620502102"}, "project": None},
                                ensure_ascii=False), encoding="utf-8")
    store = open_store(make_project({"t.txt": text}))
    report = import_annotations(store, [gold, links])
    assert report.links == 1
    assert [t for _, _, t, _, _ in linked(store)] == ["藉口"]  # still the DISTRICT span
    out = tmp_path / "out.xlsx"
    export(store, out)
    rows = list(load_workbook(out)["Facts"].iter_rows(values_only=True))
    fact = dict(zip(rows[0], rows[1], strict=False))
    assert (fact["district_code"], fact["district_name"], fact["province"], fact["county"]) == \
        ("620502102", "藉口镇", "甘肃省", "秦州区")
    # and the gold JSONL carries the code out and back in
    write(store, tmp_path / "round.jsonl")
    fresh = open_store(make_project({"t.txt": text}, name="fresh"))
    import_annotations(fresh, [tmp_path / "round.jsonl"])
    export(fresh, tmp_path / "again.xlsx")
    rows = list(load_workbook(tmp_path / "again.xlsx")["Facts"].iter_rows(values_only=True))
    assert dict(zip(rows[0], rows[1], strict=False))["district_code"] == "620502102"

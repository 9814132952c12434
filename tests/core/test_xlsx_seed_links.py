"""A workbook carries links (its Links sheet) and seeds another project holding the same documents:
rows are matched there by document (its text's sha256) and offsets, not by the first project's ids."""
from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from annotator.cli import main
from annotator.core.export import xlsx
from annotator.core.imports.annotations import import_annotations

TEXT = "湖里区投资55.1亿元建设松元产业园，全区新增企业20家。集美区安排3亿元。"
SPANS = [("a.txt", 0, 3, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
         ("a.txt", 5, 11, "AMOUNT", {"value": {"yuan": 5_510_000_000, "qualifier": None}}),
         ("a.txt", 13, 18, "PROJECT"), ("a.txt", 21, 28, "TARGET", {"value": {"quantity": 20, "unit": "家"}}),
         ("a.txt", 29, 32, "DISTRICT", {"value": {"name": "集美区", "code": "350211"}, "status": "suggested"}),
         ("a.txt", 34, 37, "AMOUNT", {"note": "=SUM(A1)"})]


def spans(store):
    """The spans as (start, end, label, text, value, status, note); a value key that is null says nothing."""
    return sorted((a.start, a.end, a.label, a.text, json.dumps({k: v for k, v in a.value.items() if v is not None},
                                                               sort_keys=True), a.status, a.note)
                  for a in store.annotations())


def linked(store):
    by_id = {a.id: a for a in store.annotations()}
    return sorted((by_id[k.source_id].text, k.kind, by_id[k.target_id].text if k.target_id else None,
                   json.dumps(k.value, ensure_ascii=False), k.status, k.origin) for k in store.links())


@pytest.fixture
def linked_project(make_project, open_store, tmp_path):
    store = open_store(make_project(TEXT, spans=SPANS))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "district", ids["湖里区"])
    store.add_link(ids["55.1亿元"], "project", ids["松元产业园"], status="suggested", origin="clause")
    store.add_link(ids["新增企业20家"], "district", value={"name": "厦门市", "code": "350200"})
    store.add_link(ids["3亿元"], "district", ids["集美区"], status="rejected")  # rejected: not exported
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out, statuses=["accepted", "suggested"])
    return store, out


def test_the_links_sheet_names_both_spans_by_label_text_and_offsets(linked_project):
    _store, out = linked_project
    ws = load_workbook(out)["Links"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=2)]
    assert [(r["from_text"], r["kind"], r["to_text"], r["district_code"], r["status"]) for r in rows] == [
        ("55.1亿元", "district", "湖里区", "350206", "accepted"),
        ("55.1亿元", "project", "松元产业园", None, "suggested"),
        ("新增企业20家", "district", None, "350200", "accepted")]
    assert rows[1]["from_start"] == 5 and rows[1]["to_end"] == 18
    codebook = {r[1].value for r in load_workbook(out)["Codebook"].iter_rows(min_row=2) if r[0].value == "Links"}
    assert {"from_start", "to_label", "district_code", "kind"} <= codebook


def test_a_workbook_seeds_a_fresh_project_with_its_spans_values_and_links(linked_project, make_project,
                                                                           open_store):
    store, out = linked_project
    fresh = open_store(make_project({"renamed.txt": TEXT}, name="fresh"))  # same text, another name
    report = import_annotations(fresh, [out], annotator="")
    assert report.rejected == [] and report.added == 6 and report.links == 3
    assert spans(fresh) == [s for s in spans(store)]
    assert linked(fresh) == [k for k in linked(store) if k[4] != "rejected"]
    again = import_annotations(fresh, [out])  # nothing twice
    assert (again.added, again.links, again.changed, again.rejected) == (0, 0, 0, [])


def test_the_projects_own_workbook_still_matches_by_id_and_sets_the_links_rows_as_they_stand(linked_project):
    store, out = linked_project
    wb = load_workbook(out)
    ws = wb["Links"]
    header = [c.value for c in ws[1]]
    for r in ws.iter_rows(min_row=2):
        if r[header.index("kind")].value == "project":
            r[header.index("status")].value = "accepted"  # the reviewer accepts the suggested link
    wb.save(out)
    report = import_annotations(store, [out])
    assert (report.added, report.links, report.changed, report.rejected) == (0, 1, 0, [])
    assert ("55.1亿元", "project", "松元产业园", "{}", "accepted", "clause") in linked(store)


def test_a_row_typed_into_the_sheet_adds_its_span_when_the_text_is_there(linked_project, tmp_path):
    store, out = linked_project
    wb = load_workbook(out)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    start = TEXT.index("全区")
    new = {"document": "a.txt", "label": "DISTRICT", "text": "全区", "start_offset": start, "end_offset": start + 2,
           "status": "accepted", "note": "typed in Excel"}
    overlapping = {**new, "text": "湖里", "start_offset": 0, "end_offset": 2}
    elsewhere = {**new, "text": "湖里", "start_offset": start + 3, "end_offset": start + 5}
    unknown = {**new, "document": "b.txt"}
    for row in (new, overlapping, elsewhere, unknown):
        ws.append([row.get(h) for h in header])
    wb.save(out)
    before = len(store.annotations())
    report = import_annotations(store, [out])
    reasons = [why for _f, _n, why in sorted(report.rejected)]
    assert report.added == 1 and len(store.annotations()) == before + 1
    assert {a.text: a.note for a in store.annotations()}["全区"] == "typed in Excel"
    assert len(reasons) == 3
    assert "overlaps" in reasons[0] or "湖里区" in reasons[0]  # the store's rules, as for any new span
    assert all(why.startswith("Annotations sheet: ") for why in reasons)  # the store's said no sheet
    assert "does not match the document" in reasons[1] and "b.txt" in reasons[2]


def test_import_exits_non_zero_when_every_row_is_refused(linked_project, make_project, capsys):
    _store, out = linked_project
    other = make_project("完全不同的文本。", name="other")
    assert main(["import-annotations", str(other), str(out)]) == 1
    err = capsys.readouterr().err
    assert "every row was refused" in err


def test_a_townships_code_kept_on_a_link_beside_its_span_survives_the_round_trip(make_project, open_store,
                                                                                   tmp_path):
    # the gold links files give a township's nine digits its DISTRICT span's value lacks; the link keeps
    # them (imports/links.py). An unchanged workbook used to drop them: each such link deleted, added again
    text = "灌口镇建设松元产业园。"
    store = open_store(make_project(text, spans=[("a.txt", 0, 3, "DISTRICT", {"value": {"name": "灌口镇"}}),
                                                 ("a.txt", 5, 10, "PROJECT")]))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["松元产业园"], "district", ids["灌口镇"], value={"name": "灌口镇", "code": "350211100"})
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out)
    before = [(k.id, k.value, k.updated_at) for k in store.links()]
    report = import_annotations(store, [out])
    assert (report.links, report.changed, report.rejected) == (0, 0, [])
    assert [(k.id, k.value, k.updated_at) for k in store.links()] == before
    fresh = open_store(make_project(text, name="fresh"))
    import_annotations(fresh, [out])
    assert [k.value for k in fresh.links()] == [{"name": "灌口镇", "code": "350211100"}]


def test_a_refused_row_is_named_by_its_sheet(linked_project):
    store, out = linked_project
    wb = load_workbook(out)
    for name, column in (("Annotations", "status"), ("Links", "to_start")):
        ws = wb[name]
        ws.cell(2, [c.value for c in ws[1]].index(column) + 1).value = "nonsense"
    wb.save(out)
    report = import_annotations(store, [out])
    assert sorted((n, why.split(":")[0]) for _f, n, why in report.rejected) == [
        (2, "Annotations sheet"), (2, "Links sheet")]


def two_coders_book(make_project, open_store, tmp_path):
    """A project in which li and wang hold the same AMOUNT (each coder's layer), its workbook, and a
    fresh project seeded from that workbook."""
    store = open_store(make_project(TEXT, spans=[("a.txt", 5, 11, "AMOUNT", {"annotator": "li"}),
                                                 ("a.txt", 5, 11, "AMOUNT", {"annotator": "wang"})]))
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out)
    fresh = open_store(make_project(TEXT, name="fresh"))
    assert import_annotations(fresh, [out]).added == 2
    return store, out, fresh


def test_a_row_of_one_coder_changes_that_coders_span_not_anothers_at_the_same_place(make_project, open_store,
                                                                                      tmp_path):
    # a row was matched elsewhere by document, offsets and label only: li's rejection went to whichever
    # coder's span was read last (wang's), li's span stayed accepted
    _store, out, fresh = two_coders_book(make_project, open_store, tmp_path)
    wb = load_workbook(out)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    for r in ws.iter_rows(min_row=2):
        if r[header.index("annotator")].value == "li":
            r[header.index("status")].value = "rejected"
            r[header.index("note")].value = "li: not a sum"
    wb.save(out)
    report = import_annotations(fresh, [out])
    assert (report.changed, report.added, report.rejected) == (1, 0, [])
    assert sorted((a.annotator, a.status, a.note) for a in fresh.annotations()) == [
        ("li", "rejected", "li: not a sum"), ("wang", "accepted", "")]


def test_a_changed_annotator_cell_is_refused_naming_its_row(make_project, open_store, tmp_path):
    # it was silently left as it was ("13 row(s) unchanged")
    store, out, _fresh = two_coders_book(make_project, open_store, tmp_path)
    wb = load_workbook(out)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    ws.cell(2, header.index("annotator") + 1).value = "zhao"
    wb.save(out)
    report = import_annotations(store, [out])
    ((_file, number, why),) = report.rejected
    assert number == 2 and why.startswith("Annotations sheet: annotator cannot be changed") and "zhao" in why
    assert sorted(a.annotator for a in store.annotations()) == ["li", "wang"]

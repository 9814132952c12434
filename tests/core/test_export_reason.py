"""Why a rule or the model proposed a span (the window's form: Reason): a column of the Annotations
sheet and the CSV after ``confidence``, formula-safe, explained on the Codebook, bounded in width, and
read back when a workbook seeds another project (one exported before the column existed still is)."""
from __future__ import annotations

import csv as pycsv
import io

from openpyxl import load_workbook

from annotator.core.export import csv, sheets, xlsx
from annotator.core.imports.annotations import import_annotations

TEXT = "湖里区投资55.1亿元建设松元产业园，全区新增企业20家。"
LONG = "model: PROJECT p=0.61 " + "特征" * 200  # a reason longer than any column is wide
SPANS = [("a.txt", 0, 3, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),  # by hand: no reason
         ("a.txt", 5, 11, "AMOUNT", {"origin": "amount rules", "status": "suggested",
                                     "reason": "amount: 5510000000 yuan"}),
         ("a.txt", 13, 18, "PROJECT", {"origin": "model", "confidence": 0.61, "reason": LONG}),
         ("a.txt", 21, 28, "TARGET", {"origin": "target rules", "status": "suggested", "reason": "=1+1"})]
STATUSES = ["accepted", "suggested"]
WANT = {"湖里区": "", "55.1亿元": "amount: 5510000000 yuan", "松元产业园": LONG, "新增企业20家": "=1+1"}


def project(make_project, open_store, name="p", spans=SPANS):
    return open_store(make_project({"a.txt": TEXT}, spans=spans, name=name))


def reasons(store):
    return {a.text: a.reason for a in store.annotations()}


def test_the_annotations_sheet_has_the_reason_after_the_confidence(make_project, open_store, tmp_path):
    store = project(make_project, open_store)
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out, statuses=STATUSES)
    ws = load_workbook(out)["Annotations"]
    header = [c.value for c in ws[1]]
    assert header[header.index("confidence") + 1] == "reason"
    col = header.index("reason")
    cells = {r[header.index("text")].value: r[col] for r in ws.iter_rows(min_row=2)}
    assert {t: c.value or "" for t, c in cells.items()} == WANT
    assert cells["新增企业20家"].data_type == "s"  # text, never a formula
    assert cells["松元产业园"].alignment.wrap_text  # long text wrapped, as sentence and note are
    width = ws.column_dimensions[ws.cell(1, col + 1).column_letter].width
    assert width <= sheets.WRAP_WIDTH
    codebook = {(r[0].value, r[1].value): r[2].value for r in load_workbook(out)["Codebook"].iter_rows()}
    assert "Reason" in codebook[("Annotations", "reason")] and "by hand" in codebook[("Annotations", "reason")]


def test_the_csv_has_the_reason_formula_safe(make_project, open_store, tmp_path):
    store = project(make_project, open_store)
    out = tmp_path / "a.csv"
    assert csv.write(store, out, statuses=STATUSES) == 4
    rows = list(pycsv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    col = {name: i for i, name in enumerate(rows[0])}
    assert rows[0][col["confidence"] + 1] == "reason"
    got = {r[col["text"]]: r[col["reason"]] for r in rows[1:]}
    assert got == {**WANT, "新增企业20家": "'=1+1"}


def test_a_workbook_seeding_a_fresh_project_keeps_the_reason(make_project, open_store, tmp_path):
    store = project(make_project, open_store)
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out, statuses=STATUSES)
    fresh = project(make_project, open_store, "fresh", ())
    report = import_annotations(fresh, [out])
    assert report.rejected == [] and report.added == 4
    assert reasons(fresh) == WANT
    again = import_annotations(store, [out])  # the project's own: matched by id, nothing changes
    assert again.rejected == [] and again.changed == 0


def test_a_rows_reason_goes_onto_an_open_suggestion_found_by_place_that_has_none(make_project, open_store,
                                                                                  tmp_path):
    out = tmp_path / "book.xlsx"
    xlsx.write(project(make_project, open_store), out, statuses=STATUSES)
    rules = [("a.txt", 5, 11, "AMOUNT", {"status": "suggested", "origin": "amount rules"}),
             ("a.txt", 21, 28, "TARGET", {"status": "suggested", "origin": "target rules", "reason": "its own"})]
    other = project(make_project, open_store, "other", rules)
    assert import_annotations(other, [out]).rejected == []
    got = reasons(other)
    assert got["55.1亿元"] == "amount: 5510000000 yuan" and got["新增企业20家"] == "its own"


def test_a_workbook_without_the_column_is_still_read(make_project, open_store, tmp_path):
    out = tmp_path / "book.xlsx"
    xlsx.write(project(make_project, open_store), out, statuses=STATUSES)
    wb = load_workbook(out)
    ws = wb["Annotations"]
    ws.delete_cols([c.value for c in ws[1]].index("reason") + 1)
    wb.save(out)
    fresh = project(make_project, open_store, "fresh", ())
    report = import_annotations(fresh, [out])
    assert report.rejected == [] and report.added == 4
    assert set(reasons(fresh).values()) == {""}

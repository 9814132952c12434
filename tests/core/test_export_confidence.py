"""The confidence of a span the model or a suggester proposed: a column of the Annotations sheet and
the CSV (empty for a span made by hand), explained on the Codebook, and read back from a workbook
(one exported before the column existed is still read)."""
from __future__ import annotations

import csv as pycsv
import io

import pytest
from openpyxl import load_workbook

from annotator.core.export import csv, xlsx
from annotator.core.imports.annotations import import_annotations

TEXT = "湖里区投资55.1亿元建设松元产业园，全区新增企业20家。"
SPANS = [("a.txt", 0, 3, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),  # by hand
         ("a.txt", 5, 11, "AMOUNT", {"origin": "model", "confidence": 0.8734, "status": "suggested"}),
         ("a.txt", 13, 18, "PROJECT", {"origin": "model", "confidence": 0.61}),  # accepted: keeps it
         ("a.txt", 21, 28, "TARGET", {"origin": "manual", "confidence": 0.5})]  # by hand: means nothing
STATUSES = ["accepted", "suggested"]
# the Annotations table of a project without metadata, its columns in order
HEADER = ["document", "title", "date", "year", "source", "jurisdiction", "label", "text", "yuan", "yi",
          "qualifier", "currency", "foreign_amount", "district_name", "district_code", "quantity", "unit",
          "sentence", "status", "origin", "confidence", "reason", "annotator", "start_offset", "end_offset",
          "created_utc", "updated_utc", "note", "id"]


@pytest.fixture
def store(make_project, open_store):
    return open_store(make_project(TEXT, spans=SPANS))


def sheet(path, name="Annotations"):
    rows = list(load_workbook(path)[name].iter_rows())
    header = [c.value for c in rows[0]]
    return header, [dict(zip(header, r, strict=True)) for r in rows[1:]]


def test_the_annotations_sheet_has_the_confidence_after_the_origin_as_a_number(store, tmp_path):
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out, statuses=STATUSES)
    header, rows = sheet(out)
    assert header == HEADER
    by_text = {r["text"].value: r for r in rows}
    amount = by_text["55.1亿元"]["confidence"]
    assert amount.value == pytest.approx(0.8734) and amount.data_type == "n" and amount.number_format == "0.00"
    assert by_text["松元产业园"]["confidence"].value == pytest.approx(0.61)
    assert by_text["湖里区"]["confidence"].value is None  # made by hand: no confidence
    assert by_text["新增企业20家"]["confidence"].value is None  # by hand, whatever it carries
    codebook = {(r[0].value, r[1].value): (r[2].value, r[4].value) for r in load_workbook(out)["Codebook"].iter_rows()}
    meaning, kind = codebook[("Annotations", "confidence")]
    assert "from 0 to 1" in meaning and "by hand" in meaning and kind == "number"


def test_the_csv_has_the_confidence_column(store, tmp_path):
    out = tmp_path / "a.csv"
    assert csv.write(store, out, statuses=STATUSES) == 4
    rows = list(pycsv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == HEADER
    col = {name: i for i, name in enumerate(rows[0])}
    got = {r[col["text"]]: r[col["confidence"]] for r in rows[1:]}
    assert got == {"湖里区": "", "55.1亿元": "0.8734", "松元产业园": "0.61", "新增企业20家": ""}


def confidences(store):
    return {a.text: a.confidence for a in store.annotations()}


def test_a_workbook_seeding_a_fresh_project_keeps_the_confidence(store, make_project, open_store, tmp_path):
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out, statuses=STATUSES)
    fresh = open_store(make_project({"renamed.txt": TEXT}, name="fresh"))
    report = import_annotations(fresh, [out])
    assert report.rejected == [] and report.added == 4
    assert confidences(fresh) == {"湖里区": None, "55.1亿元": pytest.approx(0.8734), "松元产业园": pytest.approx(0.61),
                                  "新增企业20家": None}
    assert {a.text: a.origin for a in fresh.annotations()}["55.1亿元"] == "model"


def test_a_workbook_without_the_column_is_still_read(store, make_project, open_store, tmp_path):
    """As exported before the column existed."""
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out, statuses=STATUSES)
    wb = load_workbook(out)
    ws = wb["Annotations"]
    ws.delete_cols(HEADER.index("confidence") + 1)
    assert "confidence" not in [c.value for c in ws[1]]
    wb.save(out)
    fresh = open_store(make_project({"a.txt": TEXT}, name="fresh"))
    report = import_annotations(fresh, [out])
    assert report.rejected == [] and report.added == 4
    assert set(confidences(fresh).values()) == {None}
    again = import_annotations(store, [out])  # the project's own: matched by id, nothing changes
    assert again.rejected == [] and again.changed == 0
    assert confidences(store)["55.1亿元"] == pytest.approx(0.8734)


def test_a_confidence_that_is_no_probability_refuses_its_row(store, make_project, open_store, tmp_path):
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out, statuses=STATUSES)
    wb = load_workbook(out)
    ws = wb["Annotations"]
    column = HEADER.index("confidence") + 1
    texts = [ws.cell(r, HEADER.index("text") + 1).value for r in range(2, ws.max_row + 1)]
    ws.cell(texts.index("55.1亿元") + 2, column).value = 87
    ws.cell(texts.index("松元产业园") + 2, column).value = "high"
    wb.save(out)
    fresh = open_store(make_project({"a.txt": TEXT}, name="fresh"))
    report = import_annotations(fresh, [out])
    reasons = sorted(why for _file, _row, why in report.rejected)
    assert len(reasons) == 2 and all("confidence" in why for why in reasons), reasons
    assert "87" in reasons[0] and "'high'" in reasons[1]
    assert report.added == 2


def test_a_rows_confidence_goes_onto_an_open_suggestion_found_by_place_that_has_none(store, make_project,
                                                                                      open_store, tmp_path):
    """A colleague's workbook of the model's proposals read into a project where the rules proposed the
    same spans without a confidence (as a JSONL line equal to such a suggestion gives it its own)."""
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out, statuses=STATUSES)
    rules = [("a.txt", 5, 11, "AMOUNT", {"status": "suggested", "origin": "amount rules"}),
             ("a.txt", 13, 18, "PROJECT", {"status": "suggested", "origin": "project rules", "confidence": 0.3})]
    other = open_store(make_project({"a.txt": TEXT}, spans=rules, name="other"))
    report = import_annotations(other, [out])
    assert report.rejected == []
    got = {a.text: (a.status, a.origin, a.confidence, a.annotator) for a in other.annotations()}
    assert got["55.1亿元"] == ("suggested", "amount rules", pytest.approx(0.8734), "")  # given the row's
    assert got["松元产业园"] == ("accepted", "project rules", pytest.approx(0.3), "")  # decided, its own kept
    again = import_annotations(other, [out])
    assert again.rejected == [] and again.changed == 0

"""Cells a colleague types into the exported workbook as people write them: a count with its unit in the quantity
cell (80家, 5.5%), a status as the Chinese window shows it (已拒绝, 待审) or capitalised (Rejected), a township's
code in NBS's twelve digits with the name left empty; and a sum typed negative where the report writes a decrease
as a positive figure (refused)."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from annotator.core.export import xlsx
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "湖里区投资55.1亿元，新增企业80家，扩种桑园1.45万亩，净利润-3亿元。"


@pytest.fixture
def project(tmp_path):
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "report.txt", "报告", TEXT, sha256(TEXT), char_count=len(TEXT)))
    for needle, label, value in [("湖里区", "DISTRICT", {"name": "湖里区", "code": "350206"}),
                                 ("55.1亿元", "AMOUNT", {"yuan": 5_510_000_000, "qualifier": None}),
                                 ("-3亿元", "AMOUNT", {"yuan": 300_000_000, "qualifier": None}),
                                 ("新增企业80家", "TARGET", {"quantity": 70}),
                                 ("扩种桑园1.45万亩", "TARGET", {"quantity": 1.45, "unit": "万亩"})]:
        start = TEXT.index(needle)
        store.add_annotation(doc.id, start, start + len(needle), label, value=value)
    out = tmp_path / "export.xlsx"
    xlsx.write(store, out)
    yield store, out
    store.close()


def edit(path, changes):
    """{span text: {column: value}} on the Annotations sheet."""
    wb = load_workbook(path)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        for column, value in changes.get(row[header.index("text")].value, {}).items():
            row[header.index(column)].value = value
    wb.save(path)


def row_of(path, text):
    ws = load_workbook(path)["Annotations"]
    column = [c.value for c in ws[1]].index("text")
    return next(r[0].row for r in ws.iter_rows(min_row=2) if r[column].value == text)


def span(store, text):
    return next(a for a in store.annotations() if a.text == text)


@pytest.mark.parametrize(("typed", "unit", "value"), [
    ("80家", None, {"quantity": 80, "unit": "家"}), ("5.5%", None, {"quantity": 5.5, "unit": "%"}),
    ("5.5％", "%", {"quantity": 5.5, "unit": "%"}), ("八十家", "家", {"quantity": 80, "unit": "家"}),
    ("80 家", " 家", {"quantity": 80, "unit": "家"}), ("1.5万家", None, {"quantity": 1.5, "unit": "万家"})])
def test_a_count_typed_with_its_unit_in_the_quantity_cell_is_the_quantity_and_the_unit(project, typed, unit, value):
    # refused: "quantity must be a number: 80, 6.5, 1,200 or 80万, not '80家'"
    store, out = project
    edit(out, {"新增企业80家": {"quantity": typed, "unit": unit}})
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == 1
    assert span(store, "新增企业80家").value == value


@pytest.mark.parametrize("typed", ["3至5家", "3-5家", "80家5", "八十家五"])
def test_a_range_or_two_numbers_typed_in_the_quantity_cell_is_still_refused(project, typed):
    store, out = project
    edit(out, {"新增企业80家": {"quantity": typed}})
    (rejected,) = import_annotations(store, [out]).rejected
    assert f"quantity must be a number: 80, 6.5, 1,200 or 80万, not {typed!r}" in rejected[2]
    assert span(store, "新增企业80家").value == {"quantity": 70}


def test_a_count_with_its_unit_beside_a_unit_that_says_another_is_refused_naming_file_sheet_row_and_columns(project):
    store, out = project
    edit(out, {"扩种桑园1.45万亩": {"quantity": "2万公顷"}})
    report = import_annotations(store, [out])
    assert report.refusal_lines() == [
        f"rejected {out} row {row_of(out, '扩种桑园1.45万亩')}: Annotations sheet: quantity '2万公顷' carries the "
        "unit '万公顷', but unit says '万亩'; type the number alone in quantity, or the same unit in both"]
    assert span(store, "扩种桑园1.45万亩").value == {"quantity": 1.45, "unit": "万亩"}
    edit(out, {"扩种桑园1.45万亩": {"quantity": "2万亩"}})  # the unit it has: the number read
    assert import_annotations(store, [out]).rejected == []
    assert span(store, "扩种桑园1.45万亩").value == {"quantity": 2, "unit": "万亩"}


@pytest.mark.parametrize(("typed", "status"), [
    ("已拒绝", "rejected"), ("拒绝", "rejected"), ("Rejected", "rejected"), ("REJECTED", "rejected"),
    ("ｒｅｊｅｃｔｅｄ", "rejected"), ("待审", "suggested"), ("待审建议", "suggested"), ("待定", "suggested"),
    ("Suggested", "suggested"), ("已接受", "accepted"), (" Accepted ", "accepted")])
def test_a_status_typed_as_the_chinese_window_writes_it_or_in_capitals_is_that_status(project, typed, status):
    # refused: "unknown status '已拒绝' (one of suggested, accepted, rejected)"
    store, out = project
    edit(out, {"湖里区": {"status": typed}, "55.1亿元": {"status": typed}})
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == (2 if status != "accepted" else 0)
    assert span(store, "湖里区").status == status and span(store, "55.1亿元").status == status


def test_a_status_no_window_writes_is_still_refused(project):
    store, out = project
    edit(out, {"湖里区": {"status": "maybe"}})
    (rejected,) = import_annotations(store, [out]).rejected
    assert "unknown status 'maybe'" in rejected[2] and span(store, "湖里区").status == "accepted"


@pytest.mark.parametrize(("code", "name"), [("350206001000", "湖里街道"), ("350211000000", "集美区"),
                                            ("350211", "集美区"), (350206001000, "湖里街道")])
@pytest.mark.parametrize("emptied", [True, False])
def test_a_code_typed_alone_in_twelve_digits_brings_its_units_name_as_six_digits_do(project, code, name, emptied):
    # 350206001000 (NBS's twelve digits of 湖里街道) with the name emptied was stored without a name, and typed over
    # 湖里区's code beside the name 湖里区 it was refused as naming two places, where 350211 brought 集美区
    store, out = project
    edit(out, {"湖里区": {"district_code": code, **({"district_name": None} if emptied else {})}})
    assert import_annotations(store, [out]).rejected == []
    assert span(store, "湖里区").value == {"name": name, "code": str(code)}


@pytest.mark.parametrize("typed", [-500_000_000, "-5亿", "－5亿元"])
def test_a_negative_sum_where_the_text_writes_no_minus_is_refused(project, typed):
    # stored: the Districts and Projects sums then subtracted a decrease the report writes as 下降5亿元
    store, out = project
    edit(out, {"55.1亿元": {"yuan": typed}})
    (rejected,) = import_annotations(store, [out]).rejected
    assert rejected[2] == ("Annotations sheet: yuan -500,000,000 is negative, but the span's text '55.1亿元' writes "
                           "no minus: reports write a decrease (下降5亿元, 减少5亿元) as a positive figure, and an "
                           "amount's value is the sum as written; type it without the minus")
    assert span(store, "55.1亿元").value == {"yuan": 5_510_000_000, "qualifier": None}


def test_a_negative_sum_the_text_writes_with_its_minus_is_stored(project):
    store, out = project
    edit(out, {"-3亿元": {"yuan": -300_000_000}})
    assert import_annotations(store, [out]).rejected == []
    assert span(store, "-3亿元").value == {"yuan": -300_000_000, "qualifier": None}


def test_a_negative_sum_in_a_row_typed_in_is_refused_too(project):
    store, out = project
    wb = load_workbook(out)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    row = {"document": "report.txt", "label": "AMOUNT", "text": "55.1亿元", "yuan": -5_510_000_000}
    ws.append([row.get(name) for name in header])
    wb.save(out)
    other = Store.create(out.parent / "other")
    try:
        other.add_document(Document(None, "report.txt", "报告", TEXT, sha256(TEXT), char_count=len(TEXT)))
        report = import_annotations(other, [out])
        assert [n for _f, n, why in report.rejected if "is negative" in why] == [ws.max_row]
        assert {a.text: a.value["yuan"] for a in other.annotations() if a.label == "AMOUNT"} == {
            "55.1亿元": 5_510_000_000, "-3亿元": 300_000_000}
    finally:
        other.close()


def test_a_links_rows_status_typed_in_chinese_is_that_status(make_project, open_store, tmp_path):
    # the Links sheet's 已接受 was refused as an unknown status, like the Annotations sheet's
    from tests.core.test_xlsx_seed_links import SPANS
    from tests.core.test_xlsx_seed_links import TEXT as LINKED

    store = open_store(make_project(LINKED, spans=SPANS))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "project", ids["松元产业园"], status="suggested", origin="clause")
    out = tmp_path / "book.xlsx"
    xlsx.write(store, out, statuses=["accepted", "suggested"])
    wb = load_workbook(out)
    ws = wb["Links"]
    ws.cell(2, [c.value for c in ws[1]].index("status") + 1).value = "已接受"
    wb.save(out)
    fresh = open_store(make_project({"a.txt": LINKED}, name="fresh"))
    report = import_annotations(fresh, [out])
    assert report.rejected == [] and report.links == 1
    (link,) = fresh.links()
    assert (link.kind, link.status, link.origin) == ("project", "accepted", "clause")

"""A colleague's corrections typed into the exported workbook as people type them: a sum as 5.51亿 or
五千万元, a code as the number 350206 or '350206, a count as 八十, a row typed in for a missed span with
its document and text alone. Each is read where it is unambiguous (as the window's form reads what is
typed: ``fields.py`` over ``numbers.py``) and refused with the row and the reason where it is not."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from annotator.core.export import xlsx
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "湖里区投资55.1亿元，集美区投资3亿元，海沧区投资3亿元，新增企业80家，扩种桑园1.45万亩。"


def add(store, doc, needle, label, value):
    start = TEXT.index(needle)
    return store.add_annotation(doc.id, start, start + len(needle), label, value=value)


@pytest.fixture
def project(tmp_path):
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "report.txt", "报告", TEXT, sha256(TEXT), char_count=len(TEXT)))
    add(store, doc, "湖里区", "DISTRICT", {"name": "湖里区", "code": "350206"})
    add(store, doc, "55.1亿元", "AMOUNT", {"yuan": 5_510_000_000, "qualifier": None})
    add(store, doc, "新增企业80家", "TARGET", {"quantity": 80, "unit": "%"})
    add(store, doc, "扩种桑园1.45万亩", "TARGET", {"quantity": 1.45, "unit": "万亩"})
    out = tmp_path / "export.xlsx"
    xlsx.write(store, out)
    yield store, out
    store.close()


def edit(path, changes=None, typed=(), drop=()):
    """{span text: {column: value}} on the Annotations sheet, rows ``typed`` ({column: value}) added at its
    end, columns ``drop`` deleted."""
    wb = load_workbook(path)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        for column, value in (changes or {}).get(row[header.index("text")].value, {}).items():
            row[header.index(column)].value = value
    for cells in typed:
        ws.append([cells.get(name) for name in header])
    for column in drop:
        ws.delete_cols(header.index(column) + 1)
    wb.save(path)


def value_of(store, text):
    return next(a.value for a in store.annotations() if a.text == text)


@pytest.mark.parametrize(("column", "typed", "yuan"), [
    ("yuan", "5.51亿", 551_000_000), ("yuan", "5.51亿元 ", 551_000_000), ("yuan", "55,100万", 551_000_000),
    ("yuan", "五千万元", 50_000_000), ("yuan", "５５１００００００００", 55_100_000_000),
    ("yuan", "1.2e9", 1_200_000_000), ("yuan", "５，５００，０００，０００", 5_500_000_000),
    ("yuan", "'5510000001", 5_510_000_001), ("yi", "5.51亿元", 551_000_000), ("yi", "５．５１", 551_000_000),
    ("yi", "5.51", 551_000_000)])
def test_a_sum_typed_as_a_report_writes_it_is_read_as_the_form_reads_it(project, column, typed, yuan):
    # '5.51亿' in the yuan cell was refused ("yuan must be a number"), and so was '５．５１' in the yi cell
    store, out = project
    edit(out, {"55.1亿元": {column: typed}})
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == 1
    assert value_of(store, "55.1亿元") == {"yuan": yuan, "qualifier": None}


def test_what_is_no_sum_or_no_whole_yuan_is_refused_naming_the_row_and_what_the_column_takes(project):
    store, out = project
    edit(out, {"55.1亿元": {"yuan": "五千万多"}})
    (rejected,) = import_annotations(store, [out]).rejected
    assert rejected[0] == str(out) and rejected[1] == 3
    assert rejected[2] == ("Annotations sheet: yuan must be a whole number of yuan: 5510000000 or 55.1亿元, "
                           "not '五千万多'")
    assert value_of(store, "55.1亿元") == {"yuan": 5_510_000_000, "qualifier": None}


def test_a_comma_that_groups_no_thousands_is_refused_not_read_as_a_tenfold_number(project):
    # '5,5' (a decimal comma) was stored as 55
    store, out = project
    edit(out, {"新增企业80家": {"quantity": "5,5"}})
    report = import_annotations(store, [out])
    assert len(report.rejected) == 1 and "not '5,5'" in report.rejected[0][2]
    assert value_of(store, "新增企业80家") == {"quantity": 80, "unit": "%"}


def test_a_targets_count_typed_in_chinese_numerals_and_its_unit_corrected(project):
    # '八十' was refused ("quantity must be a number")
    store, out = project
    edit(out, {"新增企业80家": {"quantity": "八十", "unit": "家"}})
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == 1
    assert value_of(store, "新增企业80家") == {"quantity": 80, "unit": "家"}


def test_a_count_typed_with_wan_beside_a_unit_that_carries_wan_is_refused(project):
    # 1.5万 beside 万亩 would be 15,000 万亩; beside 亩 it is 15,000 亩
    store, out = project
    edit(out, {"扩种桑园1.45万亩": {"quantity": "1.5万"}})
    (rejected,) = import_annotations(store, [out]).rejected
    assert "quantity '1.5万' and unit '万亩' both carry 万 or 亿" in rejected[2]
    edit(out, {"扩种桑园1.45万亩": {"quantity": "1.5万", "unit": "亩"}})
    assert import_annotations(store, [out]).rejected == []
    assert value_of(store, "扩种桑园1.45万亩") == {"quantity": 15_000, "unit": "亩"}


@pytest.mark.parametrize("typed", [350211, 350211.0, "'350211", " 350211 ", "３５０２１１"])
def test_a_district_code_typed_as_a_number_or_text_brings_its_units_name(project, typed):
    # '350211 was stored with its apostrophe and ３５０２１１ in full-width digits, both under the name 湖里区
    store, out = project
    edit(out, {"湖里区": {"district_code": typed}})
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == 1
    assert value_of(store, "湖里区") == {"name": "集美区", "code": "350211"}


@pytest.mark.parametrize("typed", ["35021", "abc", 350211.5])
def test_what_is_no_division_code_is_refused(project, typed):
    # each was stored as the code, beside the name 湖里区
    store, out = project
    edit(out, {"湖里区": {"district_code": typed}})
    (rejected,) = import_annotations(store, [out]).rejected
    assert f"district_code must be a division code of 6, 9 or 12 digits: 350211 or 350211001, not {typed!r}" in \
        rejected[2]
    assert value_of(store, "湖里区") == {"name": "湖里区", "code": "350206"}


def test_a_code_stored_before_codes_were_checked_goes_back_unchanged(project):
    store, out = project
    a = next(a for a in store.annotations() if a.text == "湖里区")
    store.update_annotation(a.id, value={"name": "湖里区", "code": "3502"})
    xlsx.write(store, out)
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == 0


@pytest.mark.parametrize(("changes", "why"), [
    ({"district_name": "鼓楼区"}, "district name '鼓楼区' and district code '350206' (湖里区) name two places"),
    ({"district_name": "湖里县"}, "district name '湖里县' and district code '350206' (湖里区) name two places"),
    ({"district_name": "海沧区", "district_code": "350211"},
     "district name '海沧区' (350205) and district code '350211' (集美区) name two places")])
def test_a_name_and_a_code_that_name_two_places_are_refused(project, changes, why):
    # 鼓楼区 (several units) typed over 湖里区 kept the code 350206: the Districts sheet had 鼓楼区 keyed 350206
    store, out = project
    edit(out, {"湖里区": changes})
    (rejected,) = import_annotations(store, [out]).rejected
    assert why in rejected[2] and "type the code that goes with the name, or empty one of the two" in rejected[2]
    assert value_of(store, "湖里区") == {"name": "湖里区", "code": "350206"}
    edit(out, {"湖里区": {"district_name": "海沧区", "district_code": None}})  # the name alone: its code follows
    assert import_annotations(store, [out]).rejected == []
    assert value_of(store, "湖里区") == {"name": "海沧区", "code": "350205"}


@pytest.mark.parametrize(("typed", "value"), [
    ("湖里", {"name": "湖里区", "code": "350206"}),  # the unit of the code, written short: named officially
    ("厦门市湖里区", {"name": "湖里区", "code": "350206"}),
    ("集美", {"name": "集美区", "code": "350211"}),  # another unit, written short: its code follows
    ("福建省厦门市海沧区", {"name": "海沧区", "code": "350205"})])
def test_a_district_name_written_short_or_after_the_units_above_it_is_its_unit(project, typed, value):
    # 湖里 typed over 湖里区 (350206) was refused as naming two places; 集美 kept 湖里区's code 350206
    store, out = project
    edit(out, {"湖里区": {"district_name": typed}})
    assert import_annotations(store, [out]).rejected == []
    assert value_of(store, "湖里区") == value


@pytest.mark.parametrize(("name", "code"), [("朝阳", "110105"), ("鼓楼", "350102")])
def test_a_short_name_typed_with_the_code_of_a_unit_it_writes_is_one_place(project, name, code):
    # 朝阳 alone names 朝阳市 first, 鼓楼 several units: typed beside 北京市朝阳区's or 福州市鼓楼区's code, the row
    # was refused as naming two places
    store, out = project
    edit(out, {"湖里区": {"district_name": name, "district_code": code}})
    assert import_annotations(store, [out]).rejected == []
    assert value_of(store, "湖里区") == {"name": name, "code": code}


def test_a_relabelled_row_drops_the_old_labels_value(project):
    # an AMOUNT relabelled TARGET kept its yuan (the window's relabel never keeps the old label's value)
    store, out = project
    edit(out, {"55.1亿元": {"label": "TARGET"}})
    assert import_annotations(store, [out]).changed == 1
    assert value_of(store, "55.1亿元") == {}
    assert import_annotations(store, [out]).changed == 0  # read again: nothing more


def test_a_row_typed_in_without_offsets_finds_its_text_when_it_stands_once(project):
    # refused: "start and end are needed to find the span in its document"
    store, out = project
    edit(out, typed=[{"document": "report.txt", "label": "DISTRICT", "text": "集美区"},
                     {"document": "report.txt", "label": "AMOUNT", "text": "3亿元"},
                     {"document": "report.txt", "label": "AMOUNT", "text": "5亿元"}])
    report = import_annotations(store, [out])
    assert report.added == 1 and report.valued == 1  # the value a span labelled by hand gets
    start = TEXT.index("集美区")
    (a,) = [a for a in store.annotations() if a.text == "集美区"]
    assert (a.start, a.end, a.label, a.value) == (start, start + 3, "DISTRICT", {"name": "集美区", "code": "350211"})
    reasons = [why for _f, _n, why in report.rejected]
    assert reasons == [f"Annotations sheet: text '3亿元' stands 2 times in its document (at {TEXT.index('3亿元')}, "
                       f"{TEXT.rindex('3亿元')}); give its start_offset and end_offset",
                       "Annotations sheet: text '5亿元' is not in its document; give its start_offset and end_offset"]
    again = import_annotations(store, [out])  # the same workbook again: nothing more, the value not cleared
    assert again.added == 0 and again.changed == 0
    assert next(a for a in store.annotations() if a.text == "集美区").value == {"name": "集美区", "code": "350211"}


def test_a_row_typed_in_over_a_span_the_project_has_clears_nothing_with_its_empty_cells(project):
    # its empty status was refused ("status is empty"), and with a status its empty yuan cleared the span's sum
    store, out = project
    start = TEXT.index("55.1亿元")
    edit(out, typed=[{"document": "report.txt", "label": "AMOUNT", "text": "55.1亿元", "start_offset": start,
                      "end_offset": start + 6},
                     {"document": "report.txt", "label": "TARGET", "text": "新增企业80家", "status": "accepted"}])
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == 0 and report.added == 0
    assert value_of(store, "55.1亿元") == {"yuan": 5_510_000_000, "qualifier": None}
    assert value_of(store, "新增企业80家") == {"quantity": 80, "unit": "%"}


def test_rows_found_by_place_when_the_id_column_was_deleted_are_not_called_deleted(project):
    # "4 exported row(s) are not in the sheet", though every row was there and was read
    store, out = project
    edit(out, {"55.1亿元": {"yuan": 5_600_000_000}}, drop=["id"])
    report = import_annotations(store, [out])
    assert report.changed == 1
    assert not any("not in the sheet" in m for m in report.messages)


def test_a_name_and_code_of_two_places_are_refused_in_another_project_too(project, tmp_path):
    # a fresh project holding the same report stored 湖里区 under 集美区's code: there the row adds its span
    store, out = project
    edit(out, {"湖里区": {"district_code": 350211}})
    other = Store.create(tmp_path / "other")
    try:
        other.add_document(Document(None, "report.txt", "报告", TEXT, sha256(TEXT), char_count=len(TEXT)))
        report = import_annotations(other, [out])
        (rejected,) = report.rejected
        assert "district name '湖里区' (350206) and district code '350211' (集美区) name two places" in rejected[2]
        assert "湖里区" not in {a.text for a in other.annotations()} and report.added == 3
    finally:
        other.close()


@pytest.mark.parametrize(("heading", "typed", "said"), [
    ("yi", "abc", "yi must be a number of 亿元 (5.51) or a sum with its unit (5.51亿元), not 'abc'"),
    ("亿元", "abc", "亿元 must be a number of 亿元 (5.51) or a sum with its unit (5.51亿元), not 'abc'"),
    ("start_offset", 4, "start_offset cannot be changed in a workbook (5 -> 4)")])
def test_a_refused_cell_is_named_as_the_sheet_heads_its_column(project, heading, typed, said):
    # the yi column was called 亿元 and start_offset start, names the sheet has not (an older workbook's: 亿元)
    store, out = project
    wb = load_workbook(out)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    column = "yi" if heading == "亿元" else heading
    ws.cell(1, header.index(column) + 1).value = heading
    ws.cell(3, header.index(column) + 1).value = typed  # the row of 55.1亿元, at 5-11
    wb.save(out)
    (rejected,) = import_annotations(store, [out]).rejected
    assert said in rejected[2]


@pytest.mark.parametrize(("typed", "label"), [("amount", "AMOUNT"), ("ＡＭＯＵＮＴ", "AMOUNT"), ("金额", "AMOUNT"),
                                              ("target", "TARGET"), ("目标", "TARGET")])
def test_a_label_typed_in_another_case_width_or_as_the_chinese_window_names_it_is_that_label(project, typed, label):
    # refused: "no label 'amount' in … did you mean 'AMOUNT'?", with a note to add amount (a case twin, refused)
    store, out = project
    edit(out, {"55.1亿元": {"label": typed}})
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == (label != "AMOUNT")
    assert next(a for a in store.annotations() if a.text == "55.1亿元").label == label


@pytest.mark.parametrize("column, text", [("yuan", "55.1亿元"), ("quantity", "新增企业80家")])
def test_a_number_beyond_any_float_is_refused_not_stored_to_break_every_export(project, column, text):
    # 400 nines typed as a sum was stored as a 1,329-bit whole number; the workbook and the facts table then
    # failed with "OverflowError: int too large to convert to float"
    from annotator.core.export.formats import export

    store, out = project
    before = value_of(store, text)
    edit(out, {text: {column: "9" * 400}})
    (rejected,) = import_annotations(store, [out]).rejected
    assert f"{column} must be a" in rejected[2] and value_of(store, text) == before
    export(store, out.with_name("again.xlsx"))
    export(store, out.with_name("facts.csv"), table="facts")

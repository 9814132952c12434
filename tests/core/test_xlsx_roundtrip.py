"""Corrections made in the exported Annotations sheet come back: exactly the edited rows, or a reason."""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from openpyxl import load_workbook

from annotator.cli import main
from annotator.core.columns import snake
from annotator.core.errors import ImportFileError
from annotator.core.export import xlsx
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "厦门市湖里区投资55.1亿元建设松元产业园。\n=1+1\n集美区计划新增80家企业，安排资金3亿元。"


def add(store, doc, needle, label, value=None):
    start = TEXT.index(needle)
    store.add_annotation(doc.id, start, start + len(needle), label, value=value or {}, annotator="li")


@pytest.fixture
def project(tmp_path):
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "report.txt", "报告", TEXT, sha256(TEXT), char_count=len(TEXT)))
    add(store, doc, "厦门市", "DISTRICT", {"name": "厦门市", "code": "350200"})
    add(store, doc, "湖里区", "DISTRICT", {"name": "湖里区", "code": "350206", "source": "gazetteer"})
    add(store, doc, "55.1亿元", "AMOUNT", {"yuan": 5_510_000_000, "qualifier": None})
    add(store, doc, "松元产业园", "PROJECT")
    add(store, doc, "=1+1", "PROJECT")
    add(store, doc, "集美区", "DISTRICT", {"name": "集美区", "code": "350211"})
    add(store, doc, "新增80家企业", "TARGET", {"quantity": 80, "unit": "家"})
    add(store, doc, "3亿元", "AMOUNT", {"yuan": 300_000_000, "qualifier": None})
    out = tmp_path / "export.xlsx"
    xlsx.write(store, out)
    yield store, out
    store.close()


def snapshot(store) -> dict[int, dict]:
    return {a.id: asdict(a) for a in store.annotations()}


def edit(path: Path, changes: dict[str, dict[str, object]]) -> None:
    """Apply {span text: {column: new value}} to the Annotations sheet and save the file."""
    wb = load_workbook(path)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        text = row[header.index("text")].value
        for column, value in changes.get(text, {}).items():
            row[header.index(column if column in header else snake(column))].value = value
    wb.save(path)


def test_three_edited_rows_change_exactly_three_annotations(project):
    store, out = project
    before = snapshot(store)
    edit(out, {"55.1亿元": {"yuan": 5_600_000_000, "qualifier": "超"},
               "湖里区": {"district code": "350290", "note": "checked against the 2024 gazetteer"},
               "=1+1": {"status": "rejected"}})
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == 3
    after = snapshot(store)
    changed = {i for i in before if before[i] != after[i]}
    ids = {a["text"]: i for i, a in before.items()}
    assert changed == {ids["55.1亿元"], ids["湖里区"], ids["=1+1"]}
    assert after[ids["55.1亿元"]]["value"] == {"yuan": 5_600_000_000, "qualifier": "超"}
    assert after[ids["湖里区"]]["value"] == {"name": "湖里区", "code": "350290", "source": "gazetteer"}
    assert after[ids["湖里区"]]["note"] == "checked against the 2024 gazetteer"
    assert after[ids["=1+1"]]["status"] == "rejected"
    for i in changed:  # only the edited fields moved (and the edit time)
        diff = {k for k in before[i] if before[i][k] != after[i][k]} - {"updated_at"}
        assert diff <= {"value", "note", "status"}
    assert any("3 annotation(s) changed" in m for m in report.messages)


def test_importing_an_unedited_export_changes_nothing(project):
    store, out = project
    before = snapshot(store)
    edit(out, {})  # saved by openpyxl, as Excel would
    report = import_annotations(store, [out])
    assert report.changed == 0 and report.rejected == []
    assert snapshot(store) == before


def test_label_and_yi_columns_can_be_corrected(project):
    store, out = project
    edit(out, {"3亿元": {"亿元": 3.5}, "松元产业园": {"label": "TARGET"}})
    report = import_annotations(store, [out], annotator="wang")
    assert report.changed == 2 and report.rejected == []
    by_text = {a.text: a for a in store.annotations()}
    assert by_text["3亿元"].value["yuan"] == 350_000_000
    assert by_text["松元产业园"].label == "TARGET" and by_text["松元产业园"].annotator == "wang"


def test_refused_rows_are_reported_with_row_number_and_reason(project):
    store, out = project
    before = snapshot(store)
    edit(out, {"厦门市": {"text": "厦门"},
               "湖里区": {"start": 4},
               "55.1亿元": {"yuan": "many"},
               "集美区": {"status": "maybe"},
               "新增80家企业": {"label": "NOPE"},
               "3亿元": {"id": 99_999},
               "松元产业园": {"note": "fine"}})
    report = import_annotations(store, [out])
    reasons = {row: why for _, row, why in report.rejected}
    assert len(reasons) == 6 and report.changed == 1
    assert all(f == str(out) for f, _, _ in report.rejected)
    wb = load_workbook(out)
    text = [c.value for c in wb["Annotations"][1]].index("text")
    rows = {r[text].value: r[0].row for r in wb["Annotations"].iter_rows(min_row=2)}
    assert "text cannot be changed" in reasons[rows["厦门"]]  # the edited text
    assert "start_offset cannot be changed" in reasons[rows["湖里区"]]  # as the sheet heads it
    assert "yuan must be a whole number of yuan" in reasons[rows["55.1亿元"]]
    assert "unknown status" in reasons[rows["集美区"]]
    assert "NOPE" in reasons[rows["新增80家企业"]]
    assert "no annotation with id 99999" in reasons[rows["3亿元"]]
    after = snapshot(store)
    assert {i for i in before if before[i] != after[i]} == {
        i for i, a in before.items() if a["text"] == "松元产业园"}


def test_a_row_edited_in_the_project_after_the_export_is_refused(project):
    store, out = project
    ann = next(a for a in store.annotations() if a.text == "集美区")
    import annotator.core.store.annotations as store_module
    store_module_now = store_module.now
    try:
        store_module.now = lambda: "2999-01-01T00:00:00+00:00"
        store.update_annotation(ann.id, note="changed in the app")
    finally:
        store_module.now = store_module_now
    edit(out, {"集美区": {"note": "changed in Excel"}})
    report = import_annotations(store, [out])
    assert report.changed == 0 and len(report.rejected) == 1
    assert "after this export" in report.rejected[0][2]
    assert store.annotation(ann.id).note == "changed in the app"


def test_a_file_that_is_not_a_workbook_is_refused_by_name(project, tmp_path):
    store, _ = project
    bad = tmp_path / "notes.xlsx"
    bad.write_text("this is not a spreadsheet", encoding="utf-8")
    with pytest.raises(ImportFileError, match="notes.xlsx"):
        import_annotations(store, [bad])
    with pytest.raises(ImportFileError, match="missing.xlsx"):
        import_annotations(store, [tmp_path / "missing.xlsx"])


def test_formulas_in_the_sheet_are_read_as_cached_values_only(project):
    store, out = project
    before = snapshot(store)
    edit(out, {"松元产业园": {"note": "=HYPERLINK(\"http://x\")"}})  # a formula with no cached value
    report = import_annotations(store, [out])
    ((_file, _row, why),) = report.rejected  # never evaluated, and no longer read as an empty note
    assert "note holds the formula =HYPERLINK" in why and "no computed value" in why
    assert {i for i in before if before[i] != snapshot(store)[i]} == set()


def test_the_command_line_imports_a_corrected_workbook(project, capsys):
    store, out = project
    edit(out, {"=1+1": {"status": "rejected"}})
    assert main(["import-annotations", str(store.folder), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "changed 1 annotation(s)" in printed
    assert next(a for a in store.annotations() if a.text == "=1+1").status == "rejected"


def test_the_links_of_a_span_rejected_or_relabelled_on_the_sheet_are_left_not_refused(project):
    """Its Links row names it by its old label or as a span in play: the row is left as it is,
    not reported as a refused row of a correct workbook."""
    store, out = project
    by_text = {a.text: a for a in store.annotations()}
    store.add_link(by_text["55.1亿元"].id, "district", by_text["湖里区"].id)
    store.add_link(by_text["3亿元"].id, "project", by_text["松元产业园"].id)
    xlsx.write(store, out)
    edit(out, {"55.1亿元": {"status": "rejected"}, "3亿元": {"label": "TARGET"}})
    report = import_annotations(store, [out])
    assert report.rejected == [] and report.changed == 2
    after = {a.text: a for a in store.annotations()}
    assert after["55.1亿元"].status == "rejected" and after["3亿元"].label == "TARGET"
    wb = load_workbook(out)
    ws = wb["Links"]
    ws.cell(row=2, column=[c.value for c in ws[1]].index("from_start") + 1).value = 0  # a span that is not there
    wb.save(out)
    assert any("no " in why and "to link" in why for _, _, why in import_annotations(store, [out]).rejected)


def test_rows_deleted_from_the_sheet_are_named_in_the_summary_not_passed_over(project):
    # a deleted row changed nothing and the summary said nothing of it: "0 changed, 2 row(s) unchanged"
    store, out = project
    before = snapshot(store)
    wb = load_workbook(out)
    wb["Annotations"].delete_rows(2)
    wb.save(out)
    report = import_annotations(store, [out])
    (summary,) = report.messages
    assert "1 exported row(s) are not in the sheet" in summary and "set its status to rejected" in summary
    assert snapshot(store) == before
    xlsx.write(store, out)  # an unedited export says nothing of it
    (summary,) = import_annotations(store, [out]).messages
    assert "not in the sheet" not in summary


def test_a_division_code_corrected_alone_takes_its_units_name_and_a_full_name_its_code(project):
    # the name stayed 湖里区 under 海沧区's code: the Districts sheet showed a row 湖里区 keyed 350205
    store, out = project
    edit(out, {"湖里区": {"district code": "350205"},  # the code alone: the name follows the gazetteer
               "厦门市": {"district name": "福州市"},  # a full name only one unit has: its code follows
               "集美区": {"district name": "集美", "district code": "350299"}})  # both typed: kept as typed
    report = import_annotations(store, [out])
    assert report.changed == 3 and report.rejected == []
    by_text = {a.text: a.value for a in store.annotations() if a.label == "DISTRICT"}
    assert by_text["湖里区"] == {"name": "海沧区", "code": "350205", "source": "gazetteer"}
    assert by_text["厦门市"] == {"name": "福州市", "code": "350100"}
    assert by_text["集美区"] == {"name": "集美", "code": "350299"}


def test_the_annotations_sheet_calls_the_code_district_code_and_an_older_workbooks_division_code_is_read(project):
    """district_code, as Facts, Districts and the label sheets name it (it was division_code here alone)."""
    store, out = project
    header = [c.value for c in load_workbook(out, read_only=True)["Annotations"][1]]
    assert "district_code" in header and "district_name" in header and "division_code" not in header
    edit(out, {"湖里区": {"district code": "350205"}})
    wb = load_workbook(out)
    wb["Annotations"].cell(1, header.index("district_code") + 1).value = "division_code"  # as exported before
    wb.save(out)
    report = import_annotations(store, [out])
    assert report.changed == 1 and report.rejected == []
    assert {a.text: a.value for a in store.annotations()}["湖里区"]["code"] == "350205"


def test_a_name_several_units_have_or_a_code_the_gazetteer_lacks_changes_nothing_else():
    from annotator.core.divisions import name_and_code_agreeing

    before = {"name": "湖里区", "code": "350206"}
    assert name_and_code_agreeing(before, {"name": "鼓楼区", "code": "350206"}) == {"name": "鼓楼区", "code": "350206"}
    assert name_and_code_agreeing(before, {"name": "湖里区", "code": "350290"}) == {"name": "湖里区", "code": "350290"}
    assert name_and_code_agreeing(before, {"name": "湖里区"}) == {"name": "湖里区"}  # a code cleared stays cleared
    assert name_and_code_agreeing({}, {"code": "350206"}) == {"name": "湖里区", "code": "350206"}


def test_a_code_typed_with_its_name_emptied_takes_its_units_name_and_the_other_way_round(project):
    # the name cell emptied beside a new code (so the old name would not stay) left the span without a name
    store, out = project
    edit(out, {"湖里区": {"district code": "350205", "district name": None},
               "厦门市": {"district name": "福州市", "district code": None}})
    assert import_annotations(store, [out]).changed == 2
    by_text = {a.text: a.value for a in store.annotations() if a.label == "DISTRICT"}
    assert by_text["湖里区"] == {"name": "海沧区", "code": "350205", "source": "gazetteer"}
    assert by_text["厦门市"] == {"name": "福州市", "code": "350100"}


def test_a_cancel_stops_a_workbook_after_the_batch_under_way(project, monkeypatch):
    from annotator.core.imports import annotations

    store, out = project
    edit(out, {"湖里区": {"note": "checked"}, "集美区": {"note": "checked"}, "3亿元": {"note": "checked"}})
    monkeypatch.setattr(annotations, "BATCH_LINES", 2)
    asked = []
    report = import_annotations(store, [out], cancelled=lambda: asked.append(1) or len(asked) >= 3)
    assert report.lines()[-1].startswith("cancelled: export.xlsx was read to row 4 of ")
    noted = {a.text for a in store.annotations() if a.note == "checked"}
    assert noted and noted != {"湖里区", "集美区", "3亿元"}  # the rows after the cancel left as they were
    import_annotations(store, [out])
    assert {a.text for a in store.annotations() if a.note == "checked"} == {"湖里区", "集美区", "3亿元"}


def test_a_note_longer_than_a_cell_survives_the_round_trip(project):
    """A note over Excel's 32,767 characters is cut in its cell; the workbook imported back leaves the
    note whole (it was not edited), and an edit of the cut note is refused rather than losing its end."""
    store, out = project
    long_note = "核对" + "x" * 40_000
    target = next(a for a in store.annotations() if a.text == "3亿元")
    store.update_annotation(target.id, note=long_note)
    xlsx.write(store, out)
    report = import_annotations(store, [out])
    assert report.changed == 0 and report.rejected == []
    assert store.annotation(target.id).note == long_note
    edit(out, {"3亿元": {"note": "核对 shortened", "status": "rejected"}})
    report = import_annotations(store, [out])
    assert report.changed == 0 and len(report.rejected) == 1
    assert "more than a cell holds" in str(report.rejected[0])
    assert store.annotation(target.id).note == long_note and store.annotation(target.id).status == "accepted"

"""A formula typed into an exported workbook by a script (openpyxl, pandas: no value saved beside it)
read as an empty cell: a yuan of =B2*1e8 cleared the span's value without a word. Its row is now
refused naming the formula; a formula in a column the importer does not read changes nothing."""
from __future__ import annotations

from openpyxl import load_workbook

from annotator.core.export import xlsx
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "湖里区投资55.1亿元建设松元产业园，集美区安排资金3亿元。=1+1"


def _project(tmp_path):
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "r.txt", "r", TEXT, sha256(TEXT), char_count=len(TEXT)))
    for needle, label, value in (("55.1亿元", "AMOUNT", {"yuan": 5_510_000_000, "qualifier": None}),
                                 ("3亿元", "AMOUNT", {"yuan": 300_000_000, "qualifier": None}),
                                 ("=1+1", "PROJECT", {})):
        start = TEXT.index(needle)
        store.add_annotation(doc.id, start, start + len(needle), label, value=value, annotator="li")
    out = tmp_path / "export.xlsx"
    xlsx.write(store, out)
    return store, out


def _script_edits(path, formulas):
    """Write {span text: {column: formula}} as a script does (openpyxl saves no computed value)."""
    wb = load_workbook(path)
    ws = wb["Annotations"]
    header = [c.value for c in ws[1]]
    ws.cell(row=1, column=len(header) + 1, value="check")  # a column of the user's own
    for row in ws.iter_rows(min_row=2):
        text = row[header.index("text")].value
        ws.cell(row=row[0].row, column=len(header) + 1, value=f"=LEN(C{row[0].row})")
        for column, formula in formulas.get(text, {}).items():
            row[header.index(column)].value = formula
    wb.save(path)


def test_a_formula_without_a_computed_value_refuses_its_row_and_clears_nothing(tmp_path):
    store, out = _project(tmp_path)
    with store:
        _script_edits(out, {"55.1亿元": {"yuan": "=5.51*10^9"}})
        before = {a.text: a.value for a in store.annotations()}
        report = import_annotations(store, [out])
        after = {a.text: a.value for a in store.annotations()}
    assert after == before  # 55.1亿元 keeps its yuan; the others are unchanged by the "check" column
    ((_file, row, why),) = report.rejected
    assert row == 2 and "yuan holds the formula =5.51*10^9 with no computed value" in why
    assert "Excel or LibreOffice" in why


def test_a_formula_in_a_column_the_importer_does_not_read_changes_nothing(tmp_path):
    store, out = _project(tmp_path)
    with store:
        _script_edits(out, {})
        before = {a.id: a.value for a in store.annotations()}
        report = import_annotations(store, [out])
        assert {a.id: a.value for a in store.annotations()} == before
    assert report.rejected == []

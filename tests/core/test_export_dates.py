"""The documents' date (``--meta date=2021-03-05``) is a date cell in the workbook, so Excel sorts
and filters it as a date, pandas reads ``datetime64`` and Stata's ``import excel`` a date — when every
exported document's date is a calendar date in ISO form; one written otherwise (2021年3月) keeps the
whole column text, as given (a column of dates and texts would reach Stata as day numbers). The CSV
writes the date as ISO text either way."""
from __future__ import annotations

import csv
from datetime import datetime

import pandas as pd
import pytest
from openpyxl import load_workbook

from annotator.core.export import sheets
from annotator.core.export.formats import export
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "滨州市投资40亿元。"


def project(tmp_path, *dates):
    store = Store.create(tmp_path / "proj")
    for i, date in enumerate(dates):
        doc = store.add_document(Document(None, f"r{i}.txt", "报告", TEXT + "。" * i, sha256(TEXT + "。" * i),
                                          char_count=len(TEXT) + i, metadata={"date": date} if date else {}))
        store.add_annotation(doc.id, 5, 9, "AMOUNT", value={"yuan": 4_000_000_000})
    return store


@pytest.mark.parametrize("fast", [True, False])  # the rows as XML, or every cell through openpyxl
def test_iso_dates_are_date_cells_in_every_sheet_and_iso_text_in_the_csv(tmp_path, monkeypatch, fast):
    monkeypatch.setattr(sheets, "FAST_ROWS", fast)
    store = project(tmp_path, "2021-03-05", "2024-01-10", None)
    export(store, tmp_path / "out.xlsx")
    export(store, tmp_path / "facts.csv", table="facts")
    store.close()
    book = load_workbook(tmp_path / "out.xlsx")
    for sheet in ("Facts", "Annotations", "Amounts", "Documents"):
        ws = book[sheet]
        col = [c.value for c in ws[1]].index("date") + 1
        cells = [ws.cell(r, col) for r in range(2, ws.max_row + 1)]
        assert [c.value for c in cells] == [datetime(2021, 3, 5), datetime(2024, 1, 10), None], sheet
        assert cells[0].is_date and cells[0].number_format == "yyyy-mm-dd", sheet
    facts = pd.read_excel(tmp_path / "out.xlsx", sheet_name="Facts")
    assert str(facts["date"].dtype).startswith("datetime64")
    codebook = {(r[0], r[1]): r for r in load_workbook(tmp_path / "out.xlsx")["Codebook"].iter_rows(values_only=True)}
    assert codebook[("Facts", "date")][4].startswith("date")
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as f:
        assert [r["date"] for r in csv.DictReader(f)] == ["2021-03-05", "2024-01-10", ""]


def test_a_date_written_otherwise_keeps_the_column_text(tmp_path):
    store = project(tmp_path, "2021-03-05", "2021年3月")
    export(store, tmp_path / "out.xlsx")
    store.close()
    ws = load_workbook(tmp_path / "out.xlsx")["Facts"]
    col = [c.value for c in ws[1]].index("date") + 1
    assert [ws.cell(r, col).value for r in (2, 3)] == ["2021-03-05", "2021年3月"]
    assert ws.cell(2, col).data_type == "s"

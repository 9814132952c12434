"""What an analyst opening the workbook and the facts CSV found (the export QA pass): a sum in
dollars shown as the yuan are, each fact of a coding team saying whose it is, the README's
district-year panel running as written."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from annotator.core.export.formats import export
from tests.sheets import table

TEXT = "辽源市实际利用外资2.8亿美元，投资55.1亿元建设松元产业园。"
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def book(make_project, open_store, tmp_path):
    amount = {"value": {"currency": "USD", "amount": 280_000_000}}
    store = open_store(make_project(TEXT, [("a.txt", 0, 3, "DISTRICT", {"value": {"code": "220400"}}),
                                           ("a.txt", 9, 15, "AMOUNT", amount),
                                           ("a.txt", 18, 24, "AMOUNT", {"value": {"yuan": 5_510_000_000}})]))
    out = tmp_path / "out.xlsx"
    export(store, out)
    return load_workbook(out)


def test_a_foreign_amount_has_thousands_separators_as_yuan_have(book):
    for sheet in ("Facts", "Amounts", "Annotations"):
        ws = book[sheet]
        header = [c.value for c in ws[1]]
        cells = [row[header.index("foreign_amount")] for row in ws.iter_rows(min_row=2)]
        dollars = [c for c in cells if c.value is not None]
        assert [c.value for c in dollars] == [280_000_000], sheet
        assert dollars[0].number_format == "#,##0", sheet  # 280,000,000, not 280000000
        yuan = [row[header.index("yuan")] for row in ws.iter_rows(min_row=2) if row[header.index("yuan")].value]
        assert yuan[0].number_format == dollars[0].number_format, sheet
    codebook = {(r["sheet"], r["column"]): r for r in table(book["Codebook"])}
    row = codebook["Facts", "foreign_amount"]
    assert row["type"] == "number" and "currency" in row["unit"]


TEAM = "厦门市湖里区投资55.1亿元建设松元产业园。"
TEAM_SPANS = [("a.txt", 3, 6, "DISTRICT", {"annotator": "li", "value": {"code": "350206"}}),
              ("a.txt", 8, 14, "AMOUNT", {"annotator": "li", "value": {"yuan": 5_510_000_000}}),
              ("a.txt", 3, 6, "DISTRICT", {"annotator": "wang", "value": {"code": "350206"}}),
              ("a.txt", 8, 14, "AMOUNT", {"annotator": "wang", "value": {"yuan": 5_510_000_000}}),
              ("a.txt", 16, 21, "PROJECT", {"annotator": "wang"})]


def test_each_fact_of_a_coding_team_says_whose_it_is(make_project, open_store, tmp_path):
    store = open_store(make_project(TEAM, TEAM_SPANS))
    export(store, tmp_path / "team.xlsx")
    export(store, tmp_path / "facts.csv", "facts")
    wb = load_workbook(tmp_path / "team.xlsx")
    facts = table(wb["Facts"])
    # the same 55.1亿元 twice: the sum takes it twice unless the analyst keeps one coder's rows
    assert sorted((f["text"], f["annotator"]) for f in facts) == [
        ("55.1亿元", "li"), ("55.1亿元", "wang"), ("松元产业园", "wang")]
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert sorted((r["text"], r["annotator"]) for r in rows) == sorted((f["text"], f["annotator"]) for f in facts)
    codebook = {(r["sheet"], r["column"]): r["meaning"] for r in table(wb["Codebook"])}
    assert codebook["Facts", "annotator"]
    assert [c.value for c in wb["Facts"][1]].index("annotator") == [c.value for c in wb["Facts"][1]].index("status") + 1

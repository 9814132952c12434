"""A sum over no amount in yuan is an empty cell, not 0, on every sheet: the Districts sheet gave a
district with only a target, or only 2.5亿美元, an amount_sum_yuan of 0, and the Amounts sheet a
document whose amounts are all in dollars a document_total_yuan of 0, where the Projects sheet
leaves a project without an amount empty. A mean over districts (pandas, Stata) counted those
zeros as districts that spent nothing; an empty cell is what the text says: no sum in yuan."""
from __future__ import annotations

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.models import Link
from annotator.core.store import Store
from tests.sheets import table

CITY = "厦门市全年完成投资500亿元。集美区力争新增企业20家。湖里区实际利用外资2.5亿美元。"
DOLLARS = "湖里区实际利用外资3亿美元。"


def _span(store: Store, doc: int, text: str, piece: str, label: str, value: dict | None = None) -> int:
    start = text.index(piece)
    change = store.add_annotation(doc, start, start + len(piece), label, status="accepted", value=value or {})
    return change.annotation_changes[0].after.id


def test_a_district_or_document_without_an_amount_in_yuan_sums_to_an_empty_cell(make_project, tmp_path):
    folder = make_project({"city.txt": CITY, "dollars.txt": DOLLARS})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("city.txt")
        places = {name: _span(store, doc, CITY, name, "DISTRICT", {"name": name, "code": code})
                  for name, code in (("厦门市", "350200"), ("集美区", "350211"), ("湖里区", "350206"))}
        facts = {
            "厦门市": _span(store, doc, CITY, "500亿元", "AMOUNT", {"yuan": 500 * 10**8}),
            "集美区": _span(store, doc, CITY, "新增企业20家", "TARGET", {"quantity": 20, "unit": "家"}),
            "湖里区": _span(store, doc, CITY, "2.5亿美元", "AMOUNT", {"currency": "USD", "amount": 250_000_000}),
        }
        store.add_links([Link(None, doc, fact, "district", places[name]) for name, fact in facts.items()])
        other = store.document_id_by_name("dollars.txt")
        _span(store, other, DOLLARS, "3亿美元", "AMOUNT", {"currency": "USD", "amount": 300_000_000})
        export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    districts = {r["district_name"]: r for r in table(wb["Districts"])}
    assert [(r["amounts"], r["amount_sum_yuan"], r["amount_sum_yi"]) for r in districts.values()] == [
        (1, 500 * 10**8, 500), (0, None, None), (0, None, None)]
    assert districts["集美区"]["targets"] == 1
    totals = {(r["document"], r["amount"]): r["document_total_yuan"] for r in table(wb["Amounts"])}
    assert totals == {("city.txt", "500亿元"): 500 * 10**8, ("city.txt", "2.5亿美元"): 500 * 10**8,
                      ("dollars.txt", "3亿美元"): None}
    codebook = {(r["sheet"], r["column"]): r["meaning"] for r in table(wb["Codebook"])}
    assert "empty, not 0" in codebook[("Districts", "amount_sum_yuan")]
    assert "empty, not 0" in codebook[("Amounts", "document_total_yuan")]

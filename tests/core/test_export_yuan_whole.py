"""Yuan are whole numbers in every table: a gold JSONL written by another program holds the values it
computed in floating point (0.29亿 * 1e8 = 28999999.999999996, 0.07 * 1e8 = 7000000.000000001), and
the Facts CSV wrote them so, Facts and Amounts kept 7000000.000000001, and a researcher's sum in
Stata or pandas carried the artefact. A true fraction of a yuan (12.5元) stays as stored."""
from __future__ import annotations

import csv
import json

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.store import Store
from tests.sheets import table

TEXT = "湖里区完成投资0.29亿元，另有0.07亿元，支出19.99亿元，人均补助12.5元。"
COMPUTED = {"0.29亿元": 0.29 * 1e8, "0.07亿元": 0.07 * 1e8, "19.99亿元": 19.99 * 1e8, "12.5元": 12.5}


def test_yuan_computed_in_floating_point_by_another_program_are_exported_whole(make_project, tmp_path):
    assert COMPUTED["0.29亿元"] != 29_000_000 and COMPUTED["0.07亿元"] != 7_000_000  # the artefacts
    folder = make_project({"a.txt": TEXT})
    gold = tmp_path / "a.gold.jsonl"
    gold.write_text("".join(json.dumps({"doc": "a.txt", "start": TEXT.index(t), "end": TEXT.index(t) + len(t),
                                        "label": "AMOUNT", "text": t, "value": {"yuan": v}}, ensure_ascii=False) + "\n"
                            for t, v in COMPUTED.items()), encoding="utf-8")
    with Store.open(folder) as store:
        import_annotations(store, [gold])
        export(store, tmp_path / "out.xlsx")
        export(store, tmp_path / "facts.csv", table="facts")
    whole = {"0.29亿元": 29_000_000, "0.07亿元": 7_000_000, "19.99亿元": 1_999_000_000, "12.5元": 12.5}
    wb = load_workbook(tmp_path / "out.xlsx")
    for sheet, column in (("Facts", "text"), ("Amounts", "amount"), ("Annotations", "text")):
        got = {r[column]: r["yuan"] for r in table(wb[sheet])}
        assert got == whole and all(type(got[t]) is int for t in whole if t != "12.5元"), sheet
    total = table(wb["Amounts"])[0]["document_total_yuan"]
    assert total == 29_000_000 + 7_000_000 + 1_999_000_000 + 12.5
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as f:
        assert {r["text"]: r["yuan"] for r in csv.DictReader(f)} == {
            "0.29亿元": "29000000", "0.07亿元": "7000000", "19.99亿元": "1999000000", "12.5元": "12.5"}

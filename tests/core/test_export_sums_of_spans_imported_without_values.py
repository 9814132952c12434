"""Amounts imported without a value count in the workbook's sums. A gold JSONL line may leave out
``value`` (the guide: extra keys may appear) and a doccano line has none: stored so, such an AMOUNT
had no yuan, and the Districts sheet, the document total and the export's "totalling" line left it
out in silence (12 amounts of one report: 123亿 summed where the text gives 43,711亿). Now it gets
the value a span labelled by hand gets; a line that gives a value keeps it (``test_cli_import_empty_value.py``:
one given empty too)."""
from __future__ import annotations

import json

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.store import Store
from tests.sheets import table

TEXT = "湖里区完成投资55.1亿元，招商引资3245.7万元，投入10余亿元，拨付三千万元，力争新增企业20家。"
OTHER = "集美区完成投资4.35万亿元。"


def _gold(doc: str, text: str, piece: str, label: str, value: dict | None = None) -> str:
    line = {"doc": doc, "start": text.index(piece), "end": text.index(piece) + len(piece), "label": label,
            "text": piece}
    if value is not None:
        line["value"] = value
    return json.dumps(line, ensure_ascii=False) + "\n"


def test_spans_imported_without_a_value_get_the_one_computed_from_their_text(make_project, tmp_path):
    folder = make_project({"a.txt": TEXT})
    gold = tmp_path / "a.gold.jsonl"
    gold.write_text(_gold("a.txt", TEXT, "湖里区", "DISTRICT") + _gold("a.txt", TEXT, "55.1亿元", "AMOUNT")
                    + _gold("a.txt", TEXT, "3245.7万元", "AMOUNT")
                    + _gold("a.txt", TEXT, "10余亿元", "AMOUNT", {"yuan": 1_100_000_000, "qualifier": "余"})
                    + _gold("a.txt", TEXT, "三千万元", "AMOUNT") + _gold("a.txt", TEXT, "新增企业20家", "TARGET"),
                    encoding="utf-8")
    doccano = tmp_path / "b.jsonl"
    start = OTHER.index("4.35万亿元")
    doccano.write_text(json.dumps({"text": OTHER, "label": [[0, 3, "DISTRICT"], [start, start + 7, "AMOUNT"]]},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    with Store.open(folder) as store:
        report = import_annotations(store, [gold, doccano])
        export(store, tmp_path / "out.xlsx")
    assert [f.valued for f in report.files] == [5, 2]
    assert any(line.startswith("computed the value of 7 span(s) from the text (the file gives none)")
               for line in report.lines())
    wb = load_workbook(tmp_path / "out.xlsx")
    facts = {r["text"]: r for r in table(wb["Facts"])}
    assert {t: facts[t]["yuan"] for t in ("55.1亿元", "3245.7万元", "10余亿元", "三千万元", "4.35万亿元")} == {
        "55.1亿元": 5_510_000_000, "3245.7万元": 32_457_000, "10余亿元": 1_100_000_000,  # as the line gives it
        "三千万元": 30_000_000, "4.35万亿元": 4_350_000_000_000}
    assert (facts["新增企业20家"]["quantity"], facts["新增企业20家"]["unit"]) == (20, "家")
    districts = {r["district_code"]: r["amount_sum_yuan"] for r in table(wb["Districts"])}
    assert districts == {"350206": 5_510_000_000 + 32_457_000 + 1_100_000_000 + 30_000_000,
                         "350211": 4_350_000_000_000}

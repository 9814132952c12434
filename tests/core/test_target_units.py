"""A target's quantity in its unit without the scale (target_units.py), and the exports' columns of it:
1.2万人 beside 12000人 compare in one unit (they kept 1.2 万人 and 12000 人, apart)."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from annotator.core.export import xlsx
from annotator.core.export.csv import write as write_csv
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.target_units import base_quantity
from tests.sheets import table


@pytest.mark.parametrize(("quantity", "unit", "base"), [
    (1.2, "万人", (12000, "人")), (55, "亿元", (5_500_000_000, "元")), (0.35, "万亩", (3500, "亩")),
    (1, "万亿", (10**12, None)), (2.5, "百万千瓦", (2_500_000, "千瓦")), (1.5, "亿千瓦时", (150_000_000, "千瓦时")),
    (3.3, "万吨", (33000, "吨")), (0.123, "万人", (1230, "人")), (1.25, "万人", (12500, "人")),
    (0.00005, "万元", (0.5, "元")),
    (1000, "亿级", (1000, "亿级")),  # 千亿级产业集群: a size class, not 10^11 级
    (80, "家", (80, "家")), (6.5, "%", (6.5, "%")), (3, "千瓦", (3, "千瓦")), (2, "个百分点", (2, "个百分点")),
    (None, "万人", (None, "万人")), (5, None, (5, None)), (True, "万人", (True, "万人")),
])
def test_the_scale_of_the_unit_is_taken_into_the_quantity(quantity, unit, base):
    got = base_quantity(quantity, unit)
    assert got == base and type(got[0]) is type(base[0])


def test_targets_and_facts_give_the_base_quantity_beside_the_written_one(tmp_path):
    text = "今年新增就业1.2万人，明年新增就业12000人，计划投资55亿元。"
    out = tmp_path / "t.xlsx"
    with Store.create(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "a", text, sha256(text), char_count=len(text))).id
        for piece, value in (("新增就业1.2万人", {"quantity": 1.2, "unit": "万人"}),
                             ("新增就业12000人", {"quantity": 12000, "unit": "人"})):
            start = text.index(piece)
            store.add_annotation(doc, start, start + len(piece), "TARGET", status="accepted", value=value)
        xlsx.write(store, out, statuses=["accepted"])
        write_csv(store, tmp_path / "facts.csv", statuses=["accepted"], table="facts")
    wb = load_workbook(out)
    targets = table(wb["Targets"])
    assert [(t["quantity"], t["unit"], t["base_quantity"], t["base_unit"]) for t in targets] == \
        [(1.2, "万人", 12000, "人"), (12000, "人", 12000, "人")]
    facts = [f for f in table(wb["Facts"]) if f["label"] == "TARGET"]
    assert [(f["base_quantity"], f["base_unit"]) for f in facts] == [(12000, "人"), (12000, "人")]
    codebook = {(r["sheet"], r["column"]) for r in table(wb["Codebook"])}
    assert {("Targets", "base_quantity"), ("Facts", "base_unit")} <= codebook
    assert "base_quantity,base_unit" in (tmp_path / "facts.csv").read_text(encoding="utf-8-sig").splitlines()[0]


def test_a_scale_alone_leaves_the_base_unit_an_empty_cell(tmp_path):
    """规上工业营收迈上万亿台阶 (1 万亿): base_unit was an empty text cell, which COUNTA and ISBLANK count."""
    text = "规上工业营收迈上万亿台阶。"
    out = tmp_path / "t.xlsx"
    with Store.create(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "a", text, sha256(text), char_count=len(text))).id
        store.add_annotation(doc, 0, len(text) - 1, "TARGET", status="accepted", value={"quantity": 1, "unit": "万亿"})
        xlsx.write(store, out, statuses=["accepted"])
    wb = load_workbook(out)
    for sheet in ("Facts", "Targets"):
        header = [c.value for c in wb[sheet][1]]
        cell = wb[sheet].cell(2, header.index("base_unit") + 1)
        assert cell.value is None, sheet
        assert wb[sheet].cell(2, header.index("base_quantity") + 1).value == 10**12

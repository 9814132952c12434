"""A township named without a code (the guide gives a township's code only "where known"; the
gold's township spans have none): the link rules give it the code of the one township of that
name nearest the jurisdiction, so it is compared with the places named beside it, and the
workbook's Districts row of its mentions and of the facts linked to it is one, with the county,
prefecture and province above it.

Before: such a township was taken as inside the jurisdiction wherever it lay (龙嘉 in
龙嘉机场辽源城市候机楼 located a 辽源 project at 长春's 龙嘉), two of them in two counties
(北留-周村) gave the first one, not the city holding both, and in the workbook a township's
mentions were a row keyed by name beside the row of its facts keyed by code (or both by name,
without the units above)."""
from __future__ import annotations

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.imports.text import sha256
from annotator.core.jurisdiction import jurisdiction_of
from annotator.core.links import resolve
from annotator.core.models import Annotation, Document
from annotator.core.store import Store
from annotator.core.suggest.link_places import township_code
from annotator.core.suggest.links import suggest_links
from tests.core.test_export_facts_unlinked import spans_of


def districts_of(text: str, spans: list[Annotation]) -> dict[str, tuple[str, str | None]]:
    doc = Document(1, "d.txt", text.splitlines()[0], text, "")
    jur = jurisdiction_of(doc, [a for a in spans if a.label == "DISTRICT"])
    resolved = resolve(suggest_links(text, spans, jur), {a.id: a for a in spans})
    return {a.text: tuple(resolved[a.id].district) for a in spans if a.id in resolved}  # type: ignore[misc]


def test_a_township_is_the_one_of_its_name_nearest_the_jurisdiction():
    assert township_code("南村镇", "140500") == "140525100"  # six 南村镇 in China: 晋城's
    assert township_code("周村镇", "140500") == "140525103"
    assert township_code("后溪镇", "350206") == "350211103"  # not in 湖里区: in 厦门, beside it
    assert township_code("龙嘉街道", "220400") == "220113012"  # the only one: 长春's
    assert township_code("金山街道", None) is None  # fourteen, and no jurisdiction to choose by
    assert township_code("河池市", "451200") is None  # not a township


def test_a_township_outside_the_jurisdiction_named_in_a_project_does_not_locate_it():
    text = "辽源市政府工作报告\n龙嘉机场辽源城市候机楼投入使用。"
    spans = spans_of(text, ("辽源市", "DISTRICT", {"name": "辽源市", "code": "220400"}),
                     ("龙嘉", "DISTRICT", {"name": "龙嘉街道", "code": None}),
                     ("辽源城市", "DISTRICT", {"name": "辽源市", "code": "220400"}),
                     ("龙嘉机场辽源城市候机楼", "PROJECT", {}))
    spans[2] = Annotation(3, 1, spans[2].start, spans[2].start + 2, "DISTRICT", "辽源", spans[2].value)
    assert districts_of(text, spans)["龙嘉机场辽源城市候机楼"] == ("辽源市", "220400")


def test_a_project_named_after_townships_of_two_counties_is_the_citys():
    text = "晋城市政府工作报告\n启动北留-周村工业园建设。"
    spans = spans_of(text, ("晋城市", "DISTRICT", {"name": "晋城市", "code": "140500"}),
                     ("北留", "DISTRICT", {"name": "北留镇", "code": None}),
                     ("周村", "DISTRICT", {"name": "周村镇", "code": None}),
                     ("北留-周村工业园", "PROJECT", {}))
    assert districts_of(text, spans)["北留-周村工业园"] == ("晋城市", "140500")  # 阳城县 + 泽州县


def test_a_fact_linked_to_a_township_without_a_code_carries_the_code_and_is_one_row_of_districts(tmp_path):
    text = "晋城市政府工作报告\n南村镇完成投资30亿元。南村镇新增企业5家。"
    spans = spans_of(text, ("晋城市", "DISTRICT", {"name": "晋城市", "code": "140500"}),
                     ("南村镇", "DISTRICT", {"name": "南村镇", "code": None}),
                     ("30亿元", "AMOUNT", {"yuan": 3_000_000_000}))
    assert districts_of(text, spans)["30亿元"] == ("南村镇", "140525100")
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "jincheng_2020.txt", "晋城市政府工作报告", text, sha256(text),
                                      char_count=len(text), metadata={"jurisdiction": "晋城市 140500"}))
    for a in spans:
        store.add_annotation(doc.id, a.start, a.end, a.label, value=a.value)
    second = text.index("南村镇", text.index("。"))
    store.add_annotation(doc.id, second, second + 3, "DISTRICT", value={"name": "南村镇", "code": None})
    out = tmp_path / "out.xlsx"
    export(store, out)
    store.close()
    rows = list(load_workbook(out)["Districts"].iter_rows(values_only=True))
    table = [dict(zip(rows[0], r, strict=False)) for r in rows[1:]]
    nancun = [r for r in table if r["district_name"] == "南村镇"]
    assert len(nancun) == 1, nancun  # its mentions and its facts: one row
    row = nancun[0]
    assert (row["district_code"], row["keyed_by"], row["county"], row["prefecture"]) == \
           ("140525100", "code", "泽州县", "晋城市")
    assert row["mentions"] == 2 and row["amounts"] == 1

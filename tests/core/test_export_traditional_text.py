"""A corpus of reports in simplified and traditional characters (a Big5 file, a Hong Kong paper's
write-up): before, the exports read a traditional report's parts as none (一、2020年工作回顧 and
二、2021年工作安排 were not headings, so its amounts and targets had an empty ``report_part``), gave
松元產業園 a ``project_key`` of its own beside 松元产业园's (one park, two keys in Projects and Facts),
and the title of a report under its delivery note was the speaker's line (市長 李春田)."""
from __future__ import annotations

import csv

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.export.parts import report_parts
from annotator.core.export.project_key import project_key
from annotator.core.imports.titles import title_of
from annotator.core.store import Store
from annotator.core.suggest.values import values_in_document
from tests.sheets import table

SIMPLIFIED = ("——2020年1月16日在某市第七届人民代表大会第五次会议上\n市长 王某\n各位代表：\n"
              "一、2019年工作回顾\n2019年，湖里区完成固定资产投资55亿元。\n"
              "二、2020年工作安排\n今年，湖里区推进松元产业园建设，计划完成投资60亿元，力争新增企业80家。\n")
TRADITIONAL = ("——2021年1月18日在某市第七屆人民代表大會第六次會議上\n市長 王某\n各位代表：\n"
               "一、2020年工作回顧\n2020年，湖裡區完成固定資產投資55億元。\n"
               "二、2021年工作安排\n今年，湖裡區推進松元產業園建設，計劃完成投資60億元，力爭新增企業80家。\n")
SPANS = (("DISTRICT", "湖里区", "湖裡區", 0), ("AMOUNT", "55亿元", "55億元", 0), ("DISTRICT", "湖里区", "湖裡區", 1),
         ("PROJECT", "松元产业园", "松元產業園", 0), ("AMOUNT", "60亿元", "60億元", 0),
         ("TARGET", "力争新增企业80家", "力爭新增企業80家", 0))


def test_a_traditional_report_has_the_parts_key_and_title_of_its_simplified_form():
    for simple, written in (("55亿元", "55億元"), ("60亿元", "60億元"), ("力争", "力爭")):
        assert report_parts(TRADITIONAL)(TRADITIONAL.index(written)) \
            == report_parts(SIMPLIFIED)(SIMPLIFIED.index(simple)) is not None
    assert project_key("松元產業園") == project_key("“松元产业园区”") == "松元园"
    assert project_key("南丹工業園區") == "南丹工业园"
    assert title_of(TRADITIONAL.replace("市長 王某", "市長 王某\n某市2021年政府工作報告")) == "某市2021年政府工作報告"
    assert title_of("——2024年1月15日在濱州市第十二屆人民代表大會第三次會議上\n\n市長 李春田\n\n各位代表：\n") \
        == "政府工作報告"  # the mayor's report, in the text's characters, as the simplified form gets 政府工作报告


def test_the_sheets_credit_one_district_and_one_project_in_either_writing(make_project, tmp_path):
    texts = {"report_2020.txt": SIMPLIFIED, "report_2021.txt": TRADITIONAL}
    folder = make_project(texts)
    with Store.open(folder) as store:
        for name, text in texts.items():
            doc = store.document_id_by_name(name)
            written = 1 if name == "report_2020.txt" else 2
            for label, *forms, nth in SPANS:
                start = -1
                for _ in range(nth + 1):
                    start = text.index(forms[written - 1], start + 1)
                end = start + len(forms[written - 1])
                (value,) = values_in_document([(label, start, end)], text)
                store.add_annotation(doc, start, end, label, status="accepted", value=value)
        export(store, tmp_path / "out.xlsx")
        export(store, tmp_path / "facts.csv", table="facts")
    wb = load_workbook(tmp_path / "out.xlsx")
    (district,) = table(wb["Districts"])
    assert (district["district_code"], district["district_name"], district["documents"], district["amounts"],
            district["amount_sum_yuan"]) == ("350206", "湖里区", 2, 4, 230 * 10**8)
    assert district["project_names"] == "松元产业园"  # one project, named as first written
    assert [(r["project"], r["project_key"], r["district_code"]) for r in table(wb["Projects"])] == [
        ("松元产业园", "松元园", "350206"), ("松元產業園", "松元园", "350206")]
    assert [(r["amount"], r["yuan"], r["report_part"]) for r in table(wb["Amounts"])] == [
        ("55亿元", 55 * 10**8, "review"), ("60亿元", 60 * 10**8, "plan"),
        ("55億元", 55 * 10**8, "review"), ("60億元", 60 * 10**8, "plan")]
    assert [(r["target"], r["quantity"], r["unit"], r["report_part"]) for r in table(wb["Targets"])] == [
        ("力争新增企业80家", 80, "家", "plan"), ("力爭新增企業80家", 80, "家", "plan")]
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as f:
        facts = list(csv.DictReader(f))
    assert {(r["text"], r["district_code"], r["district_name"], r["project_key"], r["report_part"])
            for r in facts if r["label"] == "AMOUNT"} == {
        ("55亿元", "350206", "湖里区", "", "review"), ("60亿元", "350206", "湖里区", "松元园", "plan"),
        ("55億元", "350206", "湖里区", "", "review"), ("60億元", "350206", "湖里区", "松元园", "plan")}


def test_a_district_named_without_a_code_is_one_row_in_either_writing(make_project, tmp_path):
    """Before, 鼓楼区 and 鼓樓區 (four units of that name: no code) were two rows of the Districts sheet, each
    with its own mentions and amounts, and Facts named the second 鼓樓區."""
    texts = {"a.txt": "鼓楼区投资3亿元。", "b.txt": "鼓樓區投資3億元。"}
    folder = make_project(texts)
    with Store.open(folder) as store:
        for name, text in texts.items():
            doc = store.document_id_by_name(name)
            store.add_annotation(doc, 0, 3, "DISTRICT", status="accepted", value={"name": text[:3]})
            store.add_annotation(doc, 5, 8, "AMOUNT", status="accepted", value={"yuan": 3 * 10**8})
        export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    assert [(r["district"], r["district_code"], r["keyed_by"], r["mentions"], r["amounts"], r["amount_sum_yuan"])
            for r in table(wb["Districts"])] == [("鼓楼区", None, "name", 2, 2, 6 * 10**8)]
    assert [(r["text"], r["district_name"]) for r in table(wb["Facts"])] == [("3亿元", "鼓楼区"), ("3億元", "鼓楼区")]


def test_a_unit_typed_in_traditional_characters_has_the_simplified_base_unit(make_project, tmp_path):
    """Before, a target whose unit a coder typed (or a gold gave) as 萬畝 had the base unit 畝 beside 亩's,
    and 個 beside 个: two units in the Targets sheet's and Facts' base_unit for one."""
    texts = {"a.txt": "新建高标准农田5万亩，新增企业80个。", "b.txt": "新建高標準農田5萬畝，新增企業80個。"}
    folder = make_project(texts)
    with Store.open(folder) as store:
        for name, text in texts.items():
            doc = store.document_id_by_name(name)
            for start, end, quantity, unit in ((0, 10, 5, text[8:10]), (11, 18, 80, text[17])):
                store.add_annotation(doc, start, end, "TARGET", status="accepted",
                                     value={"quantity": quantity, "unit": unit})
        export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    assert [(r["unit"], r["base_quantity"], r["base_unit"]) for r in table(wb["Targets"])] == [
        ("万亩", 50000, "亩"), ("个", 80, "个"), ("萬畝", 50000, "亩"), ("個", 80, "个")]

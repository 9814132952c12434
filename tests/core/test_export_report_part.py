"""A panel by year needs to tell a report's review (一、2019年工作回顾: last year's outcomes) from its
plan (二、2020年工作安排: this year's targets): Facts, Amounts, Targets and the facts CSV say which
part of the report holds each span (``report_part``)."""
from __future__ import annotations

import csv

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.export.parts import report_parts
from annotator.core.store import Store
from tests.sheets import table

TEXT = ("政府工作报告\n——2020年1月16日在某市第七届人民代表大会第五次会议上\n"
        "一、2019年工作回顾\n"
        "2019年，湖里区完成固定资产投资55亿元。\n"
        "二、2020年工作安排\n"
        "今年，湖里区计划完成固定资产投资60亿元，力争新增企业80家。\n")


def test_each_offset_is_in_the_review_or_the_plan_of_the_report():
    part = report_parts(TEXT)
    assert part(TEXT.index("55亿元")) == "review"
    assert part(TEXT.index("60亿元")) == "plan"
    assert part(TEXT.index("力争")) == "plan"
    assert part(0) is None  # the title, before either part
    assert report_parts("湖里区投资3亿元。")(5) is None  # an article: no parts


def test_facts_amounts_and_targets_say_the_part_of_the_report(make_project, tmp_path):
    """Before, a 2020 report's 55亿元 (2019's outcome) and 60亿元 (2020's plan) were two rows of
    year 2020 that nothing told apart."""
    folder = make_project({"report_2020.txt": TEXT})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("report_2020.txt")
        for text, label, value in (("55亿元", "AMOUNT", {"yuan": 55 * 10**8}),
                                   ("60亿元", "AMOUNT", {"yuan": 60 * 10**8}),
                                   ("力争新增企业80家", "TARGET", {"quantity": 80, "unit": "家"})):
            start = TEXT.index(text)
            store.add_annotation(doc, start, start + len(text), label, status="accepted", value=value)
        export(store, tmp_path / "out.xlsx")
        export(store, tmp_path / "facts.csv", table="facts")
    wb = load_workbook(tmp_path / "out.xlsx")
    assert [(r["text"], r["year"], r["report_part"]) for r in table(wb["Facts"])] == [
        ("55亿元", 2020, "review"), ("60亿元", 2020, "plan"), ("力争新增企业80家", 2020, "plan")]
    assert [(r["amount"], r["report_part"]) for r in table(wb["Amounts"])] == [("55亿元", "review"), ("60亿元", "plan")]
    assert [r["report_part"] for r in table(wb["Targets"])] == ["plan"]
    codebook = {(r["sheet"], r["column"]): r["meaning"] for r in table(wb["Codebook"])}
    assert "review" in codebook[("Facts", "report_part")] and "plan" in codebook[("Targets", "report_part")]
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as f:
        assert [r["report_part"] for r in csv.DictReader(f)] == ["review", "plan", "plan"]


RECALL = ("政府工作报告\n——2020年1月16日在金城江区第七届人民代表大会第五次会议上\n"
          "一、2019年工作回顾\n"
          "一年来，全区争取上级资金3亿元，金城江大道即将通车。\n"
          "二、2020年工作安排\n"
          "去年金城江区完成固定资产投资65亿元，今年力争完成固定资产投资80亿元。\n"
          "2019年，全区新增规模以上工业企业12家；2020年，计划新增15家。\n"
          "金城江区上年实现地区生产总值120亿元，增长6.5%。\n"
          "在去年基础上，再新增市场主体3000户。\n"
          "对去年开工的大任产业园，今年要完成投资9亿元；去年建成的12个项目今年全部投产。\n"
          "地区生产总值比上年增长7%左右。\n")


def _part_of(part, text, figure, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(figure, start + 1)
    return part(start, start + len(figure))


def test_a_result_the_plan_recalls_is_in_the_review():
    """The plan part of a 2020 report looks back (去年…完成65亿元, 2019年，…12家): those figures
    are 2019's, and a panel that took the plan's figures added them to 2020's plan. Before,
    they were ``plan``, as the section that holds them."""
    part = report_parts(RECALL)
    assert _part_of(part, RECALL, "65亿元") == "review"
    assert _part_of(part, RECALL, "80亿元") == "plan"
    assert _part_of(part, RECALL, "12家") == "review"
    assert _part_of(part, RECALL, "15家") == "plan"
    assert _part_of(part, RECALL, "120亿元") == "review"
    assert _part_of(part, RECALL, "6.5%") == "review"


def test_a_plan_that_names_last_year_in_passing_is_still_the_plan():
    part = report_parts(RECALL)
    assert _part_of(part, RECALL, "3000户") == "plan"  # 在去年基础上: the base of this year's goal
    assert _part_of(part, RECALL, "大任产业园") == "plan"  # 去年开工的…: what the plan works on
    assert _part_of(part, RECALL, "9亿元") == "plan"
    assert _part_of(part, RECALL, "12个") == "plan"  # 去年建成的12个项目今年全部投产
    assert _part_of(part, RECALL, "7%") == "plan"  # 比上年增长7%: a comparison, a goal
    # the review's forward words are its results: 争取上级资金 (obtained), 即将通车
    assert _part_of(part, RECALL, "3亿元") == "review"


def test_facts_of_a_recalled_result_say_review(make_project, tmp_path):
    folder = make_project({"jinchengjiang_2020.txt": RECALL})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("jinchengjiang_2020.txt")
        for text in ("65亿元", "80亿元"):
            start = RECALL.index(text)
            store.add_annotation(doc, start, start + len(text), "AMOUNT", status="accepted",
                                 value={"yuan": int(text[:-2]) * 10**8})
        export(store, tmp_path / "facts.csv", table="facts")
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as f:
        assert [(r["text"], r["report_part"]) for r in csv.DictReader(f)] == [
            ("65亿元", "review"), ("80亿元", "plan")]

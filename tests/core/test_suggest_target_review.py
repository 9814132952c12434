"""TARGET on review text: the figures of the year under review are results, told by the
sentence and the paragraph as well as by headings (a text may have none: an excerpt, a news
article, a report whose headings the rules do not know); plans keep their goals."""
from __future__ import annotations

import pytest

from annotator.core.suggest.target import TargetSuggester


def spans(text: str) -> list[str]:
    return [s.text for s in TargetSuggester().suggest(text)]


@pytest.mark.parametrize("text", [
    "预计全年，地区生产总值增长6%；规上工业增加值增长7%；一般公共预算收入增长5%。",
    "全年完成地区生产总值181.8亿元，同比增长7%；固定资产投资同比增长11.1%。",
    "地区生产总值完成115亿元（预计数，下同），增长7%；固定资产投资38亿元，增长12%。",
    "存贷款余额分别达到470亿元、274亿元，比年初分别增长16%和14%。",
    "地区生产总值由55.8亿元增加到128.7亿元，是2010年的2.3倍。",
    "财政收入36.8亿元，较2015年增长40%。",
    "完成工业投资57亿元，工业项目入库50个、全市第一。",
    "2024年，全县地区生产总值完成239亿元，同比增长6%；新增规上工业企业30家。",
])
def test_review_figures_with_a_result_cue_are_no_goals(text):
    assert spans(text) == []


def test_a_result_cue_beside_a_forward_word_leaves_the_goal():
    assert spans("力争全年地区生产总值同比增长6%。") == ["力争全年地区生产总值同比增长6%"]
    assert [s.value["quantity"] for s in TargetSuggester().suggest("预计明年新增企业20家。")] == [20]


def test_yuji_in_a_list_of_planned_figures_after_a_colon_is_a_plan():
    text = "今年的主要预期目标是：地区生产总值预计增长6%左右；规上工业增加值预计增长7%；城镇新增就业1.2万人。"
    assert spans(text) == ["地区生产总值预计增长6%左右", "规上工业增加值预计增长7%", "城镇新增就业1.2万人"]


def test_a_report_given_in_december_reviews_that_year():
    # a report of 20 December 2022 plans for 2023: 2022年… opens its review
    text = ("——2022年12月20日在某县第十八届人民代表大会第二次会议上\n\n2022年，全县新增企业30家。\n\n"
            "2023年，新增企业40家。")
    assert spans(text) == ["新增企业40家"]


def test_the_numbered_sections_of_an_unnumbered_review_heading_stay_in_the_review():
    text = ("2023年工作回顾\n\n一、产业发展\n\n新增企业30家，建成厂房5万平方米。\n\n二、民生保障\n\n"
            "新建学校3所。\n\n2024年工作安排\n\n新建学校5所。")
    assert spans(text) == ["新建学校5所"]


def test_a_colon_lead_in_gives_its_items_its_direction():
    plan = "今年要办好十件实事：\n\n1.新建学校5所。\n\n2.改造老旧小区20个。"
    assert spans(plan) == ["新建学校5所", "改造老旧小区20个"]  # 十件实事 counts the list
    review = "一年来，我们主要做了以下工作：\n\n一、稳增长\n\n新增企业30家。\n\n二、惠民生\n\n新建学校3所。"
    assert spans(review) == []
    # a short lead-in is no heading, and 目标 in it no plan
    assert spans("围绕年初确定的目标，我们重点做了以下工作：\n\n一、稳增长\n\n新增企业30家。") == []


@pytest.mark.parametrize("text", [
    "面对超预期挑战，全县新增企业30家。",
    "全区经济好于预期，新增企业30家。",
    "尽最大努力争取到了最好结果，新增企业30家。",
    "工控“进未来”标准厂房等16个项目开工建设。",
    "重点项目完成投资40亿元，完成年度计划112%。",
    "实施骨干企业倍增计划，新增规上工业企业22家。",
    "坚持内外并举，争取上级资金31.8亿元。",
])
def test_words_that_only_look_forward_do_not_turn_a_review(text):
    assert spans(text) == []


def test_a_line_of_a_paragraph_broken_at_a_fixed_width_is_no_heading():
    # 目标 in a broken line (…规划目标任务的关键之年，是) once opened a plan part
    text = ("一、2024年工作回顾\n2024 年，是实现规划目标任务的关键之年，是\n实施三年行动的攻坚之年。"
            "一年来，新增企业30家，\n地区生产总值增长 6%。")
    assert spans(text) == []


@pytest.mark.parametrize("text, expected", [
    ("二、2025年工作安排\n\n新建学校5所，改造老旧小区20个。", ["新建学校5所", "改造老旧小区20个"]),
    ("二、2025年工作安排\n\n争取上级资金35亿元。", ["争取上级资金35亿元"]),
    ("新的一年，力争打造千亿级产业集群。", ["力争打造千亿级产业集群"]),
    ("过去一年，新增企业30家。\n\n今年，新增企业40家，城镇新增就业1.2万人。", ["新增企业40家", "城镇新增就业1.2万人"]),
])
def test_plan_paragraphs_keep_their_goals(text, expected):
    assert spans(text) == expected


def test_a_date_line_broken_before_its_meeting_opens_no_plan():
    # a web page breaks the report's date line; its year is the year planned for, but the line is
    # the title's, so the review under the next heading stays a review
    text = ("政府工作报告\n\n——2023年1月5日在安庆市某区\n\n第四届人民代表大会第二次会议上\n\n"
            "一、实施“十大行动”，形成开局突破的良好态势\n\n刚刚过去的一年是本届政府开局之年，较好完成了主要目标任务。\n\n"
            "一是重大项目建设取得突破性进展。22亿元智能家电、10亿元公路港枢纽等项目建设封顶。\n\n"
            "二是发展空间拓展取得突破性进展。报批建设用地1400亩。")
    assert spans(text) == []


def test_the_session_of_a_meeting_is_no_goal():
    text = ("认真落实省委十届历次全会和市委十一届七次、八次全会精神，"
            "按照县委十二届七次、八次全会部署，力争新增企业80家。")
    assert spans(text) == ["力争新增企业80家"]
    assert spans("今年要建设3个会议室，召开2次全体会议。") == ["建设3个会议室"]

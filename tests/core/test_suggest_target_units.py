"""TARGET values: a unit of 万/亿 with a measure word of its own, and a duration goal."""
import pytest

from annotator.core.suggest.target import TargetSuggester


def values(text):
    return [(s.text, s.value) for s in TargetSuggester().suggest(text)]


def test_wan_or_yi_with_a_measure_word_is_the_unit():
    assert values("新的一年，我们将力争食用菌种植规模1.5亿棒以上。") == [
        ("力争食用菌种植规模1.5亿棒以上", {"quantity": 1.5, "unit": "亿棒"})]
    assert values("新的一年，力争新植苗木3万株。") == [("力争新植苗木3万株", {"quantity": 3, "unit": "万株"})]


def test_units_written_whole_keep_their_reading():
    assert values("新的一年，力争新增就业2万人，建成住房1.2万套。") == [
        ("力争新增就业2万人", {"quantity": 2, "unit": "万人"}), ("建成住房1.2万套", {"quantity": 1.2, "unit": "万套"})]


def test_a_duration_goal_is_its_number_of_years():
    assert values("新的一年，力争三年投资两年完成。") == [("力争三年投资两年完成", {"quantity": 2, "unit": "年"})]
    assert values("今年将推进街巷硬化，三年任务两年完成。") == [
        ("三年任务两年完成", {"quantity": 2, "unit": "年"})]


def test_a_year_or_years_without_completion_are_no_duration_goal():
    assert values("新的一年，力争2025年完成改造任务。") == []
    assert values("新的一年，力争三年行动计划顺利推进。") == []


def test_a_goal_in_trillions_of_yuan_is_proposed_with_its_unit():
    # a city whose output or investment passes 1万亿元 (成都, 武汉): 万亿元 is the unit, not 亿元 alone
    assert values("今年主要预期目标：力争完成固定资产投资1万亿元，地区生产总值突破1.2万亿元。") == [
        ("力争完成固定资产投资1万亿元", {"quantity": 1, "unit": "万亿元"}),
        ("地区生产总值突破1.2万亿元", {"quantity": 1.2, "unit": "万亿元"})]
    assert values("去年完成固定资产投资1.1万亿元，增长5%。") == []  # a result, not a goal


def test_a_scale_quoted_alone_is_a_goal_and_a_quoted_number_a_name():
    assert values("今年，助推恒信集团成长为“500亿级”龙头企业，打造“千亿级”产业集群。") == [
        ("助推恒信集团成长为“500亿级”龙头企业", {"quantity": 500, "unit": "亿级"}),
        ("打造“千亿级”产业集群", {"quantity": 1000, "unit": "亿级"})]
    assert values("今年，深入实施“1183”工程。") == []  # a numbered slogan, no goal
    assert values("去年，形成“500亿级”产业板块。") == []  # a result


def test_capacities_in_a_list_of_projects_are_part_of_their_names():
    text = "今年，重点实施恒信50万吨乙醇、10万吨/年新型炭材料、国宏30万吨碳酸二甲酯项目，新增就业2万人。"
    assert values(text) == [("新增就业2万人", {"quantity": 2, "unit": "万人"})]


@pytest.mark.parametrize("text, span", [
    ("今年工作安排。力争完成投资1000万元至2000万元。", "力争完成投资1000万元至2000万元"),
    ("今年工作安排。力争完成投资1000万元至2000万元以上，新增80家企业。", "力争完成投资1000万元至2000万元以上"),
    ("今年工作安排。安排资金4.2亿元，用于建设。", "安排资金4.2亿元"),
])
def test_a_goal_of_a_range_of_money_ends_at_its_upper_end(text, span):
    # a range written with its unit twice: the goal is the whole range, valued at its lower end
    first = TargetSuggester().suggest(text)[0]
    assert first.text == span and first.value["quantity"] in (1000, 4.2)

"""TARGET values: a unit of 万/亿 with a measure word of its own, and a duration goal."""
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

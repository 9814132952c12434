"""TARGET values as a goal writes them: a minus sign on the number (增长负0.5%, -0.5%) makes the
quantity negative, a decrease (下降0.5%, 负增长0.5%) keeps it as written; a report in traditional
characters (力爭, 確保, 實現, 萬人, converted from Big5) gets the goals of its simplified form."""
from __future__ import annotations

import pytest

from annotator.core.suggest.target import TargetSuggester
from annotator.core.suggest.traditional import simplified
from annotator.core.suggest.values import value_for


def goals(text: str) -> list[tuple[str, dict]]:
    out = TargetSuggester().suggest(text)
    assert all(s.text == text[s.start:s.end] for s in out)
    return [(s.text, s.value) for s in out]


@pytest.mark.parametrize(("text", "goal", "quantity"), [
    ("今年，居民消费价格指数增长负0.5%。", "居民消费价格指数增长负0.5%", -0.5),
    ("明年将力争工业增加值增长-0.5%。", "力争工业增加值增长-0.5%", -0.5),
    ("今年力争出口增长－1.5%左右。", "力争出口增长－1.5%左右", -1.5),
    ("今年力争增速为负1%以内。", "力争增速为负1%以内", -1),
    ("今年，力争能耗强度下降0.5%。", "力争能耗强度下降0.5%", 0.5),  # a decrease: as written
    ("明年力争出口负增长0.5%。", "力争出口负增长0.5%", 0.5),
    ("今年力争增长3-5%。", "力争增长3-5%", 3),  # a range, not a minus sign
    ("今年将担负3项重点任务。", "担负3项重点任务", 3),  # 担负: no sign
])
def test_a_minus_sign_on_the_number_makes_the_quantity_negative(text, goal, quantity):
    (found,) = [g for g in goals(text) if g[0] == goal]
    assert found[1]["quantity"] == quantity
    start = text.index(goal)
    assert value_for("TARGET", text, start, start + len(goal))["quantity"] == quantity  # a span relabelled


def test_growth_turned_negative_with_no_number_is_no_goal():
    assert goals("今年确保不出现负增长。") == []


SIMPLIFIED = "明年力争新增80家国家级高新技术企业，确保城镇新增就业3.5万人，实现地区生产总值增长6%。"
TRADITIONAL = "明年力爭新增80家國家級高新技術企業，確保城鎮新增就業3.5萬人，實現地區生產總值增長6%。"


def test_a_report_in_traditional_characters_gets_the_goals_of_its_simplified_form():
    simple, written = TargetSuggester().suggest(SIMPLIFIED), TargetSuggester().suggest(TRADITIONAL)
    assert [(s.start, s.end, s.value) for s in written] == [(s.start, s.end, s.value) for s in simple]
    assert [s.text for s in written] == TRADITIONAL.rstrip("。").removeprefix("明年").split("，")
    assert written[1].value == {"quantity": 3.5, "unit": "万人"}  # the unit as the simplified reports write it
    plan = "2021年預期目標是：地區生產總值增長6.5%左右，計劃新增規模以上工業企業30家。過去一年，新增企業20家。"
    assert [v for _t, v in goals(plan)] == [{"quantity": 6.5, "unit": "%"}, {"quantity": 30, "unit": "家"}]


def test_a_simplified_text_is_never_changed():
    for text in (SIMPLIFIED, "乾隆年间於此设县，今后徵收", "海沧区𠀀溪镇完成投资3245.7万元"):  # 乾, 於, 徵 are GB2312's
        assert simplified(text) is text
    assert simplified("&#33836;萬億") == "&#33836;万亿"  # 33836 is 萬: written out, it stays as written

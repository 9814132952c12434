"""Words of work reports that hold a short form of a county or township, found on real provincial
reports of 2026 that no rule had seen: the word is meant, not the place."""
import pytest

from annotator.core.suggest.district import DistrictSuggester

D = DistrictSuggester()


def names(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.value["name"]) for s in D.suggest(text)]


@pytest.mark.parametrize("text, expected", [
    # 文化惠民 (benefit the people: 惠民县 of 滨州), 强省富民 (富民县 of 昆明)
    ("滨州市深化文化惠民活动，推出一批旅游消费惠民措施。", [("滨州市", "滨州市")]),
    ("云南省昆明市发展产业才能强省富民，深入推进兴边富民行动。", [("云南省", "云南省"), ("昆明市", "昆明市")]),
    # 亿元大关 (the mark: 大关县 of 昭通), 南亚东南亚 (东南街道), 通江达海 (通江县)
    ("昭通市外贸进出口突破5000亿元大关。", [("昭通市", "昭通市")]),
    ("四川省南充市面向南亚东南亚辐射中心建设，推进港口通江达海。", [("四川省", "四川省"), ("南充市", "南充市")]),
    # 碳达峰碳中和 (中和镇), 粮食二十二连丰 (连丰乡), both of 青冈县; 普惠金融 (普惠乡 of 库尔勒市);
    # 守护人民安宁 (安宁市 of 昆明); 光荣传统 (光荣乡 of 明水县), a word of the State Council's reports
    ("青冈县稳妥推进碳达峰碳中和，粮食实现“二十二连丰”。", [("青冈县", "青冈县")]),
    ("库尔勒市发展普惠金融。", [("库尔勒市", "库尔勒市")]),
    ("昆明市全力守护人民安宁。", [("昆明市", "昆明市")]),
    ("明水县发扬拥军优属光荣传统。", [("明水县", "明水县")]),
])
def test_a_word_of_reports_is_no_district(text, expected):
    assert names(text) == expected


def test_the_place_named_in_full_still_stands_in_its_short_form():
    assert names("滨州市惠民县坚持稳增长，惠民经济稳步发展。") == [
        ("滨州市", "滨州市"), ("惠民县", "惠民县"), ("惠民", "惠民县")]


def test_a_mountain_before_a_word_beginning_with_mountain_is_the_mountain():
    # 长白山|地带: [feature_after_not] 山地 counts only where segmentation begins a word there
    assert names("吉林省逐步恢复长白山地带性顶级群落。") == [("吉林省", "吉林省")]
    assert names("福建省加快福建山区发展。") == [("福建省", "福建省"), ("福建", "福建省")]


def test_a_province_whose_first_character_ends_another_word_is_none():
    # 太行山|东北部: no 山东; 山东 where it stands alone is still the province
    assert names("加强太行山东北部生态综合治理，深化与山东合作。") == [("山东", "山东省")]


@pytest.mark.parametrize("text, expected", [
    ("让各级干部从文山会海中解脱出来。", []),  # 文山州: a prefecture's short form needs nothing else
    ("北京市大兴调查研究之风。", [("北京市", "北京市")]),
    ("圆满完成自治区成立60周年大庆安保工作。", []),
    ("河北省廊坊市持续深化小县大城，坚持除险固安。", [("河北省", "河北省"), ("廊坊市", "廊坊市")]),
    ("云南省德钦县心系云岭大地。", [("云南省", "云南省"), ("德钦县", "德钦县")]),  # 云岭乡 of 德钦县
])
def test_a_set_phrase_holding_a_name_is_no_district(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("河北省高标准高质量推进雄安新区建设。", [("河北省", "河北省")]),  # no 安新区 (安新县 by a former level)
    # 大湾镇, 紫荆镇 and 大洋镇 of 桂平市: three townships of one county, each implying it through the others
    ("广东省加快建设粤港澳大湾区，香港紫荆花盛开，“梦想”号大洋钻探船入列。",
     [("广东省", "广东省"), ("香港", "香港特别行政区")]),
    ("贵州省织金县提升三甲医院服务能力。", [("贵州省", "贵州省"), ("织金县", "织金县")]),  # 三甲街道 of 织金县
])
def test_a_zone_or_term_holding_a_name_is_no_district(text, expected):
    assert names(text) == expected

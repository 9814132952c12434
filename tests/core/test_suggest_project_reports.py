"""PROJECT rules for the language of real government work reports (issue 13): one test per
rule, on short sentences in the style of such reports (not taken from the gold texts)."""
from annotator.core.suggest.project import ProjectSuggester


def texts(text):
    out = ProjectSuggester().suggest(text)
    for s in out:
        assert s.text == text[s.start:s.end]
    return [s.text for s in out]


def test_titled_programme_after_its_launching_verb():
    got = texts("深入实施夜间消费提质行动。加快实施农机手技能提升工程，实施青年农场主培育计划"
                "和小农户带动工程。")
    assert got == ["夜间消费提质行动", "农机手技能提升工程", "青年农场主培育计划", "小农户带动工程"]


def test_no_programme_from_set_labels_plans_or_kinds_of_works():
    assert texts("实施提振消费五大行动，深入实施天然气增储上产三年行动计划。") == []
    assert texts("投入500万元实施智慧安防工程，实施城市更新行动。") == []


def test_generic_kinds_of_school_hospital_zone_and_platform():
    assert texts("实施乡村小规模学校和乡镇寄宿制学校建设，推进公立医院综合改革，"
                 "支持工业集中区提档升级，鼓励企业入驻电商平台。") == []


def test_verbs_of_report_language_stay_outside_the_name():
    assert texts("抓好恒丰煤化工技改项目建设。") == ["恒丰煤化工技改项目"]
    assert all(not t.startswith("申报") for t in texts("积极申报保税物流中心。"))
    assert all(not t.startswith("网") for t in texts("建成并网光伏扶贫电站12座。"))


def test_year_before_an_event_stays_outside():
    got = texts("承办2021年西部商品交易会。")
    assert got and all(not t.startswith("年") for t in got)

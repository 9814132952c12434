"""TARGET: a paragraph with no direction of its own (no heading, no marker before its
quantities) takes the lean of the text around it: a plan written as bare tasks, whose forward
words stand only here and there, keeps its goals; a review, full of backward words and result
cues, yields none, nor does text with no evidence either way."""
from __future__ import annotations

from annotator.core.suggest.target import TargetSuggester
from annotator.core.suggest.target.suggester import LEAN_REACH


def spans(text: str) -> list[str]:
    return [s.text for s in TargetSuggester().suggest(text)]


PLAN_TASKS = "\n".join([
    "（一）做强特色农业。新建高标准农田2万亩，新增茶园3000亩。",
    "（二）改善人居环境。改造卫生厕所1500个，建设污水处理站6个，生活垃圾处理率达95%。",
    "（三）扩大有效投资。力争引进亿元以上项目12个，确保重点项目全部开工。",
])


def test_bare_tasks_in_a_plan_that_says_so_elsewhere_are_goals():
    got = spans(PLAN_TASKS)
    for goal in ("新建高标准农田2万亩", "新增茶园3000亩", "改造卫生厕所1500个",
                 "建设污水处理站6个", "生活垃圾处理率达95%", "力争引进亿元以上项目12个"):
        assert goal in got


def test_the_same_tasks_with_no_forward_word_anywhere_yield_nothing():
    text = PLAN_TASKS.replace("力争引进", "引进").replace("确保", "")
    assert spans(text) == []


def test_bare_figures_in_a_review_stay_results():
    text = "\n".join([
        "全县经济稳中有进，各项事业取得新成效。",
        "（一）农业提质增效。新建高标准农田2万亩，新增茶园3000亩。",
        "（二）城乡面貌改善。改造卫生厕所1500个，建设污水处理站6个。",
        "过去一年，累计完成固定资产投资80亿元，同比增长9%。我们将再接再厉。",
    ])
    assert spans(text) == []


def test_one_forward_word_among_backward_ones_does_not_turn_a_review():
    text = "\n".join([
        "新建学校3所，改造道路12公里。",
        "2023年，全区新增企业30家，同比增长8%。",
        "去年以来，累计引进项目20个，下一步将继续推进。",
    ])
    assert spans(text) == []


def test_the_lean_is_local_a_review_far_above_a_plan_leaves_the_plan_its_goals():
    review = "过去一年，新增企业30家，同比增长8%。" + "各项工作稳步推进。" * (LEAN_REACH // 9 + 20)
    plan = "\n".join(["力争全年新增企业40家。确保重点项目开工率100%。今年将扩大投资。",
                      "新建学校5所，改造道路20公里。"])
    got = spans(review + "\n" + plan)
    assert "新建学校5所" in got and "改造道路20公里" in got
    assert not any("30家" in g for g in got)


def test_this_year_in_a_piece_that_speaks_of_next_year_looks_back():
    # an end-of-year piece: 今年 is the year under review, whatever the plan of 明年 around it
    text = "今年，全区新增企业30家。\n明年，力争新增企业40家，确保新开工项目10个。"
    assert spans(text) == ["力争新增企业40家", "确保新开工项目10个"]

"""The value a span gets when relabelled: what the new label's suggester gives exactly that span
in its document, or nothing; the old label's value never stays."""
from __future__ import annotations

from annotator.core.suggest.values import value_for

TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。力争新增80家国家级高新技术企业，集美区新增10家规上工业企业。"


def test_each_label_computes_its_own_value_for_exactly_that_span():
    amount = TEXT.index("55.1亿元")
    assert value_for("AMOUNT", TEXT, amount, amount + 6) == {"yuan": 5510000000, "qualifier": None}
    jimei = TEXT.index("集美区")
    assert value_for("DISTRICT", TEXT, jimei, jimei + 3) == {"name": "集美区", "code": "350211"}


def test_no_value_where_the_suggester_proposes_no_such_span():
    amount = TEXT.index("55.1亿元")
    assert value_for("AMOUNT", TEXT, amount, amount + 4) == {}  # 55.1 without its unit
    assert value_for("PROJECT", TEXT, 0, 3) == {}
    assert value_for("NO_SUCH_LABEL", TEXT, 0, 3) == {}


def test_a_span_with_new_boundaries_gets_its_value_from_its_paragraph_alone():
    from annotator.core.suggest.values import value_in_paragraph

    text = "第一段。\n" + TEXT + "\n" + "后文" * 3000
    amount = text.index("55.1亿元")
    assert value_in_paragraph("AMOUNT", text, amount, amount + 6) == {"yuan": 5510000000, "qualifier": None}
    jimei = text.index("集美区")
    assert value_in_paragraph("DISTRICT", text, jimei, jimei + 3) == value_for("DISTRICT", text, jimei, jimei + 3)
    assert value_in_paragraph("PROJECT", text, text.index("松元"), text.index("松元") + 5) == {}  # no value fields
    assert value_in_paragraph("AMOUNT", text, amount, amount + 4) == {}


def test_a_span_no_rule_proposed_takes_the_value_of_the_one_proposal_it_holds_or_its_own_quantity():
    """A target labelled by hand or proposed by the model where the rules proposed another span or
    none had no value (six model targets of a real report: value accuracy 0.77 with the model)."""
    from annotator.core.suggest.model.suggester import value_of

    amount = TEXT.index("55.1亿元")
    assert value_for("AMOUNT", TEXT, amount - 2, amount + 6) == {"yuan": 5510000000, "qualifier": None}  # 投资55.1亿元
    both = TEXT.index("力争")
    assert value_for("TARGET", TEXT, both, len(TEXT)) == {}  # it holds two targets: no one value is right
    review = "去年新培育技能人才2万名以上，青年人才集聚。"  # the rules propose nothing here (a review)
    start, end = review.index("新培育"), review.index("，")
    assert value_for("TARGET", review, start, end) == {"quantity": 2, "unit": "万名"}
    assert value_of("TARGET", review, start, end) == {"quantity": 2, "unit": "万名"}
    assert value_for("TARGET", review, 0, 2) == {}  # no quantity


def test_a_scale_written_in_digits_is_a_target_of_its_scale():
    text = "2024年，力争打造2000亿级的精细化工产业集群，推动金属板材集群向300亿级迈进。"
    from annotator.core.suggest import get_suggester

    values = [s.value for s in get_suggester("target").suggest(text)]
    assert {"quantity": 2000, "unit": "亿级"} in values and {"quantity": 300, "unit": "亿级"} in values

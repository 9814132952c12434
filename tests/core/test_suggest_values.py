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

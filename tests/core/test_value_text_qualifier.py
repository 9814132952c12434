"""The Value column of the window's spans table (and the reading export's tooltip) writes an amount's
qualifier after its sum, whatever the currency: 160.6亿美元 read "达 USD 16,060,000,000" beside
5.67万亿元's "5,670,000,000,000 达" (上海市's report of 2026), and a narrow column cut the sum, not the 达."""
from __future__ import annotations

from annotator.core.value_text import format_value


def test_the_qualifier_follows_the_sum_in_yuan_and_in_another_currency():
    assert format_value({"yuan": 5_670_000_000_000, "qualifier": "达"}) == "5,670,000,000,000 达"
    assert format_value({"qualifier": "达", "currency": "USD", "amount": 16_060_000_000}) == "USD 16,060,000,000 达"
    assert format_value({"currency": "USD", "amount": 320_000_000, "qualifier": "约", "yuan": None}) == \
        "USD 320,000,000 约"


def test_other_values_keep_the_schemas_order():
    assert format_value({"code": "350206", "name": "湖里区"}) == "湖里区 350206"
    assert format_value({"unit": "家", "quantity": 80}) == "80 家"

"""One parser of numerals for every suggester: decimals written with 点, and the colloquial
reading of counts that TARGET uses (百家, 三五家, 十一二个)."""
from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from annotator.core.numbers import parse_number
from annotator.core.suggest.target import _quantity


@pytest.mark.parametrize("text, value", [
    ("三点五", "3.5"), ("十二点零五", "12.05"), ("一百点二五", "100.25"),
    ("两点零", "2.0"),
])
def test_decimal_point(text, value):
    assert parse_number(text) == Decimal(value)
    assert parse_number(text, colloquial=True) == Decimal(value)


@pytest.mark.parametrize("text", ["点五", "三点", "三点十", "三点五点六", "3点5"])
def test_decimal_point_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("text, strict, colloquial", [
    ("百", None, 100), ("千", None, 1000), ("千三", 1003, 1003),
    ("三五", 35, 5), ("一两", 12, 2), ("十一二", None, 12), ("二十三四", None, 24),
    ("二〇二三", 2023, 3), ("十二", 12, 12), ("两百", 200, 200), ("三千零五十", 3050, 3050),
])
def test_strict_and_colloquial(text, strict, colloquial):
    if strict is None:
        with pytest.raises(ValueError):
            parse_number(text)
    else:
        assert parse_number(text) == strict
    assert parse_number(text, colloquial=True) == colloquial


def test_scales_with_no_number_stay_refused_when_strict():
    for text in ("千亿", "亿", "万"):
        with pytest.raises(ValueError):
            parse_number(text)


def _target_reference(s: str) -> int:
    """How TARGET read Chinese counts before it used core/numbers.py (kept as the spec)."""
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    units = {"十": 10, "百": 100, "千": 1000}
    total = cur = 0
    for ch in s:
        if ch in digits:
            cur = digits[ch]
        else:
            total += (cur or 1) * units[ch]
            cur = 0
    return total + cur


def test_colloquial_reads_every_short_count_as_target_always_did():
    chars = "一二三四五六七八九十两百千"
    for n in range(1, 5):
        for combo in itertools.product(chars, repeat=n):
            s = "".join(combo)
            assert parse_number(s, colloquial=True) == _target_reference(s), s


@pytest.mark.parametrize("num, value", [
    ("12", 12), ("3.5", 3.5), ("3.0", 3.0), ("0.1", 0.1), ("三点五", 3.5), ("百", 100),
    ("三五", 5),
])
def test_target_quantities_keep_their_types(num, value):
    got = _quantity(num)
    assert got == value and type(got) is type(value)

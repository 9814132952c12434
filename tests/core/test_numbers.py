from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.numbers import exact, normalize_digits, parse_arabic, parse_number, to_int


@pytest.mark.parametrize("text, value", [
    ("55.1", "55.1"), ("4251", "4251"), ("1,234.5", "1234.5"), ("12,345,678", "12345678"),
    ("３２．５", "32.5"), ("１，２３４", "1234"), ("０", "0"),
    ("三千万", "30000000"), ("十二亿三千万", "1230000000"), ("1.5万亿", "1500000000000"),
    ("两百", "200"), ("两亿", "200000000"), ("十", "10"), ("十二", "12"), ("二十", "20"),
    ("一万零五百", "10500"), ("三千零五十", "3050"), ("二〇二三", "2023"), ("零", "0"),
    ("〇", "0"), ("3千万", "30000000"), ("5百万", "5000000"), ("1亿2000万", "120000000"),
    ("12亿3000万", "1230000000"), ("3万5千", "35000"), ("一万亿", "1000000000000"),
])
def test_parse_number(text, value):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "亿", "千亿", "万", "abc", "1,23", "12,34,567"])
def test_parse_number_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_no_float_error():
    assert parse_number("0.1") * 3 == Decimal("0.3")
    assert to_int(parse_number("55.1") * 10**8) == 5510000000
    assert to_int(parse_number("3245.7") * 10**4) == 32457000


def test_parse_arabic_and_fullwidth():
    assert normalize_digits("１２３．４５") == "123.45"
    assert parse_arabic("1,000") == 1000
    with pytest.raises(ValueError):
        parse_arabic("1,00")


def test_exact():
    assert exact(Decimal("5.0")) == 5 and isinstance(exact(Decimal("5.0")), int)
    assert exact(Decimal("5.5")) == Decimal("5.5")


@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_roundtrip(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    fullwidth = str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert parse_number(fullwidth) == n

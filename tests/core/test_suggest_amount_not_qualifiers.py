"""A word ending in a qualifier's character is no qualifier of the sum after it: 项目签约3543亿元
(a real provincial report of 2026) was read as "about 354.3 billion"."""
import pytest

from annotator.core.suggest.amount import AmountSuggester

A = AmountSuggester()


def qualifiers(text: str) -> list[tuple[str, str | None]]:
    return [(s.text, s.value.get("qualifier")) for s in A.suggest(text)]


@pytest.mark.parametrize("text, expected", [
    ("成功举办重大国际会议会展活动，务实办好西博会、项目签约3543亿元，30批次副国级以上外国政要来川访问。",
     [("3543亿元", None)]),
    ("全年节约3亿元，下达2亿元，发达8亿元。", [("3亿元", None), ("2亿元", None), ("8亿元", None)]),
    ("項目簽約12億元。", [("12億元", None)]),
])
def test_a_word_is_no_qualifier(text, expected):
    assert qualifiers(text) == expected


def test_the_qualifiers_still_qualify():
    assert qualifiers("投资约5亿元，高达8亿元，近3亿元，超过9亿元，签约项目总投资约9亿元。") == [
        ("5亿元", "约"), ("8亿元", "达"), ("3亿元", "近"), ("9亿元", "超"), ("9亿元", "约")]

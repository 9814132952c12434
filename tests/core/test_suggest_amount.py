import pytest

from annotator.core.suggest.amount import AmountSuggester

A = AmountSuggester()


def amounts(text):
    out = A.suggest(text)
    for s in out:
        assert text[s.start:s.end] == s.text
        assert s.label == "AMOUNT" and s.origin == "amount"
    return [(s.text, s.value) for s in out]


@pytest.mark.parametrize("text, span, yuan, qualifier", [
    ("总投资55.1亿元，", "55.1亿元", 5510000000, None),
    ("兑现资金4251万元", "4251万元", 42510000, None),
    ("救助3245.7万元", "3245.7万元", 32457000, None),
    ("投资三千万元", "三千万元", 30000000, None),
    ("合计十二亿三千万元", "十二亿三千万元", 1230000000, None),
    ("规模1.5万亿元", "1.5万亿元", 1500000000000, None),
    ("共1,200元", "1,200元", 1200, None),
    ("共1,234.5万元", "1,234.5万元", 12345000, None),
    ("补贴３２．５万元", "３２．５万元", 325000, None),
    ("补贴５，０００元", "５，０００元", 5000, None),
    ("奖励5千元", "5千元", 5000, None),
    ("奖励3百万元", "3百万元", 3000000, None),
    ("两亿元", "两亿元", 200000000, None),
    ("十亿元", "十亿元", 1000000000, None),
    ("超1000亿元", "1000亿元", 100000000000, "超"),
    ("超过1000亿元", "1000亿元", 100000000000, "超"),
    ("近10亿元", "10亿元", 1000000000, "近"),
    ("约3亿元", "3亿元", 300000000, "约"),
    ("注册资金达290亿元", "290亿元", 29000000000, "达"),
    ("产值高达30亿元", "30亿元", 3000000000, "达"),
    ("逾5亿元", "5亿元", 500000000, "逾"),
    ("10余亿元", "10余亿元", 1000000000, "余"),
    # 多 is the same "more than" as 余: the gold writes qualifier 余 (5亿多元)
    ("10多万元", "10多万元", 100000, "余"),
    ("仅该县就投资5亿多元", "5亿多元", 500000000, "余"),
    ("1000亿余元", "1000亿余元", 100000000000, "余"),
    ("项目达产后年产值30亿元", "30亿元", 3000000000, None),
    ("12亿3000万元", "12亿3000万元", 1230000000, None),
    ("10亿元人民币", "10亿元", 1000000000, None),
    # 点 as the decimal point of a Chinese numeral: was "二万亿元", 2 万亿
    ("投资达到一点二万亿元", "一点二万亿元", 1200000000000, "达"),
    ("投资三点五亿元", "三点五亿元", 350000000, None),
    ("补助十二点零五万元", "十二点零五万元", 120500, None),
])
def test_yuan_amounts(text, span, yuan, qualifier):
    [(got, value)] = amounts(text)
    assert got == span
    assert value["yuan"] == yuan and isinstance(value["yuan"], int)
    assert value.get("qualifier") == qualifier


def test_qualifier_is_outside_the_span():
    [s] = A.suggest("超1000亿元")
    assert (s.start, s.end) == (1, 7)


@pytest.mark.parametrize("text, span, currency, amount", [
    ("吸引外资43.8亿美元", "43.8亿美元", "USD", 4380000000),
    ("5万美元", "5万美元", "USD", 50000),
    ("200美元", "200美元", "USD", 200),
    ("5000万欧元", "5000万欧元", "EUR", 50000000),
    ("3亿港元", "3亿港元", "HKD", 300000000),
    ("3亿港币", "3亿港币", "HKD", 300000000),
    ("100亿日元", "100亿日元", "JPY", 10000000000),
])
def test_other_currencies(text, span, currency, amount):
    [(got, value)] = amounts(text)
    assert got == span
    assert value["currency"] == currency and value["amount"] == amount
    assert "yuan" not in value


@pytest.mark.parametrize("text, first, second", [
    ("3000万至5000万元", ("3000万", 30000000), ("5000万元", 50000000)),
    ("3000万-5000万元", ("3000万", 30000000), ("5000万元", 50000000)),
    ("3000万～5000万元", ("3000万", 30000000), ("5000万元", 50000000)),
    ("3000-5000万元", ("3000", 30000000), ("5000万元", 50000000)),
    ("3至5亿元", ("3", 300000000), ("5亿元", 500000000)),
])
def test_ranges(text, first, second):
    got = amounts(text)
    assert [(t, v["yuan"]) for t, v in got] == [first, second]


def test_range_in_other_currency():
    got = amounts("1-2亿美元")
    assert [(t, v["currency"], v["amount"]) for t, v in got] == [
        ("1", "USD", 100000000), ("2亿美元", "USD", 200000000)]


@pytest.mark.parametrize("text", [
    "打造千亿级产业集群", "116个亿元项目", "扩充已有的116个亿元策划项目盘子", "亿元项目",
    "税性比72.5%位居全市第一", "16.6万平方米", "1000亩", "20公顷", "28.9万户", "1.62万个",
    "51万人", "8家企业", "10项", "百亿元产业集群", "统一千亿元标准", "元旦", "一元化",
    "三元区", "万元GDP能耗下降", "2023年", "几十亿元", "数十亿元", "第一千元",
])
def test_never_proposed(text):
    assert amounts(text) == []


def test_offsets_are_code_points():
    text = "😀𠀀总投资55.1亿元"
    [s] = A.suggest(text)
    assert (s.start, s.end) == (5, 11)
    assert text[s.start:s.end] == "55.1亿元"


def test_no_overlap_and_several():
    text = "投资55亿元，其中10亿元用于，另有3000万至5000万元。"
    out = A.suggest(text)
    assert [s.text for s in out] == ["55亿元", "10亿元", "3000万", "5000万元"]
    for a, b in zip(out, out[1:], strict=False):
        assert a.end <= b.start


@pytest.mark.parametrize("text, span, yuan, qualifier", [
    ("项目投资超百亿元。", "百亿元", 10**10, "超"),
    ("三大产业集群产值均超千亿元，其中", "千亿元", 10**11, "超"),
    ("引进总投资超百亿元的项目", "百亿元", 10**10, "超"),
    ("奖励千万元", "千万元", 10**7, None),
])
def test_a_bare_bai_or_qian_before_the_unit_is_a_numeral_where_the_sum_is_an_amount(text, span, yuan, qualifier):
    [(got, value)] = amounts(text)
    assert (got, value["yuan"], value["qualifier"]) == (span, yuan, qualifier)


@pytest.mark.parametrize("text", [
    "打造第三个百亿元产业", "千亿元级产业集群", "培育超百亿元企业3家", "几百亿元", "数千万元", "上百亿元",
])
def test_a_bare_bai_or_qian_that_qualifies_a_noun_is_a_scale(text):
    assert amounts(text) == []


@pytest.mark.parametrize("text, span, value", [
    # a report converted from Big5 keeps the traditional forms: 萬 and 億 are 万 and 亿
    ("全年完成投資12.5億元。", "12.5億元", {"yuan": 1250000000, "qualifier": None}),
    ("財政資金3000萬元", "3000萬元", {"yuan": 30000000, "qualifier": None}),
    ("總投資約5千萬元", "5千萬元", {"yuan": 50000000, "qualifier": "约"}),
    ("達到1.5萬億元", "1.5萬億元", {"yuan": 1500000000000, "qualifier": "达"}),
    ("超過十二億三千萬元", "十二億三千萬元", {"yuan": 1230000000, "qualifier": "超"}),
    ("投資超百億元。", "百億元", {"yuan": 10**10, "qualifier": "超"}),
    ("10餘億元", "10餘億元", {"yuan": 1000000000, "qualifier": "余"}),
    ("3000萬至5000萬元", "5000萬元", {"yuan": 50000000, "qualifier": None}),
    ("吸引外資3億歐元", "3億歐元", {"currency": "EUR", "amount": 300000000, "qualifier": None}),
    ("3億港幣", "3億港幣", {"currency": "HKD", "amount": 300000000, "qualifier": None}),
])
def test_traditional_characters(text, span, value):
    got, val = amounts(text)[-1]
    assert (got, val) == (span, value)


@pytest.mark.parametrize("text", ["百億元產業集群", "千億級產業", "萬元GDP能耗下降"])
def test_traditional_scales_are_no_amounts(text):
    assert amounts(text) == []


@pytest.mark.parametrize("text, span, currency, amount, qualifier", [
    ("吸引港币3亿元投资", "3亿元", "HKD", 300000000, None),
    ("折合美元约1.2亿元", "1.2亿元", "USD", 120000000, "约"),
    ("港币1-2亿元", "2亿元", "HKD", 200000000, None),
])
def test_a_currency_written_before_the_number_is_its_currency(text, span, currency, amount, qualifier):
    # 元 is the unit of every currency: 港币3亿元 is HK$300 million, not ¥300 million
    last = AmountSuggester().suggest(text)[-1]
    assert (last.text, last.value) == (span, {"currency": currency, "amount": amount, "qualifier": qualifier})


@pytest.mark.parametrize("text", ["折合人民币5亿元", "美元、3亿元", "投资3亿元"])
def test_yuan_stays_yuan_without_another_currency_right_before(text):
    assert "yuan" in AmountSuggester().suggest(text)[-1].value

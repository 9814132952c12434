"""A jurisdiction that is a former unit (宜州市 in a report of 2015: 宜州区 451203 since 2016): the
guide gives a historical name code null, so the jurisdiction had no code, and the link rules, which
compare districts with it by code (same, inside, beside, holds), found every district "other" to it:
no clause governed by a township of 宜州, by 金城江区 beside it or by 河池市 above it, every fact linked
to the jurisdiction by default. The rules now compare a former unit by the code it had in the
document's year (the former units' table: 宜州市 451281 until 2015, under 河池市 451200); the links
keep the name with code null."""
from __future__ import annotations

import pytest

from annotator.core.jurisdiction import jurisdiction_of
from annotator.core.links import resolve
from annotator.core.models import Document
from annotator.core.suggest.district.former import code_then
from annotator.core.suggest.gazetteer import load_gazetteer
from annotator.core.suggest.links import suggest_links
from tests.core.test_export_facts_unlinked import spans_of

TEXT = ("宜州市2015年政府工作报告\n"
        "——2015年1月20日在宜州市第十五届人民代表大会第五次会议上\n"
        "全市完成固定资产投资120亿元。庆远镇完成投资3亿元。河池市完成投资5亿元。金城江区投资2亿元。\n")


def districts(metadata: dict[str, object]) -> dict[str, tuple[str, str | None]]:
    spans = spans_of(TEXT, ("宜州市", "DISTRICT", {"name": "宜州市", "code": None}),
                     ("庆远镇", "DISTRICT", {"name": "庆远镇", "code": None}),
                     ("河池市", "DISTRICT", {"name": "河池市", "code": "451200"}),
                     ("金城江区", "DISTRICT", {"name": "金城江区", "code": "451202"}),
                     ("120亿元", "AMOUNT", {}), ("3亿元", "AMOUNT", {}), ("5亿元", "AMOUNT", {}),
                     ("2亿元", "AMOUNT", {}))
    doc = Document(1, "yz.txt", "宜州市2015年政府工作报告", TEXT, "", metadata=metadata)
    jur = jurisdiction_of(doc, [a for a in spans if a.label == "DISTRICT"])
    resolved = resolve(suggest_links(TEXT, spans, jur), {a.id: a for a in spans})
    return {a.text: tuple(resolved[a.id].district) for a in spans if a.id in resolved}  # type: ignore[misc]


@pytest.mark.parametrize("metadata", [{"jurisdiction": "宜州市", "year": 2015}, {"jurisdiction": "宜州市"}],
                         ids=["year given", "year of the date line"])
def test_a_former_unit_as_jurisdiction_is_compared_by_its_code_then(metadata):
    found = districts(metadata)
    assert found["3亿元"] == ("庆远镇", "451203100")  # a township of 宜州 governs its clause (was 宜州市)
    assert found["5亿元"] == ("河池市", "451200")  # the city above, as actor of its clause (was 宜州市)
    assert found["2亿元"] == ("金城江区", "451202")  # a county beside it (was 宜州市)
    assert found["120亿元"] == ("宜州市", None)  # the jurisdiction's, by the guide's value: no code


def test_the_code_of_a_former_unit_is_the_one_it_had_that_year():
    g = load_gazetteer()
    assert code_then(g, "宜州市", 2015) == "451281"  # 宜州区 451203 since 2016
    assert code_then(g, "宜州市", 2016) == "451281"  # (a report reviews the year before)
    assert code_then(g, "宜州市", None) == "451281"  # the year unknown: its last
    assert code_then(g, "无为县", 2010) == "341422"  # under 巢湖市 until 2010
    assert code_then(g, "无为县", 2015) == "340225"  # under 芜湖市 from 2011
    assert code_then(g, "宜州区", 2015) is None  # a unit of today
    assert code_then(g, "宜州", 2015) is None  # a short form: the full name only

"""A project named after two districts of a municipality (北京, 天津, 上海, 重庆) is located at the
municipality: the smallest unit holding both by the codes' structure is the municipality's 市辖区
(110100), which is no unit of the gazetteer, and the link took that code with the code as its name:
'110100' in the district_name column of the Facts, Districts and Links sheets (北京市's report of
2026: 怀柔科学城…南口, named after 怀柔区 and 南口地区 of 昌平区)."""
from __future__ import annotations

from annotator.core.suggest.link_places import common
from tests.core.test_export_facts_unlinked import spans_of
from tests.core.test_links_townships import districts_of


def test_the_unit_holding_two_districts_of_a_municipality_is_the_municipality():
    assert common([("怀柔区", "110116"), ("南口地区", "110114002")]) == ("北京市", "110000")
    assert common([("万州区", "500101"), ("涪陵区", "500102")]) == ("重庆市", "500000")
    assert common([("黄浦区", "310101"), ("徐汇区", "310104")]) == ("上海市", "310000")
    assert common([("思明区", "350203"), ("湖里区", "350206")]) == ("厦门市", "350200")  # a prefecture: as before


def test_a_project_named_after_two_districts_of_beijing_is_located_at_beijing():
    text = "2026年北京市政府工作报告\n推动怀柔科学城与昌平区南口联动发展。"
    spans = spans_of(text, ("北京市", "DISTRICT", {"name": "北京市", "code": "110000"}),
                     ("怀柔", "DISTRICT", {"name": "怀柔区", "code": "110116"}),
                     ("南口", "DISTRICT", {"name": "南口地区", "code": "110114002"}),
                     ("怀柔科学城与昌平区南口", "PROJECT", {}))
    spans[2] = spans[2].with_(start=text.index("南口"), end=text.index("南口") + 2)
    assert districts_of(text, spans)["怀柔科学城与昌平区南口"] == ("北京市", "110000")

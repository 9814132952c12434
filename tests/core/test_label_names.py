"""Labels have display names per interface language; the stored names stay English."""
from __future__ import annotations

from annotator.core.labels import LABELS, display_description, display_name, spec


def test_the_four_labels_have_chinese_names():
    assert [display_name(s.name, "zh_CN") for s in LABELS if s.default] == ["地区", "项目", "金额", "目标"]
    assert display_name("DISTRICT", "zh") == display_name("DISTRICT", "zh_Hans_CN") == "地区"


def test_english_and_unknown_labels_show_their_stored_name():
    assert display_name("DISTRICT", "en") == display_name("DISTRICT", "") == "DISTRICT"
    assert display_name("PLACE", "zh_CN") == "PLACE"  # a label the user added shows its own name
    assert display_name("项目名", "zh_CN") == "项目名"


def test_a_description_is_translated_only_while_it_is_the_default():
    district = spec("DISTRICT")
    assert district is not None
    assert display_description("DISTRICT", district.description, "zh_CN").startswith("乡镇级及以上")
    assert display_description("DISTRICT", district.description, "en") == district.description
    assert display_description("DISTRICT", "our own words", "zh_CN") == "our own words"
    assert display_description("PLACE", "a place", "zh_CN") == "a place"

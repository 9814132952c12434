"""A name several units keep (鼓楼区: 福州, 南京, 徐州, 开封; 朝阳区: 北京, 长春), in a report whose text
names no city, gets the unit within the document's given jurisdiction (its metadata), not the
gazetteer's first: the district tables of a panel of 福州's reports credited 南京. What the text says
comes first (南京市鼓楼区 written out stays 南京's); without a jurisdiction nothing changes."""
from __future__ import annotations

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest.runner import propose, suggest_documents
from annotator.core.suggest.values import value_in_paragraph

GULOU = "鼓楼区要加快建设现代服务业集聚区，鼓楼区全年新增就业1万人。"
CHAOYANG = "朝阳区要加快国际消费中心城市建设，朝阳全年新增城镇就业1万人。"
NANJING_NAMED = "学习南京市鼓楼区经验，加快建设现代服务业集聚区。"


def codes(found, text):
    return {(s.text, s.value.get("code")) for s in found if s.label == "DISTRICT" and s.text in text}


@pytest.mark.parametrize(("text", "area", "expected"), [
    (GULOU, "350100", {("鼓楼区", "350102")}),  # 福州市
    (GULOU, "410200", {("鼓楼区", "410204")}),  # 开封市
    (GULOU, "350102", {("鼓楼区", "350102")}),  # 福州市鼓楼区 itself
    (CHAOYANG, "220100", {("朝阳区", "220104"), ("朝阳", "220104")}),  # 长春市
], ids=["福州市", "开封市", "福州市鼓楼区", "长春市"])
def test_the_rules_give_a_name_of_several_units_the_one_within_the_jurisdiction(text, area, expected):
    assert codes(propose(text, area=area), "鼓楼区朝阳区") == expected


def test_what_the_text_names_comes_before_the_jurisdiction_and_none_given_changes_nothing():
    assert codes(propose(NANJING_NAMED, area="350100"), "鼓楼区") == {("鼓楼区", "320106")}
    assert codes(propose(GULOU), "鼓楼区") == codes(propose(GULOU, area=""), "鼓楼区") == {("鼓楼区", "320106")}


def test_a_span_labelled_by_hand_reads_the_jurisdiction_as_the_rules_do():
    start = GULOU.index("鼓楼区")
    assert value_in_paragraph("DISTRICT", GULOU, start, start + 3, lambda: "350100") == {"name": "鼓楼区",
                                                                                         "code": "350102"}
    assert value_in_paragraph("DISTRICT", GULOU, start, start + 3, lambda: None)["code"] == "320106"


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_suggest_run_reads_each_documents_jurisdiction(tmp_path, jobs):
    store = Store.create(tmp_path / "p")
    try:
        for name, jurisdiction in (("fz.txt", "福州市"), ("kf.txt", "开封市"), ("none.txt", None)):
            doc = store.add_document(Document(None, name, name, GULOU + name, sha256(GULOU + name)))
            if jurisdiction:
                store.set_document_metadata(doc.id, "jurisdiction", jurisdiction)
        suggest_documents(store, labels=["DISTRICT"], jobs=jobs)
        stored = {(store.document(a.document_id).name, a.value.get("code")) for a in store.annotations()
                  if a.text == "鼓楼区"}
    finally:
        store.close()
    assert stored == {("fz.txt", "350102"), ("kf.txt", "410204"), ("none.txt", "320106")}


GUESSED = "units have this name and the text names no place that tells which"


@pytest.mark.parametrize(("text", "area", "guessed"), [
    (GULOU, "", {"鼓楼区": "4 " + GUESSED}),  # 南京's, 福州's, 徐州's or 开封's: the tables' first, said
    ("城关镇要加快发展。", "", {"城关镇": GUESSED}),  # a township of many counties
    (GULOU, "350100", {}),  # the jurisdiction chose
    ("鼓楼区、台江区、仓山区协同发展。", "", {}),  # its neighbours chose
    (NANJING_NAMED, "", {}),  # written out
    ("湖里区要加快发展。", "", {}),  # one unit's name
])
def test_a_code_the_tables_order_chose_says_so_in_its_reason(text, area, guessed):
    reasons = {s.text: s.reason for s in propose(text, area=area) if s.label == "DISTRICT"}
    assert reasons, text
    assert {name: phrase for name in reasons for phrase in [GUESSED] if phrase in reasons[name]} == \
        {name: GUESSED for name in guessed}
    for name, phrase in guessed.items():
        assert phrase in reasons[name], reasons[name]

"""A jurisdiction typed as researchers write it: after the names of the units above it (厦门市湖里区,
福建厦门湖里区, "厦门市 湖里区"), as a short form (湖里, 凉山州, 厦门湖里), was a name of no division,
and every fact it placed lost its district code; a name several units keep (鼓楼区) said nothing of them."""
from __future__ import annotations

import csv

import pytest

from annotator.core import jurisdiction
from annotator.core.division_names import named
from annotator.core.export.formats import export
from annotator.core.imports.text import sha256
from annotator.core.links import District
from annotator.core.metadata import jurisdiction_checked
from annotator.core.metadata_table import apply_table
from annotator.core.models import Document
from annotator.core.store import Store

HULI = District("湖里区", "350206")
WRITTEN = ["厦门市湖里区", "福建省厦门市湖里区", "福建厦门湖里区", "厦门湖里区", "厦门市 湖里区", "福建 厦门 湖里区",
           "湖里", "厦门湖里", "厦门市湖裡區"]


@pytest.mark.parametrize("typed", WRITTEN)
def test_a_name_after_the_units_above_it_or_a_short_form_is_the_one_unit_it_names(typed):
    assert jurisdiction.parse(typed) == HULI
    assert jurisdiction.given_code({"jurisdiction": typed}) == "350206"
    assert jurisdiction.unclear(typed) is None


def test_short_forms_are_resolved_as_the_district_suggester_normalises_them():
    assert named("凉山州").unit.code == "513400"  # the autonomous prefecture
    assert named("四川凉山州").unit.code == "513400"
    assert named("湘潭").unit.name == "湘潭市"  # a prefecture's short form before its county's (湘潭县)
    assert named("福州市鼓楼区").unit.code == "350102" and named("南京鼓楼").unit.code == "320106"
    assert jurisdiction.parse("福州市鼓楼区") == District("鼓楼区", "350102")  # its name four units have
    assert named("北京朝阳").unit.code == "110105"
    assert named("湖里县").unit is None and named("湖里县").candidates == ()


def test_a_name_several_units_keep_names_them_and_how_to_say_which():
    said = jurisdiction.unclear("鼓楼区")
    assert said is not None and said.named.ambiguous
    assert said.what() == ("'鼓楼区' names 4 divisions (南京市鼓楼区 320106, 徐州市鼓楼区 320302, 福州市鼓楼区 350102, "
                           "开封市鼓楼区 410204)")
    assert said.advice() == ('write the city before it, as jurisdiction=南京市鼓楼区, or give the code, '
                             'as jurisdiction="鼓楼区 320106"')
    assert jurisdiction.parse("鼓楼区") == District("鼓楼区", None)  # kept as typed: no unit chosen for it
    many = named("鼓楼")  # four districts' and many townships' short form: the districts first, five shown
    assert many.ambiguous and many.choices().startswith("南京市鼓楼区 320106, ") and many.choices().endswith(", …")
    value, warnings = jurisdiction_checked("jurisdiction", "鼓楼区")
    assert value == "鼓楼区" and len(warnings) == 1 and "福州市鼓楼区 350102" in warnings[0]
    assert jurisdiction_checked("jurisdiction", "厦门湖里") == ("厦门湖里", [])  # kept as typed, no word


TEXT = "政府工作报告\n全年投资55.1亿元建设松元产业园。"


def facts_row(store: Store, tmp_path) -> dict[str, str]:
    """The one row of the store's facts table as exported (the store closed after)."""
    out = tmp_path / "facts.csv"
    export(store, out, table="facts")
    store.close()
    with open(out, encoding="utf-8-sig", newline="") as f:
        [row] = list(csv.DictReader(f))
    return row


@pytest.mark.parametrize("given, code", [("厦门市湖里区", "350206"), ("厦门湖里", "350206"), ("湖里", "350206"),
                                         ("鼓楼区", "")])
def test_the_facts_the_jurisdiction_places_get_its_code_in_the_export(tmp_path, given, code):
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "a.txt", "政府工作报告", TEXT, sha256(TEXT), char_count=len(TEXT),
                                      metadata={"jurisdiction": given}))
    start = TEXT.index("55.1亿元")
    store.add_annotation(doc.id, start, start + 6, "AMOUNT", value={"yuan": 5_510_000_000})
    row = facts_row(store, tmp_path)
    assert (row["district_code"], row["link"]) == (code, "jurisdiction"), row
    if code:
        assert (row["district_name"], row["prefecture"]) == ("湖里区", "厦门市")


def test_a_table_naming_a_jurisdiction_several_units_keep_warns_of_them(tmp_path):
    with Store.create(tmp_path / "p") as s:
        s.add_document(Document(None, "a.txt", "", "报告。", sha256("报告。")))
        table = tmp_path / "t.csv"
        table.write_text("document,jurisdiction\na.txt,朝阳区\n", encoding="utf-8")
        report = apply_table(s, table)
        assert s.documents()[0].metadata == {"jurisdiction": "朝阳区"}
    assert report.warnings == ["row 2: '朝阳区' names 2 divisions (北京市朝阳区 110105, 长春市朝阳区 220104), "
                               "so the facts placed by it get no district code unless a document's districts say "
                               "which; write the city before it, as jurisdiction=北京市朝阳区, or give the code, "
                               'as jurisdiction="朝阳区 110105"']


def test_a_short_form_the_documents_own_districts_place_is_theirs_not_the_gazetteers_first():
    """朝阳 alone is 朝阳市 (a prefecture's short form first), but in a report whose DISTRICT span 朝阳 is
    北京市朝阳区 the jurisdiction 朝阳 is that district, as it was before short forms were read."""
    from annotator.core.models import Annotation

    span = Annotation(1, 1, 0, 2, "DISTRICT", "朝阳", value={"name": "朝阳区", "code": "110105"})
    assert jurisdiction.parse("朝阳") == District("朝阳市", "211300")
    assert jurisdiction.parse("朝阳", [span]).code == "110105"
    assert jurisdiction.parse("厦门湖里", [span]) == HULI  # a name no span has: the unit it names


def test_the_facts_of_a_report_whose_own_district_the_short_form_names_get_its_code(tmp_path):
    # jurisdiction=朝阳 on the report of 北京市朝阳区: its facts were placed in 朝阳市 211300, in Liaoning
    text = "北京市朝阳区政府工作报告\n全年投资55.1亿元建设松元产业园。"
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "a.txt", "报告", text, sha256(text), char_count=len(text),
                                      metadata={"jurisdiction": "朝阳"}))
    at = text.index("朝阳")
    store.add_annotation(doc.id, at, at + 2, "DISTRICT", value={"name": "朝阳区", "code": "110105"})
    start = text.index("55.1亿元")
    store.add_annotation(doc.id, start, start + 6, "AMOUNT", value={"yuan": 5_510_000_000})
    row = facts_row(store, tmp_path)
    assert (row["district_code"], row["link"]) == ("110105", "jurisdiction"), row


@pytest.mark.parametrize("before, typed, after", [
    ({"name": "朝阳区", "code": "110105"}, "朝阳", {"name": "朝阳区", "code": "110105"}),
    ({"name": "湘潭县", "code": "430321"}, "湘潭", {"name": "湘潭县", "code": "430321"}),
    ({"name": "鼓楼区", "code": "350102"}, "鼓楼", {"name": "鼓楼区", "code": "350102"}),
    ({"name": "湘潭县", "code": "430321"}, "湘潭市", {"name": "湘潭市", "code": "430300"}),  # another unit's full name
    ({"name": "湖里区", "code": "350206"}, "集美", {"name": "集美区", "code": "350211"})])
def test_a_district_name_shortened_in_the_form_or_a_workbook_stays_the_unit_of_its_code(before, typed, after):
    # 朝阳区 110105 shortened to 朝阳 became 朝阳市 211300 (in Liaoning), 湘潭县 湘潭市: a short form alone names
    # a prefecture first, but the code beside it already said which unit it writes
    from annotator.core.divisions import name_and_code_agreeing

    assert name_and_code_agreeing(before, {**before, "name": typed}) == after

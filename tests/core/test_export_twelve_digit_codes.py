"""A district coded with NBS's twelve digits (350206000000 for 湖里区, 350206001000 for 湖里街道: 统计用区划代码, as a
user types it in the form, a workbook or JSONL import brings it, or a document's ``jurisdiction`` metadata gives it)
is the unit it names in the research tables: the Facts and Districts tables counted 350206000000 as a unit of its own
beside 350206 (湖里区 twice, the second with empty province, prefecture and county columns), and a jurisdiction
given as 350206000000 was read as a district called ``000`` coded 350206000. The stored values keep the code as
typed; the tables group, place and compare by the gazetteer's code (``divisions.canonical``)."""
from __future__ import annotations

import csv
from types import SimpleNamespace

from openpyxl import load_workbook

from annotator.core.export import csv as csv_export
from annotator.core.export import xlsx
from annotator.core.export.facts import code_guessed, jurisdiction_of
from annotator.core.imports.text import sha256
from annotator.core.jurisdiction import given_code, parse
from annotator.core.links import District
from annotator.core.models import Annotation, Document, Link
from annotator.core.store import Store
from annotator.core.suggest.district.suggester import DistrictSuggester
from tests.sheets import table

HULI = ("湖里区", "福建省", "厦门市", "湖里区")  # name, province, prefecture, county
# (document, text, the DISTRICT's code or None, the jurisdiction metadata or None)
DOCS = (("short.txt", "湖里区全年完成投资100亿元。", "350206", None),
        ("twelve.txt", "湖里区全年完成投资50亿元。", "350206000000", None),
        ("given.txt", "全年完成投资20亿元。", None, "350206000000"),
        ("township.txt", "湖里街道完成投资3亿元。", "350206001000", None),
        ("township_short.txt", "湖里街道完成投资2亿元。", "350206001", None))


def _project(tmp_path, docs=DOCS) -> Store:
    store = Store.create(tmp_path / "proj")
    for name, text, code, given in docs:
        doc = store.add_document(Document(None, name, name, text, sha256(text), char_count=len(text)))
        if given:
            store.set_document_metadata(doc.id, "jurisdiction", given)
        end = text.index("亿元")
        start = len(text[:end].rstrip("0123456789"))  # 100亿元
        amount = store.add_annotation(doc.id, start, end + 2, "AMOUNT", status="accepted",
                                      value={"yuan": int(text[start:end]) * 10**8}).annotation_changes[0].after.id
        if code:
            place = text[:text.index("完成")].removesuffix("全年")
            district = store.add_annotation(doc.id, 0, len(place), "DISTRICT", status="accepted",
                                            value={"name": place, "code": code}).annotation_changes[0].after.id
            store.add_links([Link(None, doc.id, amount, "district", district)])
    return store


def test_the_districts_table_counts_a_twelve_digit_code_as_the_unit_it_names_with_its_hierarchy(tmp_path):
    with _project(tmp_path) as store:
        xlsx.write(store, tmp_path / "out.xlsx")
        assert store.annotations(store.document_id_by_name("twelve.txt"), labels=["DISTRICT"])[0].value["code"] == \
            "350206000000"  # the stored value keeps the code as typed
    rows = table(load_workbook(tmp_path / "out.xlsx")["Districts"])
    by_code = {r["district_code"]: r for r in rows}
    assert sorted(by_code) == ["350206", "350206001"]  # not 350206000000, 350206001000 nor 350206000 besides
    huli, township = by_code["350206"], by_code["350206001"]
    assert (huli["district"], huli["province"], huli["prefecture"], huli["county"]) == HULI
    assert (huli["level"], huli["keyed_by"], huli["mentions"], huli["documents"], huli["amounts"]) == \
        ("county", "code", 2, 2, 3)  # short.txt, twelve.txt, and given.txt's amount by its jurisdiction
    assert huli["amount_sum_yi"] == 170
    assert (township["district"], township["level"], township["county"], township["mentions"],
            township["amount_sum_yi"]) == ("湖里街道", "township", "湖里区", 2, 5)


def test_facts_place_a_twelve_digit_code_and_a_twelve_digit_jurisdiction_as_the_unit_they_name(tmp_path):
    with _project(tmp_path) as store:
        xlsx.write(store, tmp_path / "out.xlsx")
        csv_export.write(store, tmp_path / "facts.csv", table="facts")
    sheet = {r["document"]: r for r in table(load_workbook(tmp_path / "out.xlsx")["Facts"])}
    with open(tmp_path / "facts.csv", encoding="utf-8-sig", newline="") as f:
        rows = {r["document"]: r for r in csv.DictReader(f)}
    for facts in (sheet, rows):
        for name in ("short.txt", "twelve.txt", "given.txt"):
            f = facts[name]
            assert (f["district_code"], f["district_name"], f["province"], f["prefecture"], f["county"]) == \
                ("350206", *HULI), name
        assert facts["given.txt"]["link"] == "jurisdiction"
        assert {facts[n]["district_code"] for n in ("township.txt", "township_short.txt")} == {"350206001"}
        assert facts["township.txt"]["county"] == "湖里区"


def test_a_jurisdiction_given_in_twelve_digits_is_read_as_its_unit():
    assert parse("350206000000") == District("湖里区", "350206")
    assert parse("湖里区 350206000000") == District("湖里区", "350206")
    assert given_code({"jurisdiction": "350206001000"}) == "350206001"
    assert given_code({"jurisdiction": "福建省 350000000000"}) == "350000"


def test_facts_read_a_metadata_jurisdiction_of_twelve_digits_as_a_code():
    # the pattern Facts reads the metadata's jurisdiction with (the place of a span no link rule places)
    for given in ("350206000000", "湖里区 350206000000"):
        doc = SimpleNamespace(metadata={"jurisdiction": given})
        place = jurisdiction_of(SimpleNamespace(doc=doc))  # type: ignore[arg-type]
        assert place is not None and place.cells == ["350206", *HULI], given


def test_canonical_turns_only_a_units_twelve_digits_into_its_gazetteer_code():
    from annotator.core.divisions import canonical  # (main had none)

    assert canonical("350206000000") == "350206"
    assert canonical("350206001000") == "350206001"
    assert canonical("350000000000") == "350000"
    assert canonical(" 350206000000 ") == "350206"
    for kept in ("350206", "350206001", "350206001001", "999999000000", "3502060000", "湖里区", "", None):
        assert canonical(kept) == kept  # a village's twelve digits, a code the gazetteer lacks: as they are


def test_a_guessed_code_written_in_twelve_digits_is_still_the_tables_guess(tmp_path):
    text = "鼓楼区投资5亿元。"
    suggestion = DistrictSuggester().suggest(text)[0]  # 320106, the tables' first of four 鼓楼区
    assert suggestion.value["code"] == "320106"
    span = Annotation(1, 1, suggestion.start, suggestion.end, "DISTRICT", suggestion.text,
                      {"name": "鼓楼区", "code": "320106000000"}, "accepted", suggestion.origin,
                      reason=suggestion.reason)
    assert code_guessed(span)
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "a.txt", "a.txt", text, sha256(text), char_count=len(text)))
    store.add_annotation(doc.id, span.start, span.end, "DISTRICT", value=span.value, origin=span.origin,
                         reason=span.reason)
    xlsx.write(store, tmp_path / "out.xlsx")
    store.close()
    rows = table(load_workbook(tmp_path / "out.xlsx")["Districts"])
    assert [(r["district_code"], r["prefecture"], r["code_guessed"]) for r in rows] == [("320106", "南京市", True)]


def test_coders_and_a_gold_file_linking_one_unit_by_either_code_agree():
    # the Agreement sheet's link agreement and ``annotator evaluate --links`` compared the codes as text
    from annotator.core.evaluate_links import same_district as same_in_evaluation
    from annotator.core.team.link_agreement import same_district as same_in_agreement

    for same in (same_in_agreement, same_in_evaluation):
        assert same(District("湖里区", "350206"), District("湖里区", "350206000000"))
        assert same(District("湖里街道", "350206001000"), District("湖里街道", "350206001"))
        assert not same(District("湖里区", "350206"), District("思明区", "350203000000"))


def test_adjudication_reads_two_coders_linking_a_fact_to_one_unit_by_either_code_as_one_link(tmp_path):
    from annotator.core.team.gold_links import link_signer

    text = "湖里区全年完成投资100亿元。"
    with Store.create(tmp_path / "proj") as store:
        doc = store.add_document(Document(None, "a.txt", "a.txt", text, sha256(text), char_count=len(text))).id
        versions = []
        for coder, code in (("li", "350206"), ("wang", "350206000000")):
            place = store.add_annotation(doc, 0, 3, "DISTRICT", status="accepted", annotator=coder,
                                         value={"name": "湖里区", "code": code}).annotation_changes[0].after
            fact = store.add_annotation(doc, 9, 15, "AMOUNT", status="accepted", annotator=coder,
                                        value={"yuan": 10**10}).annotation_changes[0].after
            store.add_links([Link(None, doc, fact.id, "district", place.id, annotator=coder)])
            versions.append((coder, [place, fact]))
        signs = link_signer(store, doc)(versions)
    assert signs["li"] == signs["wang"] and len(signs["li"]) == 1

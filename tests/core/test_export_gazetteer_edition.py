"""A panel over ten years joins its districts by code: the workbook says which gazetteer edition the
codes come from (its About sheet), since a county made a district since then has today's code, or
none when a report names it by its old full name."""
from __future__ import annotations

from openpyxl import load_workbook

from annotator.core.divisions import edition
from annotator.core.export.formats import export
from annotator.core.store import Store
from annotator.core.suggest import default_suggesters
from tests.sheets import table

TEXT = ("——2015年1月21日在河池市第三届人民代表大会第六次会议上\n"
        "宜州市荣获“中国长寿之乡”称号。宜州重点推进产业园建设，计划完成投资5亿元。\n")


def test_the_about_sheet_names_the_gazetteer_edition_and_what_it_means_for_old_names(make_project, tmp_path):
    """Before, only the Codebook's district_code said "NBS 2023", and nothing that a 2015 report's
    宜州市 (a county-level city then, 宜州区 451203 in the 2023 tables) has no code at all."""
    assert "2023" in edition() and "统计用区划代码" in edition()
    folder = make_project({"hechi_2015.txt": TEXT})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("hechi_2015.txt")
        # the DISTRICT suggester's values for these names
        for text, label, value in (("宜州市", "DISTRICT", {"name": "宜州市", "code": None}),
                                   ("宜州", "DISTRICT", {"name": "宜州市", "code": None}),
                                   ("5亿元", "AMOUNT", {"yuan": 5 * 10**8})):
            start = TEXT.index("宜州重点") if text == "宜州" else TEXT.index(text)
            store.add_annotation(doc, start, start + len(text), label, status="accepted", value=value)
        export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    about = {(r["section"], r["item"]): r for r in table(wb["About"])}
    row = about[("gazetteer", "edition")]
    assert row["value"] == edition()
    assert "no earlier names or codes" in row["detail"] and "宜州市" in row["detail"]
    # what the note says: the old full name keeps no code, and its short form goes with it here
    facts = table(wb["Facts"])
    assert [(r["text"], r["district_name"], r["district_code"]) for r in facts if r["label"] == "AMOUNT"] == [
        ("5亿元", "宜州市", None)]
    districts = {r["district_name"]: r for r in table(wb["Districts"])}
    assert districts["宜州市"]["keyed_by"] == "name" and districts["宜州市"]["district_code"] is None


def test_a_report_naming_a_county_by_its_old_full_name_gets_no_invented_code():
    """The gazetteer (NBS 2023) has 宜州区 451203 and no 宜州市: the DISTRICT suggester gives the old
    name no code, and its short form in that report the same unit, as the About sheet says."""
    suggested = [(s.text, s.value) for g in default_suggesters() if "DISTRICT" in g.labels
                 for s in g.suggest(TEXT) if s.label == "DISTRICT" and s.text.startswith("宜州")]
    assert suggested == [("宜州市", {"name": "宜州市", "code": None}), ("宜州", {"name": "宜州市", "code": None})]

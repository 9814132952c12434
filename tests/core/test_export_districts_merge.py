"""Facts merged with Districts the way a researcher does it: on ``district_code``. A district named
without a code (宜州市 in a 2015 report, the gazetteer holding only today's 宜州区; 台湾省 given no code)
is a Districts row of its own with an empty code, and pandas (as R's joins and Stata's merge) matches
an empty code with every empty code: each fact of 宜州市 came back once per such row, one fact more
per name-keyed district, and its sums with it. The About sheet and the Codebook now say to key both
tables on the code, else the name, and that key, run as the About sheet writes it, keeps one row a
fact; so does the .dta the About sheet says how to write."""
from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.store import Store
from tests.sheets import table

TEXT = ("——2015年1月21日在河池市第三届人民代表大会第六次会议上\n"
        "宜州市计划完成投资5亿元。河池市完成投资3亿元。加强与台湾省的交流合作。\n")
SPANS = (("宜州市", "DISTRICT", {"name": "宜州市", "code": None}),
         ("5亿元", "AMOUNT", {"yuan": 5 * 10**8}),
         ("河池市", "DISTRICT", {"name": "河池市", "code": "451200"}),
         ("3亿元", "AMOUNT", {"yuan": 3 * 10**8}),
         ("台湾省", "DISTRICT", {"name": "台湾省", "code": None}))


def test_facts_merge_with_districts_one_row_a_fact_on_the_key_the_workbook_gives(make_project, tmp_path):
    pd = pytest.importorskip("pandas")
    folder = make_project({"hechi_2015.txt": TEXT})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("hechi_2015.txt")
        ids = {}
        for text, label, value in SPANS:
            start = TEXT.index(text, TEXT.index("\n"))
            change = store.add_annotation(doc, start, start + len(text), label, status="accepted", value=value)
            ids[text] = change.annotation_changes[0].after.id
        store.add_link(ids["5亿元"], "district", ids["宜州市"])  # as the gold's links place them
        store.add_link(ids["3亿元"], "district", ids["河池市"])
        export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    about = {(r["section"], r["item"]): r["value"] for r in table(wb["About"])}
    note = about["how to read", "pandas, R, Stata"]
    codebook = {(r["sheet"], r["column"]): r["meaning"] for r in table(wb["Codebook"])}
    assert "district_code, else district_name" in codebook["Districts", "keyed_by"]

    book = pd.read_excel(tmp_path / "out.xlsx", sheet_name=None, dtype={"district_code": str})
    facts, districts = book["Facts"], book["Districts"]
    assert len(facts) == 2 and districts.keyed_by.tolist().count("name") == 2
    assert len(facts.merge(districts, on="district_code")) == 3  # what the plain merge gives: 宜州市's fact twice

    key = re.search(r"key = (t\.district_code\.fillna\(t\.district_name\))", note)
    assert key, note
    for t in (facts, districts):
        t["key"] = eval(key.group(1), {"t": t})  # noqa: S307 - the About sheet's own pandas
    merged = facts.merge(districts, on="key", how="left", suffixes=("", "_d"), validate="many_to_one")
    assert len(merged) == len(facts) == 2
    assert dict(zip(merged.text, merged.amount_sum_yuan, strict=True)) == {"5亿元": 5 * 10**8, "3亿元": 3 * 10**8}

    dta = re.search(r"df\.to_stata\(out, (write_index=False, version=118)\)", note)
    assert dta, note
    merged.to_stata(tmp_path / "facts.dta", write_index=False, version=118)
    assert pd.read_stata(tmp_path / "facts.dta").district_name.tolist() == ["宜州市", "河池市"]

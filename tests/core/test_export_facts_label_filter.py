"""A fact's district and project do not depend on the labels exported: `annotator export P
--label AMOUNT` (or the export dialog's labels) gives an AMOUNT without stored links the district
and project the link rules give it on the whole document — its DISTRICT and PROJECT spans left
out of the file still locate it — as the full export does (before, every such AMOUNT had no
district, or the jurisdiction even where a county governs its clause)."""
from __future__ import annotations

import csv

from annotator.core.export.formats import export
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = ("河池市2015年政府工作报告\n"
        "仅巴马县就投资5亿元。总投资20亿元的大任产业园开工建设。全年投资7亿元。")


def add(store, doc_id, needle, label, value=None):
    start = TEXT.index(needle)
    store.add_annotation(doc_id, start, start + len(needle), label, value=value or {})


def facts(path) -> dict[str, dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {r["text"]: r for r in csv.DictReader(f)}


def test_the_district_and_project_of_an_amount_are_the_same_whatever_labels_are_exported(tmp_path):
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "hechi_2015.txt", "河池市2015年政府工作报告", TEXT, sha256(TEXT),
                                      char_count=len(TEXT)))  # no --meta jurisdiction: guessed from the title
    add(store, doc.id, "河池市", "DISTRICT", {"name": "河池市", "code": "451200"})
    add(store, doc.id, "巴马县", "DISTRICT", {"name": "巴马瑶族自治县", "code": "451227"})
    add(store, doc.id, "大任产业园", "PROJECT")
    for amount, yuan in (("5亿元", 500_000_000), ("20亿元", 2_000_000_000), ("7亿元", 700_000_000)):
        add(store, doc.id, amount, "AMOUNT", {"yuan": yuan})
    every, amounts = tmp_path / "all.csv", tmp_path / "amounts.csv"
    export(store, every, table="facts")
    export(store, amounts, table="facts", labels=["AMOUNT"])
    store.close()
    full, only = facts(every), facts(amounts)
    assert set(only) == {"5亿元", "20亿元", "7亿元"}
    for text in only:
        assert [only[text][k] for k in ("district_code", "project", "link")] == \
               [full[text][k] for k in ("district_code", "project", "link")], text
    assert (only["5亿元"]["district_code"], only["5亿元"]["link"]) == ("451227", "clause")
    assert only["20亿元"]["project"] == "大任产业园"
    assert (only["7亿元"]["district_code"], only["7亿元"]["link"]) == ("451200", "jurisdiction")

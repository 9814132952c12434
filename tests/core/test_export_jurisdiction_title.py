"""The jurisdiction the workbook guesses for a document without ``--meta jurisdiction`` is the one
the window and ``annotator suggest-links`` guess: the district its title line names, even when
another is mentioned more often near the top (before, the export read the document without its
text, so the title line was never seen: the most mentioned district of the head won, and the facts
of a 晋城 report whose first lines name 南村镇 twice were all 南村镇's)."""
from __future__ import annotations

import csv

from annotator.core.export.formats import export
from annotator.core.imports.text import sha256
from annotator.core.jurisdiction import jurisdiction_of
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "晋城市政府工作报告\n南村镇完成投资30亿元。南村镇新增企业5家。全年新增就业3万人。"


def test_the_export_guesses_the_jurisdiction_from_the_title_line_as_the_window_does(tmp_path):
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "jincheng_2020.txt", "晋城市政府工作报告", TEXT, sha256(TEXT),
                                      char_count=len(TEXT)))
    for needle, label, value in (("晋城市", "DISTRICT", {"name": "晋城市", "code": "140500"}),
                                 ("南村镇", "DISTRICT", {"name": "南村镇", "code": None}),
                                 ("新增就业3万人", "TARGET", {"quantity": 30_000, "unit": "人"})):
        start = TEXT.index(needle)
        store.add_annotation(doc.id, start, start + len(needle), label, value=value)
    second = TEXT.index("南村镇", TEXT.index("。"))
    store.add_annotation(doc.id, second, second + 3, "DISTRICT", value={"name": "南村镇", "code": None})
    window = jurisdiction_of(store.document(doc.id), store.annotations(doc.id, labels=["DISTRICT"]))
    assert window is not None and window.district.code == "140500"
    out = tmp_path / "facts.csv"
    export(store, out, table="facts")
    store.close()
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = {r["text"]: r for r in csv.DictReader(f)}
    goal = rows["新增就业3万人"]
    assert (goal["district_code"], goal["district_name"], goal["link"]) == ("140500", "晋城市", "jurisdiction")

"""A district code the gazetteer tables' order chose (鼓楼区 in a report that names no city: four units have the name,
and the DISTRICT suggester took the first, its reason saying so) is flagged ``code_guessed`` on Facts and Districts
(and Amounts, Targets, Projects),
in the workbook and the Facts CSV, so that researchers summing by code can leave it out; a code the text decided,
one made by hand and one corrected are no guesses. The column comes last: no column a script reads by place moves."""
from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from annotator.core.export import csv as csv_export
from annotator.core.export import xlsx
from annotator.core.export.districts import DISTRICT_COLUMNS
from annotator.core.export.facts import FACT_COLUMNS, fact_columns
from annotator.core.export.meta import MetaColumns
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest.district.suggester import DistrictSuggester

DOCS = {"guessed.txt": "鼓楼区投资5亿元，新增企业80家。",  # no city named: 320106 (Nanjing's), the tables' first
        "decided.txt": "福州市鼓楼区投资3亿元。",  # 福州市 decides: 350102
        "by_hand.txt": "鼓楼区投资2亿元。",  # tagged by hand with 320106
        "corrected.txt": "鼓楼区投资1亿元。"}  # the guess corrected to 350102


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "proj")
    rules = DistrictSuggester()
    for name, text in DOCS.items():
        doc = s.add_document(Document(None, name, name, text, sha256(text), char_count=len(text)))
        for d in rules.suggest(text):
            if name == "by_hand.txt":
                s.add_annotation(doc.id, d.start, d.end, "DISTRICT", value={"name": "鼓楼区", "code": "320106"})
                continue
            value = {"name": "鼓楼区", "code": "350102"} if name == "corrected.txt" else d.value
            s.add_annotation(doc.id, d.start, d.end, "DISTRICT", value=value, origin=d.origin, reason=d.reason,
                             confidence=d.confidence)
        at = text.index("亿元") - 1  # 5亿元 …
        s.add_annotation(doc.id, at, at + 3, "AMOUNT", value={"yuan": int(text[at]) * 100_000_000, "qualifier": None})
        if "新增企业80家" in text:
            at = text.index("新增企业80家")
            s.add_annotation(doc.id, at, at + 7, "TARGET", value={"quantity": 80, "unit": "家"})
    yield s
    s.close()


def test_facts_and_districts_flag_a_code_the_tables_order_chose_in_the_workbook(store, tmp_path):
    # no column told a 鼓楼区 guessed as Nanjing's from one the text placed in Fuzhou
    out = tmp_path / "out.xlsx"
    xlsx.write(store, out)
    wb = load_workbook(out)
    facts = list(wb["Facts"].iter_rows(values_only=True))
    header = facts[0]
    assert header[-1] == "code_guessed" and list(header[:len(FACT_COLUMNS)]) == [c.header for c in FACT_COLUMNS]
    flags = {(r[0], r[2]): (r[header.index("district_code")], r[-1]) for r in facts[1:]}
    assert flags == {("guessed.txt", "AMOUNT"): ("320106", True), ("guessed.txt", "TARGET"): ("320106", True),
                     ("decided.txt", "AMOUNT"): ("350102", False), ("by_hand.txt", "AMOUNT"): ("320106", False),
                     ("corrected.txt", "AMOUNT"): ("350102", False)}
    cell = next(r[-1] for r in wb["Facts"].iter_rows(min_row=2) if r[0].value == "guessed.txt")
    assert cell.data_type == "b"  # a boolean cell, not the text TRUE
    districts = list(wb["Districts"].iter_rows(values_only=True))
    assert list(districts[0]) == [c.header for c in DISTRICT_COLUMNS] and districts[0][-1] == "code_guessed"
    # 320106 holds a guessed mention (and the by-hand one): flagged; 350102 and 350100 were decided or corrected
    assert {r[1]: r[-1] for r in districts[1:]} == {"320106": True, "350102": False, "350100": False}
    amounts, targets = (list(wb[title].iter_rows(values_only=True)) for title in ("Amounts", "Targets"))
    assert amounts[0][-1] == targets[0][-1] == "code_guessed"  # after the documents' metadata, as on Facts
    assert {r[0]: r[-1] for r in amounts[1:]} == {"guessed.txt": True, "decided.txt": False, "by_hand.txt": False,
                                                  "corrected.txt": False}
    assert [(r[0], r[-1]) for r in targets[1:]] == [("新增企业80家", True)]
    codebook = {(r[0], r[1]): r[2] for r in wb["Codebook"].iter_rows(min_row=2, values_only=True)}
    assert "gazetteer" in codebook["Facts", "code_guessed"] and "any mention" in codebook["Districts", "code_guessed"]


def test_the_facts_csv_ends_with_code_guessed_as_true_or_false(store, tmp_path):
    out = tmp_path / "facts.csv"
    csv_export.write(store, out, table="facts")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    meta = MetaColumns(store.documents())
    assert rows[0] == [c.header for c in fact_columns(meta)] and rows[0][-1] == "code_guessed"
    assert rows[0][:-1] == [c.header for c in (*FACT_COLUMNS, *meta.columns(year=False))]  # appended, not inserted
    assert sorted((r[0], r[-1]) for r in rows[1:]) == [
        ("by_hand.txt", "FALSE"), ("corrected.txt", "FALSE"), ("decided.txt", "FALSE"), ("guessed.txt", "TRUE"),
        ("guessed.txt", "TRUE")]

"""The tables for analysis checked against the gold files themselves, the way a user loading them
into Stata, R or pandas would: each fact's yuan, qualifier (超 over, 近 nearly …), currency and
foreign amount, quantity and unit, district and project as the gold and its links give them; and
every column of every sheet explained on the Codebook, with the meaning of its own sheet."""
from __future__ import annotations

import csv as pycsv
import json
from collections import Counter, defaultdict

import pytest
from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.documents import import_files
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from tests.shared_data import require
from tests.sheets import table

TEXT = "滨州市2024年政府工作报告\n全年招商引资超30亿元，进出口近2亿美元。新增就业3万人。"


@pytest.fixture
def small(tmp_path):
    store = Store.create(tmp_path / "proj")
    doc = store.add_document(Document(None, "binzhou_2024.txt", "滨州市2024年政府工作报告", TEXT, sha256(TEXT),
                                      char_count=len(TEXT)))
    for needle, label, value in (
            ("滨州市", "DISTRICT", {"name": "滨州市", "code": "371600"}),
            ("30亿元", "AMOUNT", {"yuan": 3_000_000_000, "qualifier": "超"}),
            ("2亿美元", "AMOUNT", {"yuan": None, "currency": "USD", "amount": 200_000_000, "qualifier": "近"}),
            ("新增就业3万人", "TARGET", {"quantity": 30_000, "unit": "人"})):
        start = TEXT.index(needle)
        store.add_annotation(doc.id, start, start + len(needle), label, value=value)
    yield store
    store.close()


def test_facts_say_an_amounts_qualifier_in_the_workbook_and_the_csv(small, tmp_path):
    book, csv_path = tmp_path / "out.xlsx", tmp_path / "facts.csv"
    export(small, book)
    export(small, csv_path, fmt="facts")
    sheet = {f["text"]: f for f in table(load_workbook(book)["Facts"])}
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        rows = {r["text"]: r for r in pycsv.DictReader(fh)}
    assert (sheet["30亿元"]["yuan"], sheet["30亿元"]["qualifier"]) == (3_000_000_000, "超")
    assert (sheet["2亿美元"]["currency"], sheet["2亿美元"]["foreign_amount"], sheet["2亿美元"]["qualifier"]) \
        == ("USD", 200_000_000, "近")
    assert sheet["新增就业3万人"]["qualifier"] is None
    assert (rows["30亿元"]["qualifier"], rows["2亿美元"]["qualifier"], rows["新增就业3万人"]["qualifier"]) \
        == ("超", "近", "")


def test_every_column_of_every_sheet_is_on_the_codebook_with_its_own_sheets_meaning(small, tmp_path):
    out = tmp_path / "out.xlsx"
    export(small, out)
    wb = load_workbook(out)
    book = {(r["sheet"], r["column"]): r for r in table(wb["Codebook"])}
    for ws in wb.worksheets:
        header = [c.value for c in next(ws.iter_rows(max_row=1))]
        undocumented = [h for h in header if not (book.get((ws.title, h)) or {}).get("meaning")]
        assert undocumented == [], ws.title
    # the Links sheet's status, origin and id are the link's, not a span's
    assert "link" in book[("Links", "status")]["meaning"] and "span" not in book[("Links", "status")]["meaning"]
    assert "link" in book[("Links", "id")]["meaning"] and "not a span" in book[("Links", "id")]["meaning"]
    assert "suggest-links" in book[("Links", "origin")]["meaning"]
    assert book[("Facts", "qualifier")]["type"] == "text" and "超" in book[("Facts", "qualifier")]["meaning"]
    assert "target" not in book[("Codebook", "unit")]["meaning"]


def _gold(kind: str) -> dict[tuple, dict]:
    lines = {}
    for path in require("reports", f"*.{kind}.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            lines[(d["doc"], d["start"], d["end"], d["label"])] = d
    return lines


def test_facts_of_the_six_reports_hold_the_golds_values_districts_projects_and_sums(tmp_path):
    texts = require("reports", "*.txt")
    gold, links = _gold("gold"), _gold("links")
    store = Store.create(tmp_path / "proj")
    import_files(store, texts)
    import_annotations(store, [*require("reports", "*.gold.jsonl"), *require("reports", "*.links.jsonl")],
                       status="accepted")
    out = tmp_path / "out.xlsx"
    export(store, out)
    store.close()
    facts = table(load_workbook(out, read_only=True)["Facts"])
    source = {p.name: p.read_text(encoding="utf-8") for p in texts}
    assert len(facts) == sum(1 for k in gold if k[3] != "DISTRICT") == 717
    wrong: Counter[str] = Counter()
    want_sum: dict[str, int] = defaultdict(int)
    got_sum: dict[str, int] = defaultdict(int)
    for f in facts:
        key = (f["document"], f["start_offset"], f["end_offset"], f["label"])
        value, link = gold[key]["value"], links[key]
        project = link["project"]
        expected = {
            "year": int(key[0].split("_")[1][:4]),
            "text": gold[key]["text"],
            "district_code": link["district"]["code"], "district_name": link["district"]["name"],
            "project": gold[key]["text"] if key[3] == "PROJECT"
            else source[key[0]][project[0]:project[1]] if project else None,
            "yuan": value.get("yuan") if key[3] == "AMOUNT" else None,
            "qualifier": value.get("qualifier") if key[3] == "AMOUNT" else None,
            "currency": value.get("currency") if key[3] == "AMOUNT" else None,
            "foreign_amount": value.get("amount") if key[3] == "AMOUNT" else None,
            "quantity": value.get("quantity"), "unit": value.get("unit")}
        wrong.update(column for column, want in expected.items() if f[column] != want)
        if key[3] == "AMOUNT" and value.get("yuan") is not None:
            want_sum[link["district"]["code"]] += value["yuan"]
            got_sum[f["district_code"]] += f["yuan"]
    assert wrong == Counter()
    assert got_sum == want_sum and sum(want_sum.values()) == 4_994_372_548_999

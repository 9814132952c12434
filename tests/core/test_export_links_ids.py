"""The Links sheet names both spans by id as well as by offsets, so an analyst joins it to Facts
(``Links.from_id`` = ``Facts.id``). Offsets alone cannot: in a merged project two coders' equal
spans share them, and before, the sheet's only id was the link's own."""
from __future__ import annotations

from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.models import Link
from annotator.core.store import Store
from tests.sheets import table

TEXT = "湖里区和思明区投资55.1亿元。"


def test_links_join_facts_by_span_id_when_two_coders_marked_the_same_span(make_project, tmp_path):
    folder = make_project({"a.txt": TEXT})
    with Store.open(folder) as store:
        doc = store.document_id_by_name("a.txt")
        links = []
        for coder, (name, code, at) in {"ann": ("湖里区", "350206", 0), "bob": ("思明区", "350203", 4)}.items():
            district = store.add_annotation(doc, at, at + 3, "DISTRICT", value={"name": name, "code": code},
                                            annotator=coder).annotation_changes[0].after
            amount = store.add_annotation(doc, 9, 16, "AMOUNT", value={"yuan": 5_510_000_000},
                                          annotator=coder).annotation_changes[0].after
            links.append(Link(None, doc, amount.id, "district", district.id, annotator=coder))
        store.add_links(links)
        export(store, tmp_path / "out.xlsx")
    wb = load_workbook(tmp_path / "out.xlsx")
    facts = {r["id"]: r for r in table(wb["Facts"])}
    spans = {r["id"]: r for r in table(wb["Annotations"])}
    rows = table(wb["Links"])
    assert len(rows) == 2 and len({(r["from_start"], r["from_end"]) for r in rows}) == 1  # offsets: ambiguous
    for r in rows:
        fact = facts[r["from_id"]]
        assert (fact["start_offset"], fact["end_offset"], fact["district_code"]) == (9, 16, r["district_code"])
        assert (spans[r["to_id"]]["start_offset"], spans[r["to_id"]]["annotator"]) == (r["to_start"], r["annotator"])
    assert sorted(facts[r["from_id"]]["district_name"] for r in rows) == ["思明区", "湖里区"]
    codebook = {(r["sheet"], r["column"]) for r in table(wb["Codebook"])}
    assert {("Links", "from_id"), ("Links", "to_id")} <= codebook

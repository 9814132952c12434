"""What a researcher reads off the workbook for spans whose links were reviewed (the gold
``*.links.jsonl`` of ``../shared/reports``, imported with the gold): a sum the links give to no
project is no project's, and the Projects sheet shows the sum linked to the project, not the
nearest one of its sentence (hechi_2015: the city's 旅游总收入147亿元 beside 巴马…旅游区,
whose own is 81亿元)."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from tests.sheets import table

TEXT = ("旅游总收入147亿元，增长30%，其中，巴马长寿养生国际旅游区接待游客851万人次，增长21%；"
        "旅游总收入81亿元，增长30%。东街口商圈完成投资12亿元。")


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "proj")
    doc = s.add_document(Document(None, "hechi.txt", "河池", TEXT, sha256(TEXT), char_count=len(TEXT),
                                  metadata={"jurisdiction": "451200"}))
    ids = {}
    for needle, label, value in (("147亿元", "AMOUNT", {"yuan": 14_700_000_000}),
                                 ("巴马长寿养生国际旅游区", "PROJECT", {}),
                                 ("81亿元", "AMOUNT", {"yuan": 8_100_000_000}),
                                 ("东街口商圈", "PROJECT", {}),
                                 ("12亿元", "AMOUNT", {"yuan": 1_200_000_000})):
        start = TEXT.index(needle)
        s.add_annotation(doc.id, start, start + len(needle), label, value=value)
        ids[needle] = next(a.id for a in s.annotations(doc.id) if a.text == needle)
    hechi = {"name": "河池市", "code": "451200"}
    for needle in ("147亿元", "巴马长寿养生国际旅游区", "81亿元"):  # reviewed: all three are the city's
        s.add_link(ids[needle], "district", value=hechi, origin="imported")
    s.add_link(ids["81亿元"], "project", ids["巴马长寿养生国际旅游区"], origin="imported")
    # 东街口商圈 and 12亿元 carry no links: the sentence rule still joins them
    yield s
    s.close()


def test_a_reviewed_sum_without_a_project_link_is_no_projects(store, tmp_path):
    out = tmp_path / "out.xlsx"
    export(store, out)
    wb = load_workbook(out)
    facts = {f["text"]: f for f in table(wb["Facts"])}
    assert facts["147亿元"]["project"] is None  # the city's revenue, not the resort's
    assert facts["81亿元"]["project"] == "巴马长寿养生国际旅游区"
    assert facts["12亿元"]["project"] == "东街口商圈"  # no links: the nearest project of its sentence
    amounts = {a["amount"]: a for a in table(wb["Amounts"])}
    assert amounts["147亿元"]["project"] is None and amounts["81亿元"]["project"] == "巴马长寿养生国际旅游区"


def test_the_projects_sheet_shows_the_sum_linked_to_the_project(store, tmp_path):
    out = tmp_path / "out.xlsx"
    export(store, out)
    projects = {p["project"]: p for p in table(load_workbook(out)["Projects"])}
    assert (projects["巴马长寿养生国际旅游区"]["amount"], projects["巴马长寿养生国际旅游区"]["yuan"]) == \
        ("81亿元", 8_100_000_000)
    assert (projects["东街口商圈"]["amount"], projects["东街口商圈"]["yuan"]) == ("12亿元", 1_200_000_000)


def test_a_township_named_without_code_that_its_links_complete_is_one_row(tmp_path):
    """jincheng_2020: the gold names 南村 (南村镇) with no code; its links give 140525100. The
    Districts sheet counted the mentions under the name and the facts under the code: two rows
    of one town, one with 3 mentions and no facts, one with the facts in '0 documents'."""
    text = "基本建成南村铸造产业园一期。南村绿色智能铸造产业园总投资30亿元。南村镇人口增长。"
    s = Store.create(tmp_path / "proj")
    doc = s.add_document(Document(None, "jc.txt", "晋城", text, sha256(text), char_count=len(text)))
    ids = {}
    for needle, nth, label, value in (("南村", 0, "DISTRICT", {"name": "南村镇", "code": None}),
                                      ("南村铸造产业园一期", 0, "PROJECT", {}),
                                      ("南村", 1, "DISTRICT", {"name": "南村镇", "code": None}),
                                      ("南村绿色智能铸造产业园", 0, "PROJECT", {}),
                                      ("30亿元", 0, "AMOUNT", {"yuan": 3_000_000_000}),
                                      ("南村镇", 0, "DISTRICT", {"name": "南村镇", "code": None})):
        start = [i for i in range(len(text)) if text.startswith(needle, i)][nth]
        s.add_annotation(doc.id, start, start + len(needle), label, value=value)
        ids[needle, nth, label] = next(a.id for a in s.annotations(doc.id) if a.start == start and a.label == label)
    town = {"name": "南村镇", "code": "140525100"}
    s.add_link(ids["南村铸造产业园一期", 0, "PROJECT"], "district", ids["南村", 0, "DISTRICT"], value=town)
    s.add_link(ids["南村绿色智能铸造产业园", 0, "PROJECT"], "district", ids["南村", 1, "DISTRICT"], value=town)
    s.add_link(ids["30亿元", 0, "AMOUNT"], "district", ids["南村", 1, "DISTRICT"], value=town)
    # linked by hand (L) to the third mention: the link keeps no code of its own
    s.add_link(ids["南村铸造产业园一期", 0, "PROJECT"], "district", ids["南村镇", 0, "DISTRICT"])
    out = tmp_path / "out.xlsx"
    export(s, out)
    s.close()
    book = load_workbook(out)
    rows = [r for r in table(book["Districts"]) if r["district_name"] == "南村镇"]
    assert [(r["district_code"], r["mentions"], r["documents"], r["projects"], r["amount_sum_yuan"])
            for r in rows] == [("140525100", 3, 1, 2, 3_000_000_000)]
    facts = {f["text"]: f for f in table(book["Facts"])}
    hand = facts["南村铸造产业园一期"]
    assert (hand["district_code"], hand["county"]) == ("140525100", "泽州县")


@pytest.mark.parametrize("status", ["rejected", "suggested"])
def test_a_sum_linked_to_a_project_span_not_exported_for_its_status_is_no_projects(store, tmp_path, status):
    """hechi_2015 after `suggest` and the gold: 17亿元 was linked by the suggester to the PROJECT
    suggestion 巴马长寿养生国际旅游区, which the gold rejected for the longer span; the Facts sheet gave
    the sum to the rejected project (which no Projects row holds), and the workbook's Links row for it
    was refused when imported into a fresh project ("no PROJECT span at … to link")."""
    doc = store.documents()[0]
    spans = {a.text: a for a in store.annotations(doc.id)}
    store.set_status([spans["东街口商圈"].id], status)
    store.add_link(spans["12亿元"].id, "project", spans["东街口商圈"].id, status="suggested", origin="attribute")
    out = tmp_path / "out.xlsx"
    export(store, out)
    wb = load_workbook(out)
    facts = {f["text"]: f for f in table(wb["Facts"])}
    assert facts["12亿元"]["project"] is None
    assert "东街口商圈" not in {a["project"] for a in table(wb["Amounts"])}
    assert [r for r in table(wb["Links"]) if r["to_text"] == "东街口商圈"] == []
    fresh = Store.create(tmp_path / "fresh")
    fresh.add_document(Document(None, "hechi.txt", "河池", TEXT, sha256(TEXT), char_count=len(TEXT)))
    report = import_annotations(fresh, [out])
    fresh.close()
    assert report.rejected == []

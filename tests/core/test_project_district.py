"""A sum linked by hand to a county's project is credited to the county in Facts and Districts, not
to the city its suggested jurisdiction link named (the guide: an AMOUNT or TARGET that belongs to a
project takes that project's district); a district link the user accepted stays; undo brings the
suggestion back."""
from __future__ import annotations

import csv

import openpyxl

from annotator.core import range_links
from annotator.core.export.formats import export
from annotator.core.suggest.links import suggest_document_links
from tests.core.test_suggest_links import CODES, project_with

TEXT = "河池市人民政府工作报告\n\n加快建设巴马国际旅游区集散中心项目一期工程，各项工作有序推进。全年完成投资5亿元。\n"
SPANS = [("DISTRICT", "河池市"), ("DISTRICT", "巴马"), ("PROJECT", "巴马国际旅游区集散中心项目一期工程"),
         ("AMOUNT", "5亿元")]


def setup(make_project, open_store, monkeypatch, status="accepted"):
    monkeypatch.setitem(CODES, "河池市", "451200")
    monkeypatch.setitem(CODES, "巴马", "451227")
    monkeypatch.setitem(CODES, "巴马国际旅游区集散中心项目一期工程", None)
    store = project_with(make_project, open_store, TEXT, SPANS, status=status)
    suggest_document_links(store)
    ids = {a.text: a.id for a in store.annotations()}
    return store, ids


def district(store, span_id):
    (k,) = [k for k in store.links_from(span_id) if k.kind == "district" and k.status != "rejected"]
    return k


def fact(store, tmp_path, text, **options):
    out = tmp_path / "facts.csv"
    export(store, out, fmt="facts", **options)
    return next(r for r in csv.DictReader(open(out, encoding="utf-8-sig")) if r["text"] == text)


def test_a_sum_linked_by_hand_to_a_countys_project_goes_to_the_county(make_project, open_store, monkeypatch,
                                                                      tmp_path):
    store, ids = setup(make_project, open_store, monkeypatch)
    assert district(store, ids["5亿元"]).origin == "jurisdiction"
    assert fact(store, tmp_path, "5亿元")["district_code"] == "451200"
    done = range_links.link_by_hand(store, ids["5亿元"], "project", ids["巴马国际旅游区集散中心项目一期工程"])
    k = district(store, ids["5亿元"])
    assert (k.target_id, k.status, k.origin) == (ids["巴马"], "suggested", "project")
    assert k.reason.startswith("project: 巴马国际旅游区集散中心项目一期工程")
    row = fact(store, tmp_path, "5亿元")
    assert (row["district_code"], row["county"], row["link"]) == ("451227", "巴马瑶族自治县", "project")
    store.revert(done)  # one step: the project link and the district it gave
    assert district(store, ids["5亿元"]).origin == "jurisdiction"
    assert not [k for k in store.links_from(ids["5亿元"]) if k.kind == "project"]


def test_a_district_the_user_accepted_is_kept(make_project, open_store, monkeypatch):
    store, ids = setup(make_project, open_store, monkeypatch)
    range_links.link_by_hand(store, ids["5亿元"], "district", ids["河池市"])
    range_links.link_by_hand(store, ids["5亿元"], "project", ids["巴马国际旅游区集散中心项目一期工程"])
    k = district(store, ids["5亿元"])
    assert (k.target_id, k.status) == (ids["河池市"], "accepted")


def test_a_sum_whose_district_span_is_still_a_suggestion_goes_to_the_jurisdiction(make_project, open_store,
                                                                                  monkeypatch, tmp_path):
    """All four spans suggested, 5亿元 accepted and linked by hand to the project (which accepts it):
    its district link points at 巴马, still a suggestion. Exported as accepted, that link is not used
    (as a project link to a suggestion is not), so the sum is the jurisdiction's — the title's 河池市,
    guessed as the window guesses it, from the suggested DISTRICT spans too —, not nobody's with
    ``link`` the project link's ``manual``; Facts and Districts agree. Exported with the suggestions,
    it is 巴马's."""
    store, ids = setup(make_project, open_store, monkeypatch, status="suggested")
    range_links.link_by_hand(store, ids["5亿元"], "project", ids["巴马国际旅游区集散中心项目一期工程"])
    assert store.annotation(ids["巴马"]).status == "suggested"
    for text in ("5亿元", "巴马国际旅游区集散中心项目一期工程"):
        row = fact(store, tmp_path, text)
        assert (row["district_code"], row["district_name"], row["link"]) == ("451200", "河池市", "jurisdiction")
    assert fact(store, tmp_path, "5亿元")["project"] == "巴马国际旅游区集散中心项目一期工程"
    out = tmp_path / "t.xlsx"
    export(store, out)
    sheet = openpyxl.load_workbook(out, read_only=True)["Districts"]
    head, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert [(r[head.index("district_code")], r[head.index("project_names")]) for r in rows] == [
        ("451200", "巴马国际旅游区集散中心项目一期工程")]
    row = fact(store, tmp_path, "5亿元", statuses=("accepted", "suggested"))
    assert (row["district_code"], row["link"]) == ("451227", "project")

"""A district heading an item of a list of a verb's objects (推进A、环江B等项目建设) does not
govern the clauses after it: the city's figure stays the city's. A list of districts opening a
clause (金城江区、环江县将…) still does."""
from __future__ import annotations

from annotator.core.suggest.links import suggest_document_links
from tests.core.test_suggest_links import CODES, project_with, resolved


def test_a_district_inside_a_list_of_objects_is_no_subject(make_project, open_store, monkeypatch):
    for name, code in {"河池市": "451200", "南丹": "451221", "环江": "451226"}.items():
        monkeypatch.setitem(CODES, name, code)
    text = ("河池市政府工作报告\n"
            "推进南方集团锑银多金属回收、南丹明鑫公司冶炼废渣综合利用、环江富鑫公司固废综合利用等一批"
            "有色金属深加工项目建设，整合提质有色金属产业，年产值实现140亿元以上。")
    store = project_with(make_project, open_store, text, [
        ("DISTRICT", "河池市"), ("DISTRICT", "南丹"), ("DISTRICT", "环江"), ("AMOUNT", "140亿元")])
    suggest_document_links(store)
    got = resolved(store)["140亿元"]
    assert got.district.name == "河池市" and got.how == "jurisdiction", got


def test_a_list_of_districts_opening_the_clause_still_governs_it(make_project, open_store, monkeypatch):
    for name, code in {"河池市": "451200", "金城江区": "451202", "环江": "451226"}.items():
        monkeypatch.setitem(CODES, name, code)
    text = "河池市政府工作报告\n今年，金城江区、环江将完成投资30亿元。"
    store = project_with(make_project, open_store, text, [
        ("DISTRICT", "河池市"), ("DISTRICT", "金城江区"), ("DISTRICT", "环江"), ("AMOUNT", "30亿元")])
    suggest_document_links(store)
    got = resolved(store)["30亿元"]
    assert got.how == "clause" and got.district.code == "451226", got

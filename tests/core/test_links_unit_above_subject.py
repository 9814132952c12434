"""A unit above the document's jurisdiction standing as the subject of the clause that holds a fact (河池市完成投资
3亿元 in a short report of 金城江区) could not govern it: the clause rule let only places inside the jurisdiction or
beside it govern, so the amount went to the jurisdiction. Such a unit now governs the clause it opens where a verb,
an adverb or a time follows it; named in an organisation (广西农村信用联社授信2亿元: a lender, hechi_2015), giving
money to others (河池市下达资金…), or in an earlier clause of the sentence, it still does not."""
from __future__ import annotations

from annotator.core import links as rules
from annotator.core.suggest.links import suggest_document_links

CODES = {"河池市": "451200", "金城江区": "451202", "广西": "450000"}


def links_of(make_project, open_store, text, spans):
    specs, cursor = [], 0
    for label, piece in spans:  # in the order of the text
        start = cursor = text.index(piece, cursor)
        extra: dict = {"status": "accepted"}
        if label == "DISTRICT":
            extra["value"] = {"name": piece, "code": CODES[piece]}
        specs.append(("a.txt", start, start + len(piece), label, extra))
        cursor += 1
    store = open_store(make_project(text, spans=specs))
    suggest_document_links(store)
    spans_by_id = {a.id: a for a in store.annotations()}
    return {spans_by_id[k].text: v for k, v in rules.resolve(store.links(), spans_by_id).items()}


def test_the_city_as_subject_of_the_amounts_clause_governs_it(make_project, open_store):
    text = ("金城江区2015年政府工作报告\n\n过去一年，金城江区经济平稳增长。"
            "河池市完成投资3亿元，金城江区新建学校5所，投资2亿元。\n")
    got = links_of(make_project, open_store, text, [
        ("DISTRICT", "金城江区"), ("DISTRICT", "金城江区"), ("DISTRICT", "河池市"), ("AMOUNT", "3亿元"),
        ("DISTRICT", "金城江区"), ("AMOUNT", "2亿元")])
    assert (got["3亿元"].district.name, got["3亿元"].how) == ("河池市", "clause")
    assert (got["2亿元"].district.name, got["2亿元"].how) == ("金城江区", "clause")


def test_a_unit_above_named_otherwise_leaves_the_jurisdiction(make_project, open_store):
    text = ("金城江区2015年政府工作报告\n\n广西农村信用联社授信2亿元。河池市下达资金4亿元。"
            "河池市召开大会，全区完成投资6亿元。\n")
    got = links_of(make_project, open_store, text, [
        ("DISTRICT", "金城江区"), ("DISTRICT", "广西"), ("AMOUNT", "2亿元"), ("DISTRICT", "河池市"),
        ("AMOUNT", "4亿元"), ("DISTRICT", "河池市"), ("AMOUNT", "6亿元")])
    for fact in ("2亿元", "4亿元", "6亿元"):  # a lender, a grant, a subject of an earlier clause
        assert (got[fact].district.name, got[fact].how) == ("金城江区", "jurisdiction"), fact

"""Gold links imported (as accepted) after the link suggester decide its open suggestions, as
gold spans decide open span suggestions: the same link accepts the suggestion (no second link),
another rejects it and stores the gold's; a link a user made or accepted is never overwritten."""
from __future__ import annotations

import json

from annotator.core.imports.annotations import import_annotations

TEXT = "湖里区投资55.1亿元建设松元产业园，思明区新增企业20家，灌口镇新建厂房3座。"
SPANS = [("a.txt", 0, 3, "DISTRICT", {"value": {"name": "湖里区", "code": "350206"}}),
         ("a.txt", 5, 11, "AMOUNT"), ("a.txt", 13, 18, "PROJECT"),
         ("a.txt", 19, 22, "DISTRICT", {"value": {"name": "思明区", "code": "350203"}}),
         ("a.txt", 22, 29, "TARGET"), ("a.txt", 30, 33, "DISTRICT"), ("a.txt", 33, 39, "TARGET")]
HULI, SIMING = {"name": "湖里区", "code": "350206"}, {"name": "思明区", "code": "350203"}
GUANKOU = {"name": "灌口镇", "code": "350211102"}
GOLD = [(5, 11, "AMOUNT", HULI, [13, 18]),  # as suggested: district and project
        (22, 29, "TARGET", SIMING, None),  # the suggestion said 湖里区
        (33, 39, "TARGET", GUANKOU, None),  # as suggested, the gold adds the township's code
        (13, 18, "PROJECT", SIMING, None)]  # the user linked it to 湖里区 by hand


def gold_file(tmp_path, rows=GOLD):
    path = tmp_path / "a.links.jsonl"
    path.write_text("\n".join(json.dumps({"doc": "a.txt", "start": s, "end": e, "label": label, "district": d,
                                          "project": p}, ensure_ascii=False) for s, e, label, d, p in rows),
                    encoding="utf-8")
    return path


def suggested_project(make_project, open_store):
    """The spans accepted; the link suggester's open links, and one district link made by hand."""
    store = open_store(make_project(TEXT, spans=SPANS))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["55.1亿元"], "district", ids["湖里区"], status="suggested", origin="jurisdiction")
    store.add_link(ids["55.1亿元"], "project", ids["松元产业园"], status="suggested", origin="attribute")
    store.add_link(ids["新增企业20家"], "district", ids["湖里区"], status="suggested", origin="jurisdiction")
    store.add_link(ids["新建厂房3座"], "district", ids["灌口镇"], status="suggested", origin="clause")
    store.add_link(ids["松元产业园"], "district", ids["湖里区"], annotator="li")  # a user's own
    return store


def links(store):
    """{(source text, kind, status): (target text or None, value, origin)} of every link."""
    texts = {a.id: a.text for a in store.annotations()}
    return {(texts[k.source_id], k.kind, k.status): (texts.get(k.target_id), k.value, k.origin)
            for k in store.links()}


def test_gold_links_accept_the_same_suggestions_and_replace_the_others(make_project, open_store, tmp_path):
    store = suggested_project(make_project, open_store)
    ids_before = {(k.source_id, k.kind): k.id for k in store.links()}
    report = import_annotations(store, [gold_file(tmp_path)], annotator="gold")
    assert (report.links, report.links_accepted, report.links_replaced, report.duplicates) == (0, 3, 1, 1)
    assert report.files[0].line() == ("a.links.jsonl: stored 0 annotation(s), 3 suggested link(s) accepted as the "
                                      "gold has them, 1 replaced by the gold's; 1 already in the project")
    assert "accepted 3 suggested link(s) as the gold has them" in report.lines()
    assert links(store) == {
        ("55.1亿元", "district", "accepted"): ("湖里区", {}, "jurisdiction"),  # the suggestion, accepted
        ("55.1亿元", "project", "accepted"): ("松元产业园", {}, "attribute"),
        ("新增企业20家", "district", "rejected"): ("湖里区", {}, "jurisdiction"),  # the gold said otherwise …
        ("新增企业20家", "district", "accepted"): ("思明区", {}, "imported"),  # … and is stored
        ("新建厂房3座", "district", "accepted"): ("灌口镇", GUANKOU, "clause"),  # the township's code added
        ("松元产业园", "district", "accepted"): ("湖里区", {}, "manual"),  # the user's link kept
    }
    after = {(k.source_id, k.kind, k.status): k for k in store.links()}
    ids = {a.text: a.id for a in store.annotations()}
    # accepted in place, not a second link; decided by the importing annotator
    assert after[(ids["55.1亿元"], "district", "accepted")].id == ids_before[(ids["55.1亿元"], "district")]
    assert after[(ids["55.1亿元"], "district", "accepted")].annotator == "gold"
    assert after[(ids["松元产业园"], "district", "accepted")].annotator == "li"
    again = import_annotations(store, [gold_file(tmp_path)], annotator="gold")  # nothing open is left to decide
    assert (again.links, again.links_accepted, again.links_replaced, again.duplicates) == (0, 0, 0, 5)


def test_gold_imported_as_suggestions_leaves_the_open_suggestions_as_they_are(make_project, open_store, tmp_path):
    store = suggested_project(make_project, open_store)
    before = links(store)
    report = import_annotations(store, [gold_file(tmp_path)], status="suggested")
    assert (report.links, report.links_accepted, report.links_replaced, report.duplicates) == (0, 0, 0, 5)
    assert links(store) == before


def test_a_gold_link_the_user_rejected_before_leaves_the_suggestion_open(make_project, open_store, tmp_path):
    store = open_store(make_project(TEXT, spans=SPANS))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["新增企业20家"], "district", ids["思明区"], status="rejected", annotator="li")
    store.add_link(ids["新增企业20家"], "district", ids["湖里区"], status="suggested", origin="jurisdiction")
    report = import_annotations(store, [gold_file(tmp_path, [GOLD[1]])])
    assert (report.links, report.links_accepted, report.links_replaced, report.duplicates) == (0, 0, 0, 1)
    assert links(store) == {("新增企业20家", "district", "rejected"): ("思明区", {}, "manual"),
                            ("新增企业20家", "district", "suggested"): ("湖里区", {}, "jurisdiction")}


def test_accepting_a_suggested_link_with_a_code_is_undone_whole(make_project, open_store):
    store = open_store(make_project(TEXT, spans=SPANS))
    ids = {a.text: a.id for a in store.annotations()}
    store.add_link(ids["新建厂房3座"], "district", ids["灌口镇"], status="suggested", origin="clause")
    link = store.links()[0]
    assert link.id is not None
    changes = store.accept_suggested_link(link.id, "gold", value=GUANKOU)
    assert (store.link(link.id).status, store.link(link.id).value) == ("accepted", GUANKOU)
    store.revert(changes)
    assert (store.link(link.id).status, store.link(link.id).value, store.link(link.id).annotator) == (
        "suggested", {}, "")
    store.reapply(changes)
    assert (store.link(link.id).status, store.link(link.id).value) == ("accepted", GUANKOU)
    assert not store.accept_suggested_link(link.id).changes  # no longer suggested: left as it is

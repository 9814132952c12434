"""`annotator suggest --replace` (and `suggest-links --replace`) drops the open suggestions our suggesters
made (the rules', learned, the model's: ``provenance.MACHINE``; the link rules': ``provenance.LINK_RULES``)
and makes them anew; every other open suggestion stays. Those imported from a JSON Lines file
(`annotator import-annotations`) as another tool's proposals (origin ``spacy``, ``hanlp``; ``manual`` when a
line names none; a link's ``imported``) were dropped: a researcher who had imported them to review lost them
by running our suggesters again."""
from __future__ import annotations

import json

from annotator.core import links as link_rules
from annotator.core import provenance
from annotator.core.imports.annotations import import_annotations
from annotator.core.suggest import runner
from annotator.core.suggest.links import suggest_document_links
from tests.core.test_suggest_replace_keeps_predictions import TEXT, Districts


def line(start, end, label, **more):
    return {"doc": "a.txt", "start": start, "end": end, "label": label, "text": TEXT[start:end],
            "status": "suggested", **more}


def test_replace_keeps_another_tools_suggestions_imported_from_a_jsonl_file(make_project, open_store, tmp_path,
                                                                           monkeypatch):
    monkeypatch.setattr(runner, "default_suggesters", lambda: [Districts()])
    store = open_store(make_project({"a.txt": TEXT}))
    path = tmp_path / "spacy.jsonl"
    lines = [line(8, 14, "AMOUNT", origin="spacy", confidence=0.7, reason="spaCy NER",
                  links=[{"kind": "project", "label": "PROJECT", "start": 16, "end": 21, "status": "suggested",
                          "origin": "spacy"}]),
             line(16, 21, "PROJECT", origin="hanlp"),
             line(24, 31, "TARGET")]  # no origin: stored as manual, a proposal all the same
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    import_annotations(store, [path], status="suggested")
    runner.suggest_documents(store)
    suggest_document_links(store)

    def open_spans():
        return {(a.text, a.origin): a.id for a in store.annotations(statuses=["suggested"])}

    def open_links():
        return sorted((k.kind, k.origin, k.id) for k in store.links(statuses=["suggested"]))

    spans, links = open_spans(), open_links()
    assert set(spans) == {("湖里区", "gazetteer"), ("55.1亿元", "spacy"), ("松元产业园", "hanlp"),
                          ("新增企业20家", "manual")}
    imported = [k for k in links if k[1] == "spacy"]
    assert [k[:2] for k in links] == [("district", "jurisdiction")] * 3 + [("project", "spacy")]

    report = runner.suggest_documents(store, replace=True)
    assert (report.removed, report.removed_links, report.added) == (1, 3, 1)  # 湖里区, with the links to it
    suggest_document_links(store)
    assert suggest_document_links(store, replace=True).removed == 3  # ours again; the imported one stays

    after, after_links = open_spans(), open_links()
    assert set(after) == set(spans) and after[("湖里区", "gazetteer")] != spans[("湖里区", "gazetteer")]  # anew
    assert {k: i for k, i in after.items() if k[1] != "gazetteer"} == \
        {k: i for k, i in spans.items() if k[1] != "gazetteer"}  # kept as they were
    assert [k for k in after_links if k[1] == "spacy"] == imported
    assert [k[:2] for k in after_links] == [k[:2] for k in links]


def test_the_origins_replace_drops_are_those_our_suggesters_give():
    assert set(provenance.MACHINE) == {"gazetteer", "amount", "project", "target", "learned", "model"}
    assert set(link_rules.ORIGINS) == {*provenance.LINK_RULES, "manual", "imported"}
    assert not any(provenance.made_here(o) for o in ("spacy", "manual", "imported", "label-studio", ""))
    assert not any(provenance.link_made_here(o) for o in ("spacy", "manual", "imported", "label-studio", ""))

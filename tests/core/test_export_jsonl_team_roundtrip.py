"""A merged team project written as JSON Lines and read into a new project gives each coder's layer
back, so the agreement is the same: the lines name their annotator (before, two coders' equal spans
came back as one span of nobody, a third coder's overlapping span was refused, and the agreement
had no coders to compare), every span and link keeps its origin (before, an accepted span came back
``manual``, an accepted link ``imported``, and the adjudicated gold layer became a coder), a link
joins the spans of its own coder, and a coder's rejected link stays rejected (before it came back
accepted, in place of the coder's accepted link)."""
from __future__ import annotations

import json

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document, Link
from annotator.core.store import Store
from annotator.core.team.adjudication import take_agreed
from annotator.core.team.agreement import project_agreement

TEXT = "湖里区投资55.1亿元建设松元产业园，思明区计划新增30家企业。"
CODERS = ("li", "wang", "zhao")


def build(folder) -> Store:
    store = Store.create(folder)
    doc = store.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT))).id
    for coder in CODERS:  # the same DISTRICT and AMOUNT spans, of a rule's and the model's
        store.add_annotation(doc, 0, 3, "DISTRICT", value={"name": "湖里区", "code": "350206"}, annotator=coder,
                             origin="gazetteer")
        store.add_annotation(doc, 5, 11, "AMOUNT", value={"yuan": 5_510_000_000}, annotator=coder, origin="model")
        store.add_annotation(doc, 18, 21, "DISTRICT", value={"name": "思明区", "code": "350203"}, annotator=coder)
    store.add_annotation(doc, 13, 18, "PROJECT", annotator="li")
    store.add_annotation(doc, 13, 17, "PROJECT", annotator="wang")  # a boundary the coders disagree on
    spans = {(a.annotator, a.start): a.id for a in store.annotations(doc)}
    links = []
    for coder in CODERS:
        links.append(Link(None, doc, spans[(coder, 5)], "district", spans[(coder, 0)], origin="jurisdiction",
                          annotator=coder))
    links.append(Link(None, doc, spans[("zhao", 5)], "district", spans[("zhao", 18)], status="rejected",
                      origin="clause", annotator="zhao"))
    store.add_links(links)
    take_agreed(store, doc, list(CODERS))  # the gold layer: adjudicated
    return store


def state(store: Store) -> tuple[list, list]:
    spans = {a.id: a for d in store.documents() for a in store.annotations(d.id)}
    key = {i: (a.label, a.start, a.end, a.annotator) for i, a in spans.items()}
    got = sorted((a.label, a.start, a.end, json.dumps(a.value, sort_keys=True), a.status, a.origin, a.annotator)
                 for a in spans.values())
    links = sorted((key[k.source_id], k.kind, key.get(k.target_id), k.status, k.origin, k.annotator)
                   for k in store.links())
    return got, links


def test_a_merged_teams_jsonl_read_into_a_new_project_gives_each_coders_layer_and_the_same_agreement(tmp_path):
    with build(tmp_path / "p") as store:
        export(store, tmp_path / "team.jsonl", statuses=["accepted", "rejected"])
        before = state(store)
        agreed = project_agreement(store).as_dict()
    lines = [json.loads(line) for line in (tmp_path / "team.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(line.get("annotator", "") for line in lines if line["start"] == 0) == ["gold", "li", "wang", "zhao"]
    with Store.create(tmp_path / "q") as fresh:
        fresh.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT)))
        report = import_annotations(fresh, [tmp_path / "team.jsonl"])
        assert report.rejected == [] and report.duplicates == 0
        after = state(fresh)
        assert fresh.adjudicated_layers() == {"gold"}
        assert project_agreement(fresh).as_dict() == agreed
    assert after == before

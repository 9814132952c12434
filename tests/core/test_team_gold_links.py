"""Adjudication carries the coders' links into the gold layer with their spans: before, the gold
layer held no link, so every fact of the final gold fell to the document's jurisdiction and the
coders' district and project links were lost in its export."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.links import resolve
from annotator.core.models import Document, Link
from annotator.core.store import Store
from annotator.core.team.adjudication import disagreements, take, take_agreed

TEXT = "湖里区投资55.1亿元建设松元产业园，思明区计划新增30家企业。"


def build(folder) -> tuple[Store, int]:
    store = Store.create(folder)
    doc = store.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT))).id
    for coder in ("li", "wang"):
        store.add_annotation(doc, 0, 3, "DISTRICT", value={"name": "湖里区", "code": "350206"}, annotator=coder)
        store.add_annotation(doc, 5, 11, "AMOUNT", value={"yuan": 5_510_000_000}, annotator=coder)
        store.add_annotation(doc, 13, 18, "PROJECT", annotator=coder)
    store.add_annotation(doc, 18, 21, "DISTRICT", value={"name": "思明区", "code": "350203"}, annotator="li")
    store.add_annotation(doc, 18, 20, "DISTRICT", value={"name": "思明区", "code": "350203"}, annotator="wang")
    span = {(a.annotator, a.start): a.id for a in store.annotations(doc)}
    store.add_links([Link(None, doc, span[(c, 5)], "district", span[(c, 18)], annotator=c) for c in ("li", "wang")]
                    + [Link(None, doc, span[(c, 5)], "project", span[(c, 13)], annotator=c) for c in ("li", "wang")])
    return store, doc


def gold_facts(store: Store, doc: int) -> dict[str, tuple[str | None, str | None]]:
    spans = [a for a in store.annotations(doc) if a.annotator == "gold" and a.status == "accepted"]
    resolved = resolve([k for k in store.links(doc) if k.annotator == "gold"], {a.id: a for a in spans})
    return {a.label: (resolved[a.id].district.name if resolved[a.id].district else None,
                      resolved[a.id].project.text if resolved[a.id].project else None)
            for a in spans if a.label == "AMOUNT" and a.id in resolved}


def test_the_gold_layer_gets_the_coders_links_when_its_target_is_decided_too(tmp_path):
    store, doc = build(tmp_path / "p")
    with store:
        take_agreed(store, doc, ["li", "wang"])  # 湖里区, the AMOUNT and the PROJECT; 思明区 is disputed
        assert [(k.kind, k.status, k.origin) for k in store.links(doc) if k.annotator == "gold"] == [
            ("project", "accepted", "adjudicated")]  # the district link waits for its DISTRICT
        region = disagreements(store, doc, ["li", "wang"])[0]
        step = take(store, region, "wang")
        assert gold_facts(store, doc) == {"AMOUNT": ("思明区", "松元产业园")}
        store.revert(step)  # one undo step takes the decision and the link it brought
        assert [k.kind for k in store.links(doc) if k.annotator == "gold"] == ["project"]

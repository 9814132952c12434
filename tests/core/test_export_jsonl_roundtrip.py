"""The JSON Lines export read back into a new project gives the same spans and links: an open
suggestion (exported with ``--status accepted,suggested``, as the README's example does) stays a
suggestion with its suggester's origin, and a suggested link stays suggested with its rule. Before,
every span came back accepted (the lines said nothing of their status) and the suggested links were
accepted or refused."""
from __future__ import annotations

import json

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document, Link
from annotator.core.store import Store

TEXT = "湖里区投资55.1亿元建设松元产业园，计划新增30家企业。"


def build(folder) -> Store:
    store = Store.create(folder)
    doc = store.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT))).id
    store.add_annotation(doc, 0, 3, "DISTRICT", value={"name": "湖里区", "code": "350206"})
    store.add_annotation(doc, 5, 11, "AMOUNT", value={"yuan": 5_510_000_000})
    store.add_annotation(doc, 13, 18, "PROJECT", status="suggested", origin="rules:project")
    store.add_annotation(doc, 21, 28, "TARGET", value={"quantity": 30, "unit": "家"})
    spans = {(a.label, a.annotator): a.id for a in store.annotations(doc)}
    store.add_links([
        Link(None, doc, spans[("AMOUNT", "")], "district", spans[("DISTRICT", "")]),
        Link(None, doc, spans[("PROJECT", "")], "district", spans[("DISTRICT", "")], status="suggested",
             origin="clause"),
        Link(None, doc, spans[("AMOUNT", "")], "project", spans[("PROJECT", "")], status="suggested",
             origin="project")])
    return store


def state(store: Store) -> tuple[set, set]:
    spans = {a.id: a for d in store.documents() for a in store.annotations(d.id)}
    key = {i: (a.label, a.start, a.end, a.annotator) for i, a in spans.items()}
    got = {(a.label, a.start, a.end, a.text, json.dumps(a.value, sort_keys=True), a.status, a.origin, a.annotator)
           for a in spans.values()}
    links = {(key[k.source_id], k.kind, key.get(k.target_id), k.status, k.origin if k.status == "suggested" else "")
             for k in store.links()}
    return got, links


def test_a_jsonl_export_imported_into_a_new_project_gives_the_same_spans_statuses_and_links(tmp_path):
    with build(tmp_path / "p") as store:
        export(store, tmp_path / "all.jsonl", statuses=["accepted", "suggested"])
        before = state(store)
    lines = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line.get("status") for line in lines] == [None, None, "suggested", None]
    assert set(lines[1]) == {"doc", "start", "end", "label", "text", "value", "links"}  # the guide's gold line
    with Store.create(tmp_path / "q") as fresh:
        fresh.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT)))
        import_annotations(fresh, [tmp_path / "all.jsonl"])
        after = state(fresh)
    assert after[0] == before[0]
    assert {(s, k, t, st, o) for s, k, t, st, o in after[1]} == before[1]
    assert sorted(st for *_, st, _o in after[1]) == ["accepted", "suggested", "suggested"]


def test_rejected_spans_and_their_links_come_back_from_an_export_of_every_status(tmp_path):
    """``export --status accepted,rejected`` (or all three) read back into a new project: a rejected
    link to a rejected span was refused ("no DISTRICT span at … to link to"): the importer looked for
    the links' spans among the spans not rejected only."""
    with build(tmp_path / "p") as store:
        doc = store.documents()[0].id
        wrong = store.add_annotation(doc, 13, 15, "DISTRICT", status="rejected", origin="rules:district",
                                     value={"name": "松元"}).changes[0].after.id
        ids = {(a.label, a.start): a.id for a in store.annotations(doc)}
        stale = store.add_annotation(doc, 23, 25, "AMOUNT", status="rejected", origin="rules:amount",
                                     value={"yuan": 30}).changes[0].after.id
        store.add_links([
            Link(None, doc, ids[("TARGET", 21)], "district", wrong, status="rejected", origin="clause"),
            Link(None, doc, stale, "district", wrong, status="rejected", origin="clause"),
            Link(None, doc, stale, "district", ids[("DISTRICT", 0)], status="rejected", origin="nearest")])
        for statuses, name in ((["accepted", "rejected"], "decided.jsonl"),
                               (["accepted", "suggested", "rejected"], "all.jsonl")):
            export(store, tmp_path / name, statuses=statuses)
        before = state(store)
    for name in ("decided.jsonl", "all.jsonl"):
        with Store.create(tmp_path / name.replace(".", "_")) as fresh:
            fresh.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT)))
            report = import_annotations(fresh, [tmp_path / name])
            assert report.rejected == [], report.lines()
            after = state(fresh)
        expected = before if name == "all.jsonl" else (
            {s for s in before[0] if s[5] != "suggested"},
            {k for k in before[1] if k[2] is None or k[2][0] != "PROJECT" and k[0][0] != "PROJECT"})
        assert after[0] == expected[0], name
        assert after[1] == expected[1], name


def test_the_models_confidence_of_a_suggested_span_comes_back(tmp_path):
    """The model's confidence went unwritten: read back, every model suggestion had none, and the
    window's minimum confidence (``open_suggestions(below=…)``) kept or removed the wrong ones."""
    from annotator.core.review import open_suggestions

    with build(tmp_path / "p") as store:
        doc = store.documents()[0].id
        store.add_annotation(doc, 19, 21, "AMOUNT", status="suggested", origin="model", confidence=0.4237)
        store.add_annotation(doc, 5, 7, "TARGET", status="suggested", origin="model", confidence=0.91)
        export(store, tmp_path / "all.jsonl", statuses=["accepted", "suggested"])
        before = {(a.label, a.start, a.confidence) for a in store.annotations(doc)}
        low = {(a.label, a.start) for a in store.annotations(doc) if a.id in open_suggestions(store, below=0.5)}
    lines = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line.get("confidence") for line in lines if line.get("origin") == "model"] == [0.91, 0.4237]
    assert all("confidence" not in line for line in lines if line.get("origin") != "model")
    assert set(lines[0]) == {"doc", "start", "end", "label", "text", "value"}  # a span by hand: the guide's line
    with Store.create(tmp_path / "q") as fresh:
        doc = fresh.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT))).id
        report = import_annotations(fresh, [tmp_path / "all.jsonl"])
        assert report.rejected == [] and report.added == 6
        assert {(a.label, a.start, a.confidence) for a in fresh.annotations(doc)} == before
        assert {(a.label, a.start) for a in fresh.annotations(doc) if a.id in open_suggestions(fresh, below=0.5)} \
            == low == {("AMOUNT", 19)}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({**lines[1], "confidence": 3}, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store.create(tmp_path / "r") as other:
        other.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT)))
        report = import_annotations(other, [bad])
        assert [why for _f, _n, why in report.rejected] == ["confidence must be a number from 0 to 1, not 3"]

"""Two coders' links files, imported after both coders' spans (``import-annotations P a.jsonl
--annotator A``, ``… b.jsonl --annotator B``, then ``a.links.jsonl --annotator A``, ``b.links.jsonl
--annotator B``): each file's links join its own coder's spans. They went to whichever coder's span
at the place the store listed last — A's links onto B's spans, and B's file then added nothing
("already in the project"), B's links lost and A's shown as B's in the agreement."""
from __future__ import annotations

import json

from annotator.core.imports.annotations import import_annotations

TEXT = "湖里区投资55.1亿元建设松元产业园，思明区新增企业20家。"
HULI, SIMING = {"name": "湖里区", "code": "350206"}, {"name": "思明区", "code": "350203"}
SPANS = [(0, 3, "DISTRICT", "湖里区", {"name": "湖里区", "code": "350206"}), (5, 11, "AMOUNT", "55.1亿元", {}),
         (13, 18, "PROJECT", "松元产业园", {}), (19, 22, "DISTRICT", "思明区", {"name": "思明区", "code": "350203"}),
         (22, 29, "TARGET", "新增企业20家", {})]


def write(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def links(store):
    """{(source's annotator, source text, kind): (target text or district name, link's annotator)}."""
    spans = {a.id: a for a in store.annotations()}
    out = {}
    for k in store.links():
        source = spans[k.source_id]
        target = spans[k.target_id] if k.target_id is not None else None
        where = (target.annotator, target.text) if target is not None else k.value.get("name")
        out[(source.annotator, source.text, k.kind)] = (where, k.annotator)
    return out


def test_each_coders_links_file_joins_that_coders_spans(make_project, open_store, tmp_path):
    store = open_store(make_project(TEXT))
    spans = [{"doc": "a.txt", "start": s, "end": e, "label": lab, "text": t, "value": v} for s, e, lab, t, v in SPANS]
    a_spans, b_spans = write(tmp_path / "a.jsonl", spans), write(tmp_path / "b.jsonl", spans)
    import_annotations(store, [a_spans], annotator="A")
    import_annotations(store, [b_spans], annotator="B")
    a_links = write(tmp_path / "a.links.jsonl", [
        {"doc": "a.txt", "start": 5, "end": 11, "label": "AMOUNT", "district": HULI, "project": [13, 18]}])
    b_links = write(tmp_path / "b.links.jsonl", [  # B puts the sum in 思明区, for no project
        {"doc": "a.txt", "start": 5, "end": 11, "label": "AMOUNT", "district": SIMING, "project": None}])
    first = import_annotations(store, [a_links], annotator="A")
    second = import_annotations(store, [b_links], annotator="B")
    assert first.links == 2 and second.links == 1 and second.duplicates == 0
    assert links(store) == {
        ("A", "55.1亿元", "district"): (("A", "湖里区"), "A"),
        ("A", "55.1亿元", "project"): (("A", "松元产业园"), "A"),
        ("B", "55.1亿元", "district"): (("B", "思明区"), "B"),
    }

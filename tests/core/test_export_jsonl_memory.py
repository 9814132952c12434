"""A JSON Lines export of a big project is written as it is read: its memory does not grow with
the project (2,044,655 suggested spans and 1,452,737 links of 5,000 reports: peak 6.6 GB)."""
from __future__ import annotations

import tracemalloc

import pytest

from annotator.core.export.formats import export
from annotator.core.imports.text import sha256
from annotator.core.models import Document, Link, Suggestion
from annotator.core.store import Store

SENTENCE = "湖里区投资55.1亿元建设松元产业园。"


def build(folder, docs: int) -> Store:
    store = Store.create(folder)
    for n in range(docs):
        text = f"第{n}篇。" + SENTENCE * 20
        doc = store.add_document(Document(None, f"r{n}.txt", "", text, sha256(text)))
        at = [text.index(SENTENCE, k) for k in range(0, len(text), len(SENTENCE)) if SENTENCE in text[k:]]
        spans = [Suggestion(s, s + 3, "DISTRICT", "湖里区", {}, 0.9, "r", "r") for s in sorted(set(at))]
        spans += [Suggestion(s + 5, s + 11, "AMOUNT", "55.1亿元", {}, 0.9, "r", "r") for s in sorted(set(at))]
        store.add_suggestions(doc.id, spans)
        rows = store.annotations(doc.id)
        districts = [a for a in rows if a.label == "DISTRICT"]
        store.add_links([Link(None, doc.id, a.id, "district", districts[0].id, status="suggested", origin="clause")
                         for a in rows if a.label == "AMOUNT"])
    return store


@pytest.mark.parametrize("fmt", ["jsonl", "doccano"])
def test_a_jsonl_export_holds_one_document_at_a_time(tmp_path, fmt):
    small, big = build(tmp_path / "small", 10), build(tmp_path / "big", 100)
    try:
        peaks = []
        for store in (small, big):
            tracemalloc.start()
            try:
                summary = export(store, tmp_path / f"{store.folder.name}.jsonl", fmt, statuses=["suggested"])
                peaks.append(tracemalloc.get_traced_memory()[1])
            finally:
                tracemalloc.stop()
        lines = (tmp_path / "big.jsonl").read_text(encoding="utf-8").splitlines()
        assert summary == f"wrote {len(lines):,} line(s) to {tmp_path / 'big.jsonl'}"
        assert len(lines) == (100 * 40 if fmt == "jsonl" else 100)
        assert peaks[1] < 2.5 * peaks[0], peaks  # ten times the documents, not ten times the memory
    finally:
        small.close()
        big.close()

"""Column names of the tables a researcher loads into Stata: at most 32 characters, ASCII snake_case."""
from __future__ import annotations

import csv as pycsv
import re

from annotator.core.export.formats import export
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store


def test_metadata_columns_are_names_stata_takes_as_they_are(tmp_path):
    """--meta with a long key ("the province of the report in full") gave the column
    meta_the_province_of_the_report_in_fu, 37 characters: Stata takes at most 32 (pandas' to_stata
    renames it, Stata's import delimited makes it v#); keys alike ("my key", "my_key") stay apart."""
    text = "鼓楼区投资3亿元。"
    keys = ("the province of the report in full", "a" * 40, "a" * 41, "my key", "my_key", "作者", "编者")
    with Store.create(tmp_path / "p") as store:
        doc = store.add_document(Document(None, "a.txt", "t", text, sha256(text), char_count=len(text),
                                          metadata={k: str(i) for i, k in enumerate(keys)}))
        store.add_annotation(doc.id, 5, 8, "AMOUNT", value={"yuan": 300_000_000})
        out = tmp_path / "facts.csv"
        export(store, out, "facts")
    with open(out, encoding="utf-8-sig", newline="") as f:
        header = next(pycsv.reader(f))
    extra = [h for h in header if h.startswith("meta_")]
    assert len(extra) == len(keys) == len(set(extra))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]{0,31}", h) for h in header), header


def _header(store, out, doc_ids=None):
    export(store, out, "facts", doc_ids=doc_ids)
    with open(out, encoding="utf-8-sig", newline="") as f:
        return next(pycsv.reader(f))


def test_a_chinese_metadata_key_is_named_alike_in_every_export(tmp_path):
    """(A key with no ASCII letter was meta_<n>, numbered in the order the keys were met: 省份 was meta_2
    beside 批次, then meta_1 once 批次 was cleared from the first document, or in an export of the second
    document alone, and a do-file renaming meta_1 read the other key's values.)"""
    text = "鼓楼区投资3亿元。"
    with Store.create(tmp_path / "p") as store:
        ids = []
        for name, meta in (("a.txt", {"批次": "2", "省份": "福建"}), ("b.txt", {"省份": "江苏"})):
            doc = store.add_document(Document(None, name, "t", text + name, sha256(text + name),
                                              char_count=len(text) + 5, metadata=meta))
            store.add_annotation(doc.id, 5, 8, "AMOUNT", value={"yuan": 300_000_000})
            ids.append(doc.id)
        both = _header(store, tmp_path / "both.csv")
        second = _header(store, tmp_path / "second.csv", doc_ids=[ids[1]])
        store.set_document_metadata(ids[0], "batch", "2")
        store.set_document_metadata(ids[0], "批次", None)
        renamed = _header(store, tmp_path / "renamed.csv")
    assert [h for h in both if h.startswith("meta_")] == ["meta_62022646", "meta_fa126ae1"]
    assert [h for h in second if h.startswith("meta_")] == ["meta_fa126ae1"]
    assert sorted(h for h in renamed if h.startswith("meta_")) == ["meta_batch", "meta_fa126ae1"]

"""A gold or exported JSON line whose value holds a number no spreadsheet holds (10**400, which Python's json
reads as a whole number, or Infinity, which it reads as a float) was stored, and every export of the project
then failed with a traceback (OverflowError: int too large to convert to float, in the workbook's 亿元 column).
Such a line is refused, named with its key; the others of the file are stored."""
from __future__ import annotations

import json

from annotator.core.export.formats import export
from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store

TEXT = "湖里区投资55.1亿元，新增企业80家。"


def test_a_value_beyond_a_floats_range_is_refused_and_the_project_still_exports(tmp_path):
    line = {"doc": "a.txt", "start": 5, "end": 11, "label": "AMOUNT", "text": "55.1亿元"}
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join([
        json.dumps({**line, "value": {"yuan": int("9" * 400), "qualifier": None}}),
        json.dumps({**line, "value": {"yuan": 5_510_000_000}}).replace("5510000000", "Infinity"),
        json.dumps({"doc": "a.txt", "start": 12, "end": 19, "label": "TARGET", "text": "新增企业80家",
                    "value": {"quantity": 80, "unit": "家"}}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        store.add_document(Document(None, "a.txt", "", TEXT, sha256(TEXT)))
        report = import_annotations(store, [gold])
        assert [(n, why) for _f, n, why in report.rejected] == [
            (1, "value's yuan must be a number a spreadsheet can hold, not 99999999999999999999… (400 digits)"),
            (2, "value's yuan must be a number a spreadsheet can hold, not inf")]
        assert [(a.label, a.value) for a in store.annotations()] == [("TARGET", {"quantity": 80, "unit": "家"})]
        export(store, tmp_path / "out.xlsx")
        assert (tmp_path / "out.xlsx").stat().st_size > 0

"""A refused doccano line said the same reason once per span ("no label 'POLICY' …" three times):
now once, with how many spans it is."""
from __future__ import annotations

import json

from annotator.core.imports.annotations import AnnotationImportError, import_annotations
from annotator.core.store import Store

TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。"


def test_a_reason_shared_by_the_spans_of_a_line_is_said_once_with_the_count(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": TEXT, "label": [[0, 3, "POLICY"], [3, 6, "POLICY"], [6, 8, "POLICY"],
                                                        [30, 2, "DISTRICT"]]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        try:
            report = import_annotations(store, [path], status="accepted", annotator="x")
        except AnnotationImportError as e:
            report = e.report
        (_file, number, why), = report.rejected
        assert number == 1
        assert why.count("no label 'POLICY'") == 1
        assert why == (f"offsets 30-2 are outside the text or swapped; 3 span(s): no label 'POLICY' in "  # one span's:
                       f"{store.folder} (its labels: DISTRICT, PROJECT, AMOUNT, TARGET)")  # as it is


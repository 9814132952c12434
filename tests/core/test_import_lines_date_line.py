"""A document that a doccano line or a Label Studio task brings with it gets its ``date`` and ``year``
as a file's import gives them (``date_line.with_date_line``): the line's ``meta`` (a task's ``data.meta``)
where it gives them, else the report's date line (——2024年1月15日在…). Before, such a document got no
metadata at all: no date in the document list and the exports, and the former units and the plan's year
read from the text alone."""
from __future__ import annotations

import json

from annotator.core.imports.annotations import import_annotations
from annotator.core.store import Store

TEXT = ("滨州市政府工作报告\n——2014年12月29日在滨州市第十二届人民代表大会第三次会议上\n"
        "湖里区计划投资55.1亿元建设松元产业园。")


def _imported(tmp_path, name: str, content: str) -> dict[str, object]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with Store.create(tmp_path / f"p-{name}") as store:
        report = import_annotations(store, [path])
        assert not report.rejected, report.rejected
        (doc,) = store.documents()
        return store.document(doc.id).metadata


def test_a_doccano_lines_document_takes_its_date_line(tmp_path):
    line = {"text": TEXT, "label": [[0, 3, "DISTRICT"]]}
    assert _imported(tmp_path, "d.jsonl", json.dumps(line, ensure_ascii=False) + "\n") == {
        "date": "2014-12-29", "year": "2015"}  # given in December: the plan's year


def test_a_label_studio_tasks_document_takes_its_date_line(tmp_path):
    task = [{"id": 1, "data": {"text": TEXT}, "annotations": [{"result": [
        {"value": {"start": 0, "end": 3, "text": "滨州市", "labels": ["DISTRICT"]}, "id": "a",
         "from_name": "label", "to_name": "text", "type": "labels"}]}]}]
    assert _imported(tmp_path, "t.json", json.dumps(task, ensure_ascii=False)) == {
        "date": "2014-12-29", "year": "2015"}


def test_a_date_the_line_gives_wins_and_a_text_without_a_date_line_gets_none(tmp_path):
    given = {"text": TEXT, "label": [], "meta": {"date": "2015-01-05", "title": "x"}}
    assert _imported(tmp_path, "g.jsonl", json.dumps(given, ensure_ascii=False) + "\n") == {
        "date": "2015-01-05", "title": "x"}  # its other keys too (test_import_lines_metadata.py)
    plain = {"text": "湖里区计划投资55.1亿元建设松元产业园。", "label": [[0, 3, "DISTRICT"]]}
    assert _imported(tmp_path, "n.jsonl", json.dumps(plain, ensure_ascii=False) + "\n") == {}

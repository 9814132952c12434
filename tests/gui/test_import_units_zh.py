"""The window's warning after an import that stored part of a Label Studio file counts its refused tasks,
not lines (it said "1 rejected line(s)", 1 行被拒绝), in English and Chinese; a workbook's refused rows are rows."""
from __future__ import annotations

import json

import pytest

from annotator.core.imports.annotations import import_annotations
from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.gui import i18n
from annotator.gui.annotation_summaries import import_lines, partly_done


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([{"data": {"text": "思明区"}, "annotations": [{"result": [
        {"id": f"r{end}", "type": "labels", "value": {"start": 0, "end": end, "labels": ["DISTRICT"]}}]}]}
        for end in (3, 9)], ensure_ascii=False), encoding="utf-8")
    with Store.create(tmp_path / "p") as store:
        store.add_document(Document(None, "a.txt", "t", "思明区", sha256("思明区")))
        return import_annotations(store, [path])


def test_a_label_studio_files_refused_tasks_are_tasks(qapp, report):
    assert partly_done(report)[2] == "Not stored: 1 rejected task(s) (each is said below)."


def test_in_chinese(qapp, report):
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        said = partly_done(report)
        lines = import_lines(report.lines())
        rows = import_lines(["rejected book.xlsx row 3: Annotations sheet: no document named 'x.txt' in the project"])
    finally:
        assert i18n.install_translator(qapp, "en")
    assert said[2] == "未存入：1 个任务被拒绝（详见下文）。", said
    assert "ls.json：部分导入：存入 1 条标注；拒绝 1 个任务" in lines, lines
    assert rows[0].startswith("拒绝了 book.xlsx 第 3 行："), rows

"""A Label Studio export with predictions imported through the Chinese window (Project › Import annotations…):
the report says in Chinese how many suggestions and suggested links its predictions gave and how many were
left aside, and the annotation list names a prediction's suggestion by its origin and reason in Chinese."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt

from annotator.gui.models.annotation_table import ORIGIN, TEXT
from tests.gui.test_annotation_import_bad_zh import NAMES, english_left, import_through_the_menu, shown

__all__ = ["shown"]  # the fixture: the Chinese window's boxes

TEXT_OF_TASK = "思明区投资12亿元建设软件园三期。"


def region(rid, start, end, label, **extra):
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": TEXT_OF_TASK[start:end], "labels": [label]}, **extra}


def test_the_predictions_of_a_label_studio_file_are_said_in_chinese(window, shown, store, tmp_path, monkeypatch):
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([{
        "data": {"text": TEXT_OF_TASK, "name": "ls.txt"},
        "annotations": [{"completed_by": 1, "result": [region("a", 5, 9, "AMOUNT")]}],
        "predictions": [{"model_version": "v3", "score": 0.8, "result": [
            region("p", 0, 3, "DISTRICT", score=0.9), region("q", 5, 8, "AMOUNT"),  # q: the coder's 5-9 decided it
            {"from_id": "q", "to_id": "p", "type": "relation", "labels": ["district"]}]}]}], ensure_ascii=False),
        encoding="utf-8")
    import_through_the_menu(window, monkeypatch, path)
    (text,) = shown
    assert "从 Label Studio 的预标注（predictions）中新增 1 条待审建议和 0 条建议关联，等待接受或拒绝" in text, text
    assert "搁置了 Label Studio 预标注中的 2 个区域或关系" in text, text
    assert "来自其预标注的 1 条建议" in text, text
    for line in text.splitlines():
        assert not english_left(line, tmp_path) - NAMES - {"Label", "Studio", "predictions"}, line

    doc_id = store.document_id_by_name("ls.txt")
    (suggestion,) = [a for a in store.annotations(doc_id) if a.status == "suggested"]
    assert (suggestion.text, suggestion.origin, suggestion.confidence) == ("思明区", "label-studio", 0.9)
    window.open_document(doc_id)
    model = window.ann_model
    row = model.row_of(suggestion.id)
    assert model.index(row, ORIGIN).data() == "Label Studio 预标注"
    assert "Label Studio：模型 v3 的预标注" in model.index(row, TEXT).data(Qt.ItemDataRole.ToolTipRole)

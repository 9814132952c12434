"""Project › Import annotations… of a gold line over a span the project held before (accepted): the
Chinese window says that the other span is the project's, and what to do (core/imports/jsonl_lines.refused)."""
from __future__ import annotations

import json

from tests.gui.test_annotation_import_bad_zh import english_left, import_through_the_menu, shown

__all__ = ["shown"]  # the fixture: the Chinese window's boxes


def test_the_projects_span_is_named_in_chinese(window, shown, tmp_path, monkeypatch):
    store = window.store
    doc = next(d for d in store.documents() if d.name == "a.txt")
    (park,) = [a for a in store.annotations() if a.document_id == doc.id and a.text == "松元产业园"]
    store.update_annotation(park.id, status="accepted", annotator="tester")  # accepted by the window's user
    at = store.document(doc.id).text.index("建设松元产业园")
    gold = tmp_path / "gold.jsonl"
    line = {"doc": "a.txt", "start": at, "end": at + 7, "label": "PROJECT", "text": "建设松元产业园"}
    gold.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    import_through_the_menu(window, monkeypatch, gold)
    said = "\n".join(shown)
    assert (f"第 1 行：项目 '建设松元产业园'（{at}-{at + 7}）与项目 '松元产业园'（{at + 2}-{at + 7}）重叠，"
            "后者是本次导入前标注工程中已有的标注（已接受）：同一标注者同一标签的标注不能重叠；"
            "要两者都保留，请以编码员的名义导入该文件（命令行用 --annotator 姓名，"
            "窗口中填“导入标注”对话框的“标注者姓名”），否则请先拒绝那条已有的标注") in said, said
    for row in said.splitlines():
        assert not english_left(row, tmp_path, store.folder), row
    assert [a.status for a in store.annotations() if a.id == park.id] == ["accepted"]

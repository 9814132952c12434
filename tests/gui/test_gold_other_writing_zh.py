"""Gold in simplified characters imported through the Chinese window into a report held in traditional ones
(Project › Import annotations…): the note that its lines were taken as the document writes them is said in
Chinese, as the rest of the import's report is."""
from __future__ import annotations

import json

from tests.gui.conftest import open_text
from tests.gui.test_annotation_import_bad_zh import import_through_the_menu, said_in_chinese, shown

__all__ = ["shown"]  # the fixture: the Chinese window's boxes


def test_gold_in_the_other_writing_is_said_in_chinese(window, store, shown, qtbot, tmp_path, monkeypatch):
    doc = open_text(window, store, qtbot, "湖裡區將加快推進松元產業園二期建設。", name="t.txt")
    path = tmp_path / "s.gold.jsonl"
    path.write_text(json.dumps({"doc": "t.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "湖里区"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    import_through_the_menu(window, monkeypatch, path)
    assert [a.text for a in store.annotations(doc)] == ["湖裡區"]
    note = ("s.gold.jsonl：1 行给出的是其文档文字的另一种写法（湖里区 即 t.txt 中的 湖裡區）："
            "视为同一文字，按文档的写法记下")
    assert any(note in text for text in shown), shown
    said_in_chinese(shown, tmp_path)

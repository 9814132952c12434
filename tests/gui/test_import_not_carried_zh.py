"""A project's doccano lines imported through the Chinese window (Project › Import annotations…) say once, in
Chinese, what such a file cannot bring and the menu that sends a project whole (core/imports/not_carried.py,
gui/summaries_not_carried.py): before, the window said what came and nothing of the statuses, coders, links,
notes and done marks left behind."""
from __future__ import annotations

import json

from annotator.core.store import Store
from tests.gui.test_annotation_import_bad_zh import import_through_the_menu, said_in_chinese, shown

__all__ = ["shown"]  # the fixture: the Chinese window's boxes

LINES = [{"id": 1, "name": "x.txt", "text": "厦门市湖里区投资3亿元。", "label": [[3, 6, "DISTRICT"]],
          "meta": {"values": [[3, 6, "DISTRICT", {"name": "湖里区", "code": "350206"}]]}},
         {"id": 2, "name": "y.txt", "text": "思明区、集美区同步推进。", "label": [[0, 3, "DISTRICT"]],
          "meta": {"values": []}}]


def test_a_doccano_export_says_once_in_chinese_what_it_cannot_bring(window, shown, tmp_path, monkeypatch):
    path = tmp_path / "sent.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in LINES), encoding="utf-8")
    import_through_the_menu(window, monkeypatch, path)
    with Store.open(window.store.folder) as store:
        assert {a.text for a in store.annotations()} >= {"湖里区", "思明区"}
    said = [line for text in shown for line in text.splitlines() if "完成标记" in line]
    assert said == ["sent.jsonl：doccano 文件不含状态、编码员、来源、关联、标注备注和完成标记："
                    "其标注以同一状态导入到同一层；“标注工程 › 团队协作 › 分发标注包…”"
                    "（勾选“包含全部标注和关联及其标注者”）可保留除完成标记外的全部内容"], shown
    said_in_chinese(shown, tmp_path)  # the window names its menu where the terminal's line names the command

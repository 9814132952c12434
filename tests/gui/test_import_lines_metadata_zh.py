"""Doccano lines imported through the Chinese window (Project › Import annotations…): what the import says of
their ``meta`` (core/imports/line_metadata.py) — a value refused for a new document, a document the project
holds that keeps its own metadata — is said in Chinese, as the rest of the import's report is."""
from __future__ import annotations

import json

from tests.gui.conftest import open_text
from tests.gui.test_annotation_import_bad_zh import import_through_the_menu, shown

__all__ = ["shown"]  # the fixture: the Chinese window's boxes

HELD = "河池市政府工作报告\n全年投资55.1亿元建设工业园。\n"
NEW = "宜州市政府工作报告\n全年投资9亿元建设大任产业园。\n"


def test_what_the_lines_meta_gave_is_said_in_chinese(chinese_of_checkout, window, store, shown, qtbot, tmp_path,
                                                     monkeypatch):
    doc = open_text(window, store, qtbot, HELD, name="held.txt")
    store.set_document_metadata(doc, "jurisdiction", "河池市")
    path = tmp_path / "d.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in (
        {"text": HELD, "label": [], "meta": {"jurisdiction": "宜州市"}},
        {"text": NEW, "label": [], "name": "new.txt", "meta": {"year": "x2015", "source": "宜州日报"}})),
        encoding="utf-8")
    import_through_the_menu(window, monkeypatch, path)
    assert store.document(doc).metadata == {"jurisdiction": "河池市"}  # kept
    (new,) = [d for d in store.documents() if d.name == "new.txt"]
    assert new.metadata == {"source": "宜州日报"}
    said = "\n".join(shown)
    assert "d.jsonl 第 2 行：元数据 year（年份）须是 1800 到 2099 之间的数字年份，而不是 'x2015'；未采用" in said, said
    assert ("d.jsonl：标注工程中已有的 1 个文档保留其元数据，文件给出的与之不同（held.txt: jurisdiction '河池市'"
            in said), said  # the differences themselves as the core words them (keys and values)

"""More reasons an annotation import gives, said in Chinese (the rules of gui/line_reasons.py and
gui/core_errors_annotations.py): a link refused for want of the span it joins names the label as
the window does (地区, not DISTRICT; a user's own label by its name)."""
from __future__ import annotations

import json

from annotator.gui import annotation_summaries
from tests.gui.test_annotation_import_bad_zh import XA, gold, import_through_the_menu, said_in_chinese, shown

__all__ = ["shown"]  # the fixture: the Chinese window's boxes


def test_a_link_to_no_span_names_the_label_as_the_window_does(window, shown, tmp_path, monkeypatch):
    reasons: list[str] = []
    said = annotation_summaries.line_reason
    monkeypatch.setattr(annotation_summaries, "line_reason", lambda text: reasons.append(text) or said(text))
    lines = [gold(label="AMOUNT", start=0, end=2, text="展望",
                  links=[{"kind": "district", "start": XA, "end": XA + 3, "label": "DISTRICT"}]),
             gold(label="AMOUNT", start=0, end=2, text="展望",
                  links=[{"kind": "project", "start": XA, "end": XA + 3, "label": "PROJECT"}])]
    path = tmp_path / "links.gold.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    import_through_the_menu(window, monkeypatch, path)
    assert f"no DISTRICT span at {XA}-{XA + 3} to link to" in reasons  # as the core said it
    text = "\n".join(shown)
    assert f"位于 {XA}-{XA + 3} 处没有可关联到的 地区 标注" in text
    assert f"位于 {XA}-{XA + 3} 处没有可关联到的 项目 标注" in text
    assert "DISTRICT" not in text and "PROJECT" not in text
    said_in_chinese(shown, tmp_path)


def test_a_label_of_the_users_own_keeps_its_name_in_a_link_reason(window, shown):
    from annotator.gui.line_reasons import line_reason

    assert line_reason("no POLICY span at 3-6 to link to") == "位于 3-6 处没有可关联到的 POLICY 标注"
    assert line_reason("the AMOUNT span at 3-6 was rejected or relabelled") == "位于 3-6 的 金额 标注已被拒绝或改了标签"
    assert line_reason("no TARGET span at 3-6 in a.txt to link") == "a.txt 中位于 3-6 处没有可关联的 目标 标注"

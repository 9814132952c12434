"""More reasons an annotation import gives, said in Chinese (the rules of gui/line_reasons.py and
gui/core_errors_annotations.py): a link refused for want of the span it joins names the label as
the window does (地区, not DISTRICT; a user's own label by its name), and a workbook refused as a
possible zip bomb, or a folder named as a file, is said in Chinese."""
from __future__ import annotations

import json
import re
import zipfile

from annotator.core.imports import xlsx_package
from annotator.gui import annotation_summaries
from annotator.gui import core_errors_annotations as rules_of
from annotator.gui.line_reasons import _rules as line_rules
from tests.gui.test_annotation_import_bad_zh import XA, gold, import_through_the_menu, said_in_chinese, shown

__all__ = ["shown"]  # the fixture: the Chinese window's boxes

# the reasons a whole file is refused that the test of bad files does not meet: met here
ZIP_BOMB = {p for p, _t, _k in rules_of._files() if "zip bomb" in p or "is a folder" in p}


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
    # as the core said it: the window imports under the name in its field (the user's), only theirs joined
    assert f"tester has no DISTRICT span at {XA}-{XA + 3} to link to" in reasons
    text = "\n".join(shown)
    assert f"tester 在 {XA}-{XA + 3} 处没有可关联到的 地区 标注" in text
    assert f"tester 在 {XA}-{XA + 3} 处没有可关联到的 项目 标注" in text
    assert "DISTRICT" not in text and "PROJECT" not in text
    said_in_chinese(shown, tmp_path)


def test_a_label_of_the_users_own_keeps_its_name_in_a_link_reason(window, shown):
    from annotator.gui.line_reasons import line_reason

    assert line_reason("no POLICY span at 3-6 to link to") == "位于 3-6 处没有可关联到的 POLICY 标注"
    assert line_reason("王芳 has no POLICY span at 3-6 to link") == "王芳 在 3-6 处没有可关联的 POLICY 标注"
    assert line_reason("the AMOUNT span at 3-6 was rejected or relabelled") == "位于 3-6 的 金额 标注已被拒绝或改了标签"
    assert line_reason("no TARGET span at 3-6 in a.txt to link") == "a.txt 中位于 3-6 处没有可关联的 目标 标注"


def test_a_possible_zip_bomb_and_a_folder_are_refused_in_chinese(window, shown, tmp_path, monkeypatch):
    reasons: list[str] = []
    said = annotation_summaries.line_reason
    monkeypatch.setattr(annotation_summaries, "line_reason", lambda text: reasons.append(text) or said(text))
    book = tmp_path / "book.xlsx"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("xl/workbook.xml", "<x/>")
        z.writestr("xl/sharedStrings.xml", "<sst>" + "<si><t>a</t></si>" * 20 + "</sst>")
    limits = [("MAX_XLSX_UNCOMPRESSED", 100), ("MAX_XLSX_PART", 100), ("MAX_XLSX_STRINGS", 10)]
    for name, small in limits:  # each limit of the package check met in turn, the others as shipped
        with monkeypatch.context() as m:
            m.setattr(xlsx_package, name, small)
            import_through_the_menu(window, monkeypatch, book)
    folder = tmp_path / "金标准"
    folder.mkdir()
    import_through_the_menu(window, monkeypatch, folder)
    assert len(shown) == len(limits) + 1
    unmet = {p for p in ZIP_BOMB if not any(re.fullmatch(p, r) for r in reasons)}
    assert not unmet and len(ZIP_BOMB) == 4
    known = [p for p, _t, _k in line_rules()]
    assert all(any(re.fullmatch(p, r) for p in known) for r in reasons)
    text = "\n".join(shown)
    assert "疑为 zip 炸弹，已拒绝" in text and "含有超过 10 个共享字符串" in text
    assert "是文件夹；请选择其中的标注文件（.json、.jsonl 或 .xlsx）" in text  # (not ".json, .jsonl")
    assert re.search(r"解压后为 [\d.]+ MB（超过 [\d.]+ MB）", text)
    assert "其中的 xl/sharedStrings.xml 解压后为" in text  # the part's name in the package, as it is
    # MB: a unit Chinese writes so too
    said_in_chinese([t.replace(" MB", "").replace("xl/sharedStrings.xml", "") for t in shown], tmp_path)


def test_a_value_no_spreadsheet_holds_is_refused_in_chinese(window, shown):
    from annotator.gui.line_reasons import line_reason

    assert line_reason("value's yuan must be a number a spreadsheet can hold, not inf") == \
        "value 的字段 yuan 必须是电子表格能容纳的数，而不是 inf"

"""A Label Studio export the import refuses, task by task or whole, imported through the Chinese window
(Project › Import annotations…): each reason the window shows is Chinese (gui/core_errors_label_studio.py),
but for the file's region ids, labels, names and the texts it quotes."""
from __future__ import annotations

import json
import re

from annotator.gui import annotation_summaries, core_errors
from annotator.gui import core_errors_label_studio as rules_of
from annotator.gui.line_reasons import _rules as line_rules
from tests.gui.test_annotation_import_bad_zh import english_left, import_through_the_menu, shown

__all__ = ["shown"]  # the fixture: the Chinese window's boxes

A = "厦门市湖里区计划投资55.1亿元建设松元产业园。\n力争新增80家国家级高新技术企业，集美区新增10家规上工业企业。\n"
ASTRAL = "𠮷野家在厦门市湖里区投资3亿元。"  # 𠮷: one code point, two UTF-16 units


def region(rid, start, end, label="DISTRICT", **value):
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "labels": [label], **value}}


def task(text, *results, **data):
    return {"data": {"text": text, **data}, "annotations": [{"result": list(results)}]}


BAD_TASKS = [
    ["not", "a", "task"],
    {"data": {"txt": A}, "annotations": []},
    {"data": {"text": A}, "annotations": {"result": []}},
    {"data": {"text": A}, "annotations": [3]},
    task("新的一篇：思明区投资", region("x", 5, 8), region("y", 8, 40, "AMOUNT")),
    task(A, region("t", 0, 3, text="湖里区")),
    task(ASTRAL, region("u", 8, 11, text="湖里区")),  # offsets as an old Label Studio counted: UTF-16 units
    task(A, {"id": "v", "type": "labels", "value": {"start": 0, "end": 3, "labels": "DISTRICT"}}),
    task(A, region("r0", 16, 21, "PROJECT"), {"from_id": "r0", "to_id": "gone", "type": "relation"}),
    task(A, region("r0", 16, 21, "PROJECT"), region("r1", 3, 6),
         {"from_id": "r1", "to_id": "r0", "type": "relation", "labels": ["similar"]}),
    task("又一篇。", name="a.txt"),  # the project's a.txt holds another text
    task("另一篇：思明区", region("w", 4, 7, "CITY")),  # a label the project lacks
    task(A, region("p", 50, 99), region("q", 60, 99)),  # two reasons in one task
    task(A, region("s", 60, 99), region("s", 60, 99)),  # one reason two regions share
    {"data": {"text": A}, "predictions": {"result": []}},  # a task's predictions: Label Studio's pre-annotations
    {"data": {"text": A}, "predictions": [3]},
    {"data": {"text": A}, "predictions": [{"model_version": "v3", "result": [region("z", 50, 99)]}]},
    task(A, region("m0", 0, 3), {**region("m1", 16, 21), "value": {"start": 16, "end": 21, "labels": ["PROJECT",
                                                                                                  "DISTRICT"]}},
         {"from_id": "m0", "to_id": "m1", "type": "relation"}),  # a region of several labels (choice="multiple")
]
# Label Studio's own names a Chinese line keeps: the program, its Text tag, the keys of its tasks
LABEL_STUDIO = {"Label", "Studio", "Text", "data", "annotations", "labels", "result", "predictions"}
BAD_FILES = {"broken.json": "[{not json", "lines.json": '[{"data": {"text": "厦门"}}]\n{"doc": "a.txt"}\n',
             "deep.json": "[" * 100_000, "long.json": "[" + "9" * 5000 + "]", "object.json": '{"text": "厦门"}'}


def test_every_reason_a_label_studio_file_is_refused_for_is_said_in_chinese(window, shown, tmp_path, monkeypatch):
    reasons: list[str] = []
    said = annotation_summaries.line_reason
    monkeypatch.setattr(annotation_summaries, "line_reason", lambda text: reasons.append(text) or said(text))
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(BAD_TASKS, ensure_ascii=False), encoding="utf-8")
    import_through_the_menu(window, monkeypatch, path)
    for name, text in BAD_FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        import_through_the_menu(window, monkeypatch, tmp_path / name)
    (tmp_path / "gbk.json").write_bytes(b'[{"data": {"text": "\xff\xfe"}}]')  # text in no encoding (GBK is read)
    import_through_the_menu(window, monkeypatch, tmp_path / "gbk.json")
    assert len(shown) == 2 + len(BAD_FILES)
    text = "\n".join(shown)
    for chinese in ("第 1 个任务：每个任务都必须是一个 JSON 对象",
                    '第 2 个任务：该任务没有文本（其 "data" 中需要 "text"，即 Text 标签的 value="$text"）',
                    "第 5 个任务：区域 'y'：位置 8-40 超出文本范围（共 10 个字符）或前后颠倒",
                    "第 10 个任务：关系 'r1'→'r0'（地区 到 项目）不能成为关联：地区关联从项目、金额或目标指向地区",
                    "第 11 个任务：标注工程中的文档 'a.txt' 是另一段文本：该任务的位置与它不符",
                    "第 12 个任务：" + str(window.store.folder) + " 中没有标签 'CITY'",
                    "第 13 个任务：区域 'p'：位置 50-99 超出文本范围（共 58 个字符）或前后颠倒；区域 'q'：位置 60-99",
                    "第 14 个任务：2 条标注：区域 's'：位置 60-99 超出文本范围",
                    "第 15 个任务：字段 predictions 必须是列表",
                    '第 16 个任务：predictions 中的第 1 项不是 {"result": […]}',
                    "第 17 个任务：第 1 个预标注：区域 'z'：位置 50-99 超出文本范围（共 58 个字符）或前后颠倒",
                    "第 18 个任务：关系 'm0'→'m1'（地区 到 项目/地区）不能成为关联",
                    "broken.json：导入失败，未存入任何内容：不是有效的 JSON（第 1 行第 3 列有误）；",
                    "gbk.json：导入失败，未存入任何内容：第 1 行：按所试的各种编码（UTF-8、GB18030、Big5、UTF-16）"
                    "都读不出文本（该行第 21 个字节不是 UTF-8）：请在文本编辑器中打开该文件，"
                    "另存为 UTF-8 编码后再试；未从中存入任何内容"):
        assert chinese in text, chinese
    for line in text.splitlines():
        assert not english_left(line, tmp_path, window.store.folder) - LABEL_STUDIO, line
    every = line_rules() + core_errors.rules()
    assert not [r for r in reasons if not any(re.fullmatch(p, r) for p, _t, _k in every)]
    unmet = {p for p, _t, _k in rules_of.label_studio_rules() if not any(re.fullmatch(p, r) for r in reasons)}
    assert not unmet  # each rule met by a task or file above

"""Label Studio's JSON in the window: the export dialog lists it, names the file .json and writes the
tasks with the labeling config beside them; what the export and an import of it say reads in Chinese."""
from __future__ import annotations

import json

import pytest
from dialog_helpers import add_doc

from annotator.core.imports.annotations import import_annotations
from annotator.gui import i18n
from annotator.gui.annotation_summaries import import_lines
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.summaries import summary_text


@pytest.fixture
def chinese(qapp):
    assert i18n.install_translator(qapp, "zh_CN")
    yield
    assert i18n.install_translator(qapp, "en")


def test_the_export_dialog_writes_label_studio_tasks_and_their_config(qtbot, store, tmp_path, sync_tasks):
    doc = add_doc(store, "a.txt", "𠮷集美区投资5亿元建设软件园。")
    store.add_annotation(doc, 1, 4, "DISTRICT")
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    titles = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert "Label Studio JSON (tasks with text spans and relations)" in titles
    dialog.path.setText(str(tmp_path / "out.jsonl"))
    dialog.set_format("label-studio")
    out = tmp_path / "out.json"
    assert dialog.path.text() == str(out)  # the suffix follows the format
    summary = dialog.export()
    assert summary is not None and summary.startswith(f"wrote 1 task(s) to {out}\n")
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert task["annotations"][0]["result"][0]["value"] == {"start": 1, "end": 4, "text": "集美区",
                                                             "labels": ["DISTRICT"]}
    assert (tmp_path / "out.label-config.xml").is_file()


def test_what_the_export_and_the_import_say_reads_in_chinese(chinese, store, tmp_path):
    said = summary_text("wrote 2 task(s) to /p/out.json\nLabel Studio's labeling config for them: "
                        "/p/out.label-config.xml (paste it in Label Studio's project settings, Labeling Interface, "
                        "Code, before importing the tasks)")
    assert said.splitlines() == ["已将 2 个任务写入 /p/out.json",
                                 "它们在 Label Studio 中所需的标注配置：/p/out.label-config.xml（导入任务前，请粘贴到 "
                                 "Label Studio 项目设置的 Labeling Interface 中的 Code 处）"]
    add_doc(store, "a.txt", "集美区")
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([{"data": {"text": "集美区"}, "annotations": [{"result": [
        {"id": "b", "type": "labels", "value": {"start": 0, "end": 9, "labels": ["DISTRICT"]}}]}]}]),
        encoding="utf-8")
    shown = import_lines(import_annotations(store, [path]).lines())
    assert f"拒绝了 {path} 第 1 个任务：" in "\n".join(shown) and "拒绝 1 个任务" in "\n".join(shown), shown

"""Gold files beside the reports, as the shared reports' folder holds them (binzhou_2024.txt and
binzhou_2024.gold.jsonl): Import folder… read the reports and said nothing of the gold (the command line
names them); a gold file chosen with Import files… (All files) was refused as "annotations … they go in with
'annotator import-annotations PROJECT FILE'", a command for a terminal the window's user may not have,
where dropping it on the window offers it Project › Import annotations…."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QProgressDialog

from annotator.gui.dialogs.annotation_import_dialog import AnnotationImportDialog

REPORT = "滨州市2024年政府工作报告。\n全市完成投资55.1亿元，建设松元产业园。\n"


@pytest.fixture
def folder(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for city in ("binzhou", "hechi"):
        (reports / f"{city}.txt").write_text(REPORT.replace("滨州市", "河池市" if city == "hechi" else "滨州市"),
                                            encoding="utf-8")
    start = REPORT.index("55.1亿元")
    (reports / "binzhou.gold.jsonl").write_text(json.dumps(
        {"doc": "binzhou.txt", "start": start, "end": start + 6, "label": "AMOUNT", "text": "55.1亿元"},
        ensure_ascii=False) + "\n", encoding="utf-8")
    (reports / "binzhou.links.jsonl").write_text("", encoding="utf-8")
    return reports


def _import_folder(window, monkeypatch, folder) -> str:
    window.settings.suggest_on_import = False
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    window.window_actions["import_folder"].trigger()
    return window.statusBar().currentMessage()


def test_import_folder_names_the_gold_files_beside_the_reports(window, monkeypatch, folder, sync_tasks):
    said = _import_folder(window, monkeypatch, folder)
    assert said == ("imported 2 document(s); The folder also holds 2 annotation file(s) (.jsonl), which importing "
                    "articles does not read: Project › Import annotations… reads them.")
    assert not window.errors


def test_in_chinese(window, monkeypatch, folder, sync_tasks):
    window.commands.set_language("zh_CN")
    try:
        said = _import_folder(window, monkeypatch, folder)
    finally:
        window.commands.set_language("en")
    assert said == ("已导入 2 篇文档；该文件夹中还有 2 个标注文件（.jsonl），导入文章时不会读取它们："
                    "请用 标注工程 › 导入标注… 导入。")


def test_a_folder_without_gold_says_only_the_count(window, monkeypatch, folder, sync_tasks):
    for gold in folder.glob("*.jsonl"):
        gold.unlink()
    assert _import_folder(window, monkeypatch, folder) == "imported 2 document(s)"


def test_a_gold_file_chosen_with_the_report_goes_to_import_annotations(window, monkeypatch, folder, store,
                                                                       sync_tasks):
    """Import files… with the report and its gold chosen (the dialog's All files): the report is imported,
    the gold offered the import of annotations (its options dialog), and its span stored."""
    window.settings.suggest_on_import = False
    chosen = [str(folder / "binzhou.txt"), str(folder / "binzhou.gold.jsonl")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (chosen, ""))
    offered: list[list[str]] = []

    def accept(dialog: AnnotationImportDialog) -> int:
        offered.append(dialog.files)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationImportDialog, "exec", accept)
    boxes: list[str] = []
    monkeypatch.setattr("annotator.gui.messages.warning", lambda _p, _t, text, *_a, **_k: boxes.append(text))
    monkeypatch.setattr("annotator.gui.messages.information", lambda *_a, **_k: None)
    window.window_actions["import_files"].trigger()
    QApplication.processEvents()
    assert offered == [[chosen[1]]] and not boxes and not window.errors
    doc = next(d for d in store.documents() if d.name == "binzhou.txt")
    assert [(a.label, a.text) for a in store.annotations(doc.id)] == [("AMOUNT", "55.1亿元")]
    assert not isinstance(QApplication.activeModalWidget(), QProgressDialog)

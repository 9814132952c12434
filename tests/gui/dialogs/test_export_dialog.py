"""The export dialog: every format, in the background or not, refusals and failed writes."""
from __future__ import annotations

import json

import pytest
from dialog_helpers import add_doc
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from annotator.core.store import Store
from annotator.gui import tasks
from annotator.gui.dialogs.export_dialog import ExportDialog


def _annotated(store: Store) -> tuple[int, int]:
    a = add_doc(store, "a.txt", "集美区投资5亿元建设软件园。")
    b = add_doc(store, "b.txt", "海沧区新增就业1万人。")
    store.add_annotation(a, 0, 3, "DISTRICT")
    store.add_annotation(a, 5, 8, "AMOUNT", status="suggested", origin="suggester")
    store.add_annotation(b, 0, 3, "DISTRICT")
    return a, b


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "thread"])
def test_export_dialog_writes_jsonl(qtbot, store, tmp_path, monkeypatch, sync):
    monkeypatch.setattr(tasks, "SYNC", sync)
    a, _b = _annotated(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    out = tmp_path / "out.jsonl"
    dialog.pick_path = lambda suggested: str(out)
    dialog.browse.click()
    dialog.some_docs.setChecked(True)
    dialog.documents.setCurrentIndex(dialog.documents.model().index(0, 0))
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Space)  # a.txt ticked
    summary = dialog.export()
    assert summary == (f"wrote 1 line(s) to {out}\nnote: 1 open suggestion(s) were left out; review them, or "
                       "export the status suggested too")  # a.txt's AMOUNT, still suggested
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"doc": "a.txt", "start": 0, "end": 3, "label": "DISTRICT", "text": "集美区", "value": {}}]
    assert dialog.result_line.text() == summary


def test_export_dialog_doccano_with_suggestions(qtbot, store, tmp_path, sync_tasks):
    _annotated(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.set_format("doccano")
    assert dialog.path.text().endswith(".jsonl")
    dialog.path.setText(str(tmp_path / "d.jsonl"))
    dialog.status_boxes["suggested"].setChecked(True)
    assert dialog.export().startswith("wrote 2 line(s)")
    first = json.loads((tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["label"] == [[0, 3, "DISTRICT"], [5, 8, "AMOUNT"]]


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "conll"])
def test_export_dialog_writes_every_format(qtbot, store, tmp_path, sync_tasks, fmt):
    pytest.importorskip(f"annotator.core.export.{fmt}")
    _annotated(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "out.jsonl"))
    dialog.set_format(fmt)
    out = tmp_path / f"out.{fmt}"
    assert dialog.path.text() == str(out)  # the suffix follows the format
    summary = dialog.export()
    assert summary is not None and summary.startswith("wrote") and out.stat().st_size > 0


def test_export_dialog_refuses_an_empty_choice(qtbot, store, tmp_path, shown, sync_tasks):
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.status_boxes["accepted"].setChecked(False)
    assert dialog.export() is None
    assert shown and shown[-1][0] == "Nothing exported"


def test_export_dialog_reports_a_failed_write(qtbot, store, tmp_path, shown, sync_tasks):
    _annotated(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "no-such-folder" / "x" / "out.jsonl"))
    (tmp_path / "no-such-folder").write_text("a file, not a folder")
    assert dialog.export() is None
    assert shown


def test_export_dialog_chooses_the_annotators_of_a_team_project(qtbot, store, tmp_path, sync_tasks):
    from PySide6.QtCore import Qt

    a = add_doc(store, "a.txt", "集美区投资5亿元建设软件园。")
    store.add_annotation(a, 0, 3, "DISTRICT", annotator="li")
    store.add_annotation(a, 0, 2, "DISTRICT", annotator="wang")
    store.add_annotation(a, 0, 3, "DISTRICT", annotator="gold")
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.annotators.isVisible()
    names = [dialog.annotators.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.annotators.count())]
    assert names == ["gold", "li", "wang"]
    for i, name in enumerate(names):  # only the adjudicated layer
        if name != "gold":
            dialog.annotators.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen()["annotators"] == ["gold"]
    out = tmp_path / "gold.jsonl"
    dialog.path.setText(str(out))
    assert dialog.export().startswith("wrote 1 line(s)")
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert (line["start"], line["end"]) == (0, 3)


def test_a_workbook_name_typed_while_json_lines_are_chosen_writes_a_workbook(qtbot, store, tmp_path, sync_tasks):
    """JSON lines were written under the name out.xlsx (Excel refuses to open it): the name's suffix
    now chooses the format."""
    import openpyxl

    _annotated(store)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.format.currentData() == "jsonl"
    out = tmp_path / "out.xlsx"
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(out))
    assert dialog.export().startswith("wrote")
    assert dialog.format.currentData() == "xlsx"
    assert "Annotations" in openpyxl.load_workbook(out, read_only=True).sheetnames
    dialog.pick_path = lambda suggested: str(tmp_path / "facts.csv")
    dialog.browse.click()
    assert dialog.format.currentData() == "csv" and dialog.path.text().endswith("facts.csv")


def test_a_project_one_person_annotated_has_no_annotators_row(qtbot, store, sync_tasks):
    """Her spans and the suggestions (named by nobody) made two names, and the row showed."""
    a = add_doc(store, "a.txt", "集美区投资5亿元建设软件园。")
    store.add_annotation(a, 0, 3, "DISTRICT", annotator="li")
    store.add_annotation(a, 5, 8, "AMOUNT", status="suggested", origin="suggester")
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.annotators.count() == 2  # li and nobody
    assert not dialog.annotators.isVisible() and not dialog.field_labels[3].isVisible()
    assert dialog.chosen()["annotators"] is None  # all of them


def test_export_dialog_result_is_qdialogs(qtbot, store):
    """The line under the options is ``result_line``: named ``result`` it hid QDialog.result(), the code the
    dialog closed with (calling it raised TypeError: a QLabel is not callable)."""
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected

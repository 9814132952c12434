"""The export dialog's annotators in a coding team's project: with an adjudicated gold layer only the
gold is ticked (every layer ticked summed each fact once per coder and once more for the gold), the
coders one key away; without one every layer stays ticked and a line says, before the export, that
sums count a shared span once for each. A one-person project exports her spans, no row shown."""
from __future__ import annotations

import openpyxl
from dialog_helpers import add_doc
from PySide6.QtCore import Qt

from annotator.core.store import Store
from annotator.gui.dialogs.export_dialog import ExportDialog

TEXT = "集美区投资5亿元建设软件园，海沧区投资3亿元。"
FIVE, THREE = (5, 8, {"yuan": 5e8}), (17, 20, {"yuan": 3e8})


def _team(store: Store, gold: bool) -> None:
    """li and wang both mark 5亿元 and 3亿元; the gold layer (adjudicated) holds them once."""
    doc = add_doc(store, "a.txt", TEXT)
    for who in ("li", "wang"):
        for start, end, value in (FIVE, THREE):
            store.add_annotation(doc, start, end, "AMOUNT", value=value, annotator=who)
    if gold:
        for start, end, value in (FIVE, THREE):
            store.add_annotation(doc, start, end, "AMOUNT", value=value, annotator="gold", origin="adjudicated")


def _ticked(dialog: ExportDialog) -> list[str]:
    items = [dialog.annotators.item(i) for i in range(dialog.annotators.count())]
    return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]


def _export(qtbot, dialog: ExportDialog, out) -> float:
    """Export by a click on Export; the workbook's Facts sheet's sum of yuan, in 亿元."""
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(out, read_only=True)["Facts"].iter_rows(values_only=True))
    yuan = rows[0].index("yuan")
    return sum(row[yuan] or 0 for row in rows[1:]) / 1e8


def _dialog(qtbot, store: Store) -> ExportDialog:
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_with_a_gold_layer_only_the_gold_is_ticked_and_sums_are_the_golds(qtbot, store, tmp_path, sync_tasks):
    _team(store, gold=True)
    dialog = _dialog(qtbot, store)
    assert _ticked(dialog) == ["gold"]  # all three were ticked: 24 亿元, three times the gold's
    assert dialog.selection.isVisible() and dialog.selection.text().startswith("Only the gold layer (gold) is ticked")
    assert _export(qtbot, dialog, tmp_path / "gold.xlsx") == 8
    # li is one key away: Space on her row ticks her, and the line says what that does to sums
    dialog.annotators.setFocus()
    dialog.annotators.setCurrentRow(1)
    qtbot.keyClick(dialog.annotators, Qt.Key.Key_Space)
    assert _ticked(dialog) == ["gold", "li"]
    assert dialog.selection.text().startswith("2 annotators are ticked")
    assert "Tick only gold for the adjudicated gold." in dialog.selection.text()
    assert _export(qtbot, dialog, tmp_path / "both.xlsx") == 16


def test_without_a_gold_layer_every_coder_is_ticked_and_the_dialog_says_so_first(qtbot, store, tmp_path,
                                                                                 sync_tasks):
    _team(store, gold=False)
    dialog = _dialog(qtbot, store)
    assert _ticked(dialog) == ["li", "wang"]
    assert dialog.result_line.text() == ""  # nothing exported yet: the line under the annotators says it
    assert dialog.selection.isVisible()
    assert dialog.selection.text().startswith("2 annotators are ticked: a span several of them marked is exported "
                                              "once for each")
    assert _export(qtbot, dialog, tmp_path / "all.xlsx") == 16
    rect = dialog.annotators.visualItemRect(dialog.annotators.item(1))  # wang's box, clicked
    box = rect.topLeft() + (rect.bottomLeft() - rect.topLeft()) / 2
    box.setX(rect.left() + rect.height() // 2)
    qtbot.mouseClick(dialog.annotators.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert _ticked(dialog) == ["li"]
    assert dialog.selection.text() == "Only the spans of li are exported."
    assert _export(qtbot, dialog, tmp_path / "li.xlsx") == 8


def test_a_one_person_project_exports_her_spans_without_a_row_of_annotators(qtbot, store, tmp_path, sync_tasks):
    doc = add_doc(store, "a.txt", TEXT)
    for start, end, value in (FIVE, THREE):
        store.add_annotation(doc, start, end, "AMOUNT", value=value, annotator="li")
    store.add_annotation(doc, 0, 3, "DISTRICT", status="suggested", origin="suggester")  # named by nobody
    dialog = _dialog(qtbot, store)
    assert _ticked(dialog) == ["", "li"]
    assert not dialog.annotators.isVisible() and not dialog.selection.isVisible()
    assert _export(qtbot, dialog, tmp_path / "li.xlsx") == 8


def test_a_gold_layer_of_rejected_spans_alone_is_not_ticked_alone(qtbot, store, sync_tasks):
    """The lead took none of the versions everywhere (0): the gold holds rejected spans, nothing to export."""
    _team(store, gold=False)
    doc = store.document_id_by_name("a.txt")
    store.add_annotation(doc, *FIVE[:2], "AMOUNT", status="rejected", annotator="gold", origin="adjudicated")
    dialog = _dialog(qtbot, store)
    assert _ticked(dialog) == ["gold", "li", "wang"]

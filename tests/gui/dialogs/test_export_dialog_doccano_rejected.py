"""The export dialog wrote doccano's lines with the rejected spans ticked as plain labels, which came back
accepted (or got the line refused, beside an accepted span of their label). Now, as for Label Studio's file
(test_export_dialog_rejected.py), a line under the spans' boxes says, while a doccano format is chosen with
rejected ticked, that its file leaves them out, and the summary says how many were, in Chinese too."""
from __future__ import annotations

import json

from dialog_helpers import add_doc
from PySide6.QtCore import Qt

from annotator.gui import i18n
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.summaries import summary_text


def test_doccano_with_rejected_ticked_says_they_are_left_out(qtbot, store, tmp_path, sync_tasks, qapp):
    doc = add_doc(store, "a.txt", "集美区投资5亿元建设软件园。思明区同步推进。")
    store.add_annotation(doc, 0, 3, "DISTRICT")
    store.add_annotation(doc, 0, 2, "DISTRICT", status="rejected")  # over the accepted one: the line was refused
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("doccano")
    assert not dialog.rejected_note.isVisible()
    qtbot.mouseClick(dialog.status_boxes["rejected"], Qt.MouseButton.LeftButton)
    assert dialog.rejected_note.isVisible()
    assert dialog.rejected_note.text() == ("doccano has no rejected status: its file leaves the rejected spans out, "
                                           "as they would come back accepted when it is imported.")
    dialog.set_format("doccano-relations")
    assert dialog.rejected_note.text() == ("doccano has no rejected status: its file leaves the rejected spans and "
                                           "links out, as they would come back accepted when it is imported.")
    dialog.set_format("xlsx")  # the workbook keeps the status
    assert not dialog.rejected_note.isVisible()
    dialog.set_format("doccano")
    dialog.path.setText(str(tmp_path / "out.jsonl"))
    summary = dialog.export()
    assert summary is not None and summary.splitlines()[-1] == (
        "note: 1 rejected span(s) were left out: doccano has no rejected status, so they would come back accepted "
        "when the file is imported")
    (line,) = map(json.loads, (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines())
    assert line["label"] == [[0, 3, "DISTRICT"]]
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        dialog.retranslate()
        assert dialog.rejected_note.text().startswith("doccano 没有“已拒绝”状态")
        assert summary_text(summary).splitlines()[-1] == (
            "注意：1 个已拒绝的标注没有导出：doccano 没有“已拒绝”状态，导入时它们会变成已接受")
    finally:
        assert i18n.install_translator(qapp, "en")

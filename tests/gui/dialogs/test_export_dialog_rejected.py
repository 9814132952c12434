"""The export dialog offered Label Studio's JSON with the rejected spans ticked and wrote them among the
annotations, which Label Studio reads back as accepted. Now a line under the spans' boxes says, while that
format is chosen with rejected ticked, that its file leaves them out; the summary says how many were."""
from __future__ import annotations

import json

from dialog_helpers import add_doc
from PySide6.QtCore import Qt

from annotator.gui import i18n
from annotator.gui.dialogs.export_dialog import ExportDialog
from annotator.gui.summaries import summary_text


def test_label_studio_with_rejected_ticked_says_they_are_left_out(qtbot, store, tmp_path, sync_tasks, qapp):
    doc = add_doc(store, "a.txt", "集美区投资5亿元建设软件园。思明区同步推进。")
    store.add_annotation(doc, 0, 3, "DISTRICT")
    store.add_annotation(doc, 14, 17, "DISTRICT", status="rejected")
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "out.json"))
    dialog.set_format("label-studio")
    assert not dialog.rejected_note.isVisible()
    qtbot.mouseClick(dialog.status_boxes["rejected"], Qt.MouseButton.LeftButton)
    assert dialog.rejected_note.isVisible()
    assert dialog.rejected_note.text() == ("Label Studio has no rejected status: its file leaves the rejected spans "
                                           "and links out, as they would come back accepted when it is imported.")
    dialog.set_format("jsonl")  # JSON lines keep the status
    assert not dialog.rejected_note.isVisible()
    dialog.set_format("label-studio")
    dialog.path.setText(str(tmp_path / "out.json"))
    summary = dialog.export()
    assert summary is not None and summary.splitlines()[-1] == (
        "note: 1 rejected span(s) were left out: Label Studio has no rejected status, so they would come back "
        "accepted when the file is imported")
    (task,) = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [r["value"]["text"] for r in task["annotations"][0]["result"]] == ["集美区"]
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        dialog.retranslate()
        assert dialog.rejected_note.text().startswith("Label Studio 没有“已拒绝”状态")
        assert summary_text(summary).splitlines()[-1] == (
            "注意：1 个已拒绝的标注没有导出：Label Studio 没有“已拒绝”状态，导入时它们会变成已接受")
    finally:
        assert i18n.install_translator(qapp, "en")

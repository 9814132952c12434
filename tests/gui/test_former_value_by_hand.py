"""A former unit's short form labelled by hand gets the value the suggest run gives it, by the
document's metadata year: 襄樊 in a report of 2009 with no date line is 襄樊市, code null (the label
key read its paragraph alone and got no year, so no value)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_text

TEXT = "政府工作报告\n\n过去一年，全市经济平稳增长。\n襄樊加快建设汽车产业基地，城市面貌一新。\n"


def test_the_district_key_on_xiangfan_in_a_report_of_2009_gives_its_former_name(window, store, qtbot):
    doc = open_text(window, store, qtbot, TEXT, "xiangfan.txt")
    store.set_document_metadata(doc, "year", "2009")  # as `annotator meta` sets it beside the window
    view = window.text_view
    at = TEXT.index("襄樊")
    view.setFocus()
    view.select_range(at, at + 2)
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT
    (span,) = [a for a in store.annotations(doc) if a.label == "DISTRICT"]
    assert (span.text, span.value) == ("襄樊", {"name": "襄樊市", "code": None})

"""A DISTRICT labelled by hand in the window takes its code as a model's span does: 鼓楼 in a
paragraph that names no city is 福州市鼓楼区 where another paragraph of the document names it, and
where none does, the unit of that name in the document's jurisdiction; else no code (four 鼓楼区)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import open_text

Alt = Qt.KeyboardModifier.AltModifier
SECOND = "\n\n今年，鼓楼将加快建设数字经济产业园。"


def label_gulou(window, store, qtbot, doc: int) -> int:
    view = window.text_view
    start = view.text.index("鼓楼将")
    view.select_range(start, start + 2)
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT
    (span,) = [a for a in store.annotations(doc) if a.label == "DISTRICT" and a.start == start]
    return span.id


def test_a_district_labelled_by_hand_reads_the_other_paragraphs_of_its_document(window, store, qtbot):
    doc = open_text(window, store, qtbot, "福州市鼓楼区二〇二三年政府工作报告" + SECOND)
    span = label_gulou(window, store, qtbot, doc)
    assert store.annotation(span).value == {"name": "鼓楼区", "code": "350102"}  # the paragraph alone: none
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt | Qt.KeyboardModifier.ShiftModifier)  # 楼: no unit
    assert store.annotation(span).value == {}
    qtbot.keyClick(view, Qt.Key.Key_Left, Alt | Qt.KeyboardModifier.ShiftModifier)  # 鼓楼 again
    assert store.annotation(span).value == {"name": "鼓楼区", "code": "350102"}


def test_where_the_text_decides_nothing_the_documents_jurisdiction_does(window, store, qtbot):
    text = "我代表区人民政府向大会报告工作。" + SECOND
    doc = open_text(window, store, qtbot, text)
    span = label_gulou(window, store, qtbot, doc)
    assert store.annotation(span).value == {}  # four 鼓楼区, none placed: no code
    store.set_document_metadata(doc, "jurisdiction", "福州市 350100")
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)  # PROJECT, then back to DISTRICT: its value anew
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    after = store.annotation(span)
    assert (after.label, after.value) == ("DISTRICT", {"name": "鼓楼区", "code": "350102"})


def test_a_full_name_several_units_keep_is_the_one_in_the_jurisdiction_typed_in_the_form(window, store, qtbot):
    """鼓楼区 written out in a report that names no city: 南京's 320106 (the tables' first) until the
    jurisdiction typed in the form says 福州市; then labelled again it is 福州's 350102."""
    from tests.gui.test_jurisdiction_typo import type_jurisdiction

    text = "鼓楼区要加快建设现代服务业集聚区。"
    doc = open_text(window, store, qtbot, text)
    view = window.text_view
    view.select_range(0, 3)
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT
    (span,) = [a.id for a in store.annotations(doc) if a.label == "DISTRICT"]
    assert store.annotation(span).value["code"] == "320106"
    type_jurisdiction(qtbot, window, "福州市")
    assert store.document(doc).metadata.get("jurisdiction") == "福州市"
    assert QApplication.focusWidget() is view  # Enter in the field gave the article the keys again
    qtbot.keyClick(view, Qt.Key.Key_2)  # PROJECT, then back to DISTRICT: its value anew
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert store.annotation(span).value == {"name": "鼓楼区", "code": "350102"}

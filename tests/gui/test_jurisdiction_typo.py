"""A jurisdiction typed in the form that names no division (a typo: 湖里县) was stored without a word,
and every fact it places lost its district code in the exports; the status bar now says so."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def type_jurisdiction(qtbot, window, text: str) -> None:
    field = window.form.jurisdiction_edit
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    field.selectAll()
    field.insert(text)  # typed as an input method types Chinese (QTest types ASCII only)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def said_in_chinese(qtbot, window, text: str) -> str:
    """The status bar's line after ``text`` is typed as the jurisdiction in the Chinese window."""
    window.commands.set_language("zh_CN")
    try:
        type_jurisdiction(qtbot, window, text)
        return window.statusBar().currentMessage()
    finally:
        window.commands.set_language("en")


def test_a_jurisdiction_that_names_no_division_is_said_in_the_status_bar(window, store, qtbot):
    type_jurisdiction(qtbot, window, "湖里县")
    assert store.document(window.doc_id).metadata.get("jurisdiction") == "湖里县"  # kept as typed
    said = window.statusBar().currentMessage()
    assert said.startswith("湖里县 names no division") and "no district code" in said, said
    window.statusBar().clearMessage()
    for good in ("湖里区", "350206", "湖里区 350206"):
        type_jurisdiction(qtbot, window, good)
        assert store.document(window.doc_id).metadata.get("jurisdiction") == good
        assert "names no division" not in window.statusBar().currentMessage(), good


def test_the_warning_is_in_chinese_in_a_chinese_window(window, store, qtbot):
    said = said_in_chinese(qtbot, window, "湖里县")
    assert said.startswith("湖里县 不是地名库或本文档地区中的任何行政区划"), said


def test_a_wrong_name_beside_a_valid_code_is_corrected_to_the_codes_as_annotator_meta_does(window, store, qtbot):
    type_jurisdiction(qtbot, window, "河池币 451200")
    assert store.document(window.doc_id).metadata.get("jurisdiction") == "河池市 451200"
    said = window.statusBar().currentMessage()
    assert said.startswith("河池币 is not the name of division 451200 (河池市)") and "河池市 451200" in said, said
    qtbot.waitUntil(lambda: window.form.jurisdiction_edit.text() == "河池市 451200")
    window.statusBar().clearMessage()
    type_jurisdiction(qtbot, window, "河池 451200")  # a short form of its name: kept, no word
    assert store.document(window.doc_id).metadata.get("jurisdiction") == "河池 451200"
    assert "not the name" not in window.statusBar().currentMessage()
    said = said_in_chinese(qtbot, window, "湖里县 350206")
    assert said.startswith("湖里县 不是区划 350206（湖里区）的名称"), said


def test_a_name_after_the_units_above_it_or_short_is_its_division_and_a_name_of_several_names_them(
        window, store, qtbot):
    """厦门市湖里区, 厦门湖里 and 湖里 were said to name no division; 鼓楼区 was, without naming the four."""
    for typed in ("厦门市湖里区", "福建厦门湖里区", "厦门湖里", "湖里"):
        window.statusBar().clearMessage()
        type_jurisdiction(qtbot, window, typed)
        assert store.document(window.doc_id).metadata.get("jurisdiction") == typed  # kept as typed
        assert "names" not in window.statusBar().currentMessage(), (typed, window.statusBar().currentMessage())
    type_jurisdiction(qtbot, window, "鼓楼区")
    assert store.document(window.doc_id).metadata.get("jurisdiction") == "鼓楼区"
    said = window.statusBar().currentMessage()
    assert said.startswith("鼓楼区 names 4 divisions (南京市鼓楼区 320106, 徐州市鼓楼区 320302, "
                           "福州市鼓楼区 350102, 开封市鼓楼区 410204)"), said
    assert "as 南京市鼓楼区, or the code too, as 鼓楼区 320106" in said, said
    said = said_in_chinese(qtbot, window, "朝阳区")
    assert said.startswith("朝阳区 是 2 个行政区划的名称（北京市朝阳区 110105, 长春市朝阳区 220104）"), said

"""The window suggests on import; a jurisdiction typed in the form afterwards left the open DISTRICT
suggestions with the tables' first unit (南京's 鼓楼区 in a report of 福州), though their reason said to give
the jurisdiction. Now they follow it, in the same undo step as the jurisdiction (Ctrl+Z restores both), and
the status bar says how many."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.suggest.runner import propose
from tests.gui.conftest import add_document
from tests.gui.test_jurisdiction_typo import said_in_chinese, type_jurisdiction

GULOU = "鼓楼区要加快建设现代服务业集聚区，鼓楼区全年新增就业1万人。\n"


def open_suggested(window, store, qtbot) -> int:
    doc = add_document(store, "fz.txt", GULOU)
    store.add_suggestions(doc, [s for s in propose(GULOU, labels=["DISTRICT"]) if s.label == "DISTRICT"])
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())
    window.open_document(doc)
    window.text_view.flush_formatting()
    return doc


def codes(store, doc) -> list[str | None]:
    return [a.value.get("code") for a in store.annotations(doc, labels=["DISTRICT"])]


def shown(window) -> list[str | None]:
    return [s.value.get("code") for s in window.ann_model.text_spans("DISTRICT")]


def test_typing_the_jurisdiction_codes_the_open_suggestions_in_it_and_ctrl_z_restores_both(window, store, qtbot):
    doc = open_suggested(window, store, qtbot)
    assert codes(store, doc) == ["320106", "320106"]
    type_jurisdiction(qtbot, window, "福州市")
    assert store.document_metadata(doc) == {"jurisdiction": "福州市"}
    assert codes(store, doc) == ["350102", "350102"]
    assert [a.reason for a in store.annotations(doc, labels=["DISTRICT"])] == ["gazetteer: 鼓楼区 350102"] * 2
    said = window.statusBar().currentMessage()
    assert said == "2 open district suggestion(s) now coded in the jurisdiction", said
    qtbot.waitUntil(lambda: shown(window) == ["350102", "350102"])  # the window's spans as the store's
    assert window.undo_stack.undoText() == "Set the jurisdiction"
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: store.document_metadata(doc) == {})
    assert codes(store, doc) == ["320106", "320106"]
    qtbot.waitUntil(lambda: shown(window) == ["320106", "320106"])


def test_the_status_bar_says_it_in_chinese(window, store, qtbot):
    doc = open_suggested(window, store, qtbot)
    said = said_in_chinese(qtbot, window, "开封市")
    assert codes(store, doc) == ["410204", "410204"]
    assert said == "2 条待审的地区建议已改为辖区内的代码", said


def test_a_metadata_table_codes_them_and_the_report_says_so_in_chinese_too(window, store, qtbot, tmp_path,
                                                                         monkeypatch):
    from tests.gui.test_metadata_table_window import choose, said

    doc = open_suggested(window, store, qtbot)
    first = store.annotations(doc, labels=["DISTRICT"])[0]
    store.update_annotation(first.id, status="accepted")  # decided: it stays, counted
    table = tmp_path / "meta.csv"
    table.write_text("document,jurisdiction\nfz.txt,福州市\n", encoding="utf-8")
    choose(monkeypatch, table)
    boxes = said(monkeypatch)
    window.commands.set_language("zh_CN")
    try:
        window.window_actions["import_metadata"].trigger()
        qtbot.waitUntil(lambda: bool(boxes))
    finally:
        window.commands.set_language("en")
    assert codes(store, doc) == ["320106", "350102"]
    qtbot.waitUntil(lambda: shown(window) == ["320106", "350102"])
    lines = boxes[0][1].splitlines()
    assert lines[1:] == ["1 条待审的地区建议已改为辖区内的代码",
                         "1 个已接受的地区标注的代码仍是取区划表中第一个所得：请核对"], lines

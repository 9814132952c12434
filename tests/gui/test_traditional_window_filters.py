"""Reports in traditional characters in the window, filtered by text typed in simplified characters, as
Find and Search all documents find it. Before, 张家川县 typed into the filter of Edit › Link span to…
(Ctrl+L) found nothing in a report writing 張家川縣 ("No span's text holds “张家川县”"); 湖里区 typed into
the annotation list's text filter emptied the list of a report writing 湖裡區, and N then said there were
no more suggestions; 政府工作报告 typed into the document list's filter left out a report titled
政府工作報告. Those filters now read traditional characters as simplified ones. And 湖裡區 350206 typed as the
document's jurisdiction was said to be "not the name of division 350206 (湖里区)": it is, in the report's
writing; it is stored as the gazetteer's name without a word now."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.models import Suggestion
from tests.gui.conftest import add_document, open_text, type_chinese
from tests.gui.test_annotation_filter import shown
from tests.gui.test_traditional_by_hand import label

TEXT = "秦安縣、清水縣、張家川縣正在按程序申請摘帽驗收。全年投入各級財政扶貧專項資金25.08億元。\n"


def test_link_chooser_filter_typed_in_simplified_finds_the_traditional_district(window, store, qtbot):
    doc = open_text(window, store, qtbot, TEXT)
    districts = {piece: label(window, store, qtbot, doc, piece, Qt.Key.Key_1) for piece in ("秦安縣", "張家川縣")}
    amount = label(window, store, qtbot, doc, "25.08億元", Qt.Key.Key_3)
    window.select_annotation(amount.id)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    chooser = window.linking.chooser
    assert chooser is not None
    type_chinese(chooser.filter, "张家川县")
    assert [c.text for c in chooser.shown()] == ["張家川縣"]
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Return)
    assert [(k.kind, k.target_id, k.status) for k in store.links_from(amount.id)] == [
        ("district", districts["張家川縣"].id, "accepted")]


FIRST = "湖裡區將加快推進松元產業園二期建設。\n"
SECOND = "廈門市完成投資55.1億元，湖裡區新增80家企業。\n"


def suggested(store, name: str, text: str, pieces: list[tuple[str, str]]) -> int:
    doc = add_document(store, name, text)
    store.add_suggestions(doc, [Suggestion(text.index(p), text.index(p) + len(p), label, p, value={},
                                           confidence=0.9, reason="test", origin="test") for label, p in pieces])
    return doc


def test_the_annotation_lists_text_filter_and_n_find_traditional_text(window, store, qtbot):
    first = suggested(store, "t1.txt", FIRST, [("DISTRICT", "湖裡區"), ("PROJECT", "松元產業園")])
    second = suggested(store, "t2.txt", SECOND,
                       [("DISTRICT", "廈門市"), ("AMOUNT", "55.1億元"), ("DISTRICT", "湖裡區")])
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.doc_model.reading())
    window.open_document(first)
    bar = window.table_filter
    bar.text_edit.setFocus()
    type_chinese(bar.text_edit, "湖里区")
    ours = {d: next(a for a in store.annotations(d) if a.text == "湖裡區") for d in (first, second)}
    qtbot.waitUntil(lambda: shown(window) == {ours[first].id})
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.text_view.hasFocus)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    assert (window.doc_id, window.selected_id) == (first, ours[first].id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # on to t2.txt's 湖裡區, past 廈門市 and 55.1億元
    assert (window.doc_id, window.selected_id) == (second, ours[second].id)
    assert shown(window) == {ours[second].id}
    assert store.annotation(ours[first].id).status == "accepted"


def test_the_document_lists_filter_finds_a_traditional_title(window, store, qtbot):
    from tests.gui.test_document_list import rows

    open_text(window, store, qtbot, "政府工作報告\n——2020年1月16日在天水市第七屆人民代表大會第五次會議上\n", "ts.txt")
    panel = window.panel
    panel.filter_edit.setFocus()
    type_chinese(panel.filter_edit, "政府工作报告")
    assert rows(panel) == ["ts.txt"]


def test_a_jurisdiction_typed_in_traditional_characters_beside_its_code_is_not_called_a_wrong_name(
        window, store, qtbot):
    from tests.gui.test_jurisdiction_typo import type_jurisdiction

    open_text(window, store, qtbot, FIRST)
    for language in ("en", "zh_CN"):
        window.commands.set_language(language)
        try:
            window.statusBar().clearMessage()
            type_jurisdiction(qtbot, window, "湖裡區 350206")
            said = window.statusBar().currentMessage()
        finally:
            window.commands.set_language("en")
        assert store.document(window.doc_id).metadata.get("jurisdiction") == "湖里区 350206"
        assert "350206" not in said, said  # not "湖裡區 is not the name of division 350206 (湖里区)…"
        type_jurisdiction(qtbot, window, "")
    type_jurisdiction(qtbot, window, "湖裡縣 350206")  # a wrong name in traditional characters is still said
    assert window.statusBar().currentMessage().startswith("湖裡縣 is not the name of division 350206 (湖里区)")

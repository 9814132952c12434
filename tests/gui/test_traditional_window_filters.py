"""A report in traditional characters in the window: Edit › Link span to… (Ctrl+L) filtered by a district
typed in simplified characters. Before, 张家川县 typed into the chooser's filter found nothing in a report
writing 張家川縣 ("No span's text holds “张家川县”"), though Find and Search all documents find it; the
filter now reads traditional characters as simplified ones, as they do."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_text, type_chinese

TEXT = "秦安縣、清水縣、張家川縣正在按程序申請摘帽驗收。全年投入各級財政扶貧專項資金25.08億元。\n"


def label(window, store, qtbot, doc: int, piece: str, key: Qt.Key):
    view = window.text_view
    start = view.text.index(piece)
    view.select_range(start, start + len(piece))
    qtbot.keyClick(view, key)
    return next(a for a in store.annotations(doc) if (a.start, a.end) == (start, start + len(piece)))


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

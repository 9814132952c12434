"""Search all documents: hits with one line of context, code-point offsets, activation."""
from __future__ import annotations

from dialog_helpers import add_doc

from annotator.gui.dialogs.search_dialog import SearchDialog


def test_search_dialog_lists_hits_with_context(qtbot, store):
    add_doc(store, "a.txt", "集美区推进软件园三期建设。集美区新增就业。")
    add_doc(store, "b.txt", "海沧区没有这个词")
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.search("集美区") == 2
    assert dialog.results.topLevelItem(0).text(0) == "a.txt"
    first = dialog.results.topLevelItem(0)
    assert [first.text(1), first.text(2), first.text(3)] == ["", "集美区", "推进软件园三期建设。集美区新增就业。"]
    second = dialog.results.topLevelItem(1)
    assert (second.text(1), second.text(2)) == ("集美区推进软件园三期建设。", "集美区")
    assert "2" in dialog.count.text()
    assert dialog.search("不存在") == 0


def test_search_context_is_one_line_with_ellipses():
    from annotator.gui.dialogs.search_dialog import context, snippet

    text = "甲" * 30 + "\n\n海沧区  推进\n" + "乙" * 30
    start = text.index("海沧区")
    before, after = context(text, start, start + 3, width=5)
    assert before == "…甲甲甲 " and after == " 推进…"
    assert snippet("海沧区", 0, 3) == "【海沧区】"


def test_search_dialog_emits_code_point_offsets_after_an_emoji(qtbot, store):
    text = "开头😀说明\n𠀋村和翔安区的项目"  # two characters outside the BMP before the hit
    doc_id = add_doc(store, "emoji.txt", text)
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.query.setText("翔安区")
    with qtbot.waitSignal(dialog.hit_activated, timeout=3000) as blocker:
        dialog.query.returnPressed.emit()  # Enter searches (in the worker) and opens the first hit
    start = text.index("翔安区")
    assert blocker.args == [doc_id, start, start + 3]
    assert text[blocker.args[1]:blocker.args[2]] == "翔安区"


def test_search_dialog_double_click_activates(qtbot, store):
    doc_id = add_doc(store, "a.txt", "一二三翔安区")
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.search("翔安")
    item = dialog.results.topLevelItem(0)
    with qtbot.waitSignal(dialog.hit_activated) as blocker:
        dialog.results.itemActivated.emit(item, 0)
    assert blocker.args == [doc_id, 3, 5]

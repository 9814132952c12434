"""A value typed into the form that the core's field type cannot read (``abc`` as yuan, a division
code that is not 6, 9 or 12 digits) is refused: the store keeps the last good value, and the field's
tooltip and the status bar say what was typed, what the field reads and what is kept, in English or
in Chinese; a good value typed after it is saved and the field unmarked. A value that reads as the
stored one (55.1亿元 over 5,510,000,000) saves nothing, and the field shows the stored value."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.fields import CODE, YUAN
from tests.gui.conftest import type_chinese


def by_text(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def retype(qtbot, field, text):
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    field.selectAll()
    qtbot.keyClicks(field, text)


def amount_with_yuan_stored(window, store, qtbot):
    """The amount 55.1亿元 selected, 5510000000 typed in its Yuan field and stored: (the span, the field)."""
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    yuan = window.form._value_edits["yuan"]
    retype(qtbot, yuan, "5510000000")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    amount = store.annotation(amount.id)
    assert amount.value["yuan"] == 5_510_000_000
    return amount, yuan


def test_yuan_that_cannot_be_read_is_refused_and_said_and_the_stored_value_kept(window, store, qtbot):
    amount, yuan = amount_with_yuan_stored(window, store, qtbot)
    retype(qtbot, yuan, "abc")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert store.annotation(amount.id).value == amount.value  # the last good value kept
    said = "Yuan: cannot read “abc”; type a whole number of yuan: 5510000000 or 55.1亿元. The stored value, " \
           "5,510,000,000, is kept."
    assert yuan.toolTip() == said and window.statusBar().currentMessage() == said
    assert QApplication.focusWidget() is yuan and yuan.styleSheet()  # to be corrected: the keys stay
    retype(qtbot, yuan, "6,000,000,000")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert store.annotation(amount.id).value["yuan"] == 6_000_000_000
    assert yuan.toolTip() == "" and yuan.styleSheet() == ""


def test_a_malformed_division_code_is_refused_on_leaving_the_field(window, store, qtbot):
    district = by_text(store, window.doc_id, "厦门市")
    window.select_annotation(district.id)
    code = window.form._value_edits["code"]
    retype(qtbot, code, "35O206")  # a letter O for a zero
    qtbot.keyClick(code, Qt.Key.Key_Tab)  # left, not Entered: refused alike
    assert store.annotation(district.id).value == district.value
    assert "cannot read “35O206”; type a division code of 6, 9 or 12 digits: 350211 or 350211001." in code.toolTip()
    assert window.statusBar().currentMessage() == code.toolTip()
    retype(qtbot, code, " 350 206")  # white space is not part of it
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert store.annotation(district.id).value == {"name": "湖里区", "code": "350206"}
    assert code.toolTip() == ""


def test_the_refusal_leaves_the_status_bar_once_a_good_value_is_saved_or_another_span_shown(window, store, qtbot):
    """It stayed 15 s: "The stored value, 350206, is kept." under the code 350211 just saved."""
    district = by_text(store, window.doc_id, "厦门市")
    window.select_annotation(district.id)
    code = window.form._value_edits["code"]
    retype(qtbot, code, "35021")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert "cannot read “35021”" in window.statusBar().currentMessage()
    retype(qtbot, code, "350211")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert store.annotation(district.id).value["code"] == "350211"
    assert window.statusBar().currentMessage() == ""
    retype(qtbot, code, "35021")
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert "cannot read “35021”" in window.statusBar().currentMessage()
    qtbot.keyClick(code, Qt.Key.Key_Escape)  # the article's keys back, and N: the next suggestion shown
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    assert window.selected_id != district.id and window.statusBar().currentMessage() == ""
    window.statusBar().showMessage("something else said")  # another sentence is not the form's to clear
    window.select_annotation(district.id)
    assert window.statusBar().currentMessage() == "something else said"


def test_a_refused_value_is_said_in_chinese(window, store, qtbot):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.form._captions["yuan"].text() == "金额（元）")  # the window retranslated
        window.select_annotation(amount.id)
        yuan = window.form._value_edits["yuan"]
        retype(qtbot, yuan, "abc")
        qtbot.keyClick(yuan, Qt.Key.Key_Return)
        said = "金额（元）：无法识别“abc”；请输入以元计的整数金额：5510000000 或 55.1亿元。未保存任何内容。"
        assert yuan.toolTip() == said and window.statusBar().currentMessage() == said
        assert store.annotation(amount.id).value == amount.value
        district = next(a for a in store.annotations(window.doc_id) if a.label == "DISTRICT")
        window.select_annotation(district.id)
        code = window.form._value_edits["code"]
        retype(qtbot, code, "12")
        qtbot.keyClick(code, Qt.Key.Key_Return)  # "请输入6 位…": a digit glued to the verb
        assert "请输入由 6 位、9 位或 12 位数字组成的区划代码" in window.statusBar().currentMessage()
    finally:
        window.commands.set_language("en")


def test_a_value_typed_as_the_stored_one_reads_shows_the_stored_value_formatted(window, store, qtbot):
    """The field kept showing 55.1亿元 as typed (after any other edit it shows the stored value, formatted)."""
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    yuan = window.form._value_edits["yuan"]
    retype(qtbot, yuan, "5510000000")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert yuan.text() == "5,510,000,000" and window.undo_stack.count() == 1
    saved = store.annotation(amount.id)
    retype(qtbot, yuan, "")
    type_chinese(yuan, "55.1亿元")  # the same yuan: nothing to save
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert yuan.text() == "5,510,000,000" and not yuan.styleSheet()
    assert store.annotation(amount.id) == saved and window.undo_stack.count() == 1
    assert QApplication.focusWidget() is window.text_view  # Enter saved it, as any other: the article's keys
    retype(qtbot, yuan, "5510000000")
    qtbot.keyClick(yuan, Qt.Key.Key_Tab)  # left, not Entered: alike
    assert yuan.text() == "5,510,000,000" and window.undo_stack.count() == 1


def test_the_core_says_what_a_value_field_reads():
    assert CODE.parse(" 350206 ") == "350206" and CODE.parse("３５０２０６") == "350206"
    assert CODE.parse("350211001") == "350211001" and CODE.parse("") == ""
    assert CODE.parse("350211001000") == "350211001000"  # NBS's full form, as its tables print it
    for bad in ("35O206", "3502", "3502060", "3502110011", "湖里区"):
        try:
            CODE.parse(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} read as a division code")
    assert "55.1亿元" in YUAN.expects and "6, 9 or 12 digits" in CODE.expects

"""A sum in yuan typed negative into the form for a span whose text writes no minus (55.1亿元) was stored as typed,
though the workbook import refused the same value: the form refuses it too (``core/yuan_sign.py``, one rule for
both and the JSON Lines import). The store keeps the last good value, and the field, washed red, and the status bar
say why, in English or in Chinese, as for a value the field cannot read (test_form_refused_values.py). The Chinese
is read from this checkout's resources, committed beside the rule."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui import i18n
from tests.gui.test_form_refused_values import amount_with_yuan_stored, by_text, retype


def test_a_negative_sum_typed_for_a_text_without_a_minus_is_refused_and_said(window, store, qtbot):
    amount, yuan = amount_with_yuan_stored(window, store, qtbot)
    retype(qtbot, yuan, "-5510000000")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert store.annotation(amount.id).value == amount.value and window.undo_stack.count() == 1
    said = ("Yuan: “-5510000000” is negative, but the span's text “55.1亿元” writes no minus: reports write a decrease "
            "(下降5亿元, 减少5亿元) as a positive figure; type it without the minus. The stored value, 5,510,000,000, "
            "is kept.")
    assert yuan.toolTip() == said and window.statusBar().currentMessage() == said
    assert QApplication.focusWidget() is yuan and yuan.styleSheet()  # to be corrected: the keys stay
    retype(qtbot, yuan, "-1")
    qtbot.keyClick(yuan, Qt.Key.Key_Tab)  # left, not Entered: refused alike
    assert store.annotation(amount.id).value == amount.value
    assert "“-1” is negative" in yuan.toolTip()
    retype(qtbot, yuan, "5510000001")
    qtbot.keyClick(yuan, Qt.Key.Key_Return)
    assert store.annotation(amount.id).value["yuan"] == 5_510_000_001
    assert yuan.toolTip() == "" and yuan.styleSheet() == "" and window.statusBar().currentMessage() == ""


def test_the_refusal_is_said_in_chinese(window, store, qtbot, monkeypatch):
    monkeypatch.setattr(i18n, "TRANSLATIONS", Path(__file__).resolve().parents[2] / "resources" / "translations")
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.commands.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.form._captions["yuan"].text() == "金额（元）")  # the window retranslated
        window.select_annotation(amount.id)
        yuan = window.form._value_edits["yuan"]
        retype(qtbot, yuan, "-5510000000")
        qtbot.keyClick(yuan, Qt.Key.Key_Return)
        said = ("金额（元）：“-5510000000”为负数，但标注的文本“55.1亿元”中没有负号：报告把减少写成正数（下降5亿元、"
                "减少5亿元）；请去掉负号。未保存任何内容。")
        assert yuan.toolTip() == said and window.statusBar().currentMessage() == said
        assert store.annotation(amount.id).value == amount.value
    finally:
        window.commands.set_language("en")

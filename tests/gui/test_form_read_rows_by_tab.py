"""The form's read-only rows (the selected span's Text, Status, Annotator, Origin, Reason) are reached by
Tab, in the form's order, each named for a screen reader by its caption and what it shows: a screen-reader
user tabbing through the form never heard them (Tab went from the label box to the values, from the note
to the Links row). Esc on one gives the article the keys; the review keys work there as elsewhere."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

Ctrl = Qt.KeyboardModifier.ControlModifier


def tab(qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_walks_the_read_only_rows_in_the_forms_order_each_named(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # 厦门市, an open suggestion: no coder
    form = window.form
    form.label_combo.setFocus()
    qtbot.waitUntil(form.label_combo.hasFocus)
    assert tab(qtbot) is form.text_label and form.text_label.accessibleName() == "Text: 厦门市"
    while (widget := tab(qtbot)) is not form.status_label:  # the district's values, the note
        assert widget in (*form._value_edits.values(), form.note_edit)  # noqa: SLF001
    assert form.status_label.accessibleName() == "Status: suggested"
    assert tab(qtbot) is form.origin_label and form.origin_label.accessibleName() == "Origin: test (confidence 0.80)"
    assert tab(qtbot) is form.reason_label and form.reason_label.accessibleName() == "Reason: test reason for 厦门市"
    assert tab(qtbot) is form.links_label  # then the links, as before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.reason_label  # and back


def test_a_review_key_on_a_row_and_its_name_follows_then_esc_gives_the_article_the_keys(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    span, form = window.selected_id, window.form
    form.note_edit.setFocus()
    qtbot.waitUntil(form.note_edit.hasFocus)
    assert tab(qtbot) is form.status_label
    qtbot.keyClick(form.status_label, Qt.Key.Key_A)  # the window's Accept, not typing
    assert store.annotation(span).status == "accepted"
    assert form.status_label.accessibleName() == "Status: accepted"
    assert tab(qtbot) is form.annotator_label and form.annotator_label.accessibleName() == "Annotator: tester"
    qtbot.keyClick(form.annotator_label, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.text_view
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    window.select_annotation(None)
    assert form.text_label.accessibleName() == "Text: none"  # no span: the row says it shows nothing


def test_the_rows_are_named_in_chinese_in_the_chinese_interface(window, qapp, qtbot):
    from annotator.gui import i18n

    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    assert i18n.install_translator(qapp, "zh_CN")
    try:
        qtbot.waitUntil(lambda: window.form.status_label.accessibleName() == "状态：待审")
        assert window.form.text_label.accessibleName() == "文本：厦门市"
    finally:
        i18n.install_translator(qapp, "en")
    qtbot.waitUntil(lambda: window.form.status_label.accessibleName() == "Status: suggested")

"""Several rows of the annotation list accepted or rejected at once (Ctrl+A or Shift+arrows, then A or
X) said nothing (a QA pass), their rows vanishing from a filtered list: the status bar counts them
("Accepted 46 spans"), and the rows still listed stay highlighted. One span's A / X stays silent."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.i18n import install_translator

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def span(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def test_several_rows_accepted_or_rejected_at_once_are_counted_in_the_status_bar(window, store, qtbot):
    doc, table = window.doc_id, window.table
    press(qtbot, Qt.Key.Key_N)
    window.statusBar().clearMessage()
    press(qtbot, Qt.Key.Key_A)  # one span: silent, as before
    assert window.statusBar().currentMessage() == ""
    press(qtbot, Qt.Key.Key_Z, Ctrl)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    press(qtbot, Qt.Key.Key_A, Ctrl)
    chosen = table.selected_ids()
    assert len(chosen) == 3
    press(qtbot, Qt.Key.Key_A)
    assert {a.status for a in store.annotations(doc)} == {"accepted"}
    assert window.statusBar().currentMessage() == "Accepted 3 spans"
    assert table.selected_ids() == chosen  # still highlighted, not the current row alone
    press(qtbot, Qt.Key.Key_Z, Ctrl)
    table.setFocus()
    window.select_annotation(span(store, doc, "厦门市").id)
    press(qtbot, Qt.Key.Key_Down, Shift)
    assert len(table.selected_ids()) == 2
    install_translator(QApplication.instance(), "zh_CN")
    try:
        press(qtbot, Qt.Key.Key_X)
        assert window.statusBar().currentMessage() == "已拒绝 2 条标注"
    finally:
        install_translator(QApplication.instance(), "en")
    assert sorted(a.status for a in store.annotations(doc)) == ["rejected", "rejected", "suggested"]


def test_rows_already_accepted_among_those_chosen_are_said_apart(window, store, qtbot):
    doc, table = window.doc_id, window.table
    press(qtbot, Qt.Key.Key_N)
    press(qtbot, Qt.Key.Key_A)  # 厦门市 accepted by itself
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    press(qtbot, Qt.Key.Key_A, Ctrl)
    assert len(table.selected_ids()) == 3
    press(qtbot, Qt.Key.Key_A)
    assert {a.status for a in store.annotations(doc)} == {"accepted"}
    assert window.statusBar().currentMessage() == "Accepted 2 spans; 1 of the rows chosen had that status already"

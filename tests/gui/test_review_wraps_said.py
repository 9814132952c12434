"""N at the last open suggestion and P at the first go round to the other end of the document list;
the status bar says so ("wrapped round …"), as it says when N goes on into the next document: P
from the first suggestion of the first document jumped to the last document without a word. With
no other document left to review, N goes back round to this document's first suggestion, said too."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.i18n import install_translator

Ctrl = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def open_ones(store, doc_id):
    return [a.id for a in sorted(store.annotations(doc_id), key=lambda a: a.start) if a.status == "suggested"]


def test_p_at_the_first_suggestion_and_n_at_the_last_say_they_wrapped_round(window, store, qtbot):
    first = window.doc_id
    names = window.doc_model.doc_ids()
    assert names[0] == first
    last = names[1]  # b.txt: the last document with open suggestions (c.txt has none)
    press(qtbot, Qt.Key.Key_N)
    assert window.selected_id == open_ones(store, first)[0]
    press(qtbot, Qt.Key.Key_P)
    assert window.doc_id == last and window.selected_id == open_ones(store, last)[-1]
    assert window.statusBar().currentMessage() == (
        "No open suggestions earlier in a.txt nor in the documents before it: wrapped round to the last "
        "document with some, b.txt")
    press(qtbot, Qt.Key.Key_N)
    assert window.doc_id == first and window.selected_id == open_ones(store, first)[0]
    assert window.statusBar().currentMessage() == (
        "No open suggestions further on in b.txt nor in the documents after it: wrapped round to the first "
        "document with some, a.txt")
    window.statusBar().clearMessage()
    press(qtbot, Qt.Key.Key_N)  # within the document: nothing to say
    assert window.selected_id == open_ones(store, first)[1] and window.statusBar().currentMessage() == ""


def test_n_round_to_the_start_of_the_only_document_left_says_so_in_chinese_too(window, store, qtbot):
    first = window.doc_id
    other = window.doc_model.doc_ids()[1]
    store.set_status(open_ones(store, other), "accepted")  # as the command line's review does
    press(qtbot, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    ids = open_ones(store, first)
    window.select_annotation(ids[-1])
    press(qtbot, Qt.Key.Key_N)
    assert window.doc_id == first and window.selected_id == ids[0]
    assert window.statusBar().currentMessage() == (
        "No open suggestions further on in a.txt nor in another document: wrapped round to its first one")
    install_translator(QApplication.instance(), "zh_CN")
    try:
        press(qtbot, Qt.Key.Key_P)
        assert window.selected_id == ids[-1]
        assert window.statusBar().currentMessage() == "a.txt 中前面及其他文档中都没有待审建议：已绕回到本文档的最后一条"
    finally:
        install_translator(QApplication.instance(), "en")

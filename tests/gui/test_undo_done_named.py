"""Ctrl+Z / Ctrl+Y of a done mark (Ctrl+D) name the document in the status bar, in English and in Chinese
("Undone: Mark document done" said which of the documents only by the one shown), by its file name as the list
shows it and the Edit menu names the step (the status bar named it by its title, a first line of its text)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.i18n import install_translator

Ctrl = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_undo_and_redo_of_a_done_mark_name_the_document_by_its_file_name(window, store, qtbot):
    doc = window.doc_id
    store.set_document_metadata(doc, "title", "2023年厦门市政府工作报告")  # as `annotator meta` sets it
    name = store.document(doc).name
    press(qtbot, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    press(qtbot, Qt.Key.Key_D, Ctrl)
    assert store.document(doc).done
    window.open_document(window.doc_model.doc_ids()[1])
    press(qtbot, Qt.Key.Key_Z, Ctrl)
    assert not store.document(doc).done
    assert window.statusBar().currentMessage() == f"Undone: Mark document “{name}” done"
    assert window.window_actions.redo.text() == f"&Redo Mark document “{name}” done"  # the Edit menu names it alike
    press(qtbot, Qt.Key.Key_Y, Ctrl)
    assert store.document(doc).done
    assert window.statusBar().currentMessage() == f"Redone: Mark document “{name}” done"
    press(qtbot, Qt.Key.Key_D, Ctrl)  # not done again
    install_translator(QApplication.instance(), "zh_CN")
    try:
        press(qtbot, Qt.Key.Key_Z, Ctrl)
        assert store.document(doc).done
        assert window.statusBar().currentMessage() == f"已撤销：取消文档“{name}”的完成标记"
        press(qtbot, Qt.Key.Key_Z, Ctrl)
        assert not store.document(doc).done
        assert window.statusBar().currentMessage() == f"已撤销：标记文档“{name}”已完成"
    finally:
        install_translator(QApplication.instance(), "en")


def test_the_edit_menus_undo_and_redo_of_a_done_mark_name_the_document(window, store, qtbot):
    """(A QA pass: the menu said "Undo Mark document done" while the status bar named the document.)"""
    doc = window.doc_id
    name = store.document(doc).name
    press(qtbot, Qt.Key.Key_D, Ctrl)
    assert store.document(doc).done
    assert window.window_actions.undo.text() == f"&Undo Mark document “{name}” done"
    press(qtbot, Qt.Key.Key_Z, Ctrl)
    assert not store.document(doc).done
    assert window.window_actions.redo.text() == f"&Redo Mark document “{name}” done"
    press(qtbot, Qt.Key.Key_Y, Ctrl)
    press(qtbot, Qt.Key.Key_D, Ctrl)  # not done again
    assert window.window_actions.undo.text() == f"&Undo Mark document “{name}” not done"
    window.commands.set_language("zh_CN")  # the steps named again in Chinese
    try:
        qtbot.waitUntil(lambda: "取消文档" in window.window_actions.undo.text())
        assert window.window_actions.undo.text() == f"撤销 取消文档“{name}”的完成标记(&U)"
        press(qtbot, Qt.Key.Key_Z, Ctrl)
        assert window.window_actions.undo.text() == f"撤销 标记文档“{name}”已完成(&U)"
    finally:
        window.commands.set_language("en")

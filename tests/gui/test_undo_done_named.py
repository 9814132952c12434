"""Ctrl+Z / Ctrl+Y of a done mark (Ctrl+D) name the document by its title in the status bar, in English
and in Chinese ("Undone: Mark document done" said which of the documents only by the one shown)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.i18n import install_translator

Ctrl = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_undo_and_redo_of_a_done_mark_name_the_document_by_its_title(window, store, qtbot):
    doc = window.doc_id
    store.set_document_metadata(doc, "title", "2023年厦门市政府工作报告")  # as `annotator meta` sets it
    press(qtbot, Qt.Key.Key_R, Ctrl)
    press(qtbot, Qt.Key.Key_D, Ctrl)
    assert store.document(doc).done
    window.open_document(window.doc_model.doc_ids()[1])
    press(qtbot, Qt.Key.Key_Z, Ctrl)
    assert not store.document(doc).done
    assert window.statusBar().currentMessage() == "Undone: Mark document “2023年厦门市政府工作报告” done"
    press(qtbot, Qt.Key.Key_Y, Ctrl)
    assert store.document(doc).done
    assert window.statusBar().currentMessage() == "Redone: Mark document “2023年厦门市政府工作报告” done"
    press(qtbot, Qt.Key.Key_D, Ctrl)  # not done again
    install_translator(QApplication.instance(), "zh_CN")
    try:
        press(qtbot, Qt.Key.Key_Z, Ctrl)
        assert store.document(doc).done
        assert window.statusBar().currentMessage() == "已撤销：取消文档“2023年厦门市政府工作报告”的完成标记"
        press(qtbot, Qt.Key.Key_Z, Ctrl)
        assert not store.document(doc).done
        assert window.statusBar().currentMessage() == "已撤销：标记文档“2023年厦门市政府工作报告”已完成"
    finally:
        install_translator(QApplication.instance(), "en")

"""Keyboard paths a first hour in the window needs: F6 takes the keys to the document list (Enter
there opens the row and gives the article the keys back)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.models.document_list import DOC_ID_ROLE

Ctrl = Qt.KeyboardModifier.ControlModifier


def focused():
    return QApplication.focusWidget()


def test_f6_goes_to_the_document_list_and_enter_there_opens_the_document(window, qtbot):
    view, docs = window.text_view, window.panel.view
    first = window.doc_id
    qtbot.keyClick(view, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: focused() is docs)
    assert docs.currentIndex().data(DOC_ID_ROLE) == first  # on the open document's row
    qtbot.keyClick(docs, Qt.Key.Key_Down)
    chosen = docs.currentIndex().data(DOC_ID_ROLE)
    assert chosen != first
    qtbot.keyClick(docs, Qt.Key.Key_Return)
    assert window.doc_id == chosen
    qtbot.waitUntil(lambda: focused() is view)  # the article has the keys: N goes to its first suggestion
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert window.selected_id is not None
    qtbot.keyClick(view, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: focused() is docs)
    qtbot.keyClick(docs, Qt.Key.Key_F6)  # pressed again: back to the article
    qtbot.waitUntil(lambda: focused() is view)
    assert window.actions["documents"].text() and "F6" in window.actions["documents"].shortcut().toString()


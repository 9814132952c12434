"""Keyboard paths a first hour in the window needs: F6 takes the keys to the document list (Enter
there opens the row and gives the article the keys back), the find bar forgets the old project's
search, and Ctrl+Enter in the find bar leaves it with the hit selected, so that a digit labels it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.models.document_list import DOC_ID_ROLE
from tests.gui.conftest import build_project, open_text, type_chinese

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
    documents = window.window_actions["documents"]
    assert documents.text() and "F6" in documents.shortcut().toString()


def test_another_project_opened_empties_and_closes_the_find_bar(window, qtbot, tmp_path):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl)
    bar = window.find_bar
    type_chinese(bar.edit, "厦门市")
    assert bar.count.text() == "1 found"
    assert window.open_project(build_project(tmp_path / "other"))
    assert not bar.isVisible()
    assert (bar.edit.text(), bar.count.text(), bar.hits) == ("", "", [])
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl)  # opened again: empty, no count of the old search
    assert bar.isVisible() and (bar.edit.text(), bar.count.text()) == ("", "")


def test_ctrl_enter_leaves_the_find_bar_with_the_hit_selected_and_a_digit_labels_it(window, store, qtbot):
    text = "今年建设松元产业园一期工程，松元产业园二期开工。\n"
    doc = open_text(window, store, qtbot, text)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl)
    bar = window.find_bar
    assert "Ctrl+Enter" in bar.edit.toolTip()
    type_chinese(bar.edit, "松元产业园")
    assert not bar.hint.isVisible()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # the second hit
    second = text.index("松元产业园", 5)
    assert window.text_view.selection_cp() == (second, second + 5)
    assert bar.hint.isVisible() and "Ctrl+Enter" in bar.hint.text()  # the way is named where the eye is
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Ctrl)
    assert not bar.isVisible()
    qtbot.waitUntil(lambda: focused() is window.text_view)
    assert window.text_view.selection_cp() == (second, second + 5)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)  # PROJECT
    assert [(a.start, a.end, a.label) for a in store.annotations(doc)] == [(second, second + 5, "PROJECT")]


def test_ctrl_enter_right_after_typing_takes_the_first_hit_after_the_caret(window, store, qtbot):
    text = "今年建设松元产业园一期工程。\n"
    doc = open_text(window, store, qtbot, text)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl)
    type_chinese(window.find_bar.edit, "松元产业园")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Enter, Ctrl)  # the keypad's Enter, no Enter before it
    qtbot.waitUntil(lambda: focused() is window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    assert [(a.start, a.end, a.label) for a in store.annotations(doc)] == [(4, 9, "PROJECT")]


def test_enter_in_the_document_filter_opens_the_first_document_it_leaves_and_down_goes_into_the_list(window, qtbot):
    """Typing 滨州 in the filter and pressing Enter (or Down) did nothing: the list was two Tabs away."""
    panel = window.panel
    qtbot.mouseClick(panel.filter_edit, Qt.MouseButton.LeftButton)
    type_chinese(panel.filter_edit, "b.txt")
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Return)
    opened = window.doc_id
    assert window.store.document(opened).name == "b.txt"
    qtbot.waitUntil(lambda: focused() is window.text_view)  # the article has the keys
    panel.filter_edit.clear()
    qtbot.mouseClick(panel.filter_edit, Qt.MouseButton.LeftButton)
    type_chinese(panel.filter_edit, ".txt")
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Down)
    assert focused() is panel.view and panel.view.currentIndex().row() == 0
    assert window.doc_id == opened  # Down only moves: Enter in the list opens

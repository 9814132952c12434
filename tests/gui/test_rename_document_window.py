"""Project › Rename document… (also in the document list's context menu): the window had no way to rename a
document. Now the chosen row's name cell opens for typing; Enter stores the name (one undo step, said in the
status bar), Esc leaves it; a name another document holds is refused in the status bar, nothing changed."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu

from annotator.gui.models.document_list import NAME
from tests.gui.conftest import type_chinese

Ctrl = Qt.KeyboardModifier.ControlModifier


def _click_row(window, qtbot, name: str) -> None:
    view, proxy = window.panel.view, window.panel.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, NAME).data() == name)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(proxy.index(row, NAME)).center())


def _editor(qtbot) -> QLineEdit:
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and QApplication.focusWidget().objectName() != "documentFilter")
    editor = QApplication.focusWidget()
    assert editor.text() == editor.selectedText()  # the name, selected: typing replaces it
    return editor


def _enter(qtbot, window, key=Qt.Key.Key_Return) -> None:
    """Enter in the name's editor: the name is stored once the editor closes (Qt commits it queued)."""
    qtbot.keyClick(QApplication.focusWidget(), key)
    qtbot.waitUntil(lambda: window.panel.view.state() != window.panel.view.State.EditingState)


def _type(qtbot, editor: QLineEdit, chinese: str, keys: str) -> None:
    """``chinese`` as an input method commits it, then ``keys`` pressed (digits and x: review keys elsewhere)."""
    if chinese:
        type_chinese(editor, chinese)
    qtbot.keyClicks(editor, keys)


def test_a_document_is_renamed_from_the_lists_context_menu_and_undo_names_it_back(window, store, qtbot):
    b = store.document_id_by_name("b.txt")
    _click_row(window, qtbot, "b.txt")

    def take_rename(menu) -> None:
        assert isinstance(menu, QMenu)
        try:
            next(a for a in menu.actions() if a.text() == "Rename document…").trigger()
        finally:
            menu.close()  # (without the entry too: the menu's exec() returns)

    menus = []
    QTimer.singleShot(50, lambda: menus.append(QApplication.activePopupWidget()) or take_rename(menus[-1]))
    view, proxy = window.panel.view, window.panel.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, NAME).data() == "b.txt")
    view.customContextMenuRequested.emit(view.visualRect(proxy.index(row, NAME)).center())  # on its row
    window.activateWindow()  # the menu, closed, gives the window back its activation (offscreen: by hand)
    editor = _editor(qtbot)
    assert editor.text() == "b.txt"
    _type(qtbot, editor, "厦门_海沧", "_2023.txt")  # the review keys (X, digits) type there too
    _enter(qtbot, window)
    assert store.document(b).name == "厦门_海沧_2023.txt"
    assert store.document_id_by_name("b.txt") is None
    assert len(store.annotations(b)) == 2  # its spans stay
    assert window.statusBar().currentMessage() == "Renamed b.txt to 厦门_海沧_2023.txt"
    assert "厦门_海沧_2023.txt" in window.doc_model.names()
    assert window.window_actions.undo.text() == "&Undo Rename document “b.txt” to “厦门_海沧_2023.txt”"
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert store.document(b).name == "b.txt"
    assert "b.txt" in window.doc_model.names() and "厦门_海沧_2023.txt" not in window.doc_model.names()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Y, Ctrl)
    assert store.document(b).name == "厦门_海沧_2023.txt"


def test_a_name_taken_is_refused_in_the_status_bar_and_esc_leaves_the_name(window, store, qtbot):
    a = store.document_id_by_name("a.txt")
    window.open_document(a)
    assert window.windowTitle().startswith("a.txt — ")
    _click_row(window, qtbot, "a.txt")
    window.window_actions["rename_document"].trigger()  # the Project menu's entry
    editor = _editor(qtbot)
    _type(qtbot, editor, "", "c.txt")
    _enter(qtbot, window)
    assert store.document(a).name == "a.txt" and not window.errors
    assert window.statusBar().currentMessage().startswith("cannot rename 'a.txt' to 'c.txt': another document")
    assert not window.undo_stack.canUndo()
    window.window_actions["rename_document"].trigger()
    editor = _editor(qtbot)
    _type(qtbot, editor, "", "x.txt")
    _enter(qtbot, window, Qt.Key.Key_Escape)
    assert store.document(a).name == "a.txt"
    window.window_actions["rename_document"].trigger()
    _type(qtbot, _editor(qtbot), "湖里", ".txt")
    _enter(qtbot, window, Qt.Key.Key_Enter)
    assert store.document(a).name == "湖里.txt"
    assert window.windowTitle().startswith("湖里.txt — ")  # the open document's name in the title follows


def test_the_search_all_documents_list_names_a_document_renamed_since_the_search(window, store, qtbot):
    # its hits kept the name the search found until it was run again
    from annotator.core.store import Store
    from tests.gui.test_search_all_keys import _search

    a = store.document_id_by_name("a.txt")
    dialog = _search(window, qtbot, "松元产业园")
    assert [dialog.results.topLevelItem(0).text(0), dialog.hit(0)[0]] == ["a.txt", a]
    window.activateWindow()  # renamed in this window, the dialog open beside it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _click_row(window, qtbot, "a.txt")
    window.window_actions["rename_document"].trigger()
    _type(qtbot, _editor(qtbot), "湖里", ".txt")
    _enter(qtbot, window)
    item = dialog.results.topLevelItem(0)
    assert (item.text(0), item.toolTip(0)) == ("湖里.txt", "湖里.txt")
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # its undo
    assert item.text(0) == "a.txt"
    with Store.open(store.folder) as elsewhere:  # annotator rename P a.txt 思明.txt
        elsewhere.rename_document(a, "思明.txt")
    window.reloading.check()  # the window's look at another program's writes: the list read by its worker
    qtbot.waitUntil(lambda: not window.doc_model.reading())
    assert item.text(0) == "思明.txt"

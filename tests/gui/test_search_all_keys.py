"""Search all documents (Ctrl+Shift+F) from the keyboard, as a researcher goes through every mention
of a project: Enter opens the current hit (the first, searched at once, when typed faster than the list
follows) and then the next one across the documents, Shift+Enter
the previous one, each selected in the middle of the article; Ctrl+Enter gives the article the keys
so that a label key labels exactly the hit; Ctrl+Shift+F again gives the open dialog the keys; a hit
whose document another program removed since the search is not opened in the wrong document."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import add_document, type_chinese

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
FILLER = "各项工作稳步推进，人民生活持续改善。\n" * 120  # the hit far down: the view must scroll to it


def _search(window, qtbot, needle: str):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl | Shift)
    dialog = window.commands._search_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.query
    type_chinese(dialog.query, needle)
    assert dialog._timer.isActive()  # typed faster than the list follows it (250 ms)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # searches (in the worker) and opens the first hit
    qtbot.waitUntil(lambda: not dialog.busy())
    return dialog


def _middle(view) -> bool:
    rect, height = view.cursorRect(), view.viewport().height()
    return height * 0.25 <= rect.top() and rect.bottom() <= height * 0.75


def test_enter_goes_through_the_hits_of_every_document_each_in_the_middle(window, store, qtbot):
    first = add_document(store, "d.txt", FILLER + "建设松元产\n业园一期。\n" + FILLER)
    second = add_document(store, "e.txt", FILLER + "松元产业园二期，松元产业园三期。\n" + FILLER)
    texts = {first: store.document(first).text, second: store.document(second).text}
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    dialog = _search(window, qtbot, "松元产业园")
    hits = [dialog.hit(row) for row in range(dialog.results.topLevelItemCount())]
    assert [h[0] for h in hits] == [1, first, second, second]  # a.txt of the fixture first
    view = window.text_view
    opened = [(window.doc_id, *view.selection_cp())]  # the Enter that searched opened the first
    for _ in range(4):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
        opened.append((window.doc_id, *view.selection_cp()))
        assert window.doc_id == 1 or _middle(view)  # a.txt's hit is on its first lines
    assert opened == hits + hits[:1]  # the last wraps round to the first
    assert texts[first][hits[1][1]:hits[1][2]] == "松元产\n业园"
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return, Shift)
    assert (window.doc_id, *view.selection_cp()) == hits[-1]  # the previous one, round the start
    assert _middle(view)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return, Shift)
    assert (window.doc_id, *view.selection_cp()) == hits[-2]
    assert QApplication.focusWidget() is dialog.query  # the box kept the keys: Enter again goes on
    assert store.annotations(second) == []  # Enter found; it labelled nothing


def test_ctrl_enter_gives_the_article_the_keys_and_a_label_key_labels_exactly_the_hit(window, store, qtbot):
    doc = add_document(store, "d.txt", FILLER + "推进松元产\n业园建设。\n" + FILLER)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    dialog = _search(window, qtbot, "松元产业园")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # the box moves the list: the second hit, d.txt's
    assert dialog.hit(dialog.results.indexOfTopLevelItem(dialog.results.currentItem()))[0] == doc
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return, Ctrl)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert QApplication.focusWidget() is window.text_view and window.doc_id == doc
    start = store.document(doc).text.index("松元产")
    assert window.text_view.selection_cp() == (start, start + 6)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)  # PROJECT's key
    assert [(a.start, a.end, a.label, a.status) for a in store.annotations(doc)] == [
        (start, start + 6, "PROJECT", "accepted")]
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl | Shift)  # the dialog, open behind: the keys again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.query and dialog.query.selectedText() == "松元产业园"


def test_a_hit_in_a_document_removed_since_is_not_opened_and_the_search_is_made_again(window, store, qtbot):
    doc = add_document(store, "d.txt", "松元产业园在此，文字较长。\n")
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    dialog = _search(window, qtbot, "松元产业园")
    assert dialog.results.topLevelItemCount() == 2
    shown = (window.doc_id, window.text_view.selection_cp())  # the first hit, a.txt's, opened
    store.delete_documents([doc])  # another program (annotator remove) while the list shows its hit
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.doc_id != doc and window.errors == []
    assert (window.doc_id, window.text_view.selection_cp()) == shown  # nothing else selected
    assert dialog.results.topLevelItemCount() == 1 and dialog.hit(0)[0] != doc
    assert dialog.count.text().startswith("The documents changed since the search")


def test_esc_closes_the_search_and_the_article_has_the_keys_again(window, store, qtbot):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    span = window.selected_id
    dialog = _search(window, qtbot, "松元产业园")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # the hit opened in the article
    qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)  # not no widget: N and Ctrl+Z went nowhere
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert window.selected_id not in (None, span)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)
    assert store.annotation(window.selected_id).status == "accepted"


def test_enter_right_after_typing_searches_and_opens_the_first_hit_in_one_key(window, store, qtbot):
    """Typed and Entered within the list's 250 ms: that Enter searched only, a second one opened the hit."""
    doc = add_document(store, "d.txt", FILLER + "推进松元产业园建设。\n" + FILLER)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    dialog = _search(window, qtbot, "松元产业园")
    hits = [dialog.hit(row) for row in range(dialog.results.topLevelItemCount())]
    assert [h[0] for h in hits] == [1, doc]
    assert (window.doc_id, *window.text_view.selection_cp()) == hits[0]
    assert window.text_view.textCursor().selectedText() == "松元产业园"
    assert QApplication.focusWidget() is dialog.query
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # the next one
    assert (window.doc_id, *window.text_view.selection_cp()) == hits[1]
    assert _middle(window.text_view)

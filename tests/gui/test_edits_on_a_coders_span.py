"""The reviewer's edits of another coder's accepted span with the Adjudication panel closed: Alt+→, another
label's key, A, a value or a note typed in the form go to the reviewer's own copy of it, in their layer (one
Ctrl+Z removes it), and li's span stays as li left it; X and Delete leave it and say where a coder's decisions
are changed. They moved li's 湖里区 into tester's layer (or rejected it): agreement and adjudication lost li's
decision. The reviewer's own span and the program's suggestion are edited in place as before."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.gui.conftest import type_chinese
from tests.team_layers import merged_copy

Alt, Ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
Left = Qt.MouseButton.LeftButton


def lis(store, doc_id):
    """li's accepted DISTRICT 湖里区, merged from li's copy (li one of the project's coders)."""
    return merged_copy(store, "li", doc_id, [(3, 6, "DISTRICT", {"note": "li's note"})])[0]


def click(window, qtbot, cp):
    view = window.text_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(cp))
    qtbot.mouseClick(view.viewport(), Left, pos=view.cursorRect(cursor).center() + QPoint(2, 0))


def layer_of_tester(store, doc_id):
    return [(a.label, a.text, a.status, a.note) for a in store.annotations(doc_id) if a.annotator == "tester"]


def alt_right(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_Right, Alt)


def relabel_key(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)  # PROJECT


def accept_key(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_A)


def form_value(window, qtbot):
    edit = window.form._value_edits["name"]
    edit.setFocus()
    edit.selectAll()
    type_chinese(edit, "海沧区")
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def form_note(window, qtbot):
    edit = window.form.note_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "check")
    qtbot.keyClick(edit, Qt.Key.Key_Return)


EDITS = {  # the edit, and what tester's layer holds after it
    "alt-right": (alt_right, ("DISTRICT", "湖里区计", "accepted", "")),
    "relabel": (relabel_key, ("PROJECT", "湖里区", "accepted", "")),
    "accept": (accept_key, ("DISTRICT", "湖里区", "accepted", "")),
    "value": (form_value, ("DISTRICT", "湖里区", "accepted", "")),
    "note": (form_note, ("DISTRICT", "湖里区", "accepted", "check")),
}


@pytest.mark.parametrize("kind", list(EDITS))
def test_an_edit_of_a_coders_span_goes_to_the_reviewers_own_copy(window, store, qtbot, agree, kind):
    edit, held = EDITS[kind]
    li = lis(store, window.doc_id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)  # the window reads it
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    click(window, qtbot, 4)
    assert window.selected_id == li.id
    edit(window, qtbot)
    assert window.errors == []
    assert store.annotation(li.id) == li  # li's decision, as li made it
    assert layer_of_tester(store, window.doc_id) == [held]
    copy = next(a for a in store.annotations(window.doc_id) if a.annotator == "tester")
    assert window.selected_id == copy.id  # the next key edits the copy
    if kind == "value":
        assert copy.value.get("name") == "海沧区" and li.value.get("name") != "海沧区"
    assert "li's span stays as they left it" in window.statusBar().currentMessage()
    agree(window)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # one step: the copy gone, li's as it was
    assert layer_of_tester(store, window.doc_id) == []
    assert store.annotation(li.id) == li
    agree(window)


def test_moves_of_a_coders_span_held_down_move_one_copy_in_one_step(window, store, qtbot, agree):
    li = lis(store, window.doc_id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    click(window, qtbot, 4)
    for _ in range(3):
        alt_right(window, qtbot)
    assert store.annotation(li.id) == li
    assert layer_of_tester(store, window.doc_id) == [("DISTRICT", "湖里区计划投", "accepted", "")]
    assert window.undo_stack.count() == 1
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert layer_of_tester(store, window.doc_id) == [] and store.annotation(li.id) == li
    agree(window)


@pytest.mark.parametrize("key", [Qt.Key.Key_X, Qt.Key.Key_Delete], ids=["reject", "delete"])
def test_x_or_delete_on_a_coders_span_leaves_it_and_says_where_it_is_decided(window, store, qtbot, key):
    li = lis(store, window.doc_id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    click(window, qtbot, 4)
    qtbot.keyClick(window.text_view, key)
    assert window.errors == []
    assert store.annotation(li.id) == li
    assert layer_of_tester(store, window.doc_id) == []
    assert not window.undo_stack.canUndo()
    said = window.statusBar().currentMessage()
    assert "li's span stays as they left it" in said and "Adjudication panel" in said


def test_the_reviewers_own_span_and_a_suggestion_are_still_edited_in_place(window, store, qtbot, agree):
    li = lis(store, window.doc_id)
    mine = store.add_annotation(window.doc_id, 6, 8, "PROJECT", status="accepted",
                                annotator="tester").annotation_changes[0].after
    suggestion = next(a for a in store.annotations(window.doc_id) if a.text == "厦门市")
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    click(window, qtbot, 1)
    alt_right(window, qtbot)  # the program's 厦门市: reshaped, now tester's
    a = store.annotation(suggestion.id)
    assert (a.text, a.status, a.annotator) == ("厦门市湖", "accepted", "tester")
    click(window, qtbot, 7)  # 计划
    qtbot.keyClick(window.text_view, Qt.Key.Key_X)  # tester's own: rejected
    assert store.annotation(mine.id).status == "rejected"
    assert store.annotation(li.id) == li
    assert len(store.annotations(window.doc_id)) == 5  # no copy made
    agree(window)

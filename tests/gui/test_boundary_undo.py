"""The boundary keys' moves of one span in a row are one undo step, as a word processor merges
typing until the caret moves: another key, a click, another edit or another span starts a new one."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

Alt, Shift, Ctrl = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.ControlModifier)


def by_text(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def test_five_moves_are_one_undo_step_and_redo_gives_the_last(window, store, qtbot, agree):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)  # 厦门市, a suggestion
    before = by_text(store, window.doc_id, "厦门市")
    for _ in range(5):  # Alt+Right held down
        qtbot.keyClick(view, Qt.Key.Key_Right, Alt)
    moved = store.annotation(before.id)
    assert moved.text == "厦门市湖里区计划" and moved.status == "accepted"
    assert window.undo_stack.count() == 1 and len(window.ops.history.steps) == 1
    undo = window.window_actions.undo
    assert undo.text().endswith("厦门市湖里区计划") or "厦门市湖里区计划" in window.undo_stack.undoText()
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)  # one Ctrl+Z: the suggestion as it was
    a = store.annotation(before.id)
    assert (a.start, a.end, a.status, a.value) == (before.start, before.end, "suggested", before.value)
    assert not window.undo_stack.canUndo()
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl | Shift)  # redo: the boundaries the moves ended at
    a = store.annotation(before.id)
    assert (a.start, a.end, a.text, a.status) == (moved.start, moved.end, moved.text, "accepted")
    agree(window)


def test_the_start_and_the_end_of_one_span_are_one_run(window, store, qtbot):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    first = window.selected_id
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt)
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt | Shift)
    qtbot.keyClick(view, Qt.Key.Key_Right, Ctrl | Alt)
    assert window.undo_stack.count() == 1
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(first).text == "厦门市"


def test_another_span_a_key_or_a_click_starts_a_new_step(window, store, qtbot, agree):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)  # 厦门市
    city = window.selected_id
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt)
    qtbot.keyClick(view, Qt.Key.Key_N)  # 55.1亿元: another span
    amount = window.selected_id
    assert amount != city
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt)
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt)
    assert window.undo_stack.count() == 2
    qtbot.keyClick(view, Qt.Key.Key_Home)  # another key: the run ends
    window.select_annotation(amount)
    qtbot.keyClick(view, Qt.Key.Key_Left, Alt)
    assert window.undo_stack.count() == 3
    rect = view.cursorRect()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x(), rect.center().y()))
    window.select_annotation(amount)
    qtbot.keyClick(view, Qt.Key.Key_Left, Alt)  # after a click: a step of its own
    assert window.undo_stack.count() == 4
    texts = []
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
        texts.append((store.annotation(city).text, store.annotation(amount).text))
    assert texts == [("厦门市湖", "55.1亿元建"), ("厦门市湖", "55.1亿元建设"), ("厦门市湖", "55.1亿元"),
                     ("厦门市", "55.1亿元")]
    agree(window)


def test_another_edit_between_two_moves_keeps_them_apart(window, store, qtbot):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    city = window.selected_id
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt)
    window.ops.set_done(window.doc_id, True)  # another program of the window (a menu) wrote
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt)
    assert window.undo_stack.count() == 3
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(city).text == "厦门市湖"

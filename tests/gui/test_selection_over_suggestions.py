"""A selection over two open suggestions of one label, then that label's key: the span takes their
place (the first reshaped, the other removed, none rejected) in one step, and Ctrl+Z gives both back.
It was added beside them: three overlapping DISTRICT spans, two still in the queue."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.models import Suggestion

Shift, Ctrl = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def test_a_selection_over_two_suggestions_of_a_label_takes_their_place_and_ctrl_z_gives_them_back(
        window, store, qtbot, agree):
    view = window.text_view
    store.add_suggestions(window.doc_id, [Suggestion(3, 6, "DISTRICT", "湖里区", {}, 0.8, "test reason", "test")])
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)  # the window reads it
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    before = store.annotations(window.doc_id)
    first = next(a for a in before if a.text == "厦门市")
    view.setFocus()
    view.select_range(0, 0)
    for _ in range(6):  # 厦门市湖里区 by Shift+Right
        qtbot.keyClick(view, Qt.Key.Key_Right, Shift)
    assert view.selection_cp() == (0, 6)
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT
    assert window.errors == []
    districts = [(a.id, a.text, a.status, a.annotator, a.origin, a.confidence)
                 for a in store.annotations(window.doc_id) if a.label == "DISTRICT"]
    assert districts == [(first.id, "厦门市湖里区", "accepted", "tester", "manual", 0.8)]  # suggestion-changed
    assert store.rejected_entries() == set()
    others = sorted((a.label, a.text, a.status) for a in store.annotations(window.doc_id) if a.label != "DISTRICT")
    assert others == [("AMOUNT", "55.1亿元", "suggested"), ("PROJECT", "松元产业园", "suggested")]
    assert window.selected_id == first.id and not view.textCursor().hasSelection()
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Label DISTRICT 厦门市湖里区 in place of 2 suggestions"
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)  # one step: both suggestions exactly as they were
    assert store.annotations(window.doc_id) == before
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Y, Ctrl)
    assert [a.text for a in store.annotations(window.doc_id) if a.label == "DISTRICT"] == ["厦门市湖里区"]
    agree(window)

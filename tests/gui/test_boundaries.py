"""Correcting a span's boundaries by keys: Alt+arrows move the selected span's end (with Shift its
start), with Ctrl by a jieba word; a new selection over a span of the same label replaces its
boundaries. The moves of one span in a row are one undo step (tests/gui/test_boundary_undo.py);
the database, the table and the drawn text agree."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.selection import paragraph_end, value_context
from annotator.core.suggest.values import value_for

Alt, Shift, Ctrl = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.ControlModifier)


def by_text(store, doc_id, text):
    return next(a for a in store.annotations(doc_id) if a.text == text)


def undo(qtbot, window):
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)


def test_alt_arrows_move_the_end_and_shift_the_start_one_character_each_one_step_in_all(window, store, qtbot, agree):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    first = by_text(store, window.doc_id, "厦门市")
    assert window.selected_id == first.id
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, Alt)
    a = store.annotation(first.id)
    assert (a.start, a.end, a.text, a.status, a.annotator) == (0, 6, "厦门市湖里区", "accepted", "tester")
    assert a.value == value_for("DISTRICT", view.text[:paragraph_end(view.text, 6)], 0, 6)
    assert window.selected_id == first.id and window.form.text_label.text() == "厦门市湖里区"
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt | Shift)  # the start one right: 门市湖里区
    assert store.annotation(first.id).text == "门市湖里区"
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Left, Alt | Shift)
    qtbot.keyClick(view, Qt.Key.Key_Left, Alt)
    assert store.annotation(first.id).text == "厦门市湖里"
    agree(window)
    assert window.undo_stack.count() == 1
    undo(qtbot, window)  # the six moves: one step, back to the suggestion as it was
    a = store.annotation(first.id)
    assert (a.start, a.end, a.text, a.status, a.value) == (first.start, first.end, "厦门市", "suggested", first.value)
    agree(window)


def test_a_span_never_becomes_empty_nor_leaves_the_text(window, store, qtbot, agree):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    first = window.selected_id
    qtbot.keyClick(view, Qt.Key.Key_Left, Alt | Shift)  # the start is at 0 already
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Left, Alt)
    a = store.annotation(first)
    assert (a.start, a.end, a.text) == (0, 1, "厦")
    assert window.undo_stack.count() == 1
    agree(window)


def test_ctrl_alt_arrows_move_by_jieba_words(window, store, qtbot, agree):
    view = window.text_view
    project = by_text(store, window.doc_id, "松元产业园")
    window.select_annotation(project.id)
    qtbot.keyClick(view, Qt.Key.Key_Left, Ctrl | Alt | Shift)  # 建设|松|元|产业园
    assert store.annotation(project.id).text == "建设松元产业园"
    qtbot.keyClick(view, Qt.Key.Key_Right, Ctrl | Alt | Shift)
    qtbot.keyClick(view, Qt.Key.Key_Left, Ctrl | Alt)
    assert store.annotation(project.id).text == "松元"
    qtbot.keyClick(view, Qt.Key.Key_Right, Ctrl | Alt)
    assert store.annotation(project.id).text == "松元产业园"
    agree(window)
    undo(qtbot, window)
    assert store.annotation(project.id) == project
    agree(window)


def test_a_new_selection_over_a_span_of_the_same_label_replaces_its_boundaries(window, store, qtbot, agree):
    view = window.text_view
    project = by_text(store, window.doc_id, "松元产业园")
    key = next(label.shortcut for label in store.labels() if label.name == "PROJECT")
    start = view.text.index("产业园")
    view.select_range(start - 4, start + 2)  # 建设松元产业
    qtbot.keyClick(view, key)
    spans = [a for a in store.annotations(window.doc_id) if a.label == "PROJECT"]
    assert [(a.id, a.text, a.status) for a in spans] == [(project.id, "建设松元产业", "accepted")]
    assert window.selected_id == project.id and not view.textCursor().hasSelection()
    text = view.text
    lo = value_context(text, start - 4, start + 2)
    hi = paragraph_end(text, start + 2)
    assert spans[0].value == value_for("PROJECT", text[lo:hi], start - 4 - lo, start + 2 - lo)
    assert window.errors == []
    agree(window)
    undo(qtbot, window)  # one step
    assert store.annotation(project.id) == project
    agree(window)


def test_a_selection_over_a_span_of_another_label_is_a_new_span(window, store, qtbot, agree):
    view = window.text_view
    district = by_text(store, window.doc_id, "厦门市")
    key = next(label.shortcut for label in store.labels() if label.name == "PROJECT")
    view.select_range(0, 6)
    qtbot.keyClick(view, key)
    assert store.annotation(district.id) == district
    assert by_text(store, window.doc_id, "厦门市湖里区").label == "PROJECT"
    agree(window)


def test_a_move_into_a_span_of_the_same_label_is_refused_in_the_status_bar(window, store, qtbot, agree):
    view = window.text_view
    view.select_range(3, 6)
    qtbot.keyClick(view, Qt.Key.Key_1)  # DISTRICT 湖里区 beside the suggested 厦门市
    first = by_text(store, window.doc_id, "厦门市")
    window.select_annotation(first.id)
    steps = window.undo_stack.count()
    for _ in range(4):  # a key held down: the refusal each time in the status bar, no dialog
        qtbot.keyClick(view, Qt.Key.Key_Right, Alt)
    assert not window.errors and "overlaps" in window.statusBar().currentMessage()
    assert store.annotation(first.id) == first and window.undo_stack.count() == steps
    agree(window)

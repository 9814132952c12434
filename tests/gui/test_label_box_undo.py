"""The form's label box relabels at each arrow key; the relabels of one span in a row are one
undo step, in the project's history as on the window's stack; an amount's qualifier box alike."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def first_suggestion(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # 厦门市, a DISTRICT suggestion
    return window.selected_id


def test_arrow_keys_in_the_label_box_are_one_undo_step(window, store, qtbot, agree):
    city = first_suggestion(window, qtbot)
    before = store.annotation(city)
    assert before.label == "DISTRICT" and before.status == "suggested"
    combo = window.form.label_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # PROJECT
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # AMOUNT
    assert store.annotation(city).label == combo.currentData() == "AMOUNT"
    assert window.undo_stack.count() == 1 and len(window.ops.history.steps) == 1
    qtbot.keyClick(combo, Qt.Key.Key_Z, Ctrl)  # one undo: the label it had, a suggestion again
    after_undo = store.annotation(city)
    assert (after_undo.label, after_undo.status, after_undo.annotator) == ("DISTRICT", "suggested", before.annotator)
    assert combo.currentData() == "DISTRICT" and not window.window_actions.undo.isEnabled()
    agree(window)
    qtbot.keyClick(combo, Qt.Key.Key_Z, Ctrl | Shift)  # redo: the last label chosen
    assert store.annotation(city).label == combo.currentData() == "AMOUNT"
    agree(window)


def test_back_to_the_first_label_leaves_no_step_and_another_span_is_a_step_of_its_own(window, store, qtbot):
    city = first_suggestion(window, qtbot)
    combo = window.form.label_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.undo_stack.count() == 1
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # DISTRICT again, but accepted now: still one step
    assert store.annotation(city).label == "DISTRICT" and window.undo_stack.count() == 1
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # 55.1亿元, an AMOUNT
    amount = window.selected_id
    assert amount != city
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # PROJECT: its own step
    assert store.annotation(amount).label == "PROJECT" and window.undo_stack.count() == 2
    qtbot.keyClick(combo, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(amount).label == "AMOUNT" and store.annotation(city).status == "accepted"
    qtbot.keyClick(combo, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(city).status == "suggested"


def test_relabels_of_a_span_chosen_again_later_are_separate_steps(window, store, qtbot):
    city = first_suggestion(window, qtbot)
    combo = window.form.label_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # PROJECT
    window.select_annotation(None)
    window.select_annotation(city)  # clicked again
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # AMOUNT
    assert window.undo_stack.count() == 2
    qtbot.keyClick(combo, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(city).label == "PROJECT"


def test_relabels_that_end_where_they_began_leave_no_step(window, store, qtbot):
    city = first_suggestion(window, qtbot)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)  # PROJECT by its key: a step of its own
    keyed = store.annotation(city)
    assert keyed.label == "PROJECT" and window.undo_stack.count() == 1
    combo = window.form.label_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # AMOUNT
    assert window.undo_stack.count() == 2
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # PROJECT again, as the key left it: nothing to undo here
    assert store.annotation(city).with_(updated_at="") == keyed.with_(updated_at="")
    assert window.undo_stack.count() == 1 and len(window.ops.history.steps) == 1
    qtbot.keyClick(combo, Qt.Key.Key_Z, Ctrl)  # the key's relabel
    assert store.annotation(city).label == "DISTRICT" and not window.window_actions.undo.isEnabled()


def test_a_relabel_the_project_refuses_leaves_the_box_showing_the_label_the_span_has(window, store, qtbot):
    """集美区 inside a PROJECT span of the same annotator: as a PROJECT it would overlap it. Said in the
    status bar: an error box popped up at each arrow key."""
    text = window.text_view.text
    start = text.index("集美区")
    window.text_view.select_range(start, start + 9)  # 集美区新增10家规上
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    window.text_view.select_range(start, start + 3)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    jimei = window.selected_id
    assert store.annotation(jimei).label == "DISTRICT" and window.undo_stack.count() == 2
    combo = window.form.label_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # PROJECT: refused
    said = window.statusBar().currentMessage()
    assert window.errors == [] and "overlap" in said
    assert store.annotation(jimei).label == "DISTRICT" and window.undo_stack.count() == 2
    assert combo.currentData() == window.form.annotation().label == "DISTRICT"
    assert QApplication.focusWidget() is combo  # the keys stay in the box
    window.statusBar().clearMessage()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # from DISTRICT again: PROJECT refused again, not AMOUNT
    assert store.annotation(jimei).label == "DISTRICT" and combo.currentData() == "DISTRICT"
    assert window.errors == [] and window.statusBar().currentMessage() == said
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # the label above DISTRICT: none, nothing changes
    assert store.annotation(jimei).label == "DISTRICT" and window.undo_stack.count() == 2


def test_esc_in_the_label_box_gives_the_article_the_focus_and_the_review_keys_still_work(window, store, qtbot):
    city = first_suggestion(window, qtbot)
    combo = window.form.label_combo
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    qtbot.keyClick(combo, Qt.Key.Key_A)  # a review key from the box: accepts (the box does not take it)
    assert store.annotation(city).status == "accepted" and store.annotation(city).label == "DISTRICT"
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.text_view
    assert store.annotation(city).label == "DISTRICT"


def test_a_suggestions_own_label_key_accepts_it(window, store, qtbot):
    # 1 on an open DISTRICT suggestion did nothing: neither accepted nor said anything
    city = first_suggestion(window, qtbot)
    assert store.annotation(city).status == "suggested"
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    after = store.annotation(city)
    assert (after.label, after.status) == ("DISTRICT", "accepted")
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(city).status == "suggested"


def test_arrow_keys_in_the_qualifier_box_are_one_undo_step_as_in_the_label_box(window, store, qtbot, agree):
    """Each arrow key in the qualifier box was a step of its own: Ctrl+Z after Down, Down took back one."""
    first_suggestion(window, qtbot)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # 55.1亿元, an AMOUNT
    amount = window.selected_id
    before = store.annotation(amount)
    assert before.label == "AMOUNT" and "qualifier" not in before.value
    box = window.form._value_edits["qualifier"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # 超
    qtbot.keyClick(box, Qt.Key.Key_Down)  # 近
    assert store.annotation(amount).value["qualifier"] == box.currentText() == "近"
    assert window.undo_stack.count() == 1 and len(window.ops.history.steps) == 1
    qtbot.keyClick(box, Qt.Key.Key_Z, Ctrl)  # one undo takes back both
    undone = store.annotation(amount)
    assert (undone.value, undone.status) == (before.value, before.status) and box.currentText() == ""
    assert not window.window_actions.undo.isEnabled()
    agree(window)
    qtbot.keyClick(box, Qt.Key.Key_Z, Ctrl | Shift)  # redo: the last one chosen
    assert store.annotation(amount).value["qualifier"] == box.currentText() == "近"
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # another span, back again: a step of its own
    qtbot.keyClick(window.text_view, Qt.Key.Key_P)
    assert window.selected_id == amount
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # 约
    assert store.annotation(amount).value["qualifier"] == "约" and window.undo_stack.count() == 2

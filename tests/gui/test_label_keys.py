"""A label key acts only on what the user can see, and a relabel never keeps the old label's value."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import add_document

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
FILLER = "".join(f"第{i}段，没有地名也没有金额。\n" for i in range(2000))


def rows(store, doc_id):
    return {a.id: (a.label, a.start, a.end, a.status, a.value) for a in store.annotations(doc_id)}


@pytest.fixture
def long_doc(window, store, qtbot):
    """厦门市 (a suggestion) at the top, 2,000 lines, then 集美区 and 55.1亿元 at the bottom."""
    text = "厦门市湖里区。\n" + FILLER + "集美区计划投资55.1亿元。\n"
    doc = add_document(store, "long.txt", text)
    store.add_annotation(doc, 0, 3, "DISTRICT", status="suggested", origin="test",
                         value={"name": "厦门市", "code": "350200"})
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(doc)
    window.text_view.flush_formatting()
    return doc


def test_esc_on_the_find_bar_lets_the_hit_go_and_a_digit_relabels_nothing_unseen(window, store, qtbot, long_doc):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)  # 厦门市 at the top, selected
    assert window.form.text_label.text() == "厦门市"
    before = rows(store, long_doc)
    qtbot.keyClick(view, Qt.Key.Key_F, Ctrl)
    qtbot.keyClicks(window.find_bar.edit, "55.1")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)  # the hit at the bottom: the view scrolls there
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and view.hasFocus()
    assert view.selection_cp()[0] == view.selection_cp()[1]  # the found text is no longer selected
    qtbot.keyClick(view, Qt.Key.Key_2)  # 厦门市 is off screen: a PROJECT key must not touch it
    assert rows(store, long_doc) == before
    assert "Nothing selected on screen" in window.statusBar().currentMessage()


def test_a_label_key_leaves_a_selected_span_alone_once_it_is_scrolled_away(window, store, qtbot, long_doc):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    city = window.selected_id
    qtbot.keyClick(view, Qt.Key.Key_End, Ctrl)  # read on to the end of the article
    assert not view.is_on_screen(0, 3)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert store.annotation(city).label == "DISTRICT"
    qtbot.keyClick(view, Qt.Key.Key_Home, Ctrl)  # back on screen: now the key relabels it
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert (store.annotation(city).label, store.annotation(city).value) == ("PROJECT", {})


def test_a_found_text_can_still_be_labelled_while_the_find_bar_is_open(window, store, qtbot, long_doc):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl)
    qtbot.keyClicks(window.find_bar.edit, "55.1")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    qtbot.mouseClick(window.form.label_button("AMOUNT"), Qt.MouseButton.LeftButton)
    added = [a for a in store.annotations(long_doc) if a.label == "AMOUNT"]
    assert [(a.text, a.status) for a in added] == [("55.1", "accepted")]


def test_relabel_recomputes_the_value_for_the_new_label(window, store, qtbot):
    view, doc = window.text_view, window.doc_id
    text = view.text
    city = next(a for a in store.annotations(doc) if a.text == "厦门市")
    store.update_annotation(city.id, value={"name": "厦门市", "code": "350200"})
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert window.selected_id == city.id
    qtbot.keyClick(view, Qt.Key.Key_2)  # a PROJECT has no division code
    assert (store.annotation(city.id).label, store.annotation(city.id).value) == ("PROJECT", {})

    qtbot.keyClick(view, Qt.Key.Key_N)
    amount = window.selected_id
    assert window.form.text_label.text() == "55.1亿元"
    qtbot.keyClick(view, Qt.Key.Key_4)  # TARGET: the amount suggester's yuan must not stay
    assert store.annotation(amount).label == "TARGET"
    as_target = store.annotation(amount).value
    assert "yuan" not in as_target
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert store.annotation(amount).value == {"yuan": 5510000000, "qualifier": None}
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)  # undo gives the old label its old value back
    assert (store.annotation(amount).label, store.annotation(amount).value) == ("TARGET", as_target)

    start = text.index("集美区")
    view.select_range(start, start + 3)
    qtbot.keyClick(view, Qt.Key.Key_2)  # a hand-made PROJECT 集美区 ...
    jimei = window.selected_id
    assert store.annotation(jimei).value == {}
    qtbot.keyClick(view, Qt.Key.Key_1)  # ... relabelled DISTRICT gets its division code
    assert store.annotation(jimei).value == {"name": "集美区", "code": "350211"}

def test_the_form_label_box_relabels_the_span_it_shows(window, store, qtbot):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    city = window.selected_id
    combo = window.form.label_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # DISTRICT -> PROJECT, as arrow keys choose in a closed box
    assert store.annotation(city).label == combo.currentText() == "PROJECT"


def test_the_form_label_box_with_no_span_shown_labels_the_selected_text(window, store, qtbot):
    """The box is never disabled: with nothing selected it does what the label buttons do."""
    view = window.text_view
    text = view.text
    start = text.index("集美区")
    window.select_annotation(None)
    assert window.form.annotation() is None
    view.select_range(start, start + 3)
    combo = window.form.label_combo
    assert combo.isEnabled()
    combo.setCurrentIndex(combo.findData("DISTRICT"))
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # PROJECT, chosen with the keyboard
    made = [a for a in store.annotations(window.doc_id) if a.start == start and a.end == start + 3]
    assert [(a.label, a.status, a.origin) for a in made] == [("PROJECT", "accepted", "manual")]
    assert window.form.annotation() is not None and window.form.annotation().id == made[0].id

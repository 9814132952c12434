"""Find (Ctrl+F) as a reader expects it: full-width letters and digits match half-width ones and
Latin letters either case (ＡＢＣ１２３ = ABC123 = abc123), Shift+Enter goes to the previous hit
(from the last after the first), and Enter pressed before a long document is searched through goes
to the next hit after the caret, not back to the first."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_text, type_chinese

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_full_width_and_half_width_forms_find_each_other(window, store, qtbot):
    text = "ＡＢＣ１２３在前，ABC123在后，abc１23在末。２０２４年\n"
    open_text(window, store, qtbot, text)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl)
    bar = window.find_bar
    qtbot.keyClicks(bar.edit, "ABC123")
    assert bar.hits == [(0, 6), (9, 15), (18, 24)]
    year = text.index("２０２４")
    bar.edit.clear()
    type_chinese(bar.edit, "２０２４")
    assert bar.hits == [(year, year + 4)]
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "2024")
    assert bar.hits == [(year, year + 4)]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert window.text_view.selection_cp() == (year, year + 4)
    qtbot.mouseClick(window.form.label_button("AMOUNT"), Qt.MouseButton.LeftButton)  # the hit labelled
    assert [(a.start, a.end, a.text) for a in store.annotations(window.doc_id)] == [(year, year + 4, "２０２４")]


def test_shift_enter_goes_to_the_previous_hit_and_wraps_to_the_last(window, store, qtbot):
    text = "松元产业园一期，松元产业园二期，松元产业园三期。\n"
    open_text(window, store, qtbot, text)
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_F, Ctrl)
    type_chinese(window.find_bar.edit, "松元")
    starts = [h[0] for h in window.find_bar.hits]
    assert starts == [0, 8, 16]
    for expected in (0, 8, 16, 0):
        qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
        assert view.selection_cp()[0] == expected
    for expected in (16, 8, 0, 16):
        qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return, Shift)
        assert view.selection_cp()[0] == expected
    assert window.store.annotations(window.doc_id) == []  # Enter found; it accepted nothing


def test_enter_before_the_search_is_through_goes_on_from_the_caret(window, store, qtbot):
    filler = "没有要找的字。\n" * 30_000  # 240,000 characters: searched in pieces
    text = "松元产业园。\n" + filler + "松元产业园在中间。\n" + filler + "松元产业园在最后。\n"
    open_text(window, store, qtbot, text)
    view = window.text_view
    middle = text.index("在中间") - 5
    view.centre(len(filler) // 2)
    qtbot.keyClick(view, Qt.Key.Key_F, Ctrl)
    type_chinese(window.find_bar.edit, "松元")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)  # at once: the search is under way
    assert view.selection_cp() == (middle, middle + 2)
    assert window.find_bar.count.text() == "3 found"


def test_a_name_broken_over_two_lines_is_found_and_selected_whole(window, store, qtbot):
    text = "今年建设松元产\n业园一期工程。\n"
    open_text(window, store, qtbot, text)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Ctrl)
    type_chinese(window.find_bar.edit, "松元产业园")
    assert window.find_bar.hits == [(4, 10)]
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.text_view.selection_cp() == (4, 10)
    qtbot.mouseClick(window.form.label_button("PROJECT"), Qt.MouseButton.LeftButton)
    assert [(a.start, a.end, a.label) for a in store.annotations(window.doc_id)] == [(4, 10, "PROJECT")]

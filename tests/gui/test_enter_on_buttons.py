"""Enter on a button that has the keys presses it, as Space does. Enter is also the window's Accept
(wherever the focus is), and it acted instead: a keyboard user who tabbed from the article to the
form's Reject (X) and pressed Enter had the suggestion accepted, Delete (Del) too; Enter on the
document list's "Open suggestions only" accepted the span selected and left the box unticked."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_to(qtbot, target: QWidget) -> None:
    """Tab from the focus on until ``target`` has the keys (as a user does, never more than the window's stops)."""
    for _ in range(30):
        if focused() is target:
            return
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target}")


@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_the_forms_reject_button_rejects_the_span(window, store, qtbot, enter):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    span = window.selected_id
    tab_to(qtbot, window.form.reject_button)
    qtbot.keyClick(focused(), enter)
    assert store.annotation(span).status == "rejected"  # it was accepted
    assert focused() is window.text_view  # the button greyed by its press: the article has the keys
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.annotation(span).status == "suggested"


def test_enter_on_the_forms_delete_button_deletes_the_span(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    span = window.selected_id
    tab_to(qtbot, window.form.delete_button)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert span not in {a.id for a in store.annotations(window.doc_id)}
    assert focused() is window.text_view


def test_enter_on_the_forms_accept_button_still_accepts(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    span = window.selected_id
    tab_to(qtbot, window.form.accept_button)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert store.annotation(span).status == "accepted"


def test_enter_on_a_check_box_ticks_it_and_accepts_nothing(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    span = window.selected_id
    box = window.panel.open_only
    tab_to(qtbot, box)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert box.isChecked()
    assert store.annotation(span).status == "suggested"
    assert focused() is box
    qtbot.keyClick(focused(), Qt.Key.Key_A)  # the review keys still act from there
    assert store.annotation(span).status == "accepted"

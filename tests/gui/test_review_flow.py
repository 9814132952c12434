"""Reviewing by keyboard, faster: *Edit › Go on to the next suggestion after A / X* (one key a
suggestion instead of A then N; remembered; off at first), and F2 for the form's note (it took four
Tabs and more from the article)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui.settings import Settings
from tests.gui.conftest import type_chinese

Ctrl = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def open_ones(store, doc_id):
    return [a.id for a in sorted(store.annotations(doc_id), key=lambda a: a.start) if a.status == "suggested"]


def test_a_and_x_stay_on_the_span_until_the_setting_is_chosen(window, store, qtbot, agree):
    action = window.window_actions["next_after_decision"]
    assert not action.isChecked() and not window.settings.next_after_decision  # today's behaviour at first
    press(qtbot, Qt.Key.Key_N)
    first = window.selected_id
    press(qtbot, Qt.Key.Key_A)
    assert store.annotation(first).status == "accepted" and window.selected_id == first
    agree(window)


def test_with_the_setting_a_and_x_go_on_to_the_next_suggestion_across_documents(window, store, qtbot, agree):
    window.window_actions["next_after_decision"].trigger()  # Edit › Go on to the next suggestion after A / X
    assert Settings().next_after_decision  # remembered for the next start
    first_doc = window.doc_id
    ids = open_ones(store, first_doc)
    assert len(ids) == 3
    press(qtbot, Qt.Key.Key_N)
    assert window.selected_id == ids[0]
    press(qtbot, Qt.Key.Key_A)
    assert store.annotation(ids[0]).status == "accepted"
    assert window.selected_id == ids[1]  # one key a suggestion
    agree(window)
    press(qtbot, Qt.Key.Key_X)
    assert store.annotation(ids[1]).status == "rejected" and window.selected_id == ids[2]
    press(qtbot, Qt.Key.Key_Return)  # Enter accepts as A does
    assert store.annotation(ids[2]).status == "accepted"
    second_doc = window.doc_id
    assert second_doc != first_doc and window.selected_id == open_ones(store, second_doc)[0]
    names = [window.doc_model.name_of(d) for d in (first_doc, second_doc)]
    assert window.statusBar().currentMessage() == f"No open suggestions further on in {names[0]}: on to {names[1]}"
    agree(window)
    press(qtbot, Qt.Key.Key_Z, Ctrl)  # the decision back: its document and its span selected, X rejects it
    assert store.annotation(ids[2]).status == "suggested"
    assert window.doc_id == first_doc and window.selected_id == ids[2]
    agree(window)
    press(qtbot, Qt.Key.Key_X)
    assert store.annotation(ids[2]).status == "rejected" and window.doc_id == second_doc
    here = store.annotation(window.selected_id)  # an open suggestion's own label key accepts it: on as well
    key = next(label.shortcut for label in window.window_actions.labels() if label.name == here.label)
    press(qtbot, getattr(Qt.Key, f"Key_{key}"))
    assert store.annotation(here.id).status == "accepted" and window.selected_id == open_ones(store, second_doc)[0]
    window.window_actions["next_after_decision"].trigger()  # off again: the selection stays
    assert not Settings().next_after_decision
    span = window.selected_id
    press(qtbot, Qt.Key.Key_A)
    assert store.annotation(span).status == "accepted" and window.selected_id == span


def test_the_setting_is_checked_in_the_menu_of_the_next_window(qtbot, project, settings):
    from annotator.gui.main_window import MainWindow

    settings.next_after_decision = True
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    assert w.window_actions["next_after_decision"].isChecked()


def test_f2_gives_the_note_the_keys_and_enter_gives_them_back_to_the_article(window, store, qtbot, agree):
    press(qtbot, Qt.Key.Key_F2)  # nothing selected: said, the keys stay
    assert QApplication.focusWidget() is window.text_view
    assert "F2" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_N)
    span = window.selected_id
    press(qtbot, Qt.Key.Key_F2)
    note = window.form.note_edit
    assert QApplication.focusWidget() is note
    type_chinese(note, "核对原文")
    press(qtbot, Qt.Key.Key_Return)
    assert store.annotation(span).note == "核对原文"
    assert QApplication.focusWidget() is window.text_view
    press(qtbot, Qt.Key.Key_F2)  # again: the note's text selected, typing replaces it
    assert note.selectedText() == "核对原文"
    type_chinese(note, "已核对")
    press(qtbot, Qt.Key.Key_Return)
    assert store.annotation(span).note == "已核对"
    press(qtbot, Qt.Key.Key_N)  # the review goes on
    assert window.selected_id not in (None, span)
    agree(window)

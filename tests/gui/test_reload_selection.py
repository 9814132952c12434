"""Ctrl+R keeps the selected span selected (the form showing it) while it exists; one another
program deleted is selected no more, and the status bar says so."""
from __future__ import annotations

from PySide6.QtCore import Qt

Ctrl = Qt.KeyboardModifier.ControlModifier


def test_ctrl_r_keeps_the_span_selected_and_in_the_form(window, store, qtbot, agree):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)  # 厦门市
    qtbot.keyClick(view, Qt.Key.Key_A)
    city = window.selected_id
    assert city is not None and store.annotation(city).status == "accepted"
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    assert window.selected_id == city
    assert window.form.annotation() == store.annotation(city) and window.form.text_label.text() == "厦门市"
    assert view.selected_id() == city
    agree(window)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the keys still act on it
    assert all(a.id != city for a in store.annotations(window.doc_id))


def test_a_span_another_program_deleted_is_selected_no_more_and_the_status_bar_says_so(window, store, qtbot, agree):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    city = window.selected_id
    window.reloading.timer.stop()  # Ctrl+R is what reads it here, not the window's look at the project
    store.delete_annotations([city])  # the command line, say
    qtbot.keyClick(view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    assert window.selected_id is None and window.form.annotation() is None
    assert "no longer in the project" in window.statusBar().currentMessage()
    assert window.errors == []
    agree(window)

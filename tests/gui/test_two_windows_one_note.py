"""A note typed in the window while another window saves its own note on the same span: the
window's next look at the project (or Enter) does not write over the other note; it says both."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.test_form_focus import by_text, type_in


def test_a_note_saved_in_another_window_is_not_overwritten_by_the_one_being_typed(window, store, qtbot):
    amount = by_text(store, window.doc_id, "55.1亿元")
    window.select_annotation(amount.id)
    window.reloading.timer.stop()  # the look is taken below, at a known moment
    type_in(qtbot, window.form.note_edit, "wang: ok")
    store.update_annotation(amount.id, note="checked by li")  # the other window
    window.reloading.check()  # the window notices it, with the note still being typed
    qtbot.keyClick(window.form.note_edit, Qt.Key.Key_Return)
    assert store.annotation(amount.id).note == "checked by li"
    assert window.errors and "'checked by li'" in window.errors[-1] and "'wang: ok'" in window.errors[-1]
    assert window.form.note_edit.text() == "checked by li"  # the form shows what is stored

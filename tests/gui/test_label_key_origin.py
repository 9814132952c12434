"""A label key on a suggestion relabels it as the user's own (origin manual); Ctrl+Z gives back
the suggester's origin with its label and status."""
from __future__ import annotations

from PySide6.QtCore import Qt

Ctrl = Qt.KeyboardModifier.ControlModifier


def test_a_label_key_makes_a_suggestion_the_users_and_undo_gives_its_origin_back(window, store, qtbot):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)  # the first open suggestion, selected
    ann_id = window.selected_id
    before = store.annotation(ann_id)
    assert (before.status, before.origin) == ("suggested", "test")
    key, label = (Qt.Key.Key_2, "PROJECT") if before.label != "PROJECT" else (Qt.Key.Key_1, "DISTRICT")
    qtbot.keyClick(view, key)
    after = store.annotation(ann_id)
    assert (after.label, after.status, after.origin) == (label, "accepted", "manual")
    assert window.form.origin_label.text() == "manual"
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    undone = store.annotation(ann_id)
    assert (undone.label, undone.status, undone.origin) == (before.label, "suggested", "test")

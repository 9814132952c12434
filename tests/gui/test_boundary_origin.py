"""New boundaries are the user's decision, as a new label is (tests/gui/test_label_key_origin.py):
a suggestion whose start or end the user moves (Alt+arrows, a new selection over it and its label
key) becomes their own, origin manual; Ctrl+Z gives back the suggester's origin."""
from __future__ import annotations

from PySide6.QtCore import Qt

Alt, Ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def test_alt_arrow_on_a_suggestion_makes_it_the_users_and_undo_gives_its_origin_back(window, store, qtbot):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)  # the first open suggestion
    before = store.annotation(window.selected_id)
    assert (before.status, before.origin) == ("suggested", "test")
    qtbot.keyClick(view, Qt.Key.Key_Right, Alt)  # its end one character right
    after = store.annotation(before.id)
    assert (after.end, after.status, after.origin) == (before.end + 1, "accepted", "manual")
    assert window.form.origin_label.text() == "manual"
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    undone = store.annotation(before.id)
    assert (undone.end, undone.status, undone.origin) == (before.end, "suggested", "test")


def test_a_selection_over_a_suggestion_and_its_key_make_it_the_users(window, store, qtbot):
    view = window.text_view
    project = next(a for a in store.annotations(window.doc_id) if a.text == "松元产业园")
    assert project.origin == "test"
    key = next(label.shortcut for label in store.labels() if label.name == "PROJECT")
    start = view.text.index("松元产业园")
    view.select_range(start - 2, start + 5)  # 建设松元产业园
    qtbot.keyClick(view, key)
    after = store.annotation(project.id)
    assert (after.text, after.status, after.origin) == ("建设松元产业园", "accepted", "manual")
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(project.id) == project

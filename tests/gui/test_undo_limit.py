"""A window open all day: its undo history keeps the newest steps only (it kept every step, 85 MB
more after 10,000 edits), the window's stack and the core's history forgetting the same ones."""
from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from annotator.core import undo

Ctrl = Qt.KeyboardModifier.ControlModifier


def test_the_oldest_steps_beyond_the_limit_are_forgotten_by_the_stack_and_the_history(
        window, qtbot, project, monkeypatch, tmp_path):
    from annotator.core.store import Store

    assert window.undo_stack.undoLimit() == window.ops.history.limit == undo.LIMIT > 0
    monkeypatch.setattr(undo, "LIMIT", 2)
    second = shutil.copytree(project, tmp_path / "second")
    assert window.open_project(second)  # the limit is the stack's from the next project it opens on
    window.open_document(window.doc_model.doc_ids()[0])
    window.text_view.setFocus()
    view = window.text_view
    with Store.open(second) as store:  # what the database holds
        original = {a.id: a.status for a in store.annotations(window.doc_id)}
        for key in (Qt.Key.Key_Return, Qt.Key.Key_X, Qt.Key.Key_Return):  # accept, reject, accept: three steps
            qtbot.keyClick(view, Qt.Key.Key_N)
            qtbot.keyClick(view, key)
        assert window.undo_stack.count() == len(window.ops.history.steps) == 2
        for _ in range(3):
            qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
        now = {a.id: a.status for a in store.annotations(window.doc_id)}
        assert {a.id: a.status for a in window.ann_model.annotations()} == now  # the table shows what is stored
        assert sorted(now.values()) == sorted(["accepted", *list(original.values())[1:]])  # the first step stays
        assert not window.undo_stack.canUndo() and not window.ops.history.can_undo()

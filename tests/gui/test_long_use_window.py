"""A window open all day: its undo history keeps the newest steps only (it kept every step, 85 MB
more after 10,000 edits), the window's stack and the core's history forgetting the same ones; the space of
removed documents given back to the disk."""
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


def test_removing_most_documents_in_the_window_gives_their_space_back(window, qtbot, tmp_path):
    """The window's Remove document(s)… left the removed documents' pages in the file (and in every
    later backup); now it says how far the file shrank."""
    from annotator.core.imports.text import sha256
    from annotator.core.models import Document

    store = window.store
    text = "厦门市湖里区计划投资55.1亿元建设松元产业园。\n" * 2400
    for n in range(12):
        store.add_document(Document(None, f"big{n}.txt", "t", text + str(n), sha256=sha256(text + str(n))))
    window.reload()
    grown = store.space().size  # the pages (some still in the write-ahead log)
    doomed = [d.id for d in store.documents() if d.name.startswith("big")][:10]
    window.confirm = lambda question: True
    window.commands.io.remove_documents(doomed)
    assert "The database file shrank from" in window.statusBar().currentMessage()
    assert store.space().free == 0 and store.space().size < grown / 2
    assert store.integrity_check() == "ok" and len(store.documents()) == 5

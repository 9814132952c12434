"""Undo history that survives a failed step: the failing step is named and skipped (or kept, when
the project was only busy), the other steps stay undoable, and an undo in another document
shows that document first."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.gui import tasks
from tests.gui.conftest import add_document

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def by_text(store, doc_id, text):
    return [a for a in store.annotations(doc_id) if a.text == text]


def refocus(window, qtbot):
    """After a modal progress dialog the offscreen platform gives activation back to nobody;
    a desktop hands it back to the window, as this does."""
    window.activateWindow()
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)


def test_delete_f5_ctrl_z_names_the_span_and_keeps_the_earlier_steps(window, store, qtbot):
    view, doc = window.text_view, window.doc_id
    city = by_text(store, doc, "厦门市")[0]
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # step 1: accept 厦门市
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert window.form.text_label.text() == "55.1亿元"
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # step 2: delete the suggestion 55.1亿元
    assert by_text(store, doc, "55.1亿元") == []
    qtbot.keyClick(view, Qt.Key.Key_F5)  # the suggesters propose it again (a new row)
    again = by_text(store, doc, "55.1亿元")
    assert [(a.label, a.status) for a in again] == [("AMOUNT", "suggested")]
    refocus(window, qtbot)

    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)  # undo the delete: it would overlap the new suggestion
    assert len(window.errors) == 1
    assert "55.1亿元" in window.errors[0] and "overlaps" in window.errors[0]
    assert "55.1亿元" in window.statusBar().currentMessage()
    assert by_text(store, doc, "55.1亿元") == again  # nothing written
    assert window.undo_stack.count() == 1 and window.undo_stack.canUndo()  # the accept is still there

    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(city.id).status == "suggested"
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl | Shift)
    assert store.annotation(city.id).status == "accepted"
    assert len(window.errors) == 1


def test_a_busy_project_keeps_the_step_to_try_again(window, store, qtbot):
    view = window.text_view
    qtbot.keyClick(view, Qt.Key.Key_N)
    city = window.selected_id
    qtbot.keyClick(view, Qt.Key.Key_Return)
    window.store.conn.execute("PRAGMA busy_timeout = 50")  # wait 0.05 s instead of 10 s for the lock
    with store.transaction():  # another program holds the write lock
        qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
        assert "busy" in window.errors[-1] and "try again" in window.errors[-1]
        assert (window.undo_stack.index(), window.undo_stack.count()) == (1, 1)  # still to be undone
    assert store.annotation(city).status == "accepted"
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)  # the lock is free: the same key works now
    assert store.annotation(city).status == "suggested"
    assert window.undo_stack.index() == 0

    with store.transaction():
        qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl | Shift)
        assert (window.undo_stack.index(), window.undo_stack.count()) == (0, 1)  # still to be redone
    assert store.annotation(city).status == "suggested"
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl | Shift)
    assert store.annotation(city).status == "accepted"
    assert len(window.errors) == 2
    assert window.form.annotation().status == "accepted"  # the views followed every step
    assert window.table.currentIndex().isValid()


def test_undo_of_a_change_in_another_document_shows_it_first(window, store, qtbot, monkeypatch):
    doc_a = window.doc_id
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)  # delete 厦门市 in a.txt
    window.open_document(store.document_id_by_name("c.txt"))
    store.add_annotation(doc_a, 0, 3, "DISTRICT", status="suggested")  # another program takes its place
    shown = []  # the document on screen when the store is asked to undo
    revert = window.store.revert
    monkeypatch.setattr(window.store, "revert", lambda changeset: (shown.append(window.doc_id), revert(changeset)))
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert shown == [doc_a]
    assert window.doc_id == doc_a
    assert "厦门市" in window.errors[-1]


def test_undo_scrolls_to_the_span_in_a_long_document(window, store, qtbot):
    text = "".join(f"第{i}段，没有地名。\n" for i in range(3000)) + "集美区新增10家规上工业企业。\n"
    long_doc = add_document(store, "long.txt", text)
    store.add_annotation(long_doc, text.index("集美区"), text.index("集美区") + 3, "DISTRICT",
                         status="suggested", origin="test")
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)  # see what the other program imported
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(long_doc)
    qtbot.keyClick(window.text_view, Qt.Key.Key_N)  # jumps to the end
    span = window.ann_model.by_id(window.selected_id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_X)
    window.open_document(store.document_id_by_name("a.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert window.doc_id == long_doc
    assert store.annotation(span.id).status == "suggested"
    window.text_view.flush_formatting()
    assert window.text_view.is_on_screen(span.start, span.end)
    assert not window.text_view.is_on_screen(0, 10)



def test_undoing_accept_all_keeps_the_place_when_its_spans_are_on_screen(window, store, qtbot):
    """Accept all DISTRICT in a long document, read on in its middle, Ctrl+Z: the view stayed where
    the user was reading (spans of the step on screen) instead of jumping to the step's first span."""
    from annotator.core.models import Suggestion

    text = "".join(f"第{i}段，海沧区推进项目建设。\n" for i in range(400))
    long_doc = add_document(store, "long.txt", text)
    store.add_suggestions(long_doc, [Suggestion(i, i + 3, "DISTRICT", "海沧区", origin="test")
                                     for i in (text.index(f"第{n}段") + len(f"第{n}段，") for n in range(400))])
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    window.open_document(long_doc)
    view = window.text_view
    view.scroll_to(text.index("第200段"))
    top = view.top_position()
    window.editing.bulk_status("DISTRICT", "accepted", "document")
    assert {a.status for a in store.annotations(long_doc)} == {"accepted"}
    assert view.top_position() == top
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
    assert {a.status for a in store.annotations(long_doc)} == {"suggested"}
    assert view.top_position() == top
    qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert {a.status for a in store.annotations(long_doc)} == {"accepted"}
    assert view.top_position() == top

@pytest.fixture(autouse=True)
def _threads(monkeypatch):
    monkeypatch.setattr(tasks, "SYNC", False)  # F5 runs in the background, as in the program

"""Undo and redo through the window's keys: what is undone is undone in the database too."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from annotator.gui.undo import ChangeCommand

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def rows(store, doc_id):
    return {a.id: (a.label, a.status, a.start, a.end, a.annotator) for a in store.annotations(doc_id)}


def test_ctrl_z_removes_a_new_span_and_ctrl_shift_z_brings_it_back(window, store, qtbot, agree):
    before = rows(store, window.doc_id)
    window.text_view.select_range(3, 6)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    added = rows(store, window.doc_id)
    assert len(added) == len(before) + 1
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert rows(store, window.doc_id) == before
    agree(window)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl | Shift)
    assert rows(store, window.doc_id) == added  # same id, same row
    agree(window)


def test_ctrl_z_restores_the_database_row_after_accept_reject_and_delete(window, store, qtbot, agree):
    view = window.text_view
    original = {a.id: a for a in store.annotations(window.doc_id)}
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_X)
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(store.annotations(window.doc_id)) == 2
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Z, Ctrl)
        agree(window)
    assert {a.id: a for a in store.annotations(window.doc_id)} == original  # every field, timestamps too
    assert not window.undo_stack.canUndo()
    qtbot.keyClick(view, Qt.Key.Key_Y, Ctrl)
    assert store.annotation(min(original)).status == "accepted"
    agree(window)


def test_undo_in_another_document_opens_it(window, store, qtbot, agree):
    first = window.doc_id
    window.text_view.select_range(3, 6)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    window.open_document(store.document_id_by_name("c.txt"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert window.doc_id == first
    assert "湖里区" not in {a.text for a in store.annotations(first)}
    agree(window)


def test_bulk_accept_is_one_undo_step(window, store, qtbot):
    window.editing.bulk_status("DISTRICT", "accepted", "project")
    assert window.undo_stack.count() == 1
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert {a.status for a in store.annotations()} == {"suggested"}


def test_a_failed_undo_is_reported_and_dropped(window, store, qtbot):
    window.text_view.select_range(3, 6)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)
    # another writer (the same annotator) takes the place: redoing the add would overlap it
    store.add_annotation(window.doc_id, 3, 6, "DISTRICT", annotator="tester", note="other writer")
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)  # undo delete = insert again: refused
    assert window.errors
    assert [a.note for a in store.annotations(window.doc_id, labels=["DISTRICT"]) if a.start == 3] == ["other writer"]
    assert not window.undo_stack.canRedo()


def test_first_redo_does_not_apply_twice(project, qapp):
    from annotator.core.store import Store
    from annotator.core.undo import UndoHistory

    with Store.open(project) as store:
        doc_id = store.documents()[0].id
        seen = []
        stack, history = QUndoStack(), UndoHistory(store)
        changeset = store.add_annotation(doc_id, 3, 6, "DISTRICT")
        history.push(changeset)
        stack.push(ChangeCommand(history, changeset, seen.append))
        assert len(store.annotations(doc_id, labels=["DISTRICT"])) == 2 and seen == [changeset]
        stack.undo()
        assert len(store.annotations(doc_id, labels=["DISTRICT"])) == 1 and history.index == 0
        stack.redo()
        assert len(store.annotations(doc_id, labels=["DISTRICT"])) == 2 and len(seen) == 3
        assert seen[1] == changeset.inverse() and seen[2] is changeset


def test_the_done_mark_is_undone_in_the_database_too(window, store, qtbot):
    from PySide6.QtCore import Qt

    doc_id = window.doc_id
    assert store.document(doc_id).done is False
    qtbot.keyClick(window.text_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert store.document(doc_id).done is True
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.document(doc_id).done is False
    row = window.doc_model.row_of(doc_id)
    assert window.doc_model.document(row).done is False
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.document(doc_id).done is True
    assert window.doc_model.document(row).done is True


def test_the_done_box_of_another_document_leaves_the_open_one_and_undo_shows_it(window, store, qtbot):
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from annotator.gui.models.document_list import DONE

    first, other = window.doc_id, store.document_id_by_name("c.txt")
    view = window.panel.view
    index = window.panel.proxy.mapFromSource(window.doc_model.index(window.doc_model.row_of(other), DONE))
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert store.document(other).done is True
    assert window.doc_id == first  # ticking a box opens nothing
    assert "1 / 3 documents done" in window.project_status.text()
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert store.document(other).done is False and window.doc_id == other  # the undo shows what it changes
    assert window.doc_model.document(window.doc_model.row_of(other)).done is False
    assert "0 / 3 documents done" in window.project_status.text()

"""Several rows decided together while the Adjudication panel is open, and the names of its steps.

Open suggestions selected together in the annotation list and accepted with ``A`` go into the gold
layer as one step (Ctrl+Z took back only the last of them, though the status bar said "Accepted 3
spans") and their rows stay highlighted, as in the list without the panel (only the current row
was left selected). Each adjudication step names what it did: a region decided by a coder's
version or by none of them (``0``), suggestions accepted into the layer, a gold span rejected with
``X`` ("Reject …": it was named "Adjudicate …" as if a region had been decided)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.store import Store
from tests.gui.conftest import add_document
from tests.gui.panels import open_adjudication

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TEXT = "湖里区投资55.1亿元建设松元产业园。力争新增企业20家，完成投资30亿元，新建学校5所。"


@pytest.fixture
def project(tmp_path):
    """Two coders (one with a space in the name, one Chinese) disagree on 湖里区/湖里; three targets
    are open suggestions of nobody's."""
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        doc = add_document(store, "a.txt", TEXT)
        for start, end, coder in [(0, 3, "Li Ming"), (0, 2, "王芳")]:
            store.add_annotation(doc, start, end, "DISTRICT", annotator=coder)
        for piece in ("新增企业20家", "完成投资30亿元", "新建学校5所"):
            start = TEXT.index(piece)
            store.add_annotation(doc, start, start + len(piece), "TARGET", status="suggested", annotator="")
    return folder


def click_row(qtbot, view, ann_id, modifier=Qt.KeyboardModifier.NoModifier):
    index = view.model().mapFromSource(view.source.index(view.source.row_of(ann_id), 0))
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())


def targets(store):
    return [a for a in store.annotations() if a.label == "TARGET"]


def test_suggestions_accepted_together_into_the_gold_layer_are_one_step_and_stay_highlighted(window, store, qtbot):
    open_adjudication(window, qtbot)
    ids = [a.id for a in targets(store)]
    click_row(qtbot, window.table, ids[0])
    for ann_id in ids[1:]:
        click_row(qtbot, window.table, ann_id, Ctrl)
    assert sorted(window.table.selected_ids()) == sorted(ids)
    steps = window.undo_stack.count()
    qtbot.keyClick(window.table, Qt.Key.Key_A)
    assert [(a.annotator, a.status, a.origin) for a in targets(store)] == [("gold", "accepted", "adjudicated")] * 3
    assert window.statusBar().currentMessage() == "Accepted 3 spans"
    assert window.undo_stack.count() == steps + 1  # one step, as the status bar says
    assert window.undo_stack.undoText() == "Accept 3 suggestions into layer gold"
    assert sorted(window.table.selected_ids()) == sorted(ids)  # the rows accepted together stay highlighted
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Ctrl)
    assert [(a.annotator, a.status) for a in targets(store)] == [("", "suggested")] * 3  # all three back
    qtbot.keyClick(window.table, Qt.Key.Key_Y, Ctrl)
    assert [(a.annotator, a.status) for a in targets(store)] == [("gold", "accepted")] * 3


def test_each_adjudication_step_names_what_it_undoes(window, store, qtbot):
    panel = open_adjudication(window, qtbot)
    panel.take_focus()
    assert panel.model.coders == ["Li Ming", "王芳"]
    qtbot.keyClick(panel.table, Qt.Key.Key_0)  # none of the versions
    assert window.undo_stack.undoText() == "Adjudicate 湖里区: none of the versions"
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Ctrl)
    assert window.statusBar().currentMessage() == "Undone: Adjudicate 湖里区: none of the versions"
    assert not [a for a in store.annotations() if a.annotator == "gold"]
    panel.take_focus()
    qtbot.keyClick(panel.table, Qt.Key.Key_2)  # 王芳's 湖里
    assert window.undo_stack.undoText() == "Adjudicate 湖里"
    taken = next(a for a in store.annotations() if a.annotator == "gold")
    window.select_annotation(taken.id)
    qtbot.keyClick(window.text_view, Qt.Key.Key_X)  # the gold span rejected: no region decided
    assert store.annotation(taken.id).status == "rejected"
    assert window.undo_stack.undoText() == "Reject DISTRICT 湖里"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Ctrl)
    assert store.annotation(taken.id).status == "accepted"
    assert window.undo_stack.redoText() == "Reject DISTRICT 湖里"

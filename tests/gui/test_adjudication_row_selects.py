"""A region chosen in the Adjudication panel (a click, J, a decision moving on) is what the window
has selected: the span selected before lets go, so the form no longer shows it and X, A, Delete,
which work wherever the focus is, do not reject, accept or delete that span out of sight while
the article shows the region (X in the panel rejected a target of another paragraph, unsaid)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store
from tests.gui.conftest import add_document
from tests.gui.panels import open_adjudication

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TEXT = "湖里区投资55.1亿元建设松元产业园。力争新增企业20家。"


@pytest.fixture
def project(tmp_path):
    """Two coders disagree on 湖里区/湖里; the target is a suggestion of nobody's."""
    folder = tmp_path / "team"
    with Store.create(folder) as store:
        doc = add_document(store, "a.txt", TEXT)
        for start, end, coder in [(0, 3, "ann"), (0, 2, "bo")]:
            store.add_annotation(doc, start, end, "DISTRICT", annotator=coder)
        start = TEXT.index("新增企业20家")
        store.add_annotation(doc, start, start + 7, "TARGET", status="suggested", annotator="")
    return folder


@pytest.mark.parametrize("key", [Qt.Key.Key_X, Qt.Key.Key_A, Qt.Key.Key_Delete])
def test_a_region_chosen_in_the_panel_lets_the_span_selected_before_go(window, store, qtbot, key):
    target = next(a for a in store.annotations(window.doc_id) if a.label == "TARGET")
    window.select_annotation(target.id)
    assert window.form.annotation().id == target.id
    panel = open_adjudication(window, qtbot)  # View › Adjudication
    rect = panel.table.visualRect(panel.model.index(0, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    assert window.text_view.selection_cp() == (0, 3)  # the region in the article
    assert window.selected_id is None and window.form.annotation() is None
    qtbot.keyClick(panel.table, key)
    kept = store.annotation(target.id)
    assert kept is not None and kept.status == "suggested"

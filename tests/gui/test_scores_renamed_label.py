"""The Statistics panel's cross-validation table after a label is renamed in *Project › Labels…*:
the figures kept name the label as it was when they were measured; shown, they come under its name
now (it listed POLICY, a label the project no longer had); figures kept without the labels' ids (by an
older annotator) say of a label the project no longer has that it is none."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.store import Store
from annotator.core.store.trained import load_scores, save_scores
from annotator.core.suggest.model.crossval import cross_validate_and_keep
from annotator.gui import i18n
from annotator.gui.dialogs.label_editor import NAME
from tests.core.test_model_suggest import FAST
from tests.gui.conftest import build_policy_project
from tests.gui.test_label_undo import close, open_editor, row_of, type_into_cell

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def project(tmp_path):
    """POLICY accepted in three documents, cross-validated (as `annotator evaluate P --cross-validate`)."""
    folder = build_policy_project(tmp_path / "policy")
    with Store.open(folder) as store:
        assert cross_validate_and_keep(store, FAST) is not None
    return folder


def test_the_cross_validation_table_names_a_renamed_label_as_it_is_called_now(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    part = window.statistics.model
    qtbot.waitUntil(lambda: "POLICY" in part.f1s())
    before = part.f1s()["POLICY"]
    editor = open_editor(window, qtbot)
    type_into_cell(qtbot, editor, row_of(editor, "POLICY"), NAME, "STRATEGY")
    close(editor, window, qtbot)
    assert "STRATEGY" in store.label_names()
    qtbot.waitUntil(lambda: "STRATEGY" in part.f1s())
    assert "POLICY" not in part.f1s() and part.f1s()["STRATEGY"] == before
    row = next(r for r in range(part.table.rowCount()) if part.table.item(r, 0).text() == "STRATEGY")
    assert not part.table.item(row, 0).icon().isNull()  # its colour's swatch, found under the new name


def test_figures_of_a_label_the_project_no_longer_has_say_so(window, store, qtbot, project):
    # kept by an annotator that recorded no label ids, POLICY's figures stayed under POLICY after its
    # rename, as if the project had that label: now said to be a label no longer there, in Chinese too
    kept = load_scores(store, "sequence")
    save_scores(store, "sequence", {k: v for k, v in kept.items() if k != "label_ids"})
    with Store.open(project) as other:
        other.update_label("POLICY", new_name="STRATEGY")
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Ctrl)
    qtbot.waitUntil(lambda: not window.doc_model.reading())  # the list read by a worker
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    part = window.statistics.model
    qtbot.waitUntil(lambda: "POLICY (no longer a label)" in part.f1s())
    row = next(r for r in range(part.table.rowCount()) if part.table.item(r, 0).text().startswith("POLICY"))
    item = part.table.item(row, 0)
    assert item.font().italic() and item.icon().isNull()
    assert "no longer has the label POLICY" in item.toolTip() and "Cross-validate again" in item.toolTip()
    assert json.loads(store.get_meta("scores:sequence"))["model"]  # the figures themselves untouched
    i18n.install_translator(QApplication.instance(), "zh_CN")
    qtbot.waitUntil(lambda: "POLICY（已不是标签）" in part.f1s())

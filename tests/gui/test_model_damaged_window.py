"""The project's model damaged in its database while the window is open on the project: F5 suggests
with the shipped seed and the status bar says why, and the Statistics panel does not claim the
project's model suggests (before, F5 stopped on an error and suggested nothing)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotator.core.store.trained import save_model
from annotator.core.suggest.model.training import MODEL_NAME
from tests.gui.conftest import build_policy_project

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def project(tmp_path):
    """(Overrides conftest's.) The strategies accepted; new.txt with an amount the seed proposes."""
    return build_policy_project(tmp_path / "policy", ("new.txt", "厦门市湖里区计划投资55.1亿元。\n"))


pytestmark = pytest.mark.usefixtures("sync_tasks")  # each task runs in the calling thread


def test_f5_suggests_with_the_seed_when_the_projects_model_is_damaged(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)  # trained: the project's own model
    assert window.statusBar().currentMessage().startswith("The model learned from 6 accepted span(s)")
    save_model(store, MODEL_NAME, b"not a zip", {"accepted": 6, "spans": {"POLICY": 6}, "features": 1})
    window.statistics.show()
    window.statistics.refresh()
    qtbot.waitUntil(lambda: "cannot be read" in window.statistics.model.model_line.text())
    assert window.statistics.model.model_line.text().startswith(
        "Suggestions come from the rules and the shipped model: the project's model cannot be read (damaged)")
    new = store.document_id_by_name("new.txt")
    window.open_document(new)
    window.activateWindow()
    window.text_view.setFocus()
    qtbot.waitUntil(window.text_view.hasFocus)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    assert window.errors == []
    assert window.statusBar().currentMessage().endswith(
        "with the shipped model: the project's model cannot be read (damaged); train it again (Project › Train the "
        "model)")
    assert {a.text for a in store.annotations(new) if a.label == "AMOUNT"} == {"55.1亿元"}

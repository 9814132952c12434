"""What a reviewer sees of a proposal in the form: its confidence (what Model settings' least
confidence is compared with, shown nowhere else) and, for a rule's span the model proposes too,
that they agree — in English and in Chinese."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import build_policy_project

Shift = Qt.KeyboardModifier.ShiftModifier
NEW = ("new.txt", "认真实施区域协调发展战略，翔安区将打造20个创新发展共同体。\n")


@pytest.fixture
def project(tmp_path):
    """(Overrides conftest's.) The strategies accepted in three documents; new.txt untouched."""
    return build_policy_project(tmp_path / "policy", NEW)


pytestmark = pytest.mark.usefixtures("sync_tasks")  # each task runs in the calling thread


def next_until(window, qtbot, text: str):
    for _ in range(10):
        qtbot.keyClick(window.text_view, Qt.Key.Key_N)
        shown = window.form.annotation()
        if shown is not None and shown.text == text:
            return shown
    raise AssertionError(f"N never reached {text}")


def test_the_form_shows_a_proposals_confidence_and_that_rule_and_model_agree(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)
    window.open_document(window.store.document_id_by_name("new.txt"))
    window.activateWindow()  # the training's progress dialog had it
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    model = next_until(window, qtbot, "区域协调发展战略")
    assert model.origin == "model"
    assert window.form.origin_label.text() == f"model (confidence {model.confidence:.2f})"
    agreed = next_until(window, qtbot, "翔安区")
    assert agreed.origin == "gazetteer" and agreed.reason.startswith("rule+model: ")
    assert window.form.origin_label.text() == f"gazetteer, and the model agrees (confidence {agreed.confidence:.2f})"
    window.commands.set_language("zh_CN")
    try:
        chinese = f"地名库，模型也如此建议（置信度 {agreed.confidence:.2f}）"
        qtbot.waitUntil(lambda: window.form.origin_label.text() == chinese)
        qtbot.keyClick(window.text_view, Qt.Key.Key_A)  # accepted: the confidence was the proposal's
        assert window.form.annotation().status == "accepted" and window.form.origin_label.text() == "地名库"
    finally:
        window.commands.set_language("en")  # the translator is the application's: the next tests' English

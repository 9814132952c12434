"""The window trains the project's model by itself only while the model settings use it: with the
shipped model (``seed``) or the rules alone (``none``) nothing would read it, so no background
training spends the laptop's CPU; set back to the project's model, it is trained again after the
same number of accepted spans. The Statistics panel's Model line says which."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from annotator.core.store.trained import load_model
from annotator.core.suggest.model.training import MODEL_NAME
from tests.gui.conftest import build_policy_project

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NEW = ("new.txt", "认真实施区域协调发展战略，翔安区将打造20个创新发展共同体。\n全面实施健康中国战略。\n")

pytestmark = pytest.mark.usefixtures("sync_tasks")  # each task (and the training by itself) in this thread


@pytest.fixture
def project(tmp_path):
    return build_policy_project(tmp_path / "policy", NEW)


def choose_model(window, qtbot, index: int) -> None:
    """Project › Model settings…, the model chosen (0 the project's, 1 the shipped one, 2 none), OK."""
    window.window_actions["model_settings"].trigger()
    dialog = window.commands.model.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.findChild(QComboBox).setCurrentIndex(index)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    to_article(window, qtbot)


def to_article(window, qtbot) -> None:
    """The keys to the article: a desktop gives the window back its activation when a dialog (the training's
    progress, Model settings…) closes; the offscreen platform, at times, not."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.text_view.setFocus()


@pytest.mark.parametrize("index, model", [(1, "seed"), (2, "none")])
def test_no_training_by_itself_while_the_settings_do_not_use_the_projects_model(window, store, qtbot, index, model):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)  # the project's own model
    store.set_model_settings(retrain_after=2)
    doc_id = window.store.document_id_by_name("new.txt")
    window.open_document(doc_id)
    to_article(window, qtbot)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)  # suggestions to accept
    choose_model(window, qtbot, index)
    assert store.model_settings().model == model
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    part = window.statistics.model
    qtbot.waitUntil(lambda: "not trained by itself while the settings do not use it" in part.model_line.text())
    to_article(window, qtbot)
    for _ in range(3):
        qtbot.keyClick(window.text_view, Qt.Key.Key_N)
        qtbot.keyClick(window.text_view, Qt.Key.Key_A)
    assert sum(a.status == "accepted" for a in store.annotations(doc_id)) == 3
    work = window.commands.model
    assert not work.due()
    work.check_retrain()  # what the timer after the edits calls: it would train here, in this thread
    assert load_model(store, MODEL_NAME).info["accepted"] == 6  # the model of before, not trained again

    with qtbot.waitSignal(work.trained, timeout=30000):  # the project's model again: due, trained at once
        choose_model(window, qtbot, 0)
    assert load_model(store, MODEL_NAME).info["accepted"] == 9
    qtbot.waitUntil(lambda: "It is trained again after 2 new accepted spans." in part.model_line.text())

"""The status bar says what the model does while it is trained again by itself (a QA pass: it
said nothing until the training was done, so a reviewer saw no sign of the work under way), and
what became of it: trained, stopped by another task (then it starts again after the next edit),
or nothing at all for a project closed meanwhile."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.store.trained import load_model
from annotator.core.suggest.model import training
from annotator.core.suggest.model.training import MODEL_NAME, TrainReport
from annotator.gui import tasks
from tests.gui.conftest import build_policy_project, build_project

TRAINING = "Training the model again in the background…"
NEW = ("new.txt", "认真实施区域协调发展战略，翔安区将打造20个创新发展共同体。\n全面实施健康中国战略。\n")


@pytest.fixture
def project(tmp_path):
    """(Overrides conftest's.) Six strategies accepted; new.txt untouched."""
    return build_policy_project(tmp_path / "policy", NEW)


@pytest.fixture
def held(monkeypatch):
    """The background training waits for ``release`` before it learns (so the test sees it under way)."""
    release = threading.Event()
    real = training.train_project

    def waiting(store, **kwargs):
        assert release.wait(30)
        return real(store, **kwargs)

    monkeypatch.setattr(training, "train_project", waiting)
    monkeypatch.setattr(tasks, "SYNC", False)  # the real worker thread, no dialog
    return release


def accept_two(window, store, qtbot) -> None:
    """Mark two strategies of new.txt by hand: the project's spans accepted since the model reach 2."""
    store.set_model_settings(retrain_after=2)
    doc_id = store.document_id_by_name("new.txt")
    window.open_document(doc_id)
    text = store.document(doc_id).text
    window.activateWindow()  # the training's progress dialog had it
    window.text_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.text_view)
    for piece in ("区域协调发展战略", "健康中国战略"):
        start = text.index(piece)
        window.text_view.select_range(start, start + len(piece))
        qtbot.keyClick(window.text_view, Qt.Key.Key_5)  # POLICY's key


def test_the_status_bar_says_the_model_is_trained_while_it_is(window, store, qtbot, held):
    held.set()
    with qtbot.waitSignal(window.commands.model.trained, timeout=60000):
        window.window_actions["train"].trigger()  # Shift+F5: the project's model, on the six strategies
    held.clear()
    accept_two(window, store, qtbot)
    qtbot.waitUntil(window.commands.model.running, timeout=10000)  # started by the check after the edits
    assert window.statusBar().currentMessage() == TRAINING
    with qtbot.waitSignal(window.commands.model.trained, timeout=60000):
        held.set()
    assert window.statusBar().currentMessage().startswith("Retrained in the background on 8 accepted span(s) of ")
    assert load_model(store, MODEL_NAME).info["accepted"] == 8


def test_a_stopped_training_is_not_left_said_as_under_way(window, store, qtbot, held, monkeypatch):
    monkeypatch.setattr(training, "train_project", lambda store, **kw: (held.wait(30), TrainReport(cancelled=True))[1])
    window.commands.model.start_retraining(window.store.folder)
    assert window.statusBar().currentMessage() == TRAINING
    held.set()
    qtbot.waitUntil(lambda: not window.commands.model.running(), timeout=10000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != TRAINING, timeout=10000)
    assert window.statusBar().currentMessage() == ("The model's training in the background stopped: "
                                                   "it starts again after the next edit.")
    assert load_model(store, MODEL_NAME) is None


def test_another_project_opened_meanwhile_is_not_told_of_it(window, qtbot, held, tmp_path):
    window.commands.model.start_retraining(window.store.folder)
    assert window.statusBar().currentMessage() == TRAINING
    assert window.open_project(build_project(tmp_path / "other"))
    window.statusBar().showMessage(TRAINING)  # as if still said: the end of the other's training clears it
    held.set()
    qtbot.waitUntil(lambda: not window.commands.model.running(), timeout=60000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=10000)
    assert window.errors == []


def test_a_training_that_learns_nothing_says_why_in_english_and_chinese(window, store, qtbot, monkeypatch):
    """Every span rejected after the model was trained: the training again by itself learned nothing
    and the status bar said nothing of it (the model learned before removed, unsaid)."""
    monkeypatch.setattr(tasks, "SYNC", True)
    with qtbot.waitSignal(window.commands.model.trained, timeout=60000):
        window.window_actions["train"].trigger()
    assert load_model(store, MODEL_NAME) is not None
    accepted = [a.id for a in store.annotations() if a.status == "accepted"]
    store.set_status(accepted, "rejected")
    window.commands.model.start_retraining(window.store.folder)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != TRAINING, timeout=60000)
    assert window.statusBar().currentMessage() == (
        "Trained again in the background: nothing to learn from, as no accepted span is left (rejected or removed "
        "since); the model learned before was removed, so suggestions use the shipped model.")
    assert load_model(store, MODEL_NAME) is None
    window.commands.set_language("zh_CN")
    try:
        window.commands.model.start_retraining(window.store.folder)
        qtbot.waitUntil(lambda: "已在后台重新训练" in window.statusBar().currentMessage(), timeout=60000)
        assert window.statusBar().currentMessage() == (
            "已在后台重新训练：没有可学习的内容，因为已没有已接受的标注（此后被拒绝或删除）；自动建议使用随程序附带的模型。")
    finally:
        window.commands.set_language("en")


def test_a_training_that_learned_no_layer_names_the_spans_it_had(window, qtbot, monkeypatch):
    from annotator.gui.model_retrained import nothing_learned

    said = nothing_learned(TrainReport(documents=3, spans={"POLICY": 6}))
    assert said == ("Trained again in the background: nothing was learned from the 6 accepted span(s) of 3 "
                    "document(s); suggestions use the shipped model.")

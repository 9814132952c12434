"""Training the model and cross-validating it never stop the window (issue 17).

The features and CRFsuite's learning run in a child process (``core/worker_process.py``), so
nothing they do holds Python's lock (the GIL) in the window's process. Before, they ran in a
thread: CRFsuite holds the GIL while it learns a layer and lets go only when it reports an
iteration (25 ms and more on the six reports), and one paint of the window's lists needs it some
1,600 times (the Qt models are Python), so a paint during a training waited seconds (a QA pass
saw 4-6 s; README, *In the window*).

This project learns in milliseconds, so in this process CRFsuite's ``Trainer.train`` is replaced by
a stand-in that first holds the GIL for :data:`HOLD` seconds in one C call (``sum`` over a range),
then learns: what CRFsuite does, long enough to see on a loaded machine. Trained in a thread of
this process (the code before), the window's event loop stopped for HOLD seconds and these tests
failed; in the child the real CRFsuite learns (the child imports its own) and the stand-in never
runs here.
"""
from __future__ import annotations

import threading

import pycrfsuite
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from annotator.core.store.trained import load_model, load_scores
from annotator.core.suggest.model.training import MODEL_NAME
from annotator.gui import model_work, tasks
from tests.gui.conftest import HOLD, Gaps, build_policy_project, hold_count

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def project(tmp_path):
    """(Overrides conftest's.) A strategy (label POLICY) accepted twice in each of three documents."""
    return build_policy_project(tmp_path / "policy")


@pytest.fixture
def held(monkeypatch):
    """The threads of this process where CRFsuite learned (through the stand-in that holds the GIL)."""
    monkeypatch.setattr(tasks, "SYNC", False)  # the real worker thread, as in the program
    count = hold_count()
    learn = pycrfsuite.Trainer.train
    threads: list[str] = []

    def holding(trainer, *args, **kwargs):
        threads.append(threading.current_thread().name)
        sum(range(count))  # one C call: the GIL is held throughout
        return learn(trainer, *args, **kwargs)

    monkeypatch.setattr(pycrfsuite.Trainer, "train", holding)
    return threads


def test_shift_f5_trains_while_the_event_loop_turns(window, store, qtbot, held):
    with Gaps() as gaps, qtbot.waitSignal(window.commands.model.trained, timeout=60000):
        qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)
    kept = load_model(store, MODEL_NAME)
    assert kept is not None and kept.info["spans"] == {"POLICY": 6}  # learned, in the child
    assert held == []  # CRFsuite never learned in this process
    assert gaps.longest() < HOLD / 2, f"the event loop stopped for {gaps.longest():.2f} s"
    assert len(gaps.ticks) > 3  # the loop turned while the model learned


def test_cross_validating_leaves_the_event_loop_turning(window, store, qtbot, held):
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # the statistics panel
    part = window.statistics.model
    with Gaps() as gaps, qtbot.waitSignal(window.commands.model.scored, timeout=60000):
        qtbot.mouseClick(part.evaluate_button, Qt.MouseButton.LeftButton)
    scores = load_scores(store, MODEL_NAME)
    assert scores is not None and sorted(scores["documents"]) == ["p1.txt", "p2.txt", "p3.txt"]
    assert held == []  # three models learned, none in this process
    assert gaps.longest() < HOLD / 2, f"the event loop stopped for {gaps.longest():.2f} s"


def learn_until_ended(docs, params, progress=None, on_layer=None):
    """(Runs in the child.) Says it learns the first layer, then waits until the child is ended."""
    on_layer(0, 1, "POLICY")
    threading.Event().wait()


def test_cancel_ends_the_child_at_once_and_the_next_training_starts_another(window, store, qtbot, held,
                                                                            monkeypatch):
    from annotator.core.suggest.model import training

    def cancel_while_learning(dialog, done, total, current):
        if str(current).startswith("Learning") and not dialog.wasCanceled():
            dialog.findChild(QPushButton).click()  # the dialog's Cancel button, as a user would

    real = training.learn
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [cancel_while_learning])
    monkeypatch.setattr(training, "learn", learn_until_ended)  # the child learns until it is ended
    window.window_actions["train"].trigger()
    assert window.statusBar().currentMessage() == "Training cancelled: the project keeps the model it had."
    assert load_model(store, MODEL_NAME) is None
    child = model_work._process
    assert child is not None and not child.alive()  # ended, not left learning
    started = child.started
    monkeypatch.setattr(training, "learn", real)
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [])
    with qtbot.waitSignal(window.commands.model.trained, timeout=60000):
        window.window_actions["train"].trigger()
    assert load_model(store, MODEL_NAME).info["spans"] == {"POLICY": 6}
    assert child.alive() and child.started == started + 1 and held == []

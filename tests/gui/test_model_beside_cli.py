"""The window open while the command line trains the project's model or cross-validates it, in
another process: the window's next look at the project (``gui/reloading.py``) brings the Statistics
panel's model part up to date and says in the status bar what the other program did; the window's
own training says nothing of "another program"."""
from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import build_policy_project

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def project(tmp_path):
    """(Overrides conftest's.) Six strategies accepted in three documents."""
    return build_policy_project(tmp_path / "policy")


pytestmark = pytest.mark.usefixtures("sync_tasks")  # each task runs in the calling thread


def cli(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_model_trained_and_scored_by_the_command_line_shows_in_the_open_window(window, project, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    part = window.statistics.model
    assert "this project has not trained its own yet" in part.model_line.text()
    qtbot.waitUntil(lambda: not window.commands.model._later)  # what the window shows, read once it painted
    cli("train", str(project))
    assert window.reloading.check()  # the timer's look, at once
    qtbot.waitUntil(lambda: "this project's model, trained" in part.model_line.text())
    assert "on 6 accepted spans" in part.model_line.text()
    assert window.statusBar().currentMessage() == ("Another program trained the project's model (on 6 accepted "
                                                   "spans): the next suggestions use it.")
    cli("evaluate", str(project), "--cross-validate")
    assert window.reloading.check()
    qtbot.waitUntil(lambda: not part.table.isHidden())
    assert "over 3 documents" in part.scores_line.text()
    assert window.statusBar().currentMessage() == ("Another program cross-validated the model: its figures are in "
                                                   "the Statistics panel.")
    assert not window.reloading.check()  # nothing new: nothing said again


def test_the_windows_own_training_is_not_said_to_be_another_programs(window, project, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)
    message = window.statusBar().currentMessage()
    assert message.startswith("The model learned from 6 accepted span(s)")
    assert not window.reloading.check()
    assert window.statusBar().currentMessage() == message


def test_training_with_nothing_left_to_learn_from_shows_the_model_gone(window, store, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    part = window.statistics.model
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)
    qtbot.waitUntil(lambda: "this project's model, trained" in part.model_line.text())
    window.ops.delete([a.id for a in store.annotations() if a.status == "accepted"])  # one undoable step
    qtbot.waitUntil(lambda: "0 / 3 documents done" in window.statistics.progress.text()
                    and not window.statistics.timer.isActive())  # the panel shows the edit
    assert "this project's model, trained" in part.model_line.text()
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)  # the project forgets its model
    assert window.statusBar().currentMessage().startswith("Nothing to learn from yet")
    qtbot.waitUntil(lambda: "this project has not trained its own yet" in part.model_line.text())


def test_a_model_of_an_older_feature_set_is_trained_again_by_itself(window, store, qtbot):
    from annotator.core.store.trained import load_model, save_model
    from annotator.core.suggest.model.crf import SequenceModel
    from annotator.core.suggest.model.features import FEATURE_VERSION
    from annotator.core.suggest.model.training import MODEL_NAME

    old = SequenceModel({"POLICY": b"x"}, {"features": FEATURE_VERSION - 1, "accepted": 6, "spans": {"POLICY": 6}})
    save_model(store, MODEL_NAME, old.to_bytes(), old.info)  # an earlier version's, on every span accepted now
    store.set_model_settings(retrain_after=5)
    assert window.commands.model.due()  # suggestions fall back to the seed: not 5 spans more to wait for
    with qtbot.waitSignal(window.commands.model.trained):
        window.commands.model.check_retrain()
    assert load_model(store, MODEL_NAME).info["features"] == FEATURE_VERSION
    assert not window.commands.model.due()


def test_model_settings_changed_by_the_command_line_show_in_the_open_window(window, project, qtbot):
    """`annotator model-settings P --model seed` while the window is open: the Statistics panel says the
    shipped model suggests now (it went on naming the project's model until something else refreshed it)."""
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)  # the project's own model
    part = window.statistics.model
    qtbot.waitUntil(lambda: "this project's model, trained" in part.model_line.text())
    qtbot.waitUntil(lambda: not window.commands.model._later and not window.statistics.timer.isActive())
    cli("model-settings", str(project), "--model", "seed", "--retrain-after", "0")
    window.reloading.check()  # the timer's look, at once (nothing to say in the status bar)
    assert window.statistics.timer.isActive()  # the panel's refresh, due
    qtbot.waitUntil(lambda: not window.statistics.timer.isActive())
    assert part.model_line.text() == ("Suggestions come from the rules and the shipped model. It is trained only "
                                      "when asked (Project › Train the model).")

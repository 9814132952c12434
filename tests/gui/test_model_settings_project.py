"""Project › Model settings… reads and writes the open project's settings (Store.model_settings),
not the user's: another project keeps its own. A project with none takes the user's personal
values of before once, when they differ from the defaults."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox, QSpinBox

from annotator.core.store import Store
from annotator.core.store.model_settings import DEFAULTS, ModelSettings
from tests.gui.conftest import build_project


def set_in_dialog(window, qtbot, model_index: int, minimum: float, every: int) -> None:
    window.window_actions["model_settings"].trigger()
    dialog = window.commands.model.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.findChild(QComboBox).setCurrentIndex(model_index)
    dialog.findChild(QDoubleSpinBox).setValue(minimum)
    dialog.findChild(QSpinBox).setValue(every)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()


def shown_in_dialog(window, qtbot) -> ModelSettings:
    window.window_actions["model_settings"].trigger()
    dialog = window.commands.model.dialog
    qtbot.waitUntil(dialog.isVisible)
    values = dialog.values()
    dialog.reject()
    return values


def test_the_dialog_changes_the_open_projects_settings_and_another_project_keeps_its_own(
        window, store, settings, qtbot, tmp_path):
    first = window.store.folder
    set_in_dialog(window, qtbot, 1, 0.45, 20)
    assert store.model_settings() == ModelSettings("seed", 0.45, 20)  # committed at once, seen by another connection
    assert (settings.suggest_model, settings.model_min_confidence, settings.retrain_after) == ("project", 0.0, 200)
    other = build_project(tmp_path / "other")
    assert window.open_project(other)
    assert shown_in_dialog(window, qtbot) == DEFAULTS
    set_in_dialog(window, qtbot, 2, 0.9, 0)
    assert window.open_project(first)
    assert shown_in_dialog(window, qtbot) == ModelSettings("seed", 0.45, 20)
    with Store.open(other) as kept:
        assert kept.model_settings() == ModelSettings("none", 0.9, 0)
    assert window.errors == []


def test_a_project_with_none_takes_the_users_changed_values_once(window, settings, tmp_path):
    assert not window.store.has_model_settings()  # the user's are the defaults: nothing written
    settings.model_min_confidence, settings.retrain_after = 0.35, 50
    fresh = build_project(tmp_path / "fresh")
    assert window.open_project(fresh)
    with Store.open(fresh) as kept:  # at the opening, before anything asks for them
        assert kept.has_model_settings() and kept.model_settings() == ModelSettings("project", 0.35, 50)
    assert window.commands.model.settings() == ModelSettings("project", 0.35, 50)
    own = build_project(tmp_path / "own")
    with Store.open(own) as kept:
        kept.set_model_settings(model="seed")
    assert window.open_project(own)  # a project's own settings are never replaced by the user's
    assert window.commands.model.settings() == ModelSettings("seed", 0.0, 200)

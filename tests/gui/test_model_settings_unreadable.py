"""Stored model settings the window cannot read (a newer version's model name, a minimum confidence
edited by hand out of range) read as the defaults, as before, but are said: in the status bar when
the project opens, and on the Statistics panel's Model line while they stay so; a change in Model
settings… writes them whole again and the line goes."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QDoubleSpinBox

from annotator.core.store import Store
from annotator.core.store.model_settings import KEY, ModelSettings
from tests.gui.conftest import build_project

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
SAID = ("The project's stored model setting model = \"transformer\" could not be read; the default project is used. "
        "The project's stored model setting min_confidence = 1.5 could not be read; the default 0 is used.")


@pytest.fixture
def project(tmp_path):
    folder = build_project(tmp_path / "project")
    with Store.open(folder) as store, store.transaction():  # as a newer version or a hand edit left it
        store._set_meta(KEY, json.dumps({"model": "transformer", "min_confidence": 1.5, "retrain_after": 30}))
    return folder


def test_the_window_says_which_stored_setting_it_could_not_read_and_the_default_used(window, store, qtbot):
    assert window.statusBar().currentMessage() == SAID  # said as the project opened
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    line = window.statistics.model.model_line
    qtbot.waitUntil(lambda: line.text().startswith(SAID + " Suggestions come from the rules and the shipped model"))
    assert window.commands.model.settings() == ModelSettings("project", 0.0, 30)  # the defaults, still used

    window.window_actions["model_settings"].trigger()  # set again: the settings written whole, nothing left to say
    dialog = window.commands.model.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.findChild(QDoubleSpinBox).setValue(0.25)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert store.model_settings() == ModelSettings("project", 0.25, 30) and store.model_settings_unreadable() == ()
    qtbot.waitUntil(lambda: line.text().startswith("Suggestions come from the rules and the shipped model"))


def test_in_chinese_too(window, qtbot):
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)
    line = window.statistics.model.model_line
    window.commands.set_language("zh_CN")  # the panel reads its lines again
    try:
        qtbot.waitUntil(lambda: line.text().startswith(
            "无法读取本标注工程存储的模型设置 model = \"transformer\"；改用默认值 project。"
            "无法读取本标注工程存储的模型设置 min_confidence = 1.5；改用默认值 0。"))
    finally:
        window.commands.set_language("en")

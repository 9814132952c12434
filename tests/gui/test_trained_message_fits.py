"""Project › Train the model at a 16-pt font in an 800-px window: its status-bar line ("The model learned
from 6 accepted span(s) of 3 document(s) (Strategy 6) in 0.4 s.") ended in "…", what it learned cut off.
It now says it short, whole, the labels' counts in the Statistics panel's model part."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from annotator.gui.model_retrained import learned
from tests.gui.conftest import build_policy_project

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def project(tmp_path):
    """(Overrides conftest's.) Six strategies accepted in three documents."""
    return build_policy_project(tmp_path / "policy")


pytestmark = pytest.mark.usefixtures("sync_tasks")  # each task runs in the calling thread


def test_the_trained_line_is_whole_at_16_pt_in_800_px(window, qtbot):
    font = QFont(QApplication.font())
    font.setPointSize(16)
    QApplication.setFont(font)  # (given back by conftest's application_as_before)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5, Shift)  # Project › Train the model
    bar = window.statusBar()
    message = bar.message_text()
    assert message.startswith("The model learned from 6 accepted span(s)")
    assert bar.shown_text() == message and bar.toolTip() == ""  # not elided
    qtbot.keyClick(window.text_view, Qt.Key.Key_S, Ctrl | Shift)  # the Statistics: what it learned, per label
    qtbot.waitUntil(lambda: "on 6 accepted spans (" in window.statistics.model.model_line.text())
    assert " 6); 0 accepted since" in window.statistics.model.model_line.text()


def test_a_large_projects_trained_line_is_whole_too(window, qtbot):
    from annotator.core.suggest.model.training import TrainReport

    font = QFont(QApplication.font())
    font.setPointSize(16)
    QApplication.setFont(font)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    labels = ("DISTRICT", "PROJECT", "AMOUNT", "TARGET")
    report = TrainReport(documents=1200, spans=dict.fromkeys(labels, 25000), seconds=1234.5, labels=labels)
    bar = window.statusBar()
    bar.showMessage(window.commands.model.trained_message(report), 10000)
    assert bar.message_text().startswith("The model learned from 100000 accepted span(s) of 1200 document(s)")
    assert bar.shown_text() == bar.message_text()
    bar.showMessage(learned(report), 10000)  # trained again by itself (it said "Trained again …: The model …")
    assert bar.message_text() == "Retrained in the background on 100000 accepted span(s) of 1200 document(s)."
    assert bar.shown_text() == bar.message_text()
    window.commands.set_language("zh_CN")
    try:
        bar.showMessage(window.commands.model.trained_message(report), 10000)
        assert bar.message_text().startswith("模型学习了 1200 篇文档中的 100000 个已接受标注")
        assert bar.shown_text() == bar.message_text()
        bar.showMessage(learned(report), 10000)
        assert bar.message_text() == "已在后台重新训练：学习了 1200 篇文档中的 100000 个已接受标注。"
        assert bar.shown_text() == bar.message_text()
    finally:
        window.commands.set_language("en")

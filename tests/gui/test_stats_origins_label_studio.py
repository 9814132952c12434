"""The Statistics panel counts a Label Studio prediction a coder accepted (another model's pre-annotation,
origin ``label-studio``) in a group of its own, in English and Chinese: it read "1 of other origins"."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.models import Suggestion
from annotator.core.store import Store
from tests.gui.conftest import add_document

Ctrl, Shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TEXT = "厦门市湖里区计划投资55.1亿元建设松元产业园。\n"


@pytest.fixture
def project(tmp_path) -> Path:
    """One open suggestion read from a Label Studio file's predictions."""
    with Store.create(tmp_path / "project") as store:
        doc = add_document(store, "a.txt", TEXT)
        start = TEXT.index("湖里区")
        store.add_suggestions(doc, [Suggestion(start, start + 3, "DISTRICT", "湖里区", value={}, confidence=0.7,
                                               reason="label-studio: prediction of model v3",
                                               origin="label-studio")])
    return tmp_path / "project"


def test_an_accepted_label_studio_prediction_is_counted_as_such(window, qtbot):
    panel, view = window.statistics, window.text_view
    qtbot.keyClick(view, Qt.Key.Key_S, Ctrl | Shift)  # the panel shown
    qtbot.waitUntil(lambda: panel.project_origins.text().startswith("Accepted spans: 0 suggested"))
    qtbot.keyClick(view, Qt.Key.Key_N)  # 湖里区, the model's
    qtbot.keyClick(view, Qt.Key.Key_A)  # accepted as proposed
    with Store.open(window.store.folder) as fresh:
        assert [(a.text, a.status, a.origin) for a in fresh.annotations()] == [("湖里区", "accepted", "label-studio")]
    qtbot.waitUntil(lambda: panel.project_origins.text() == "Accepted spans: 0 suggested and accepted as proposed, "
                    "0 changed by a coder, 0 made by hand, 0 imported, 1 from another model's pre-annotations "
                    "(Label Studio)")
    try:
        window.commands.set_language("zh_CN")
        qtbot.waitUntil(lambda: panel.project_origins.text() == "已接受的标注：按建议原样接受 0 条，"
                        "建议经编码员修改 0 条，手工标注 0 条，导入 0 条，采自其他模型的预标注（Label Studio）1 条")
    finally:
        window.commands.set_language("en")

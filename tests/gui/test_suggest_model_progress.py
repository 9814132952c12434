"""Run suggestions (F5) on a long report: the progress bar moves on while the model tags it, a block of
the document at a time (on a 400,000-character report it stood still for 2.3–2.9 s on "the model
suggesting", and the user could not tell whether the window hung), and the suggestions are stored."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar

from annotator.core.suggest.model import suggester as suggester_module
from annotator.core.suggest.model.suggester import ModelSuggester
from annotator.gui import tasks
from tests.gui.conftest import open_text

SENTENCE = "厦门市湖里区计划投资55.1亿元建设松元产业园，力争新增80家国家级高新技术企业。\n"


@pytest.mark.usefixtures("sync_tasks")  # the model tags in this process (the window's child: the same steps)
def test_the_bar_moves_on_while_the_model_tags_a_long_report(window, store, qtbot, monkeypatch):
    monkeypatch.setattr(suggester_module, "BLOCK_CHARS", 2000)  # six blocks (a report's are of 50,000 characters)
    doc_id = open_text(window, store, qtbot, SENTENCE * 250, "long.txt")
    tagging = [False]  # whether the model's step is under way
    real = ModelSuggester.combine

    def combine(self, *args, **kwargs):
        tagging[0] = True
        try:
            return real(self, *args, **kwargs)
        finally:
            tagging[0] = False

    monkeypatch.setattr(ModelSuggester, "combine", combine)
    values: list[tuple[int, bool]] = []  # each value the dialog's bar took, and whether the model was tagging
    bars: list[QProgressBar] = []

    def watch(dialog, done, total, current):
        bar = dialog.findChild(QProgressBar)
        if bar not in bars:
            bars.append(bar)
            bar.valueChanged.connect(lambda value: values.append((value, tagging[0])))

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [watch])
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    during = [value for value, in_model in values if in_model]
    assert len(set(during)) >= 6 and during == sorted(during)  # on through the model's step, block by block
    assert [value for value, _ in values] == sorted(value for value, _ in values)
    spans = store.annotations(doc_id)
    assert len(spans) >= 1000 and any("model" in a.reason for a in spans)  # stored, the model's among them
    assert "cancelled" not in window.statusBar().currentMessage()

"""Run suggestions (F5) again after a span was accepted: the documents done with these settings are skipped
and searched for the string accepted (``core/suggest/resume.py``). Before: that search moved neither the bar
nor the dialog's words (5,000 reports: a full bar for a minute, as if hung). Now the dialog counts the
documents searched, and Cancel there stops the search, said in the status bar."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from annotator.core.progress import SPREAD, Step
from annotator.core.suggest.links import SPANS_SHARE
from annotator.gui import tasks

ACCEPTED_SINCE = "looking for the strings accepted since"


def _accept_one_and_watch(window, store, qtbot, monkeypatch, hook=None) -> list[tuple[int, Step, str]]:
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)  # every document suggested: done with these settings
    a = store.document_id_by_name("a.txt")
    district = next(x for x in store.annotations(a, statuses=["suggested"]) if x.text == "集美区")
    store.set_status([district.id], "accepted", "tester")  # a string accepted since: looked for in the others
    seen: list[tuple[int, Step, str]] = []

    def watch(dialog, done, total, current):
        if isinstance(current, Step) and current.doing == SPREAD:
            seen.append((done, current, dialog.labelText()))
            if hook is not None:
                hook(dialog, current)

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [watch])
    return seen


@pytest.mark.usefixtures("sync_tasks")  # each update reaches the dialog before the next step
def test_the_dialog_counts_the_documents_skipped_as_they_are_searched(window, store, qtbot, monkeypatch):
    seen = _accept_one_and_watch(window, store, qtbot, monkeypatch)
    said = window.commands.run_suggestions()  # F5 again: the document open runs, the other two are skipped
    assert "the strings accepted since were looked for in 2 of them" in said
    steps = [(step.index, step.documents) for _, step, _ in seen]
    assert steps[:2] == [(0, 2), (1, 2)]
    assert seen[0][0] < seen[1][0] <= int(1000 * SPANS_SHARE)  # the bar moves, within the spans' share
    names = [step.name for _, step, _ in seen[:2]]
    assert [text for *_, text in seen[:2]] == [f"Document {i + 1} of 2 already suggested: {name}\n{ACCEPTED_SINCE}"
                                               for i, name in enumerate(names)]


@pytest.mark.usefixtures("sync_tasks")
def test_cancel_while_the_documents_skipped_are_searched_stops_there_and_says_so(window, store, qtbot, monkeypatch):
    seen = _accept_one_and_watch(window, store, qtbot, monkeypatch,
                                 lambda dialog, step: dialog.findChild(QPushButton).click())  # as the first begins
    said = window.commands.run_suggestions()
    assert {step.index for _, step, _ in seen} == {0}  # the second never begun
    assert "the strings accepted since were looked for in 1 of them" in said
    assert "cancelled: the strings accepted since were not looked for in 1 of the documents skipped; run again to " \
           "look in them" in said
    assert "the remaining documents were not looked at" not in said  # every document's spans were stored


def test_the_dialog_says_it_in_chinese(window):
    window.commands.set_language("zh_CN")
    try:
        said = tasks.describe(Step(0, 4_800, "b.txt", SPREAD))
    finally:
        window.commands.set_language("en")
    assert said == "已生成建议的文档第 1 篇，共 4800 篇：b.txt\n正在查找此后接受的词串"


@pytest.mark.usefixtures("sync_tasks")
def test_cancel_while_the_open_document_is_suggested_says_the_search_of_those_skipped_was_not_done(
        window, store, qtbot, monkeypatch):
    """Before: "the remaining documents were not looked at", and nothing of the two skipped, not searched."""
    _accept_one_and_watch(window, store, qtbot, monkeypatch)
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [lambda dialog, done, total, current: isinstance(current, Step)
                                                  and dialog.findChild(QPushButton).click()])
    said = window.commands.run_suggestions()  # cancelled as the open document begins
    assert "cancelled: the remaining documents were not looked at" in said
    assert "cancelled: the strings accepted since were not looked for in 2 of the documents skipped; run again to " \
           "look in them" in said

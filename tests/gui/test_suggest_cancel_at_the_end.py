"""Cancel pressed in Run suggestions (F5) once the spans of every document were stored, as the links
begin. Before: the late cancel stopped the strings accepted since from being looked for in the
documents skipped (done with these settings), and the links, without a word: the status bar read as
a run complete ("0 new link suggestion(s)"). Now the spans' run is complete, and the status bar says
that search and the links were cancelled (F5 again does them)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from annotator.core.progress import SCALE
from annotator.core.suggest import runner
from annotator.core.suggest.links import SPANS_SHARE
from annotator.gui import tasks


@pytest.mark.usefixtures("sync_tasks")  # each update reaches the dialog before the next step
def test_cancel_once_the_spans_are_stored_keeps_the_run_complete_and_says_the_links_were_cancelled(
        window, store, qtbot, monkeypatch):
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)  # every document suggested: done with these settings
    a = store.document_id_by_name("a.txt")
    district = next(x for x in store.annotations(a, statuses=["suggested"]) if x.text == "集美区")
    store.set_status([district.id], "accepted", "tester")  # a string accepted since: looked for in the others
    links_before = len(store.links())
    dialogs, seen = [], []

    def watch(dialog, done, total, current):
        dialogs.append(dialog)
        seen.append(done)  # (the dialog itself says "Cancelling…" from the click on)

    real_store = runner._store_batch

    def cancel_while_stored(run, pending):  # the user presses Cancel while the last document's spans are written
        real_store(run, pending)
        dialogs[-1].findChild(QPushButton).click()  # the dialog's Cancel button, as a user would

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [watch])
    monkeypatch.setattr(runner, "_store_batch", cancel_while_stored)
    said = window.commands.run_suggestions()  # F5 again: the document open runs, the others are skipped
    assert dialogs[-1].wasCanceled() and seen[-1] == int(SCALE * SPANS_SHARE)  # the spans' end, the links' none
    assert said is not None and window.statusBar().currentMessage() == said
    assert "the remaining documents were not looked at" not in said  # every document's spans were stored
    assert "skipped 2 document(s) already suggested with these settings" in said
    assert "the strings accepted since were looked for in" not in said  # the cancel stopped that search, said:
    assert "cancelled: the strings accepted since were not looked for in 2 of the documents skipped; run again to " \
           "look in them" in said
    assert "cancelled: the links of the remaining documents were not suggested" in said
    assert len(store.links()) == links_before


def test_the_search_not_done_is_said_in_chinese(window):
    from annotator.gui.summaries import summary_lines

    window.commands.set_language("zh_CN")
    try:
        (said,) = summary_lines([runner.SuggestReport(spread_left=4_800).lines()[-1]])
    finally:
        window.commands.set_language("en")
    assert said == "已取消：跳过的文档中有 4,800 篇未查找此后接受的词串；再次运行即可在其中查找"


@pytest.mark.usefixtures("sync_tasks")
def test_the_chinese_window_shows_that_summary_over_the_documents_counts(window, qtbot, monkeypatch):
    """In the Chinese window (1024×700) the status bar laid itself out again once the summary was shown (the
    counts' Chinese lines are taller than its Latin one) and QStatusBar's layout then showed the document's
    counts again, over the summary: "已取消：其余文档未生成关联建议" was never seen."""
    from PySide6.QtWidgets import QApplication

    window.commands.set_language("zh_CN")
    window.resize(1024, 700)
    qtbot.keyClick(window.text_view, Qt.Key.Key_F5)
    dialogs = []
    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [lambda dialog, *_a: dialogs.append(dialog)])
    real_store = runner._store_batch
    monkeypatch.setattr(runner, "_store_batch", lambda run, pending: (
        real_store(run, pending), dialogs[-1].findChild(QPushButton).click()))
    said = window.commands.run_suggestions()
    assert "已取消：其余文档未生成关联建议" in said
    for _ in range(3):
        QApplication.processEvents()  # the status bar's layout made again, and what it queued
    bar = window.statusBar()
    assert bar.currentMessage() == said and not window.doc_status.isVisible()
    assert bar.shown_text().startswith("1 篇文档：")  # drawn from the bar's left edge, elided at the counts
    bar.clearMessage()
    assert window.doc_status.isVisible()  # the counts back once the message is gone

"""Run suggestions (F5) never stops the window (issue 17): the suggesters propose in the child
process that trains the model (``core/worker_process.py``), the store is read and written on the
tasks' worker thread. Before, they proposed on that thread: jieba, the rules, the model's features
and CRFsuite hold Python's lock (the GIL) in turns of 5 ms or more, and one paint of the window's
lists needs it some 1,600 times, so a paint while suggesting waited up to 0.9 s on the six
reports and 30 more documents (``benchmarks/bench_window_suggest.py``).

These documents are proposed in milliseconds, so in this process the runner's ``propose`` (and what
``suggest_links`` makes first) is replaced by a stand-in that first holds the GIL for :data:`HOLD`
seconds in one C call, then proposes. Proposed in a thread of this process (the code before), the
event loop stopped for HOLD seconds and the first test failed (2.24 s and 2.03 s); in the child the
real ``propose`` and ``suggest_links`` run and the stand-ins never run here.
"""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from annotator.core.progress import SUGGEST, Step
from annotator.core.suggest import links, runner
from annotator.gui import model_work, tasks
from tests.gui.conftest import HOLD, Gaps, hold_count


@pytest.fixture
def held(monkeypatch):
    """The threads of this process where the suggesters proposed or links were suggested (through the
    stand-ins: the first holds the GIL)."""
    monkeypatch.setattr(tasks, "SYNC", False)  # the real worker thread, as in the program
    count = hold_count()
    real, context = runner.propose, links.LinkContext
    threads: list[str] = []

    def hold() -> None:
        threads.append(threading.current_thread().name)
        if len(threads) == 1:
            sum(range(count))  # one C call: the GIL is held throughout

    def holding(*args, **kwargs):
        hold()
        return real(*args, **kwargs)

    def holding_context(*args):
        hold()
        return context(*args)

    monkeypatch.setattr(runner, "propose", holding)
    monkeypatch.setattr(links, "LinkContext", holding_context)  # what suggest_links makes first, per document
    return threads


def suggested(store, name):
    return {(a.label, a.text) for a in store.annotations(store.document_id_by_name(name)) if a.origin != "test"}


def test_f5_suggests_while_the_event_loop_turns(window, store, qtbot, held):
    with Gaps() as gaps:
        qtbot.keyClick(window.text_view, Qt.Key.Key_F5)  # returns when the suggestions are stored
    assert ("DISTRICT", "翔安区") in suggested(store, "c.txt")  # proposed in the child, stored here
    assert store.links()  # suggested in the child too
    assert gaps.longest() < HOLD / 2, f"the event loop stopped for {gaps.longest():.2f} s"
    assert held == []  # nothing was proposed, no link suggested, in this process
    assert len(gaps.ticks) > 3  # the loop turned while the documents were proposed
    assert model_work._process is not None and model_work._process.alive()  # kept for the next job


def propose_until_ended(text, packed, year=None, area="", step=None):
    """(Runs in the child.) Says it suggests the document, then waits until the child is ended."""
    step(0.0, SUGGEST, ("DISTRICT",))
    threading.Event().wait()


def test_cancel_ends_the_child_at_once_and_stores_nothing_of_the_document_under_way(window, store, held,
                                                                                     monkeypatch):
    def cancel_while_suggesting(dialog, done, total, current):
        if isinstance(current, Step) and current.doing == SUGGEST and not dialog.wasCanceled():
            dialog.findChild(QPushButton).click()  # the dialog's Cancel button, as a user would

    monkeypatch.setattr(tasks, "PROGRESS_HOOKS", [cancel_while_suggesting])
    monkeypatch.setattr(runner, "propose_packed", propose_until_ended)  # the child waits until it is ended
    before = {d.name: suggested(store, d.name) for d in store.documents()}
    window.window_actions["suggest"].trigger()
    assert "cancelled" in window.statusBar().currentMessage()
    assert {d.name: suggested(store, d.name) for d in store.documents()} == before
    assert store.links() == []
    child = model_work._process
    assert child is not None and not child.alive()  # ended, not left waiting
    assert held == []

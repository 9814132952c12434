"""``annotator suggest P`` run again after a span was accepted: every document is skipped (done with these
settings) and the string accepted is looked for in them (``core/suggest/resume.py``). Before: that search
moved no progress bar (5,000 reports: a bar stopped at its end for a minute, as if hung), and a Ctrl+C in
it said only "suggestions stored before it for 0 document(s)", nothing of the search cut short. Now the bar
counts the documents searched, and a Ctrl+C says in how many the search was done and in how many not."""
from __future__ import annotations

import io
import os
import signal
import sys

import annotator.cli as cli
from annotator.core.progress import SCALE, SPREAD, Step
from annotator.core.store import Store
from annotator.core.suggest import resume, runner


def _suggested_and_one_accepted(folder_of_five, capsys) -> str:
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    assert cli.main(["suggest", str(project), "--model", "none"]) == 0
    with Store.open(project) as store:
        district = next(a for a in store.annotations(1) if a.label == "DISTRICT")
        store.set_status([district.id], "accepted", "tester")  # a string accepted since: looked for in the five
    capsys.readouterr()
    return str(project)


def test_ctrl_c_in_the_search_of_the_documents_skipped_says_how_far_it_went(folder_of_five, monkeypatch, capsys):
    project = _suggested_and_one_accepted(folder_of_five, capsys)
    monkeypatch.setattr(resume, "BATCH", 2)  # three writes: 2, 2 and 1 documents
    store_one, calls = runner._store_proposals, []

    def ctrl_c_in_the_second_write(*args):
        calls.append(1)
        if len(calls) == 3:
            os.kill(os.getpid(), signal.SIGINT)  # a real Ctrl+C, to this process only
        store_one(*args)

    monkeypatch.setattr(runner, "_store_proposals", ctrl_c_in_the_second_write)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert cli.main(["suggest", project, "--model", "none"]) == 130
    assert capsys.readouterr().err == (
        "annotator: interrupted; suggestions stored before it for 0 document(s) (0 new), each whole; the strings "
        "accepted since were looked for in 2 of the documents skipped (0 new suggestion(s)) and not in 3; run again "
        "to look in them; no links were suggested: run again to suggest them\n")
    monkeypatch.undo()
    assert cli.main(["suggest", project, "--model", "none"]) == 0
    assert "the strings accepted since were looked for in 3 of them: 0 new suggestion(s)" in capsys.readouterr().out


def test_the_search_of_the_documents_skipped_moves_the_bar(folder_of_five, monkeypatch, capsys):
    project = _suggested_and_one_accepted(folder_of_five, capsys)
    heard: list[tuple[int, int, object]] = []
    monkeypatch.setattr(cli, "_terminal_progress", lambda label: (
        lambda done, total, current: heard.append((done, total, current))) if label == "suggest" else None)
    assert cli.main(["suggest", project, "--model", "none"]) == 0
    searched = [(done, current) for done, _, current in heard if isinstance(current, Step) and current.doing == SPREAD]
    assert [(step.index, step.documents) for _, step in searched] == [(i, 5) for i in range(5)] + [(4, 5)]
    dones = [done for done, _ in searched]
    assert dones == sorted(set(dones)) and dones[0] == 0 and dones[-1] == SCALE  # rising, document by document


def test_the_terminal_bar_says_it_looks_in_the_documents_skipped(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr(err, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stderr", err)
    show = cli._terminal_progress("suggest")
    show(400, SCALE, Step(1, 5, "a1.txt", SPREAD))
    assert err.getvalue() == "\rsuggest [############..................] looking in skipped 2/5"


def test_a_run_with_nothing_to_do_ends_its_bar_without_thousandths(folder_of_five, monkeypatch, capsys):
    """Run again with nothing accepted since: the bar ended '1,000/1,000' (its thousandths, no document)."""
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    assert cli.main(["suggest", str(project), "--model", "none"]) == 0
    capsys.readouterr()
    err = io.StringIO()
    monkeypatch.setattr(err, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stderr", err)
    assert cli.main(["suggest", str(project), "--model", "none", "--no-links"]) == 0
    assert err.getvalue() == "\rsuggest [##############################] nothing to do\n"

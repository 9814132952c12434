"""``annotator suggest P --jobs 2`` on a terminal left its finished bar on the screen twice
(``suggest [####…] 31/31`` on two lines, the second under the first): the parallel run reports its
end twice. The finished bar is now written once, as a run without ``--jobs`` writes it."""
from __future__ import annotations

import io
import sys

import annotator.cli as cli


def test_the_finished_bar_of_a_parallel_run_is_written_once(folder_of_five, monkeypatch, capsys):
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    capsys.readouterr()
    err = io.StringIO()
    monkeypatch.setattr(err, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stderr", err)
    assert cli.main(["suggest", str(project), "--model", "none", "--jobs", "2"]) == 0
    lines = err.getvalue().split("\n")
    assert [line.rpartition("\r")[2] for line in lines if line] == [
        "suggest [##############################] 5/5", "links [##############################] 5/5"]


def test_an_end_reported_twice_is_written_once(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr(err, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stderr", err)
    show = cli._terminal_progress("export")
    show(1, 2, "a.txt")
    show(2, 2, "b.txt")
    show(2, 2, "b.txt")  # its end said again: not written again
    assert err.getvalue() == ("\rexport [###############...............] 1/2"
                              "\rexport [##############################] 2/2\n")

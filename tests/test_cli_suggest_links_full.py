"""``annotator suggest`` whose link suggestions the disk refused after it had stored the span suggestions:
it printed "1 document(s): 55 new suggestion(s)" and then "could not write (database or disk is full);
nothing was saved", which read as if the suggestions were lost (on a real 3 MB tmpfs). The error now
says the suggestions above are stored and the links are not, and how to get them."""
from __future__ import annotations

import sqlite3

from annotator.cli import main
from annotator.core.store import Store
from annotator.core.store import links as store_links


def test_a_full_disk_at_the_links_says_the_suggestions_are_stored(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "p"
    report = tmp_path / "r.txt"
    report.write_text("厦门市湖里区计划投资55.1亿元建设松元产业园。\n", encoding="utf-8")
    assert main(["new", str(folder)]) == 0 and main(["import", str(folder), str(report)]) == 0
    capsys.readouterr()

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_links.LinkQueries, "add_links", full)
    assert main(["suggest", str(folder), "--model", "none"]) == 1
    said = capsys.readouterr()
    assert "new suggestion(s)" in said.out
    error = said.err.splitlines()[-1]
    database = folder / "project.sqlite"
    assert error.startswith(f"annotator: error: {database}: could not write (database or disk is full)"), error
    assert "the suggestions above are stored" in error and "annotator suggest" in error, error
    with Store.open(folder) as store:
        assert store.annotations(statuses=["suggested"]) and not store.links()
    monkeypatch.undo()  # space freed: the same command stores the links
    assert main(["suggest", str(folder), "--model", "none"]) == 0
    with Store.open(folder) as store:
        assert store.links()

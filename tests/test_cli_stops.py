"""A command stopped part way says what it stored: an import stops at the first write the disk
refuses (the files after it are not tried); Ctrl+C during import or suggest says what was
stored before it."""
from __future__ import annotations

import json
import sqlite3

import pytest

import annotator.cli as cli
from annotator.core.store import Store
from tests.core.test_safety_diskfull import FailingConnection


def failing_after(monkeypatch, stored: int, message: str) -> None:
    """The project's connection refuses the document insert after ``stored`` of them."""
    opened = cli._open

    def _open(path: str):
        store = opened(path)
        store.conn = FailingConnection(store.conn, "INSERT INTO DOCUMENTS(", after=stored, message=message)
        return store

    monkeypatch.setattr(cli, "_open", _open)


@pytest.mark.parametrize("message", ["database or disk is full", "disk I/O error",
                                     "attempt to write a readonly database"])
def test_an_import_stops_at_the_first_write_the_disk_refuses(folder_of_five, monkeypatch, capsys, message):
    project, articles = folder_of_five
    capsys.readouterr()
    failing_after(monkeypatch, 2, message)
    code = cli.main(["import", str(project), str(articles)])
    out, err = capsys.readouterr()
    stopped, error = err.splitlines()  # the files not imported, on standard error (test_cli_import_problems.py)
    assert code == 1 and error.startswith("annotator: error: ") and message in error
    assert err.endswith(f"the import stopped at {articles / 'a2.txt'}: 2 document(s) imported before it, 2 file(s) "
                        "after it not tried\n")
    assert out == "imported 2 document(s)\n"  # a2 failed: said by the error alone; a3, a4 never tried
    assert stopped.startswith("stopped: the project could not be written to, so 2 file(s) after it were not tried")
    with Store.open(project) as store:
        assert [d.name for d in store.documents()] == ["a0.txt", "a1.txt"]


def test_a_refused_write_of_the_last_file_still_fails_the_command(folder_of_five, monkeypatch, capsys):
    project, articles = folder_of_five
    failing_after(monkeypatch, 4, "database or disk is full")
    assert cli.main(["import", str(project), str(articles)]) != 0
    assert "so 0 file(s) after it were not tried" in capsys.readouterr().err


def test_an_import_stops_when_the_project_stays_busy_in_another_program(folder_of_five, monkeypatch, capsys):
    """While another program held the project's write lock, each file waited the busy timeout
    (10 s) and failed in turn: a folder of 5,000 reports took 14 hours to import nothing."""
    project, articles = folder_of_five
    capsys.readouterr()
    monkeypatch.setattr(cli, "_open", lambda path: Store.open(path, busy_timeout_ms=50))
    holder = sqlite3.connect(str(project / "project.sqlite"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code = cli.main(["import", str(project), str(articles)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out, err = capsys.readouterr()
    assert code != 0 and out == "imported 0 document(s)\n"
    stopped, error = err.splitlines()
    assert "a0.txt: " in error and "busy in another program" in error  # the error's line
    assert stopped.startswith("stopped: the project could not be written to, so 4 file(s) after it were not tried")
    with Store.open(project) as store:
        assert store.documents() == []


def test_an_annotation_import_stops_when_the_project_stays_busy_in_another_program(folder_of_five, monkeypatch,
                                                                                    tmp_path, capsys):
    """Each gold file waited the busy timeout (10 s) and failed in turn, as the import of documents did."""
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    gold = []
    for i in range(3):
        gold.append(tmp_path / f"a{i}.gold.jsonl")
        gold[-1].write_text(json.dumps({"doc": f"a{i}.txt", "start": 4, "end": 7, "label": "DISTRICT",
                                        "text": "湖里区"}, ensure_ascii=False) + "\n", encoding="utf-8")
    capsys.readouterr()
    monkeypatch.setattr(cli, "_open", lambda path: Store.open(path, busy_timeout_ms=50))
    holder = sqlite3.connect(str(project / "project.sqlite"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code = cli.main(["import-annotations", str(project), *map(str, gold)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out, err = capsys.readouterr()
    assert code == 1 and out == "added 0 annotation(s)\n", out  # what was stored: the rest on standard error
    failed, stopped, said = err.splitlines()
    assert failed.startswith("a0.gold.jsonl: failed") and err.count("failed") == 1
    assert stopped.startswith("stopped: the project could not be written to, so 2 file(s) after it were not tried")
    assert said.startswith("annotator: error: ") and "busy in another program" in said
    with Store.open(project) as store:
        assert store.annotations() == []


AGAIN = "the same import again adds them, skipping those stored"


def interrupting_progress(monkeypatch, at) -> None:
    """The terminal progress of every command raises KeyboardInterrupt (Ctrl+C) when ``at(done, total, current)``."""
    def progress(label):
        def hook(done, total, current):
            if at(done, total, current):
                raise KeyboardInterrupt
        return hook

    monkeypatch.setattr(cli, "_terminal_progress", progress)


def test_ctrl_c_during_an_import_says_how_many_documents_were_stored(folder_of_five, monkeypatch, capsys):
    project, articles = folder_of_five
    capsys.readouterr()
    interrupting_progress(monkeypatch, lambda done, total, current: done == 3)  # before the fourth file
    assert cli.main(["import", str(project), str(articles)]) == 130
    assert capsys.readouterr().err == ("annotator: interrupted; 3 document(s) imported before it, each whole; 2 of 5 "
                                       f"file(s) not imported ({AGAIN})\n")
    with Store.open(project) as store:
        assert len(store.documents()) == 3


def test_ctrl_c_within_a_long_pdf_says_it_and_the_files_after_it_were_not_imported(tmp_path, monkeypatch, capsys):
    """Interrupted on a PDF's second page: the two files before it stored, it and the one after it not, and said."""
    from annotator.core.progress import Step
    from tests.pdf_files import text_pdf

    project, articles = tmp_path / "P", tmp_path / "reports"
    articles.mkdir()
    for name in ("a.txt", "b.txt", "d.txt"):
        (articles / name).write_text(f"{name}：全市地区生产总值增长百分之五。", encoding="utf-8")
    text_pdf(articles / "c.pdf", [["第一页的报告正文。"], ["第二页的报告正文。"], ["第三页的报告正文。"]])
    assert cli.main(["new", str(project)]) == 0
    capsys.readouterr()
    interrupting_progress(monkeypatch, lambda done, total, current: isinstance(current, Step) and current.page[0] == 2)
    assert cli.main(["import", str(project), str(articles)]) == 130
    assert capsys.readouterr().err == ("annotator: interrupted; 2 document(s) imported before it, each whole; 2 of 4 "
                                       f"file(s) not imported ({AGAIN})\n")
    with Store.open(project) as store:
        assert [d.name for d in store.documents()] == ["a.txt", "b.txt"]


def test_ctrl_c_just_after_a_document_was_committed_counts_it(folder_of_five, monkeypatch, capsys):
    """A Ctrl+C (or SIGTERM) between the commit of the third file and its count said 2 imported, 3 were."""
    project, articles = folder_of_five
    capsys.readouterr()
    real, calls = Store.add_document, []

    def add_document(self, doc, file_key=None):
        stored = real(self, doc, file_key)
        calls.append(doc.name)
        if len(calls) == 3:
            raise KeyboardInterrupt  # committed, not yet counted
        return stored

    monkeypatch.setattr(Store, "add_document", add_document)
    assert cli.main(["import", str(project), str(articles)]) == 130
    assert capsys.readouterr().err == ("annotator: interrupted; 3 document(s) imported before it, each whole; 2 of 5 "
                                       f"file(s) not imported ({AGAIN})\n")
    with Store.open(project) as store:
        assert len(store.documents()) == 3


def test_ctrl_c_during_suggest_says_what_was_stored(folder_of_five, monkeypatch, capsys):
    from annotator.core.progress import Step
    from annotator.core.suggest import runner

    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(runner, "STORE_EVERY_SECONDS", 0)  # each document stored once proposed
    interrupting_progress(monkeypatch, lambda done, total, current: isinstance(current, Step) and current.index == 2)
    assert cli.main(["suggest", str(project), "--model", "none"]) == 130
    err = capsys.readouterr().err
    with Store.open(project) as store:
        stored = store.annotations()
    assert {a.document_id for a in stored} == {1, 2} and stored
    assert err == (f"annotator: interrupted; suggestions stored before it for 2 document(s) ({len(stored)} new), "
                   "each whole; no links were suggested: run again to suggest them\n")


def test_ctrl_c_inside_a_write_of_suggestions_counts_nothing_of_it(folder_of_five, monkeypatch, capsys):
    from annotator.core.suggest import runner

    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    capsys.readouterr()
    calls, store_one = [], runner._store_proposals

    def interrupted_at_the_third(*args):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        store_one(*args)

    monkeypatch.setattr(runner, "_store_proposals", interrupted_at_the_third)  # the five in one write
    assert cli.main(["suggest", str(project), "--model", "none"]) == 130
    assert capsys.readouterr().err == ("annotator: interrupted; suggestions stored before it for 0 document(s) "
                                       "(0 new), each whole; no links were suggested: run again to suggest them\n")
    with Store.open(project) as store:
        assert store.annotations() == []


def test_suggest_shows_the_links_under_way_and_ctrl_c_there_says_what_they_stored(folder_of_five, monkeypatch,
                                                                                   capsys):
    """After the spans of 5,000 reports, suggest went on with their links for minutes without a word
    (no progress), and Ctrl+C there named only the spans; now the links have their bar, and what
    they stored before it is said."""
    from annotator.core.progress import Step

    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    capsys.readouterr()
    bars: list[str] = []

    def progress(label):
        bars.append(label)

        def hook(done, total, current):
            if label == "links" and isinstance(current, Step) and current.index == 2:
                raise KeyboardInterrupt  # as the third document's links begin
        return hook

    monkeypatch.setattr(cli, "_terminal_progress", progress)
    assert cli.main(["suggest", str(project), "--model", "none"]) == 130
    assert bars == ["suggest", "links"]
    with Store.open(project) as store:
        spans = store.annotations()
        linked = {doc_id for doc_id in (1, 2, 3, 4, 5) if store.links(doc_id)}
        links = sum(len(store.links(doc_id)) for doc_id in linked)
    assert linked == {1, 2} and links
    assert capsys.readouterr().err == (f"annotator: interrupted; suggestions stored before it for 5 document(s) "
                                       f"({len(spans)} new), each whole; link suggestions for 2 document(s) "
                                       f"({links} new); the links of the others were not suggested: run again to "
                                       "suggest them\n")
    monkeypatch.undo()  # run again: the spans' documents skipped, the links of the other three suggested
    assert cli.main(["suggest", str(project), "--model", "none"]) == 0
    with Store.open(project) as store:
        assert {doc_id for doc_id in (1, 2, 3, 4, 5) if store.links(doc_id)} == {1, 2, 3, 4, 5}
        assert len(store.annotations()) == len(spans)


def test_ctrl_c_during_a_review_says_nothing_was_accepted(folder_of_five, monkeypatch, capsys):
    # it said "annotator: interrupted" alone: had it accepted half of the 62,947 suggestions?
    from annotator.core.store.own_copies import OwnCopyQueries

    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    assert cli.main(["suggest", str(project), "--model", "none", "--no-links"]) == 0
    capsys.readouterr()
    decide = OwnCopyQueries.decide_keeping

    def interrupted_inside(store, ids, *args):  # half of them changed, inside the review's one transaction
        with store.transaction():
            store.set_status(list(ids)[: len(ids) // 2], "accepted", "")
            raise KeyboardInterrupt

    monkeypatch.setattr(OwnCopyQueries, "decide_keeping", interrupted_inside)
    assert cli.main(["review", str(project), "--accept"]) == 130
    assert capsys.readouterr().err == "annotator: interrupted; nothing was accepted: a review is stored whole or " \
                                      "not at all\n"
    with Store.open(project) as store:
        assert {a.status for a in store.annotations()} == {"suggested"}
    monkeypatch.setattr(OwnCopyQueries, "decide_keeping", decide)
    from annotator.core import link_review

    monkeypatch.setattr(link_review, "suggested_links_of", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    assert cli.main(["review", str(project), "--accept", "--label", "DISTRICT"]) == 130
    with Store.open(project) as store:
        accepted = len(store.annotations(statuses=["accepted"]))
    assert accepted and capsys.readouterr().err == (
        f"annotator: interrupted; the review was stored before it: accepted {accepted:,} open suggestion(s) in "
        f"{project}\n")


def test_ctrl_c_during_an_export_says_nothing_was_written(folder_of_five, monkeypatch, capsys):
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    assert cli.main(["suggest", str(project), "--model", "none", "--no-links"]) == 0
    out = project.parent / "out.csv"
    out.write_text("yesterday's export", encoding="utf-8")
    capsys.readouterr()
    # the csv export reads the texts of all its documents in one query (export.rows, store/export_reads.py)
    monkeypatch.setattr(Store, "texts_by_document", lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt()))
    assert cli.main(["export", str(project), "-o", str(out), "--status", "suggested"]) == 130
    assert capsys.readouterr().err == f"annotator: interrupted; nothing was written ({out} is as it was)\n"
    assert out.read_text(encoding="utf-8") == "yesterday's export"


def test_ctrl_c_with_no_links_asked_says_nothing_of_links(folder_of_five, monkeypatch, capsys):
    from annotator.core.progress import Step
    from annotator.core.suggest import runner

    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(runner, "STORE_EVERY_SECONDS", 0)
    interrupting_progress(monkeypatch, lambda done, total, current: isinstance(current, Step) and current.index == 2)
    assert cli.main(["suggest", str(project), "--model", "none", "--no-links"]) == 130
    assert capsys.readouterr().err.endswith("each whole\n")

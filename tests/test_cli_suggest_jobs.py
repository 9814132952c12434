"""``annotator suggest --jobs N`` stores each document as soon as its worker hands it back: the
progress moves document by document, and a Ctrl+C keeps every document finished (a second run does
only the rest). Workers used to take batches of 20 documents and hand each back whole, so on a few
documents one worker did all of them and a Ctrl+C before the end stored nothing."""
from __future__ import annotations

import multiprocessing
import os
import signal
from typing import Any

import pytest

import annotator.cli as cli
from annotator.core.progress import SCALE, STORE, Step
from annotator.core.store import Store
from annotator.core.suggest import runner, workers
from annotator.core.suggest.links import LinkReport
from tests.test_cli_stops import interrupting_progress
from tests.test_cli_suggest_resume import SKIPPED

two_cpus = pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="--jobs 2 runs in this process on one CPU")


def _first_at_once_the_others_blocked(real):
    """A worker's propose: the first article's at once, any other as a long report would take (the
    workers are ended by the Ctrl+C long before)."""
    def propose(text, *args, **kwargs):
        if "第0篇" not in text:
            multiprocessing.Event().wait(30)
        return real(text, *args, **kwargs)
    return propose


@two_cpus
def test_ctrl_c_with_jobs_keeps_the_documents_finished_and_a_second_run_does_the_rest(folder_of_five, tmp_path,
                                                                                      forked_workers, monkeypatch,
                                                                                      capsys):
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    monkeypatch.setattr(runner, "propose", _first_at_once_the_others_blocked(runner.propose))  # the workers fork
    store_batch, writes = runner._store_batch, []

    def ctrl_c_after_the_first_write(run, pending):
        store_batch(run, pending)
        writes.append([doc_id for doc_id, _ in pending])
        if len(writes) == 1:
            os.kill(os.getpid(), signal.SIGINT)  # a real Ctrl+C, to this process only, once the first is stored

    monkeypatch.setattr(runner, "_store_batch", ctrl_c_after_the_first_write)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    capsys.readouterr()
    others = set(multiprocessing.active_children())  # (the window's child of earlier tests lives on a while)
    code = cli.main(["suggest", str(project), "--model", "none", "--jobs", "2"])
    err = capsys.readouterr().err
    assert code == 130
    assert writes == [[1]]  # the first article alone, in a write of its own, as soon as it came back
    with Store.open(project) as store:
        spans = store.annotations()
        assert {a.document_id for a in spans} == {1} and store.suggest_records().keys() == {1}
    assert err == (f"annotator: interrupted; suggestions stored before it for 1 document(s) ({len(spans)} new), "
                   "each whole; no links were suggested: run again to suggest them\n")
    assert set(multiprocessing.active_children()) <= others  # the workers under way were ended, not waited for

    monkeypatch.undo()
    code = cli.main(["suggest", str(project), "--model", "none", "--jobs", "2"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0 and out[1].startswith("4 document(s): ") and out[2] == SKIPPED.format(1)
    other = tmp_path / "other"  # the same articles in one run, without workers
    assert cli.main(["new", str(other)]) == 0 and cli.main(["import", str(other), str(articles)]) == 0
    assert cli.main(["suggest", str(other), "--model", "none", "--jobs", "1"]) == 0
    assert held(project) == held(other) and held(other)[0] and held(other)[1]
    with Store.open(project) as store:
        assert store.suggest_records().keys() == {1, 2, 3, 4, 5}


def held(project) -> tuple[list[tuple[int, int, int, str, str]], list[tuple[int, Any, str, Any]]]:
    """The spans, and the links between them by their places (their ids follow the order of the writes)."""
    with Store.open(project) as store:
        spans = {a.id: (a.document_id, a.start, a.end, a.label, a.status) for a in store.annotations()}
        links = [(link.document_id, spans[link.source_id], link.kind, spans.get(link.target_id or 0))
                 for d in range(1, 6) for link in store.links(d)]
    return sorted(spans.values()), sorted(links, key=repr)


@two_cpus
def test_with_jobs_the_progress_moves_as_each_document_is_stored(folder_of_five, monkeypatch):
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    with Store.open(project) as store:
        heard: list[tuple[int, int, int]] = []  # (done, the step's document, documents stored by then)

        def progress(done, total, current):
            assert total == SCALE and isinstance(current, Step)
            if current.doing == STORE:
                heard.append((done, current.index, len(store.suggest_records())))

        runner.suggest_documents(store, jobs=2, progress=progress)
    assert [(index, stored) for _done, index, stored in heard] == [(i, i + 1) for i in range(5)] + [(4, 5)]
    done = [d for d, _index, _stored in heard]
    assert done == sorted(done) and len(set(done)) == 5 and done[-1] == SCALE  # the last: finish()


def test_ctrl_c_without_jobs_keeps_the_documents_proposed_since_the_last_write(folder_of_five, monkeypatch,
                                                                                capsys):
    """Proposals were stored about every half second; a Ctrl+C dropped those made since the last write."""
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    monkeypatch.setattr(runner, "STORE_EVERY_SECONDS", 3600.0)  # no write before the end
    interrupting_progress(monkeypatch, lambda done, total, current: isinstance(current, Step) and current.index == 3)
    assert cli.main(["suggest", str(project), "--model", "none", "--no-links"]) == 130
    with Store.open(project) as store:
        assert {a.document_id for a in store.annotations()} == {1, 2, 3}
        assert store.suggest_records().keys() == {1, 2, 3}
    assert "stored before it for 3 document(s)" in capsys.readouterr().err


def test_suggest_counts_are_written_with_thousands_separators_like_its_other_lines():
    """The summary said "13398 new suggestion(s)" beside "skipped 1,200 document(s)"."""
    report = runner.SuggestReport(documents=1200, added=13398, removed=2500, removed_links=1001,
                                  by_label={"AMOUNT": 13398, "DISTRICT": 7}, skipped=1200)
    assert report.lines() == ["1,200 document(s): 13,398 new suggestion(s) (AMOUNT 13,398, DISTRICT 7)",
                              "skipped 1,200 document(s) already suggested with these settings",
                              "2,500 open suggestion(s) dropped (--replace), and 1,001 suggested link(s) of "
                              "theirs"]
    links = LinkReport(documents=1200, added=45058, removed=1500, by_origin={"rule": 45058})
    assert links.lines() == ["1,200 document(s): 45,058 new link suggestion(s) (rule 45,058)",
                             "1,500 open link suggestion(s) dropped (--replace)"]


@two_cpus
def test_a_worker_killed_is_one_error_line_and_the_documents_finished_before_it_stay(folder_of_five, monkeypatch,
                                                                                      forked_workers, capsys):
    """A worker ended by the out-of-memory killer gave a traceback (BrokenProcessPool), and its batch's
    documents finished before it were lost."""
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    first_stored = multiprocessing.Event()  # the workers fork after it is made: they share it
    real = runner.propose

    def propose(text, *args, **kwargs):
        if "第1篇" in text:  # the second article: its worker is killed once the first article is stored
            first_stored.wait(30)
            os._exit(9)
        if "第0篇" not in text:
            multiprocessing.Event().wait(30)
        return real(text, *args, **kwargs)

    store_batch = runner._store_batch

    def store_then_say_so(run, pending):
        store_batch(run, pending)
        first_stored.set()

    monkeypatch.setattr(runner, "propose", propose)
    monkeypatch.setattr(runner, "_store_batch", store_then_say_so)
    capsys.readouterr()
    others = set(multiprocessing.active_children())  # (the window's child of earlier tests lives on a while)
    code = cli.main(["suggest", str(project), "--model", "none", "--jobs", "2"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert err == (f"annotator: error: {project}: a worker process of --jobs 2 ended unexpectedly (killed, or out of "
                   "memory); the suggestions of the 1 document(s) finished before it are stored, each whole, and "
                   "running the command again does the rest\n")
    with Store.open(project) as store:
        assert {a.document_id for a in store.annotations()} == {1} and store.suggest_records().keys() == {1}
    assert set(multiprocessing.active_children()) <= others


@two_cpus
def test_with_jobs_documents_finished_out_of_order_are_stored_in_order_so_ids_match_one_job(
        folder_of_five, tmp_path, forked_workers, monkeypatch, capsys):
    """The first article is held in its worker until another one has come back: stored in the order
    the workers finished, its spans got later ids than the second's, so the ids of --jobs 2 (the
    export's id column, doccano's relations) differed from --jobs 1's on the same documents."""
    project, articles = folder_of_five
    assert cli.main(["import", str(project), str(articles)]) == 0
    another_back = multiprocessing.Event()  # (made before the workers fork: theirs too)
    real_propose, real_wait = runner.propose, workers.wait

    def propose(text, *args, **kwargs):
        if "第0篇" in text:
            assert another_back.wait(60)
        return real_propose(text, *args, **kwargs)

    def wait(futures, **kwargs):
        done = real_wait(futures, **kwargs)
        if any(f.result()[0] != 1 for f in done[0]):  # another article came back before the first
            another_back.set()
        return done

    monkeypatch.setattr(runner, "propose", propose)
    monkeypatch.setattr(workers, "wait", wait)
    assert cli.main(["suggest", str(project), "--model", "none", "--jobs", "2", "--no-links"]) == 0
    assert another_back.is_set()
    monkeypatch.undo()
    other = tmp_path / "other"
    assert cli.main(["new", str(other)]) == 0 and cli.main(["import", str(other), str(articles)]) == 0
    assert cli.main(["suggest", str(other), "--model", "none", "--jobs", "1", "--no-links"]) == 0
    spans = []
    for folder in (project, other):
        with Store.open(folder) as store:
            spans.append(sorted((a.id, a.document_id, a.start, a.end, a.label) for a in store.annotations()))
    assert spans[0] == spans[1] and spans[0]
    exports = [tmp_path / "two.csv", tmp_path / "one.csv"]
    for folder, out in zip((project, other), exports, strict=True):
        assert cli.main(["export", str(folder), "-o", str(out), "--status", "suggested"]) == 0
    ids = [[line.rsplit(",", 1)[1] for line in out.read_text(encoding="utf-8-sig").splitlines()] for out in exports]
    assert ids[0] == ids[1]  # the id column, row by row

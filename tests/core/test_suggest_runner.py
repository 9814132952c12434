"""Running suggesters over a project: idempotent, never touching reviewed work, learning from it."""
from __future__ import annotations

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.store import Store
from annotator.core.suggest import runner, workers

DOC_A = "湖里区建设松元产业园，总投资55.1亿元。"
DOC_B = "松元产业园位于湖里区，另有金砖数字工业智谷。"


class FakeDistricts:
    name = "gazetteer"  # a rule's origin: --replace drops what it proposed
    labels = ("DISTRICT",)

    def suggest(self, text):
        out = []
        pos = text.find("湖里区")
        while pos >= 0:
            out.append(Suggestion(pos, pos + 3, "DISTRICT", "湖里区", {"name": "湖里区"}, 0.95, "fake", "gazetteer"))
            pos = text.find("湖里区", pos + 1)
        return out


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "default_suggesters", lambda: [FakeDistricts()])
    s = Store.create(tmp_path / "p")
    for name, text in (("a.txt", DOC_A), ("b.txt", DOC_B)):
        s.add_document(Document(None, name, text[:5], text, sha256(text)))
    yield s
    s.close()


def doc_id(store, name):
    return store.document_id_by_name(name)


def test_suggest_stores_open_suggestions_with_origin_and_reason(store):
    report = runner.suggest_documents(store)
    assert report.added == 2
    rows = store.annotations(statuses=["suggested"])
    assert {(a.label, a.text, a.origin, a.reason) for a in rows} == {("DISTRICT", "湖里区", "gazetteer", "fake")}


def test_second_run_adds_nothing(store):
    runner.suggest_documents(store)
    assert runner.suggest_documents(store).added == 0
    assert len(store.annotations()) == 2


def test_accepted_span_is_proposed_in_another_document(store):
    a = doc_id(store, "a.txt")
    store.add_annotation(a, 5, 10, "PROJECT")  # 松元产业园, by hand
    runner.suggest_documents(store)
    learned = [x for x in store.annotations(doc_id(store, "b.txt")) if x.origin == "learned"]
    assert [(x.start, x.end, x.label, x.status) for x in learned] == [(0, 5, "PROJECT", "suggested")]


def test_rejected_suggestion_does_not_come_back(store):
    runner.suggest_documents(store)
    a = doc_id(store, "a.txt")
    (sugg,) = [x for x in store.annotations(a) if x.status == "suggested"]
    store.set_status([sugg.id], "rejected")
    report = runner.suggest_documents(store, replace=True)
    texts = [(x.document_id, x.text, x.status) for x in store.annotations() if x.label == "DISTRICT"]
    # rejected in a.txt, and not proposed again anywhere in the project (same text and label)
    assert (a, "湖里区", "rejected") in texts
    assert all(status != "suggested" for _, _, status in texts)
    assert report.removed == 1


def test_reviewed_and_manual_annotations_are_never_touched(store):
    a = doc_id(store, "a.txt")
    store.add_annotation(a, 0, 3, "DISTRICT", note="mine")
    before = store.annotations(a)
    runner.suggest_documents(store, replace=True)
    after = [x for x in store.annotations(a) if x.status != "suggested"]
    assert after == before


def test_replace_drops_only_open_suggestions_of_chosen_labels(store):
    runner.suggest_documents(store)
    b = doc_id(store, "b.txt")
    store.add_annotation(b, 0, 5, "PROJECT", status="suggested", origin="project")
    report = runner.suggest_documents(store, labels=["PROJECT"], replace=True)
    assert report.removed == 1
    assert [x.label for x in store.annotations(statuses=["suggested"])] == ["DISTRICT", "DISTRICT"]


def test_label_filter_and_cancel(store):
    report = runner.suggest_documents(store, labels=["AMOUNT"])
    assert report.added == 0
    report = runner.suggest_documents(store, cancelled=lambda: True)
    assert report.cancelled and report.documents == 0


def test_resolve_overlaps_prefers_existing_then_confidence_then_length():
    s1 = Suggestion(0, 3, "DISTRICT", "abc", {}, 0.5)
    s2 = Suggestion(1, 5, "DISTRICT", "bcde", {}, 0.9)
    s3 = Suggestion(1, 5, "PROJECT", "bcde", {}, 0.1)
    assert runner.resolve_overlaps([s1, s2, s3]) == [s2, s3]


def test_jobs_spread_over_processes_give_the_same_result(store, tmp_path, forked_workers):
    runner.suggest_documents(store, jobs=2)
    parallel = sorted((x.document_id, x.start, x.end, x.label) for x in store.annotations())
    runner.suggest_documents(store, replace=True, jobs=1)
    serial = sorted((x.document_id, x.start, x.end, x.label) for x in store.annotations())
    assert parallel == serial and len(serial) == 2


def test_workers_propose_with_the_model_and_the_learned_strings_as_this_process_does(tmp_path):
    """--jobs sends the model and the learned strings to each worker once (not with every batch)
    and stores a batch in one write: the same spans, origins and confidences as one process."""
    import os
    from pathlib import Path

    from annotator.core.suggest.model.choice import choose

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one CPU: --jobs 2 runs in this process")
    texts = sorted((Path(__file__).parents[1] / "data" / "holdout").glob("*.txt"))
    results = []
    for jobs in (1, 2):
        with Store.create(tmp_path / f"p{jobs}") as s:
            for path in texts:
                text = path.read_text(encoding="utf-8")
                s.add_document(Document(None, path.name, "", text, sha256(text)))
            first = s.documents()[0].id
            at = s.document(first).text.index("各位代表")
            s.add_annotation(first, at, at + 4, "PROJECT")  # a learned string, proposed again elsewhere
            report = runner.suggest_documents(s, jobs=jobs, model=choose(s, "seed").suggester)
            results.append(sorted((a.document_id, a.start, a.end, a.label, a.origin, a.confidence, a.status,
                                   a.reason) for a in s.annotations()))
            assert report.documents == len(texts)
    assert results[0] == results[1]
    assert "learned" in {r[4] for r in results[0]} and len(results[0]) > 100
    # the model took part: its own spans (origin model) or its agreement with a rule (rule+model)
    assert any(r[4] == "model" or (r[7] or "").startswith("rule+model") for r in results[0])


def _slow_after_the_first(doc_id, text, year=None, area=""):
    """A worker's document: the first at once, any other as a long report with the model would
    take (stopped by the test's Ctrl+C long before its end)."""
    import threading

    if doc_id != 1:
        threading.Event().wait(30)
    return doc_id, []


def _stopped(process) -> bool:
    """The worker has ended: its exit code is known, or its process is gone (reaped by the pool's own
    thread, whose wait this object's join could not see on a loaded machine: its exit code stays None)."""
    import os

    if process.exitcode is not None:
        return True
    try:
        os.kill(process.pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.usefixtures("forked_workers")  # they see the slow proposer (an earlier test's thread: forkserver)
def test_ctrl_c_with_jobs_drops_the_batches_under_way_instead_of_waiting_for_them(store, monkeypatch):
    """Ctrl+C during ``suggest --jobs 2`` of 5,000 reports waited 10.7 s for the batches already handed
    to the workers (jobs x 2 batches of 20 documents); now the workers
    are stopped and the interrupt comes through at once, what was stored before it kept."""
    import multiprocessing
    import os
    import time

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one CPU: --jobs 2 runs in this process")
    for k in range(4):
        store.add_document(Document(None, f"more{k}.txt", "", DOC_B + str(k), sha256(DOC_B + str(k))))
    monkeypatch.setattr(workers, "propose_one", _slow_after_the_first)
    stored = runner._store_batch

    interrupted: list[float] = []

    def then_ctrl_c(run, pending):
        stored(run, pending)
        interrupted.append(time.monotonic())
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "_store_batch", then_ctrl_c)
    stop = workers._stop_workers
    workers_seen: list[multiprocessing.process.BaseProcess] = []

    def stop_and_see(pool):  # the run's own workers (another test's child may come or go meanwhile)
        workers_seen.extend((getattr(pool, "_processes", None) or {}).values())
        stop(pool)

    monkeypatch.setattr(workers, "_stop_workers", stop_and_see)
    report = runner.SuggestReport()
    with pytest.raises(KeyboardInterrupt):
        runner.suggest_documents(store, jobs=2, report=report)
    # from the Ctrl+C, not from the start (two workers starting on a loaded machine take their time):
    # not the 30 s of the batches under way
    assert len(interrupted) == 1 and time.monotonic() - interrupted[0] < 15
    assert workers_seen and all(_stopped(p) for p in workers_seen)  # no worker left running them
    assert report.documents == 1

"""A cancel (or Ctrl+C) of ``suggest_documents(jobs=2)``: what is stored is the run's first documents, and
a cancel heard once every document is stored leaves the run complete (it stops only the search of the
documents skipped for the strings accepted since, and says so: tests/core/test_suggest_spread_cancel.py).

Before: the documents back from the workers were all stored at a cancel, d0 and d2 without d1 (held in
its worker), so "cancelled after 2 documents" were not the first two, and the run resumed gave d1's spans
ids after d2's (an export's id column differed from one run's). And a cancel heard after the last
document was stored marked the run cancelled ("the remaining documents were not looked at": none were
left), the progress never reached its end, and the strings accepted since were not looked for in the
documents skipped without a word (with one job too)."""
from __future__ import annotations

import multiprocessing
import os

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.progress import SCALE
from annotator.core.store import Store
from annotator.core.suggest import runner, workers

TEXT = "湖里区建设松元产业园，思明区总投资55.1亿元，集美区新增10家。"
DOCUMENTS = 6

two_cpus = pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="--jobs 2 runs in this process on one CPU")


class Districts:
    name = "gazetteer"
    labels = ("DISTRICT",)
    held: multiprocessing.synchronize.Event | None = None  # set: the second document waits for it (never set)

    def suggest(self, text):
        if Districts.held is not None and text.endswith("1"):
            Districts.held.wait(60)  # (a hang guard only: the cancel ends the worker long before)
        return [Suggestion(i, i + 3, "DISTRICT", text[i:i + 3], {}, 0.9, "fake", "gazetteer")
                for i in range(len(text) - 2) if text[i + 2] == "区"]


def _project(folder, documents: int = DOCUMENTS) -> Store:
    s = Store.create(folder)
    for k in range(documents):
        s.add_document(Document(None, f"d{k}.txt", "", TEXT + str(k), sha256(TEXT + str(k))))
    return s


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "default_suggesters", lambda: [Districts()])
    s = _project(tmp_path / "p")
    yield s
    s.close()


def _ids_in_order(s: Store) -> list[tuple[str, int, int]]:
    """The spans by id: (document name, start, end), the order the writes gave them."""
    names = {d.id: d.name for d in s.documents()}
    return [(names[a.document_id], a.start, a.end) for a in sorted(s.annotations(), key=lambda a: a.id)]


@two_cpus
@pytest.mark.usefixtures("forked_workers")
@pytest.mark.parametrize("stop", ["cancel", "ctrl-c"])
def test_a_stop_with_jobs_stores_the_documents_before_the_first_not_done_and_resuming_matches_one_job(
        store, tmp_path, monkeypatch, stop):
    """d1 is held in its worker; the other worker does d0, then d2: the stop comes once d2 is back."""
    ids = [d.id for d in store.documents()]
    back: list[int] = []  # the documents back from the workers, as this process heard of them
    real_wait = workers.wait

    def wait(futures, **kwargs):
        done = real_wait(futures, **kwargs)
        back.extend(f.result()[0] for f in done[0])
        return done

    def cancelled():
        if ids[2] not in back:
            return False
        if stop == "ctrl-c":
            raise KeyboardInterrupt
        return True

    monkeypatch.setattr(workers, "wait", wait)
    monkeypatch.setattr(Districts, "held", multiprocessing.get_context("fork").Event())
    report = runner.SuggestReport()
    if stop == "ctrl-c":
        with pytest.raises(KeyboardInterrupt):
            runner.suggest_documents(store, jobs=2, report=report, cancelled=cancelled)
    else:
        runner.suggest_documents(store, jobs=2, report=report, cancelled=cancelled)
        assert report.cancelled and report.lines()[0].startswith("1 document(s): ")
    monkeypatch.setattr(Districts, "held", None)  # (the worker holding d1 was ended)
    assert ids[2] in back and ids[1] not in back
    assert report.ran == ids[:1]  # d2, back, is dropped: stored, it left a gap at d1
    assert {a.document_id for a in store.annotations()} == {ids[0]}
    assert store.suggest_records().keys() == {ids[0]}

    rest = runner.suggest_documents(store, jobs=2, skip_done=True)  # `annotator suggest` again: the rest
    assert (rest.skipped, rest.documents, rest.cancelled) == (1, DOCUMENTS - 1, False)
    with _project(tmp_path / "serial") as serial:  # one run, one job: the same spans with the same ids
        runner.suggest_documents(serial)
        assert _ids_in_order(store) == _ids_in_order(serial) != []


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_cancel_heard_after_the_last_document_is_stored_leaves_the_run_complete(store, jobs, forked_workers):
    """Two new documents to run; the others, suggested before, are skipped, and the string accepted
    since (湖里区, in d0) is to be looked for in them. The cancel comes once both new ones are stored:
    it stops that search (it was under way), said as such, not as documents left."""
    if jobs == 2 and (os.cpu_count() or 1) < 2:
        pytest.skip("one CPU: --jobs 2 runs in this process")
    runner.suggest_documents(store)
    store.set_status([store.annotations(store.document_id_by_name("d0.txt"))[0].id], "accepted", "coder")
    for k in (DOCUMENTS, DOCUMENTS + 1):
        store.add_document(Document(None, f"d{k}.txt", "", TEXT + str(k), sha256(TEXT + str(k))))
    report, heard = runner.SuggestReport(), []
    runner.suggest_documents(store, jobs=jobs, report=report, skip_done=True,
                             progress=lambda done, total, current: heard.append(done),
                             cancelled=lambda: report.documents == 2)
    assert (report.documents, report.skipped, report.cancelled) == (2, DOCUMENTS, False)
    assert "cancelled: the remaining documents were not looked at" not in report.lines()
    assert heard[-1] == SCALE  # the progress reaches its end
    assert (report.spread, report.spread_left) == (0, DOCUMENTS)  # the search of the skipped ones: not done, said
    assert report.lines()[-1] == (f"cancelled: the strings accepted since were not looked for in {DOCUMENTS} of the "
                                  "documents skipped; run again to look in them")
    assert report.links_due is not None and len(report.links_due) == DOCUMENTS + 2

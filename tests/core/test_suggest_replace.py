"""`annotator suggest --replace` (and `suggest-links --replace`) drops each document's open suggestions
in the write that stores its new ones. They were all dropped in one write first: 1.9 s of lock on 300
reports (the window froze if a key was pressed then), and a cancel, Ctrl+C or kill right after it left
no open suggestion on the documents the run never reached."""
from __future__ import annotations

import multiprocessing
import os

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document, Suggestion
from annotator.core.progress import Stopped
from annotator.core.store import Store
from annotator.core.suggest import runner
from annotator.core.suggest.links import suggest_document_links

TEXT = "湖里区建设松元产业园，思明区总投资55.1亿元，集美区新增10家。"
DOCUMENTS = 8


class Districts:
    name = "gazetteer"  # a rule's origin: --replace drops what it proposed
    labels = ("DISTRICT",)
    seen: list[str] = []  # the texts proposed for, in this process
    held: multiprocessing.synchronize.Semaphore | None = None  # set: every text but the first waits for it

    def suggest(self, text):
        Districts.seen.append(text)
        if Districts.held is not None and not text.endswith("0") and not Districts.held.acquire(timeout=60):
            raise RuntimeError("never released: the run did not stop at the cancel")  # (a hang guard only)
        return [Suggestion(i, i + 3, "DISTRICT", text[i:i + 3], {}, 0.9, "fake", "gazetteer")
                for i in range(len(text) - 2) if text[i + 2] == "区"]


@pytest.fixture
def store(tmp_path, monkeypatch):
    """Eight documents with three open suggestions each (and a span accepted in the first)."""
    monkeypatch.setattr(runner, "default_suggesters", lambda: [Districts()])
    monkeypatch.setattr(Districts, "seen", [])
    s = Store.create(tmp_path / "p")
    for k in range(DOCUMENTS):
        s.add_document(Document(None, f"d{k}.txt", "", TEXT + str(k), sha256(TEXT + str(k))))
    runner.suggest_documents(s)
    first = s.annotations(s.document_id_by_name("d0.txt"))[0]
    s.set_status([first.id], "accepted", "coder")
    Districts.seen.clear()
    yield s
    s.close()


def open_ids(store: Store) -> dict[int, set[int]]:
    """Each document's open suggestions, by id (a span made anew has a new one)."""
    out: dict[int, set[int]] = {}
    for a in store.annotations(statuses=["suggested"]):
        out.setdefault(a.document_id, set()).add(a.id)
    return out


def doc_ids(store: Store) -> list[int]:
    return [d.id for d in store.documents()]


def assert_replaced_only(store: Store, before: dict[int, set[int]], reached: set[int],
                         report: runner.SuggestReport) -> None:
    """The documents ``reached`` hold new open suggestions; every other one its old ones, untouched."""
    after = open_ids(store)
    for doc_id in doc_ids(store):
        if doc_id in reached:
            assert after[doc_id] and not after[doc_id] & before[doc_id], doc_id
        else:
            assert after.get(doc_id) == before[doc_id], doc_id
    assert report.removed == sum(len(before[d]) for d in reached)
    assert report.added == sum(len(after[d]) for d in reached)
    assert set(report.ran) == reached and report.documents == len(reached)
    accepted = store.annotations(statuses=["accepted"])
    assert [(a.text, a.status) for a in accepted] == [("湖里区", "accepted")]  # never touched


def test_a_cancelled_replace_leaves_the_documents_not_reached_as_they_were(store):
    before = open_ids(store)
    report = runner.suggest_documents(store, replace=True, cancelled=lambda: len(Districts.seen) > 3)
    assert report.cancelled
    assert_replaced_only(store, before, set(doc_ids(store)[:3]), report)  # the fourth, cut short, stores nothing


def test_a_document_whose_write_fails_keeps_its_old_suggestions_its_drop_rolled_back(store, monkeypatch):
    """The drop and the store of a document are one write: a failure in its store undoes its drop too."""
    monkeypatch.setattr(runner, "STORE_EVERY_SECONDS", 0.0)  # a write a document
    before = open_ids(store)
    third = doc_ids(store)[2]
    record = store.record_suggested

    def failing(doc_id, *args, **kwargs):
        if doc_id == third:
            raise OSError("disk full")
        return record(doc_id, *args, **kwargs)

    monkeypatch.setattr(store, "record_suggested", failing)
    report = runner.SuggestReport()
    with pytest.raises(OSError):
        runner.suggest_documents(store, replace=True, report=report)
    assert_replaced_only(store, before, set(doc_ids(store)[:2]), report)


@pytest.mark.usefixtures("forked_workers")
def test_with_jobs_a_cancelled_replace_keeps_what_was_not_reached_and_ends_as_one_job_does(store, tmp_path,
                                                                                           monkeypatch):
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one CPU: --jobs 2 runs in this process")
    before = open_ids(store)
    report = runner.SuggestReport()
    # the workers propose the first document and wait at every other one: a worker's pace decides nothing (the
    # first document slow, the other worker had done all the rest by the time it came back, all stored)
    monkeypatch.setattr(Districts, "held", multiprocessing.get_context("fork").Semaphore(0))
    runner.suggest_documents(store, replace=True, jobs=2, report=report, cancelled=lambda: report.documents > 0)
    monkeypatch.setattr(Districts, "held", None)  # (the workers waiting were ended)
    assert report.cancelled and report.ran == doc_ids(store)[:1]
    assert_replaced_only(store, before, set(report.ran), report)
    rest = runner.suggest_documents(store, replace=True, jobs=2)
    assert rest.documents == DOCUMENTS and not rest.cancelled

    serial = Store.create(tmp_path / "serial")  # the same project suggested with one job
    for d in store.documents():
        serial.add_document(Document(None, d.name, "", store.document(d.id).text, d.sha256))
    runner.suggest_documents(serial)
    serial.set_status([serial.annotations(serial.document_id_by_name("d0.txt"))[0].id], "accepted", "coder")
    one = runner.suggest_documents(serial, replace=True, jobs=1)
    assert (one.removed, one.added) == (rest.removed, rest.added)

    def spans(s):
        return sorted((a.document_id, a.start, a.end, a.label, a.status, a.id) for a in s.annotations())
    assert spans(store) != [] and [x[:5] for x in spans(store)] == [x[:5] for x in spans(serial)]
    serial.close()


LINKED = "湖里区第九届人民代表大会召开\n全区新增企业200家。"


def test_a_cancelled_link_replace_leaves_the_documents_not_reached_as_they_were(make_project, open_store):
    """The window's child process heard the cancel (Stopped) while a document's links were proposed:
    that document's open links had been dropped already, in a write of their own."""
    texts = {f"d{k}.txt": LINKED + str(k) for k in range(4)}
    spans = [(name, 0, 3, "DISTRICT", {"status": "accepted", "value": {"name": "湖里区", "code": "350206"}})
             for name in texts] + [(name, 17, 25, "TARGET", {"status": "accepted"}) for name in texts]
    store = open_store(make_project(texts, spans))
    suggest_document_links(store)

    def open_links():
        out: dict[int, set[int]] = {}
        for k in store.links(statuses=["suggested"]):
            out.setdefault(k.document_id, set()).add(k.id)
        return out

    before = open_links()
    assert len(before) == 4 and all(before.values())
    calls: list[int] = []

    def elsewhere(fn, *args):  # the third document's proposing is stopped
        calls.append(1)
        if len(calls) == 3:
            raise Stopped
        return fn(*args)

    report = suggest_document_links(store, replace=True, elsewhere=elsewhere)
    after, ids = open_links(), doc_ids(store)
    assert all(after[d] and not after[d] & before[d] for d in ids[:2])
    assert all(after[d] == before[d] for d in ids[2:])  # the third one's too: its drop is in its write
    assert report.documents == 2 and report.removed == sum(len(before[d]) for d in ids[:2])
    assert report.added == sum(len(after[d]) for d in ids[:2])
    assert report.lines()[-2:] == [f"{report.removed:,} open link suggestion(s) dropped (--replace)",
                                   "cancelled: the links of the remaining documents were not suggested"]

"""Suggestions are stored a batch of documents at a time (one commit, not one a document: each
commit waits for the disk), never while proposing, and a cancel keeps the documents proposed before it."""
from __future__ import annotations

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest import runner

TEXT = "厦门市湖里区计划投资{n}亿元建设松元产业园。"


def project(tmp_path, n: int) -> Store:
    store = Store.create(tmp_path / "p")
    for i in range(n):
        text = TEXT.format(n=i + 1)
        store.add_document(Document(None, f"{i}.txt", "", text, sha256(text), char_count=len(text)))
    return store


def commits(store: Store) -> list[str]:
    seen: list[str] = []
    store.conn.set_trace_callback(lambda sql: seen.append(sql) if sql.strip().upper() == "COMMIT" else None)
    return seen


def test_many_documents_are_stored_in_one_commit_per_batch(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "STORE_EVERY_SECONDS", 3600)  # everything in one batch
    with project(tmp_path, 12) as store:
        seen = commits(store)
        report = runner.suggest_documents(store)
        assert report.documents == 12 and report.added >= 24
        assert len(seen) == 1
        assert {a.document_id for a in store.annotations()} == {d.id for d in store.documents()}


def test_each_document_alone_when_every_batch_is_due(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "STORE_EVERY_SECONDS", 0)
    with project(tmp_path, 5) as store:
        seen = commits(store)
        runner.suggest_documents(store)
        assert len(seen) == 5


def test_a_cancel_keeps_the_documents_proposed_before_it(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "STORE_EVERY_SECONDS", 3600)
    with project(tmp_path, 6) as store:
        progressed: list[int] = []  # the document each progress report is about

        def cancelled() -> bool:  # heard once the fourth document is under way
            return bool(progressed) and max(progressed) >= 3

        report = runner.suggest_documents(
            store, cancelled=cancelled, progress=lambda done, total, step: progressed.append(step.index))
        stored = {a.document_id for a in store.annotations()}
        assert report.cancelled and len(stored) == 3
        assert stored == set(sorted(d.id for d in store.documents())[:len(stored)])  # the first ones, whole

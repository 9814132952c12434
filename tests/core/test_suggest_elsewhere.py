"""Suggesting with the proposals made in another process (the window's child, issue 17) stores
exactly what proposing in this process stores: the same spans, values, confidences, reasons and
links, the same progress heard; a cancel stores the documents proposed before it and nothing of
the one under way (spans or links), and ends the child."""
from __future__ import annotations

import functools

import pytest

from annotator.core.imports.documents import import_files
from annotator.core.progress import LINKS
from annotator.core.store import Store
from annotator.core.suggest.links import suggest_spans_and_links
from annotator.core.suggest.model.choice import choose
from annotator.core.worker_process import WorkerProcess
from tests.shared_data import require


@pytest.fixture
def worker():
    w = WorkerProcess()
    yield w
    w.close()


def reports_project(folder, files) -> Store:
    """The reports, 各位代表 of the first accepted as a PROJECT (a learned string, proposed again)."""
    store = Store.create(folder)
    import_files(store, files)
    first = store.documents()[0].id
    at = store.document(first).text.index("各位代表")
    store.add_annotation(first, at, at + 4, "PROJECT", status="accepted", annotator="ann")
    return store


def stored(store: Store) -> tuple[list[tuple], list[tuple]]:
    """Every span and link, spans named by what they are rather than by their ids."""
    spans = {a.id: a for a in store.annotations()}
    names = {d.id: d.name for d in store.documents()}

    def key(a):
        return (names[a.document_id], a.start, a.end, a.label)

    rows = sorted((*key(a), a.text, sorted(a.value.items()), a.confidence, a.reason, a.origin, a.status)
                  for a in spans.values())
    links = sorted((key(spans[k.source_id]), k.kind, key(spans[k.target_id]) if k.target_id else None,
                    sorted(k.value.items()), k.origin, k.reason, k.status) for k in store.links())
    return rows, links


def test_proposing_in_the_child_stores_what_proposing_here_stores(tmp_path, worker):
    files = require("reports", "*.txt")
    results, heard = [], []
    for where in ("here", "child"):
        progress: list[tuple] = []
        with reports_project(tmp_path / where, files) as store:
            elsewhere = functools.partial(worker.run, cancelled=lambda: False) if where == "child" else None
            report = suggest_spans_and_links(store, None, progress=lambda *a, p=progress: p.append(a),
                                             model=choose(store, "project").suggester, elsewhere=elsewhere)
            assert report.spans.documents == len(files) and not report.spans.cancelled
            results.append(stored(store))
        heard.append(progress)
    assert worker.started == 1 and worker.alive()  # proposed in the child, kept for the next job
    assert results[0] == results[1]
    assert heard[0] == heard[1]  # each document's steps, as thousandths of the whole
    spans, links = results[0]
    origins = {row[8] for row in spans}
    assert {"learned", "model"} <= origins and len(spans) > 1000 and len(links) > 500
    assert any(row[7].startswith("rule+model") for row in spans)  # the model agreed with a rule


def test_a_cancel_keeps_the_documents_proposed_before_and_ends_the_child(tmp_path, worker):
    files = require("reports", "*.txt")[:3]
    with reports_project(tmp_path / "p", files) as store:
        docs = store.documents()
        before = {d.id: len(store.annotations(d.id)) for d in docs}
        seen: list[int] = []  # the documents whose steps were heard

        def progress(done, total, step):
            seen.append(step.index)

        report = suggest_spans_and_links(store, None, progress=progress, cancelled=lambda: 1 in seen,
                                         model=choose(store, "seed").suggester,
                                         elsewhere=functools.partial(worker.run, cancelled=lambda: 1 in seen))
        assert report.spans.cancelled and report.links is None
        assert report.spans.documents == 1 and not worker.alive()
        after = {d.id: len(store.annotations(d.id)) for d in docs}
        assert after[docs[0].id] > before[docs[0].id]  # the first, proposed before the cancel, is kept
        assert [after[d.id] for d in docs[1:]] == [before[d.id] for d in docs[1:]]  # nothing of the others
        assert store.links() == []


def test_a_cancel_while_the_child_suggests_links_keeps_the_links_of_the_documents_before(tmp_path, worker):
    files = require("reports", "*.txt")[:3]
    with reports_project(tmp_path / "p", files) as store:
        docs = store.documents()
        seen: list[int] = []  # the documents whose links were begun

        def progress(done, total, step):
            if step.doing == LINKS:
                seen.append(step.index)

        report = suggest_spans_and_links(store, None, progress=progress, cancelled=lambda: 1 in seen,
                                         model=choose(store, "seed").suggester,
                                         elsewhere=functools.partial(worker.run, cancelled=lambda: 1 in seen))
        assert report.spans.documents == 3 and not report.spans.cancelled  # the spans of all three
        assert report.links is not None and report.links.documents == 1 and not worker.alive()
        linked = {link.document_id for link in store.links()}
        assert linked == {docs[0].id}  # nothing of the document under way
        assert all(store.annotations(d.id) for d in docs)

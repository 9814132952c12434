"""How ``--jobs`` starts its workers does not depend on the Python version: fork only where this
process runs no other thread (a user's command line), forkserver beside threads (the window's, or
Qt's). Python 3.12 and 3.13 warned "This process is multi-threaded, use of fork() may lead to
deadlocks in the child" from the suggest tests, and 3.14 starts with forkserver by default, which
sends the model to each worker pickled: both ways are tested here on every version."""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import warnings

import pytest

from annotator.core.imports.text import sha256
from annotator.core.models import Document
from annotator.core.store import Store
from annotator.core.suggest import runner, workers
from annotator.core.suggest.model.choice import choose

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and forkserver: Linux's start methods")
TEXTS = ["湖里区建设松元产业园，总投资55.1亿元。力争新增80家国家级高新技术企业。",
         "思明区、集美区同步推进金砖数字工业智谷，计划投资12亿元。"]


class _AnotherThread:
    """A thread running beside the test's (as the window's task thread runs beside its own)."""

    def __enter__(self) -> _AnotherThread:
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.stop.wait, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


@linux
def test_workers_fork_from_a_single_thread_and_use_forkserver_beside_others(monkeypatch):
    with _AnotherThread():
        assert workers._threads() >= 2
        assert workers.start_method().get_start_method() == "forkserver"
    monkeypatch.setattr(workers, "_threads", lambda: 1)  # a user's `annotator suggest --jobs N`
    assert workers.start_method().get_start_method() == "fork"


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one CPU: --jobs 2 runs in this process")
def test_workers_started_beside_another_thread_propose_the_model_as_one_process_without_a_warning(tmp_path,
                                                                                                 monkeypatch):
    started, start_method = [], workers.start_method
    monkeypatch.setattr(workers, "start_method", lambda: started.append(start_method()) or started[-1])
    results = []
    for jobs in (1, 2):
        with Store.create(tmp_path / f"p{jobs}") as store:
            for i, text in enumerate(TEXTS):
                store.add_document(Document(None, f"{i}.txt", "", text, sha256(text)))
            with _AnotherThread(), warnings.catch_warnings(record=True) as warned:
                warnings.simplefilter("always")
                report = runner.suggest_documents(store, jobs=jobs, model=choose(store, "seed").suggester)
            assert [str(w.message) for w in warned if "fork" in str(w.message)] == []  # 3.12's warning
            assert report.documents == len(TEXTS)
            results.append(sorted((a.document_id, a.start, a.end, a.label, a.origin, a.confidence)
                                  for a in store.annotations()))
    assert results[0] == results[1] and results[0]
    assert [c.get_start_method() for c in started] == (["forkserver"] if sys.platform.startswith("linux")
                                                       else [multiprocessing.get_start_method()])

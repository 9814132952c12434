"""``suggest_documents(jobs=N)`` (``annotator suggest --jobs N``): worker processes propose, this one stores.

Each worker proposes one document at a time (pure CPU work: the learned strings and the model are
sent to each worker once, when it starts). This process stores each document in its own write
(``runner._store_batch``, with the record of its settings, as ``jobs`` 1 does) as soon as a worker
hands it back and the documents before it are stored: in the run's order, so the spans get the ids
``jobs`` 1 gives them and an export (its ``id`` column, doccano's relations) is the same file; they were
stored in the order the workers finished. The progress moves with each one. So a Ctrl+C, a
cancel or a kill keeps the run's first documents, every one finished before the first still under
way (a second run passes over them: ``resume.py``); those under way are dropped, the workers ended at
once, and so are those finished after the first under way (they were stored, leaving a gap: d0, d1,
d3 without d2, the report's "cancelled after 3 documents" not the first three, and d2's spans given
ids after d3's when the run was resumed). A cancel heard once every document is stored stops
nothing: the run is complete, reported so.

(Workers used to take batches of 20 documents and hand each batch back whole: on a few documents one
worker did them all, as slowly as ``--jobs 1``, and a Ctrl+C before the end stored nothing.)
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, Any

from annotator.core.errors import AnnotatorError
from annotator.core.jurisdiction import given_code
from annotator.core.models import Suggestion
from annotator.core.progress import STORE, Step
from annotator.core.suggest import runner
from annotator.core.suggest.district.former import metadata_year
from annotator.core.suggest.learned import LearnedSuggester
from annotator.core.writing import process_alive

if TYPE_CHECKING:
    from annotator.core.suggest.model.suggester import ModelSuggester

IN_FLIGHT = 2  # documents handed to each worker at a time: one under way, the next one waiting

_WORKER: dict[str, Any] = {}  # in a worker process: what every document is proposed with, sent once


def _threads() -> int:
    """The threads of this process (Qt's and the window's included), or 0 where that cannot be told."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 0


def start_method() -> BaseContext:
    """How the workers start, the same on every Python version. On Linux: fork where this process
    runs no other thread (the command line: the workers inherit the model at once, as they did
    before Python 3.14 made forkserver the default), else forkserver (the model is sent to each
    worker): forking beside other threads may leave a lock one of them held locked for ever in the
    child (Python 3.12 and 3.13 warn of it). Elsewhere Python's default (spawn on macOS and Windows)."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork" if _threads() == 1 else "forkserver")
    return multiprocessing.get_context()


def _start_worker(learned: LearnedSuggester | None, labels: list[str] | None, model: ModelSuggester | None,
                  owner: int | None = None) -> None:
    _WORKER.update(learned=learned, labels=labels, model=model)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's: it keeps what is done, then ends us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker had the command line's handler: ended, it ends
    threading.Thread(target=_quit_with_parent, args=(os.getppid(), owner), daemon=True).start()


def _quit_with_parent(parent: int, owner: int | None = None) -> None:
    """A worker whose parent was killed (kill -9, the out-of-memory killer) would wait for ever to
    hand back its document through a pipe it holds both ends of, keeping the project's files and the
    caller's output pipe open: it leaves as soon as it has another parent, or when ``owner`` (the
    process that started the pool) is gone — a forkserver's worker is the forkserver's child, and the
    forkserver outlived a killed ``annotator suggest --jobs 2``, its workers with it."""
    while os.getppid() == parent and (owner is None or _alive(owner)):
        time.sleep(0.5)
    os._exit(1)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs: a process killed but not yet reaped (its caller still reading the output
    pipe this worker holds open) counts as gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            if f.read().rpartition(b")")[2].split()[:1] in ([b"Z"], [b"X"]):
                return False
    except OSError:
        pass  # no /proc (macOS, Windows): the system's answer
    return process_alive(pid)


def propose_one(doc_id: int, text: str, year: int | None = None, area: str = "") -> tuple[int, list[Suggestion]]:
    """In a worker: what the suggesters propose for one document (of ``year`` and jurisdiction ``area``:
    its metadata's)."""
    return doc_id, runner.propose(text, _WORKER["learned"], _WORKER["labels"], _WORKER["model"], year=year,
                                  area=area)


def suggest_in_workers(run: runner._Run, ids: list[int], jobs: int) -> None:
    """Propose ``ids`` in ``jobs`` workers and store each document as it comes back (see the module)."""
    report = run.report
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=start_method(), initializer=_start_worker,
                               initargs=(run.learned, run.labels, run.model, os.getpid()))
    pending: dict[Future[tuple[int, list[Suggestion]]], str] = {}  # handed out, not yet stored: their names
    back: dict[int, tuple[list[Suggestion], str]] = {}  # back from a worker, an earlier document still under way
    order: deque[int] = deque()  # handed out in the run's order and stored in it: the spans' ids those of
    finished = False  # --jobs 1, and so an export's id column
    handed: set[int] = set()
    try:
        texts = iter(run.store.document_texts(ids))
        while True:
            for doc_id, name, text in islice(texts, jobs * IN_FLIGHT - len(pending)):
                metadata = run.store.document_metadata(doc_id)
                pending[pool.submit(propose_one, doc_id, text, metadata_year(metadata),
                                    given_code(metadata) or "")] = name
                order.append(doc_id)
                handed.add(doc_id)
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                doc_id, proposed = future.result()
                back[doc_id] = proposed, pending.pop(future)
            while order and order[0] in back:
                doc_id = order[0]
                proposed, name = back[doc_id]
                runner._store_batch(run, [(doc_id, proposed)])
                order.popleft()  # (only once stored: a Ctrl+C in the write leaves it the first not stored)
                del back[doc_id]
                run.meter.finished(run.position.get(doc_id, 0), Step(report.documents - 1, run.total, name, STORE))
            # a cancel heard once every document is stored comes too late to stop anything: the run is complete
            if (pending or len(handed) < len(ids)) and run.cancelled is not None and run.cancelled():
                report.cancelled = True
                _store_the_rest_back(run, pending, back, order)  # those finished before the first gap are kept
                break
        finished = not report.cancelled
    except KeyboardInterrupt:  # the documents back from the workers before the first gap are kept too
        _store_the_rest_back(run, pending, back, order)
        raise
    except BrokenProcessPool:  # a worker was killed (the out-of-memory killer, kill -9): it said nothing
        _store_the_rest_back(run, pending, back, order)
        raise AnnotatorError(f"{run.store.folder}: a worker process of --jobs {jobs} ended unexpectedly (killed, or "
                             f"out of memory); the suggestions of the {report.documents:,} document(s) finished "
                             "before it are stored, each whole, and running the command again does the rest") from None
    finally:
        if finished:
            pool.shutdown()
        else:
            _stop_workers(pool)


def _store_the_rest_back(run: runner._Run, pending: dict[Future[tuple[int, list[Suggestion]]], str],
                         back: dict[int, tuple[list[Suggestion], str]], order: deque[int]) -> None:
    """After a cancel, a Ctrl+C or a worker's end: store the documents already back from the workers
    in the run's order, up to the first one not back (still under way, or its worker killed); those
    back after it are dropped, proposed again by the next run. So what is stored is always the run's
    first documents, as with ``jobs`` 1: "cancelled after N documents" means those N, and the run
    resumed (``resume.py``) gives the spans the ids one run would have given them."""
    stored = set(run.report.ran)  # a write the interrupt cut short was rolled back, and is not in it
    returned = dict(f.result() for f in pending if f.done() and not f.cancelled() and f.exception() is None)
    returned.update((doc_id, proposed) for doc_id, (proposed, _name) in back.items())
    for doc_id in order:
        if doc_id in stored:
            continue
        if doc_id not in returned:
            break
        runner._store_batch(run, [(doc_id, returned[doc_id])])


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """After a cancel, Ctrl+C or an error: the documents under way in the workers are dropped, not
    waited for (seconds each with the model: Ctrl+C took 10.7 s on 5,000 reports when the workers
    were waited for). Workers only propose, so nothing they hold is stored. Python 3.14's
    ``terminate_workers``."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join()
        for _ in range(100):  # the pool's own thread may reap it first: its exit code comes from there
            if process.exitcode is not None:
                break
            process.join(0.05)

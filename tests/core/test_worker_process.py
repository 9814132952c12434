"""The child process that trains for the window: results, progress and errors come back, the child
is kept between jobs, cancelling ends it at once, a child that dies is an error, an idle child leaves.
The jobs are functions of this module (the child imports it)."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from annotator.core.errors import AnnotatorError
from annotator.core.progress import Stopped
from annotator.core.worker_process import WorkerProcess

_seen: list[str] = []  # in the child: what its jobs saw before


class Refused(AnnotatorError):
    pass


def count_to(n, progress=None):
    for i in range(n):
        progress(i, n, f"step {i}")
    _seen.append(f"count_to({n})")
    return os.getpid(), list(_seen)


def refuse(reason):
    raise Refused(reason)


def unpicklable():
    error = ValueError("no good")
    error.lock = threading.Lock()  # a lock cannot be pickled
    raise error


def wait_forever(progress=None):
    progress(0, 1, "waiting")
    threading.Event().wait()


def die(code):
    os._exit(code)


@pytest.fixture
def worker():
    w = WorkerProcess()
    yield w
    w.close()


def test_the_result_and_the_progress_come_back_and_the_child_stays_for_the_next_job(worker):
    heard = []
    pid, seen = worker.run(count_to, 3, progress=lambda *a: heard.append(a))
    assert heard == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]
    assert pid != os.getpid() and seen == ["count_to(3)"]
    again, seen = worker.run(count_to, 1, progress=lambda *a: None)
    assert again == pid and seen == ["count_to(3)", "count_to(1)"]  # what it loaded stays loaded
    assert worker.started == 1 and _seen == []  # nothing of it ran here


def test_a_jobs_exception_comes_back_as_itself_with_the_childs_traceback(worker):
    with pytest.raises(Refused, match="no such project") as caught:
        worker.run(refuse, "no such project")
    assert any("in refuse" in note for note in caught.value.__notes__)
    with pytest.raises(AnnotatorError, match="ValueError: no good"):
        worker.run(unpicklable)
    assert worker.run(count_to, 1, progress=lambda *a: None)[0] != os.getpid()  # the child serves on
    assert worker.started == 1


def test_cancelling_ends_the_child_at_once_and_the_next_job_starts_another(worker):
    heard = []
    with pytest.raises(Stopped):
        worker.run(wait_forever, progress=lambda *a: heard.append(a), cancelled=lambda: bool(heard))
    assert heard == [(0, 1, "waiting")] and not worker.alive()
    assert worker.run(count_to, 2, progress=lambda *a: None)[1] == ["count_to(2)"]  # a new child
    assert worker.started == 2


def test_a_child_that_dies_is_an_error_and_the_next_job_starts_another(worker):
    with pytest.raises(AnnotatorError, match=r"stopped unexpectedly \(exit code 3\)"):
        worker.run(die, 3)
    assert not worker.alive()
    assert worker.run(count_to, 1, progress=lambda *a: None)[1] == ["count_to(1)"]
    assert worker.started == 2


def test_an_idle_child_leaves_and_the_next_job_starts_another():
    worker = WorkerProcess(idle_seconds=0.01)
    try:
        first, _ = worker.run(count_to, 1, progress=lambda *a: None)
        worker._process.join(30)  # it leaves by itself once no job comes
        assert not worker.alive()
        second, seen = worker.run(count_to, 1, progress=lambda *a: None)
        assert second != first and seen == ["count_to(1)"] and worker.started == 2
    finally:
        worker.close()


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_a_child_whose_parent_is_killed_during_a_job_leaves_with_it(tmp_path):
    """The window killed during a training by itself (which reports no progress): its child trained on
    to the end, nobody waiting for it (18 minutes of a core on a report of 1.2 M characters)."""
    from annotator.core.suggest.workers import _alive

    script = ("from annotator.core.worker_process import WorkerProcess\n"
              "from tests.core.test_worker_process import wait_forever\n"
              "w = WorkerProcess()\n"
              "w.run(wait_forever, progress=lambda *a: print(w._process.pid, flush=True))\n")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])))
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=root, env=env)
    child = 0
    try:
        child = int(parent.stdout.readline())  # its job started, in the child
        assert _alive(child)
        parent.kill()
        parent.wait(30)
        deadline = time.monotonic() + 30
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)  # waiting for it to leave, not timing it
        assert not _alive(child)
    finally:
        parent.kill()
        parent.stdout.close()
        if child and _alive(child):  # left behind: not by this test's run
            os.kill(child, 9)

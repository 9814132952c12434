"""A child process for CPU-heavy core work of the window (training the model, cross-validating it).

**Why not a thread.** Python runs one thread at a time (the GIL). The window's lists and tables
are Qt views over Python models: one paint of them calls Python some 1,600 times (``rowCount``,
``data`` …), and each call first takes the GIL back from a busy worker thread. A worker running
Python gives it up every 5 ms (``sys.getswitchinterval()``); CRFsuite, while it learns a layer,
holds it in one C call and lets go only when it reports an iteration (every 25 ms or more on the
six reports). So a paint during a training — the window greying when the progress dialog
appears, a resize, a dock shown — waited up to 4.5 s (measured: README, *In the window*).
A child process has a GIL of its own: the window's thread waits for nothing.

A :class:`WorkerProcess` starts its child (``spawn``: a fresh interpreter, safe beside Qt's
threads and the same on every system) at the first job and keeps it between jobs, so that what a
job loads once (jieba's words, the gazetteer) stays loaded; the child leaves by itself after
``idle_seconds`` without a job, or when this process ends. A job is a module-level function and
its arguments (pickled both ways); its progress hooks are relayed through the pipe, and its
result or its exception come back the same way. The calling thread waits in ``poll`` (the GIL
released) and asks ``cancelled()`` between two polls: cancelling ends the child at once (a job
run here writes nothing: the caller keeps what it returns), and the next job starts a new one.
"""
from __future__ import annotations

import functools
import multiprocessing
import multiprocessing.connection
import os
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from annotator.core.errors import AnnotatorError
from annotator.core.progress import Stopped

IDLE_SECONDS = 600.0  # a child without a job for this long leaves (its memory goes with it)
POLL_SECONDS = 0.05  # how often the caller asks whether the job was cancelled
Cancelled = Callable[[], bool]


class _Gone(Exception):
    """The child ended before it sent the job's end; ``started``: after it took the job."""

    def __init__(self, started: bool, code: int | None) -> None:
        super().__init__(started, code)
        self.started = started
        self.code = code


class WorkerProcess:
    """One child process that runs jobs one at a time (see the module)."""

    def __init__(self, idle_seconds: float = IDLE_SECONDS) -> None:
        self.idle_seconds = idle_seconds
        self._lock = threading.Lock()  # one job at a time; close() waits for it
        self._process: Any = None  # multiprocessing's SpawnProcess
        self._conn: Connection | None = None
        self.started = 0  # children started (tests)

    def run(self, function: Callable[..., Any], *args: Any, cancelled: Cancelled | None = None,
            **hooks: Callable[..., None] | None) -> Any:
        """``function(*args, **hooks)`` in the child, its result here. ``hooks``: progress callbacks by
        keyword (None: not passed), called here with what the child's calls give them. Raises
        :class:`~annotator.core.progress.Stopped` once ``cancelled()`` is true (the child ended), the
        job's own exception, or AnnotatorError if the child ended without an answer."""
        wanted = {name: hook for name, hook in hooks.items() if hook is not None}
        with self._lock:
            for attempt in range(2):
                conn = self._connection()
                try:
                    conn.send((function, args, tuple(wanted)))
                    ended, value = self._answer(conn, wanted, cancelled)
                except _Gone as gone:  # before it took the job: its idle time ran out just then
                    self._end()
                    if gone.started or attempt:
                        raise AnnotatorError("the background process stopped unexpectedly "
                                             f"(exit code {gone.code}); nothing was kept") from None
                    continue
                except BaseException:  # cancelled, a hook failed, Ctrl+C: the job is abandoned
                    self._end()
                    raise
                if ended == "error":  # the job's own: the child serves on
                    raise value
                return value
        raise AssertionError("unreachable")

    def close(self, wait: float = 2.0) -> None:
        """End the child. A job under way that hears its ``cancelled`` ends first (waited for up to
        ``wait`` seconds); one that does not is abandoned (its caller gets an AnnotatorError)."""
        if self._lock.acquire(timeout=wait):
            try:
                self._end()
            finally:
                self._lock.release()
        elif (process := self._process) is not None:
            process.terminate()

    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    # ------------------------------------------------------------------ here
    def _connection(self) -> Connection:
        if self._conn is not None and self.alive():
            return self._conn
        self._end()
        context = multiprocessing.get_context("spawn")
        here, there = context.Pipe()
        process = context.Process(target=serve, args=(there, self.idle_seconds), daemon=True,
                                  name="annotator-worker")
        process.start()
        there.close()  # the child's end lives in the child: an ended child is an EOF here
        self._process, self._conn = process, here
        self.started += 1
        return here

    def _answer(self, conn: Connection, hooks: dict[str, Callable[..., None]],
                cancelled: Cancelled | None) -> tuple[str, Any]:
        """("done", the result) or ("error", the job's exception)."""
        started, process = False, self._process
        while True:
            if cancelled is not None and cancelled():
                raise Stopped
            try:
                if not conn.poll(POLL_SECONDS):
                    if not process.is_alive():
                        raise _Gone(started, process.exitcode)
                    continue
                message = conn.recv()
            except (EOFError, OSError):
                process.join(1)
                raise _Gone(started, process.exitcode) from None
            kind = message[0]
            if kind == "started":
                started = True
            elif kind == "progress":
                hooks[message[1]](*message[2])
            elif kind == "done":
                return kind, message[1]
            else:  # "error": the job's exception, with the child's traceback as a note
                error, where = message[1], message[2]
                error.add_note(where)
                return kind, error

    def _end(self) -> None:
        process, conn, self._process, self._conn = self._process, self._conn, None, None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.terminate()
            process.join(5)
            if not process.is_alive():
                process.close()


# ------------------------------------------------------------------- the child
def serve(conn: Connection, idle_seconds: float) -> None:
    """The child's loop: a job at a time until ``idle_seconds`` pass without one, or the parent goes."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_quit_with_parent, args=(parent.sentinel,), daemon=True).start()
    while conn.poll(idle_seconds):
        try:
            function, args, names = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(("started",))
        hooks = {name: functools.partial(_relay, conn, name) for name in names}
        try:
            result = function(*args, **hooks)
        except BaseException as e:  # noqa: BLE001 — the caller raises it
            where = "".join(traceback.format_exception(e))
            try:
                conn.send(("error", e, where))
            except Exception:  # noqa: BLE001 — an exception that cannot be pickled: its words
                conn.send(("error", AnnotatorError(f"{type(e).__name__}: {e}"), where))
        else:
            conn.send(("done", result))


def _quit_with_parent(sentinel: int) -> None:
    """The window's process killed (kill, a logout, the out-of-memory killer) during a job: a training
    by itself, which reports no progress, went on to its end in a child nobody waited for (on a
    report of 1.2 M characters, 18 minutes of a core). The child leaves with its parent."""
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def _relay(conn: Connection, name: str, *args: Any) -> None:
    conn.send(("progress", name, args))

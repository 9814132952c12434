"""The command line's exit codes, the same for every command (README, "Exit codes"; ``annotator --help``):
0 done; 1 an error, nothing (more) done; 2 the command's words wrong (argparse); 3 partly done — some
files or rows refused, the rest imported (``import``, ``import-annotations``; ``import-again``: some
documents left as they were); 130 Ctrl+C; 141 the
reader of standard output went away; 143 SIGTERM.

How a command ends when it is told to stop: SIGTERM (what cron, CI and ``timeout`` send, and
``kill`` by default) is taken as Ctrl+C is, so the same clean-up runs — a temporary export file
removed, the write under way rolled back, the worker processes of ``suggest --jobs`` ended — and
the command says so in one line and exits 143 (128 + 15, as a shell reports a process it ended);
Python's default ended the process at once, leaving a ``.part`` file beside the export and the
workers running (they held the caller's output pipe open, so a CI step waited for ever)."""
from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

DONE, FAILED, PARTLY_DONE = 0, 1, 3  # (2: argparse's, for words it cannot parse)
INTERRUPTED = 130  # 128 + SIGINT
BROKEN_PIPE = 141  # 128 + SIGPIPE
TERMINATED = 143  # 128 + SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the command was, as Ctrl+C raises KeyboardInterrupt."""


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second one while cleaning up does not cut it short
    raise Terminated()


@contextlib.contextmanager
def terminated_as_interrupt() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` inside; the handler before it is put back after."""
    if threading.current_thread() is not threading.main_thread():  # (a test's thread): signals are the main's
        yield
        return
    before = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def stopped(e: KeyboardInterrupt) -> tuple[str, int]:
    """What the command line says of a stop, and its exit code."""
    return ("terminated", TERMINATED) if isinstance(e, Terminated) else ("interrupted", INTERRUPTED)


HELP = """exit codes (the same for every command):
  0    done
  1    an error: nothing was done, or the command stopped (what it had stored is said)
  2    the command's words could not be read (an unknown option, a missing argument)
  3    partly done: some files or rows were refused, the rest was imported (import, import-annotations),
       or a source of merge was refused (a package of another project), the others merged,
       or import-again left some documents as they were (a line each says why), the others read again
  130  interrupted (Ctrl+C); 143 terminated (SIGTERM: timeout, cron, CI); 141 the reader of the output went away"""

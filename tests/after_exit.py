"""Folders removed once this process has ended, however it ends: the test session's settings and data
folders (``conftest.py``) and a benchmark's scratch folders (``benchmarks/scratch.py``).

Removed in ``pytest_unconfigure`` or by an ``atexit`` handler, they were left in the temporary folder: a
run killed never gets there (``timeout``'s SIGTERM on a session hung in a dialog, a CI job cancelled, the
out-of-memory killer: ``annotator-test-data-*`` and ``annotator-test-settings-*`` stayed), and Qt writes
a window's settings as the application goes, after every ``atexit`` handler (a benchmark's
``annotator-bench-settings-*`` came back holding ``annotator/annotator.conf``). So a small watcher
process, in a session of its own (what ends the run's process group, Ctrl+C or ``timeout``, leaves it),
waits for the end of a pipe this process holds open, and removes the folders then: the pipe ends only
when this process has ended, by any means, and every child forked from it (which holds the pipe too: a
forked worker may still write); a program it starts (a subprocess, a ``spawn`` worker) does not hold
it. The watcher writes nothing; its standard output and error are the process's own when it starts, so
a reader of the output of ``pytest -s`` sees it end only once the folders are gone.
"""
from __future__ import annotations

import os
import subprocess
import sys

# the watcher: the pipe's end, then the folders removed (-I: nothing of this checkout or PYTHONPATH imported)
WATCH = "import shutil, sys\nsys.stdin.buffer.read()\nfor f in sys.argv[1:]:\n    shutil.rmtree(f, ignore_errors=True)"
_HELD: list[object] = []  # the pipes' write ends (never closed here: they close as the process ends) and watchers


def remove_after_exit(*folders: str) -> None:
    """Remove ``folders`` (and all in them) once this process and its forked children have ended."""
    read, write = os.pipe()  # (not inherited by a program started: only a fork holds ``write``)
    try:
        watcher = subprocess.Popen([sys.executable, "-I", "-c", WATCH, *folders], stdin=read,
                                   start_new_session=True)
    finally:
        os.close(read)
    _HELD.extend((write, watcher))

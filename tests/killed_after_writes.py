"""A command killed right after its Nth committed write, as ``kill -9`` can end it there: a child process runs the
command line with the store's commit wrapped so that the process ends (``os._exit``, no cleanup, no ``finally``)
as soon as the Nth write is on disk. Deterministic where a timed kill is not, and every point a kill can fall on
between two writes is reached by N = 1, 2, …

For commands whose steps on disk are files rather than commits (unpacking a package, writing an export beside
another), :func:`run_killed_after_step` ends the command after its Nth file step instead: a file's bytes copied,
synced or renamed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KILLED = 137  # the exit code the child gives when it ended itself after the Nth write

CHILD = """
import atexit, os, shutil, sys
from annotator.core.store import base
after, count = int(sys.argv[1]), [0]
def counted(module, name):
    real = getattr(module, name)
    def counting(*args, **kwargs):
        result = real(*args, **kwargs)
        count[0] += 1
        if count[0] == after:
            os._exit(int(sys.argv[2]))
        return result
    setattr(module, name, counting)
for module, name in COUNTED:
    counted(module, name)
atexit.register(lambda: sys.stderr.write(f"\\nWORD: {count[0]}\\n"))
from annotator.cli import main
sys.exit(main(sys.argv[3:]))
"""
WRITES = ("writes", "((base, 'commit'),)")  # the store's commits
STEPS = ("steps", "((shutil, 'copyfileobj'), (os, 'fsync'), (os, 'replace'), (os, 'rename'))")  # a file's steps


def _run(kind: tuple[str, str], after: int, *args: object) -> subprocess.CompletedProcess[str]:
    word, counted = kind
    child = CHILD.replace("COUNTED", counted).replace("WORD", word)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-c", child, str(after), str(KILLED), *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=300)


def _count(kind: tuple[str, str], *args: object) -> int:
    done = _run(kind, 0, *args)
    assert done.returncode == 0, done.stderr
    return int(done.stderr.rsplit(f"{kind[0]}: ", 1)[1])


def run_killed_after(writes: int, *args: object) -> subprocess.CompletedProcess[str]:
    """``annotator ARGS`` in a child process ended right after its ``writes``th commit (0: never)."""
    return _run(WRITES, writes, *args)


def writes_of(*args: object) -> int:
    """How many writes ``annotator ARGS`` commits when it runs to its end."""
    return _count(WRITES, *args)


def run_killed_after_step(steps: int, *args: object) -> subprocess.CompletedProcess[str]:
    """``annotator ARGS`` in a child process ended right after its ``steps``th file step (0: never)."""
    return _run(STEPS, steps, *args)


def steps_of(*args: object) -> int:
    """How many file steps ``annotator ARGS`` takes when it runs to its end."""
    return _count(STEPS, *args)

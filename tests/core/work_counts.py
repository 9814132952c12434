"""Counting work instead of timing it: Python lines executed in chosen files, and SQLite
virtual-machine steps. Deterministic, so a test can compare the work for n and 2n items."""
from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def count_lines(call: Callable[[], Any], watched: Callable[[Path], bool]) -> int:
    """Lines executed by ``call`` in the files for which ``watched(resolved path)`` is true."""
    counts = 0
    files: dict[str, bool] = {}

    def tracer(frame, event, arg):  # noqa: ANN001 - sys.settrace's signature
        nonlocal counts
        name = frame.f_code.co_filename
        if name not in files:
            files[name] = watched(Path(name).resolve())
        if not files[name]:
            return None
        if event == "line":
            counts += 1
        return tracer

    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(None)
    return counts


def count_sqlite_steps(conn: sqlite3.Connection, call: Callable[[], Any]) -> int:
    """SQLite virtual-machine instructions run by ``call``, in thousands (a full table scan
    per row shows here, where Python line counts do not see it)."""
    steps = 0

    def tick() -> int:
        nonlocal steps
        steps += 1
        return 0

    conn.set_progress_handler(tick, 1000)
    try:
        call()
    finally:
        conn.set_progress_handler(None, 0)
    return steps

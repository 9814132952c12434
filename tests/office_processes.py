"""LibreOffice's processes (or those of the fake soffice, tests/office_fake.py), watched through /proc (Linux):
which of them descend from a process, when one of them reads a file, which are left."""
from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="watches processes through /proc (Linux)")


@dataclass(frozen=True)
class Process:
    pid: int
    name: str
    state: str
    parent: int
    session: int


def processes() -> dict[int, Process]:
    found = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{name}/stat").read_bytes()
        except OSError:  # ended meanwhile
            continue
        fields = stat[stat.rindex(b")") + 2:].split()
        found[int(name)] = Process(int(name), stat[stat.index(b"(") + 1:stat.rindex(b")")].decode(errors="replace"),
                                   fields[0].decode(), int(fields[1]), int(fields[3]))
    return found


def descendants(root: int) -> dict[int, Process]:
    """The processes started by ``root`` and by those, and so on (not ``root``)."""
    every = processes()
    found: dict[int, Process] = {}
    parents = {root}
    while True:
        more = {p.pid: p for p in every.values() if p.parent in parents and p.pid not in found}
        if not more:
            return found
        found.update(more)
        parents = set(more)


def holds_open(pid: int, path: Path) -> bool:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") == str(path):
                return True
        except OSError:
            continue
    return False


def converting(root: int, document: Path) -> dict[int, Process]:
    """LibreOffice's processes among ``root``'s descendants (those of the session of its soffice.bin) once that
    soffice.bin reads ``document`` (past its start: its profile made, its own temporary folder in use), else {}."""
    found = descendants(root)
    sessions = {p.session for p in found.values() if p.name == "soffice.bin" and holds_open(p.pid, document)}
    return {pid: p for pid, p in found.items() if p.session in sessions}


def sessions_started(root: int) -> dict[int, Process]:
    """``root``'s descendants that run in a session of their own (not the test's): a conversion's."""
    return {pid: p for pid, p in descendants(root).items() if p.session != os.getsid(0)}


def left(started: Iterable[Process], outside: int) -> list[Process]:
    """The processes still running (not zombies) of those ``started``, or of their sessions but ``outside``
    (the test's own): LibreOffice starts soffice.bin again under another id once a new profile is made."""
    started = list(started)
    ids = {p.pid for p in started}
    sessions = {p.session for p in started} - {outside}
    return [p for p in processes().values() if p.state != "Z" and (p.pid in ids or p.session in sessions)]


def until(found: Callable[[], T], seconds: float, what: str | Callable[[], str]) -> T:
    """``found()`` once it is true, asked every 20 ms; the test fails saying ``what`` (or what it gives) after
    ``seconds``."""
    deadline = time.monotonic() + seconds
    while not (result := found()):
        if time.monotonic() > deadline:
            pytest.fail(f"not within {seconds:.0f} s: {what if isinstance(what, str) else what()}")
        time.sleep(0.02)
    return result


def end(started: Iterable[Process], outside: int) -> None:
    """Kill, by their ids, what a failing test left running of the processes it started (and their sessions')."""
    for p in left(started, outside):
        try:
            os.kill(p.pid, signal.SIGKILL)
        except OSError:
            pass


def long_rtf(path: Path, lines: int = 8000) -> Path:
    """An .rtf that LibreOffice takes seconds to read: a report's line, ``lines`` times, as RTF's \\u escapes."""
    line = "".join(f"\\u{ord(c)}?" for c in "全市地区生产总值增长5.2%，新建学校12所，投资3.5亿元。")
    body = "\\par\n".join(f"{i} {line}" for i in range(lines))
    path.write_text("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}}\\f0 " + body + "}", encoding="ascii")
    return path


def all_gone(started: Iterable[Process], temporary: Path, what: str = "LibreOffice's processes") -> None:
    """Every process of ``started`` ended (those outside this test's session aside) and nothing left in the
    test's temporary folder, each within 15 seconds."""
    started = list(started)
    until(lambda: not left(started, os.getsid(0)), 15, lambda: f"{what} ended: {left(started, os.getsid(0))} left")
    until(lambda: not list(temporary.iterdir()), 15, lambda: f"nothing left in {list(temporary.iterdir())}")

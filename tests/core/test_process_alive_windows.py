"""Whether a process runs was asked by ``os.kill(pid, 0)`` on every system: on Windows signal 0 is CTRL_C_EVENT,
so the backup's, the working folders' and the word cache's look at a ``.part`` of another process, and a
suggest worker's look at its owner every half second, could press Ctrl+C in that process's group. On Windows
the system is asked about the process instead (``writing.windows_process_alive``), and ``os.kill`` never."""
from __future__ import annotations

import ctypes
import os

import pytest

from annotator.core import writing
from annotator.core.suggest import workers

RUNNING, ENDED, OTHER_USERS, GONE = 10, 11, 12, 13


class FakeKernel32:
    """Windows' kernel32 as writing.windows_process_alive calls it: four processes, each in its own state."""

    def __init__(self) -> None:
        self.closed: list[int] = []
        self._error = 0

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        assert access == 0x1000 and inherit is False
        if pid in (RUNNING, ENDED):
            return pid + 1000
        self._error = 5 if pid == OTHER_USERS else 87  # access denied / invalid parameter (no such process)
        return 0

    def GetExitCodeProcess(self, handle: int, code: object) -> int:
        ctypes.cast(code, ctypes.POINTER(ctypes.c_ulong)).contents.value = 259 if handle == RUNNING + 1000 else 0
        return 1

    def CloseHandle(self, handle: int) -> int:
        self.closed.append(handle)
        return 1

    def last_error(self) -> int:
        return self._error


@pytest.fixture
def on_windows(monkeypatch):
    kernel32 = FakeKernel32()

    def no_kill(pid, sig):
        raise AssertionError(f"os.kill({pid}, {sig}) on Windows: signal 0 is CTRL_C_EVENT there")

    monkeypatch.setattr(os, "name", "nt")
    monkeypatch.setattr(os, "kill", no_kill)
    monkeypatch.setattr(writing, "_kernel32", lambda: kernel32)
    return kernel32


def test_windows_asks_the_system_never_a_signal(on_windows):
    assert writing.process_alive(RUNNING) is True
    assert writing.process_alive(ENDED) is False  # opened, but its exit code is not STILL_ACTIVE
    assert writing.process_alive(OTHER_USERS) is True  # refused: there, another user's
    assert writing.process_alive(GONE) is False
    assert on_windows.closed == [RUNNING + 1000, ENDED + 1000]  # every handle opened is closed


def test_a_suggest_worker_watches_its_owner_without_a_signal_on_windows(on_windows, monkeypatch):
    monkeypatch.setattr("builtins.open", lambda *a, **k: (_ for _ in ()).throw(FileNotFoundError("/proc")))
    assert workers._alive(RUNNING) is True and workers._alive(GONE) is False

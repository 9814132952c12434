"""LibreOffice never outliving the import that started it (Linux): ``office.py`` runs ``soffice`` under this
script, ``python -I -S office_guard.py PARENT_PID FOLDER… -- SOFFICE ARGS…``, as the leader of a process group of
its own that ``soffice`` and what it starts (``oosplash``, ``soffice.bin``, started again once a new profile is
made) stay in.

The import stops a conversion (cancelled, timed out, Ctrl+C, SIGTERM, an error, the program leaving) by killing
that whole group, this script with it. What the import cannot do is stop it when it is killed itself (``kill -9``,
the window ended by force or by the session's end): LibreOffice went on converting for nobody, holding the CPU and
its profile. So this script asks the kernel for SIGTERM when the thread that started it ends
(``PR_SET_PDEATHSIG``) and takes in the processes LibreOffice leaves orphaned (``PR_SET_CHILD_SUBREAPER``);
told so, or finding its parent gone, it kills every other process of its group and removes the FOLDERs (the
working folder: LibreOffice's profile, its temporary files, the .docx files). Only the standard library: it runs
isolated, before and without the annotator package.
"""
from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
import time
from types import FrameType

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
CHECK_SECONDS = 0.5  # how often the parent is looked for besides (the signal is the thread's, not the process's)
SWEEP_SECONDS = 10.0  # the most the processes left are hunted for


class ParentGone(Exception):
    """The import that started this script has ended without stopping it."""


def _gone(signum: int, frame: FrameType | None) -> None:
    for each in (signal.SIGTERM, signal.SIGHUP):  # a second one while cleaning up does not cut it short
        signal.signal(each, signal.SIG_IGN)
    raise ParentGone


def _prctl(option: int, value: int) -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux after all: the parent is looked for every CHECK_SECONDS
        pass


def _members(group: int) -> list[int]:
    """The processes of ``group`` but this one, zombies left out (they hold nothing: only their parent's wait)."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == os.getpid():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
        except OSError:  # ended meanwhile
            continue
        fields = stat[stat.rindex(b")") + 2:].split()  # after the name, which may hold spaces and brackets
        if fields[0] != b"Z" and int(fields[2]) == group:
            found.append(int(name))
    return found


def _reap() -> None:
    """Wait for the children that have ended (LibreOffice's orphans come here: this is their subreaper)."""
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def sweep() -> None:
    """Kill every other process of this script's group (soffice, oosplash, soffice.bin) until none is left."""
    group, deadline = os.getpgrp(), time.monotonic() + SWEEP_SECONDS
    while (left := _members(group)) and time.monotonic() < deadline:
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:  # ended meanwhile
                pass
        time.sleep(0.02)  # SIGKILL takes effect when each is next scheduled
        _reap()
    _reap()


def clean_up(folders: list[str]) -> int:
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_IGN)
    sweep()
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    return 1


def main(argv: list[str]) -> int:
    parent, rest = int(argv[1]), argv[2:]
    at = rest.index("--")
    folders, command = rest[:at], rest[at + 1:]
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _gone)
    try:
        _prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        _prctl(PR_SET_CHILD_SUBREAPER, 1)
        if os.getppid() != parent:  # it ended before the kernel was asked
            raise ParentGone
        child = subprocess.Popen(command)
        while True:
            try:
                code = child.wait(timeout=CHECK_SECONDS)
                break
            except subprocess.TimeoutExpired:
                if os.getppid() != parent:
                    raise ParentGone from None
        sweep()  # anything LibreOffice left running (nothing, as a rule)
        return code
    except ParentGone:
        return clean_up(folders)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""LibreOffice, found and run: the one place that knows where its ``soffice`` is and how to make it
convert files to .docx (``office_batches.py`` converts an import's .doc, .wps, .rtf and .odt files
with it, many per call, and reads the results as .docx).

Where: ``ANNOTATOR_SOFFICE`` when set (its program; empty: LibreOffice is not used), else ``soffice``
or ``libreoffice`` on PATH, else where its installers put it (Windows: ``LibreOffice\\program\\soffice.exe``
under Program Files; macOS: ``LibreOffice.app/Contents/MacOS/soffice`` in /Applications or
~/Applications). Linux packages put it on PATH.

How: ``soffice -env:UserInstallation=<a private temporary profile> --headless --convert-to docx
--outdir <folder> files…``. The private profile keeps a LibreOffice the user has open (whose profile
is locked, and which would take the files over and return at once) out of it; its temporary files go
into the call's folder too (``TMPDIR``: a LibreOffice stopped left its ``lu….tmp`` folder in the system's).
The call runs in a process group of its own (``soffice`` starts ``oosplash``, which starts ``soffice.bin``),
stopped whole at a timeout, when cancelled, on Ctrl+C, SIGTERM or an error, and when the program ends with
a conversion under way (a thread converting); on Linux ``office_guard.py`` leads the group and ends it,
removing the call's folder, when the program is killed (``kill -9``, the window ended by force), which
left LibreOffice converting for nobody, its profile behind. A frozen build, macOS and Windows run
``soffice`` without it (Windows: its tree is stopped by ``taskkill``).
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ENV = "ANNOTATOR_SOFFICE"
OFFICE_SUFFIXES = (".doc", ".wps", ".rtf", ".odt")  # what import reads through LibreOffice
POLL_SECONDS = 0.1  # how often a running conversion is asked after (cancelled, timed out, a file done)
GUARD = Path(__file__).with_name("office_guard.py")
_running: set[subprocess.Popen[bytes]] = set()  # the conversions under way, stopped when the program ends
_lock = threading.Lock()
_ending = threading.Event()  # the program is ending: each conversion is stopped, none started
_hooked: list[bool] = []


def find_soffice() -> str | None:
    """The LibreOffice program to convert with, or None (not installed, or ``ANNOTATOR_SOFFICE=``)."""
    named = os.environ.get(ENV)
    if named is not None:
        return named.strip() or None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in install_locations() if os.path.isfile(p)), None)


def install_locations() -> list[str]:
    """Where LibreOffice's installers put ``soffice`` off PATH, on this system."""
    if sys.platform == "win32":
        roots = [os.environ.get(v) for v in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
        roots += [r"C:\Program Files", r"C:\Program Files (x86)"]
        return [os.path.join(r, "LibreOffice", "program", "soffice.exe") for r in dict.fromkeys(filter(None, roots))]
    if sys.platform == "darwin":
        app = os.path.join("LibreOffice.app", "Contents", "MacOS", "soffice")
        return [os.path.join("/Applications", app), os.path.join(os.path.expanduser("~"), "Applications", app)]
    return []


def readable_suffixes() -> tuple[str, ...]:
    """The suffixes read through LibreOffice on this machine: OFFICE_SUFFIXES, or () without it."""
    return OFFICE_SUFFIXES if find_soffice() else ()


def patterns() -> str:
    """"*.doc *.wps *.rtf *.odt" where LibreOffice is found, else "": what a file dialog offers besides
    the document formats' patterns."""
    return " ".join(f"*{s}" for s in readable_suffixes())


@dataclass
class Run:
    """What one call of soffice did: the .docx made of each file it converted; else why none."""
    converted: dict[Path, Path] = field(default_factory=dict)
    timed_out: bool = False
    cancelled: bool = False
    error: str = ""  # soffice could not be started


def convert(soffice: str, files: Sequence[Path], outdir: Path, profile: Path, *, timeout: float,
            cancelled: Callable[[], bool] | None = None, converting: Callable[[Path], None] | None = None,
            scratch: Path | None = None) -> Run:
    """Convert ``files`` (their stems distinct) to .docx in ``outdir`` with one start of LibreOffice.

    ``converting`` is told each file as LibreOffice reaches it (the one after the last .docx made);
    ``cancelled`` is asked while it works: the call is then stopped. ``scratch``: the folder that holds
    ``outdir`` and ``profile`` (the import's working folder), LibreOffice's temporary files in its ``tmp``,
    removed whole should this process be killed during the call (default: ``outdir``, ``profile``)."""
    run = Run()
    if _ending.is_set():
        run.cancelled = True
        return run
    _hook_exit()
    outdir.mkdir(parents=True, exist_ok=True)
    temporary = (scratch or outdir) / "tmp"
    temporary.mkdir(parents=True, exist_ok=True)
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "docx", "--outdir", str(outdir), *(str(f) for f in files)]
    env = {**os.environ, "TMPDIR": str(temporary)}
    log = outdir / "soffice.log"
    try:
        with log.open("wb") as out:
            if sys.platform == "win32":  # no console window
                env.update(TMP=str(temporary), TEMP=str(temporary))
                process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                           env=env, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
            else:  # a process group of its own, stopped whole (soffice runs soffice.bin)
                process = subprocess.Popen(_guarded(command, [scratch] if scratch else [outdir, profile]),
                                           stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env,
                                           start_new_session=True)
    except OSError as e:
        run.error = f"LibreOffice ({soffice}) could not be started ({e.strerror or e})"
        return run
    with _lock:
        _running.add(process)
    try:
        _wait(process, run, files, outdir, time.monotonic() + timeout, cancelled, converting)
    except BaseException:  # Ctrl+C: its own process group does not get the terminal's signal
        _stop(process)
        raise
    finally:
        with _lock:
            _running.discard(process)
    run.converted = {} if run.cancelled else {f: _docx(f, outdir) for f in files if _made(_docx(f, outdir))}
    return run


def _guarded(command: list[str], folders: Sequence[Path]) -> list[str]:
    """``command`` run under ``office_guard.py`` where it can be (Linux, Python's own interpreter at hand)."""
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False) or not sys.executable \
            or not GUARD.is_file():
        return command
    return [sys.executable, "-I", "-S", str(GUARD), str(os.getpid()), *(str(f) for f in folders), "--", *command]


def _hook_exit() -> None:
    """Have the conversions under way stopped when the program ends: before Python waits for the threads
    that run them (``threading``'s own exit hooks, which the window's worker is joined after), else at exit."""
    with _lock:
        if _hooked:
            return
        _hooked.append(True)
    register = getattr(threading, "_register_atexit", None)
    try:
        if register is not None:
            register(stop_all)
        else:  # pragma: no cover - a Python without it
            import atexit

            atexit.register(stop_all)
    except RuntimeError:  # the program is already ending
        _ending.set()


def stop_all() -> None:
    """Stop every conversion under way (their threads find them cancelled) and start none after."""
    _ending.set()
    with _lock:
        running = list(_running)
    for process in running:
        _kill(process)


def _wait(process: subprocess.Popen[bytes], run: Run, files: Sequence[Path], outdir: Path, deadline: float,
          cancelled: Callable[[], bool] | None, converting: Callable[[Path], None] | None) -> None:
    """Until the call ends, or is stopped at ``deadline`` or when ``cancelled``; ``converting`` told of each file."""
    told = -1
    while True:
        try:
            process.wait(timeout=POLL_SECONDS)
            run.cancelled = _ending.is_set()  # stopped as the program ends: what it made is not whole
            return
        except subprocess.TimeoutExpired:
            pass
        if _ending.is_set() or (cancelled is not None and cancelled()):
            run.cancelled = True
        elif time.monotonic() > deadline:
            run.timed_out = True
        if run.cancelled or run.timed_out:
            _stop(process)
            return
        made = sum(_docx(f, outdir).exists() for f in files)
        if converting is not None and made != told and made < len(files):
            told = made
            converting(files[made])


def _docx(file: Path, outdir: Path) -> Path:
    return outdir / f"{file.stem}.docx"


def _made(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a conversion and what it started (LibreOffice's soffice.bin)."""
    _kill(process)
    process.wait()


def _kill(process: subprocess.Popen[bytes]) -> None:
    if process.returncode is not None:  # ended and waited for: its id may be another's by now
        return
    try:
        if sys.platform == "win32":  # the tree: soffice.exe and the soffice.bin it started
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False)
            process.kill()
        else:  # the group: the guard, soffice, oosplash, soffice.bin
            os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        pass  # it ended meanwhile

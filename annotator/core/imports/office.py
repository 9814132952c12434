"""LibreOffice, found and run: the one place that knows where its ``soffice`` is and how to make it
convert files to .docx (``office_batches.py`` converts an import's .doc, .wps, .rtf and .odt files
with it, many per call, and reads the results as .docx).

Where: ``ANNOTATOR_SOFFICE`` when set (its program; empty: LibreOffice is not used), else ``soffice``
or ``libreoffice`` on PATH, else where its installers put it (Windows: ``LibreOffice\\program\\soffice.exe``
under Program Files; macOS: ``LibreOffice.app/Contents/MacOS/soffice`` in /Applications or
~/Applications). Linux packages put it on PATH.

How: ``soffice -env:UserInstallation=<a private temporary profile> --headless --convert-to docx
--outdir <folder> files…``. The private profile keeps a LibreOffice the user has open (whose profile
is locked, and which would take the files over and return at once) out of it; the call is stopped
(its whole process group: ``soffice`` starts ``soffice.bin``) at a timeout or when cancelled.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ENV = "ANNOTATOR_SOFFICE"
OFFICE_SUFFIXES = (".doc", ".wps", ".rtf", ".odt")  # what import reads through LibreOffice
POLL_SECONDS = 0.1  # how often a running conversion is asked after (cancelled, timed out, a file done)


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
            cancelled: Callable[[], bool] | None = None,
            converting: Callable[[Path], None] | None = None) -> Run:
    """Convert ``files`` (their stems distinct) to .docx in ``outdir`` with one start of LibreOffice.

    ``converting`` is told each file as LibreOffice reaches it (the one after the last .docx made);
    ``cancelled`` is asked while it works: the call is then stopped."""
    outdir.mkdir(parents=True, exist_ok=True)
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "docx", "--outdir", str(outdir), *(str(f) for f in files)]
    run = Run()
    log = outdir / "soffice.log"
    try:
        with log.open("wb") as out:
            if sys.platform == "win32":  # no console window
                process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                           creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
            else:  # a process group of its own, stopped whole (soffice runs soffice.bin)
                process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                           start_new_session=True)
    except OSError as e:
        run.error = f"LibreOffice ({soffice}) could not be started ({e.strerror or e})"
        return run
    try:
        _wait(process, run, files, outdir, time.monotonic() + timeout, cancelled, converting)
    except BaseException:  # Ctrl+C: its own process group does not get the terminal's signal
        _stop(process)
        raise
    run.converted = {f: _docx(f, outdir) for f in files if _made(_docx(f, outdir))}
    return run


def _wait(process: subprocess.Popen[bytes], run: Run, files: Sequence[Path], outdir: Path, deadline: float,
          cancelled: Callable[[], bool] | None, converting: Callable[[Path], None] | None) -> None:
    """Until the call ends, or is stopped at ``deadline`` or when ``cancelled``; ``converting`` told of each file."""
    told = -1
    while True:
        try:
            process.wait(timeout=POLL_SECONDS)
            return
        except subprocess.TimeoutExpired:
            pass
        if cancelled is not None and cancelled():
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
    try:
        if sys.platform == "win32":  # the tree: soffice.exe and the soffice.bin it started
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False)
            process.kill()
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        pass  # it ended meanwhile
    process.wait()

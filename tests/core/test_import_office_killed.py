"""LibreOffice never outlives the import that started it, and leaves no folder behind (``office.py``,
``office_guard.py``), tried with the real LibreOffice (skipped where it is not installed) while it reads a long .rtf:
an import stopped — Ctrl+C or SIGTERM on ``annotator import``, the import cancelled (what the window's Cancel does),
the program ending with a conversion under way in a thread — and one killed (``kill -9``, the window ended by force;
also with the fake soffice, so CI tries it). A killed import left soffice.bin converting for nobody, its profile and
working folder in the temporary folder; a stopped one left LibreOffice's own temporary folder there (``lu….tmp``:
soffice.bin killed cannot remove it). An interrupted import still exits 130 or 143 saying so, and stores nothing
of the file."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from libreoffice_found import soffice_or_skip

from annotator.core.imports.documents import import_files
from annotator.core.store import Store
from tests import office_fake
from tests.office_processes import all_gone, converting, end, left, linux, long_rtf, sessions_started, until

ROOT = Path(__file__).resolve().parents[2]
pytestmark = linux
START = 120.0  # seconds LibreOffice may take to reach the file (a machine busy with other work)
# `annotator ARGS`, Ctrl+C raising KeyboardInterrupt even where the test runs with SIGINT ignored (a background job)
CLI = ("import signal, sys\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n"
       "from annotator.cli import main\nsys.exit(main(sys.argv[1:]))\n")


@pytest.fixture
def soffice(monkeypatch, temporary) -> str:
    found = soffice_or_skip(monkeypatch, "a conversion stopped is tested with a fake soffice in test_import_office.py, "
                                         "an import killed in test_an_import_killed_while_the_fake_soffice_converts…")
    monkeypatch.setenv("ANNOTATOR_SOFFICE", found)
    return found


def _environment() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def _import(project: Path, document: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CLI, "import", str(project), str(document)],
                            env=_environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGKILL, -9)],
                         ids=["ctrl-c", "sigterm", "kill-9"])
def test_an_import_stopped_or_killed_while_libreoffice_converts_leaves_it_running_nowhere(tmp_path, temporary,
                                                                                          soffice, signum, code):
    with Store.create(tmp_path / "p"):
        pass
    document = long_rtf(tmp_path / "报告.rtf")
    child = _import(tmp_path / "p", document)
    started = {}
    try:
        started = until(lambda: child.poll() is None and converting(child.pid, document), START,
                        "LibreOffice reading the file")
        os.kill(child.pid, signum)
        _out, err = child.communicate(timeout=60)
        assert child.returncode == code, err
        all_gone(started.values(), temporary)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        end(started.values(), os.getsid(0))
    if signum != signal.SIGKILL:
        word = "interrupted" if signum == signal.SIGINT else "terminated"
        assert err.strip().splitlines()[-1] == (
            f"annotator: {word}; 0 document(s) imported before it, each whole; 1 of 1 file(s) not imported (the "
            "same import again adds them, skipping those stored)")
    with Store.open(tmp_path / "p") as store:
        assert store.documents() == []


def test_an_import_killed_while_the_fake_soffice_converts_leaves_it_running_nowhere(tmp_path, temporary,
                                                                                    monkeypatch):
    log = office_fake.install(tmp_path, monkeypatch)
    with Store.create(tmp_path / "p"):
        pass
    document = tmp_path / "报告.doc"
    document.write_text("HANG", encoding="utf-8")  # the fake converts it for ever
    child = _import(tmp_path / "p", document)
    started = {}
    try:
        started = until(lambda: child.poll() is None and office_fake.calls(log) and sessions_started(child.pid),
                        START, "the fake soffice started")
        os.kill(child.pid, signal.SIGKILL)
        child.communicate(timeout=60)
        all_gone(started.values(), temporary, "the fake soffice")
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        end(started.values(), os.getsid(0))


def test_an_import_cancelled_while_libreoffice_converts_stops_it_and_leaves_nothing(tmp_path, temporary, soffice):
    document = long_rtf(tmp_path / "报告.rtf")
    started: dict = {}

    def cancelled() -> bool:  # the window's Cancel: asked while LibreOffice works
        started.update(started or converting(os.getpid(), document))
        return bool(started)

    try:
        with Store.create(tmp_path / "p") as store:
            report = import_files(store, [document], cancelled=cancelled)
            assert report.cancelled and report.imported == [] and store.documents() == []
        assert started
        all_gone(started.values(), temporary)
    finally:
        end(started.values(), os.getsid(0))


EXIT_CONVERTING = """
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from annotator.core.imports import office
work = Path(sys.argv[2])
threads = ThreadPoolExecutor(1)
threads.submit(office.convert, sys.argv[1], [Path(sys.argv[3])], work / "out", work / "profile", timeout=600)
sys.stdin.readline()  # the program ends here, the conversion under way in its thread
"""


def test_a_program_that_ends_while_a_thread_converts_stops_libreoffice_and_ends(tmp_path, temporary, soffice):
    document = long_rtf(tmp_path / "报告.rtf")
    work = tmp_path / "work"
    child = subprocess.Popen([sys.executable, "-c", EXIT_CONVERTING, soffice, str(work), str(document)],
                             env=_environment(), stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    started = {}
    try:
        started = until(lambda: child.poll() is None and converting(child.pid, document), START,
                        "LibreOffice reading the file")
        _out, err = child.communicate("\n", timeout=60)
        assert child.returncode == 0, err
        assert not (work / "out" / "报告.docx").exists()  # stopped, not waited for to the end
        until(lambda: not left(started.values(), os.getsid(0)), 15,
              lambda: f"LibreOffice's processes ended: {left(started.values(), os.getsid(0))} left")
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        end(started.values(), os.getsid(0))

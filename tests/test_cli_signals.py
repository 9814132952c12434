"""A command ended by a signal, as a script, cron or CI ends it (a real process each): SIGTERM — what
``timeout``, a CI job's time limit and ``kill`` send — cleans up as Ctrl+C does, says so in one line
and exits 143; a ``suggest --jobs`` whose process was killed outright leaves no worker behind holding
the caller's output pipe open. Python's default for SIGTERM ended the process at once: an export left
its ``.part`` file, and ``suggest --jobs 2`` said nothing and exited -15."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core.store import Store
from tests.cli_run import ARTICLE

ROOT = Path(__file__).resolve().parents[1]
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals and /proc")

# the command line, held at a point of its work until a signal comes (READY written there first)
EXPORT_HELD = """
import contextlib, pathlib, sys, time
from annotator.core.export import jsonl
real = jsonl.atomic_path
@contextlib.contextmanager
def held(target):
    with real(target) as part:
        yield part
        pathlib.Path(sys.argv[1]).touch()  # the export written to its .part file, not yet renamed
        time.sleep(120)
jsonl.atomic_path = held
from annotator.cli import main
sys.exit(main(sys.argv[2:]))
"""
SUGGEST_HELD = """
import multiprocessing, pathlib, sys, time
from annotator.core.suggest import runner, workers
if sys.argv[2] == "forkserver":  # as when the command line runs another thread
    workers.start_method = lambda: multiprocessing.get_context("forkserver")
runner.STORE_EVERY_SECONDS = 0  # the first documents stored at once, the others still under way (with
real = runner._store_batch        # the half second, a fast machine had proposed all 40 by the first store)
def held(run, pending):
    real(run, pending)
    if run.report.documents >= 1 and not pathlib.Path(sys.argv[1]).exists():
        pathlib.Path(sys.argv[1]).touch()  # a document stored, the workers busy with the next ones
        time.sleep(120)
runner._store_batch = held
from annotator.cli import main
sys.exit(main(sys.argv[3:]))
"""


def _started(tmp_path: Path, script: str, *args: str) -> tuple[subprocess.Popen[str], Path]:
    ready = tmp_path / "ready"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    process = subprocess.Popen([sys.executable, "-c", script, str(ready), *args], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 120
    while not ready.exists():  # waiting for the child to get there, not for a time
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the command never got there"
        time.sleep(0.02)
    return process, ready


def _project(tmp_path: Path, documents: int) -> Path:
    from annotator.cli import main

    folder, project = tmp_path / "articles", tmp_path / "proj"
    folder.mkdir()
    for i in range(documents):
        (folder / f"a{i:03}.txt").write_text(f"第{i}篇\n" + ARTICLE * 40, encoding="utf-8")
    assert main(["new", str(project)]) == 0 and main(["import", str(project), str(folder)]) == 0
    return project


@LINUX
def test_sigterm_during_an_export_removes_its_part_file_says_so_and_exits_143(tmp_path, capsys):
    project = _project(tmp_path, 2)
    out = tmp_path / "out" / "spans.jsonl"
    out.parent.mkdir()
    process, _ = _started(tmp_path, EXPORT_HELD, "export", str(project), "-o", str(out), "--status", "suggested")
    assert [p.name for p in out.parent.iterdir()][0].endswith(".part")
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert stderr == f"annotator: terminated; nothing was written ({out} is as it was)\n" and stdout == ""
    assert list(out.parent.iterdir()) == []  # neither the file nor a half of it


@LINUX
def test_sigterm_during_suggest_with_jobs_ends_the_workers_and_says_what_was_stored(tmp_path):
    # 200 documents: the first batch is stored as soon as a document is proposed (SUGGEST_HELD), the
    # workers busy with the others (of 40, a loaded machine's first store once took all of them)
    project = _project(tmp_path, 200)
    process, _ = _started(tmp_path, SUGGEST_HELD, "fork", "suggest", str(project), "--jobs", "2", "--model", "none")
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert stderr.startswith("annotator: terminated; suggestions stored before it for ") and stderr.count("\n") == 1
    assert "Traceback" not in stderr
    with Store.open(project) as store:
        assert 1 <= len(store.suggest_records()) < 200  # what was stored stays, each document whole


@LINUX
def test_a_killed_suggest_leaves_no_forkserver_worker_holding_the_output_pipe(tmp_path):
    """kill -9 (the out-of-memory killer, a CI's last resort): a forkserver's workers watched the
    forkserver, which outlived the command, and kept its output pipe open: the caller waited for ever."""
    project = _project(tmp_path, 12)
    process, _ = _started(tmp_path, SUGGEST_HELD, "forkserver", "suggest", str(project), "--jobs", "2",
                          "--model", "none")
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)  # the pipes closed: every process that held them is gone
    assert process.returncode == -signal.SIGKILL
